package vn.phuly.thanthien.privacy;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes e-mail addresses, Vietnamese phone numbers and citizen ID numbers from free text
 * (DESIGN §4). The rules are plain {@code java.util.regex} so that other engines can apply the
 * very same ones (ingest calls {@link #scrub} as it reads each record); the replacements hold no {@code $}
 * or {@code \}, which a regex replacement would interpret. Text is
 * expected in NFC (ingest cleans it with {@code Vietnamese.clean} first).
 *
 * <p>Most rules know the formats (mobiles, landlines, 9- and 12-digit IDs); two are defence in
 * depth for free text, whatever the format: any {@code +84…} run, and any run of 9 or more digits
 * (any Unicode digits) with or without one space, dot or dash between groups — old 11-digit
 * landlines, landlines without the area code's zero, numbers of any other length.
 *
 * <p>Left alone on purpose: dates ("05/01/2021", "05.01.2021 08:30"), years, document numbers
 * ("12/KH-UBND") and amounts ("1.500.000 đồng", "150000000 đồng", "84.912.345.678 đ"): a digit
 * run written as an amount (followed by đồng/đ/VNĐ/VND) is not personal data and is kept, since
 * amounts matter to the findings — unless it starts with 0, as phone and ID numbers do and amounts
 * never. The price is that a 9-digit ID number or an 84… phone number directly followed by a
 * currency word survives, and that a run of dotted dates or of years joined by single spaces is
 * taken for a number.
 */
public final class Scrubber {
  /**
   * @param anyFormat a rule of defence in depth, whatever the number's format: for free text only
   *     ({@link #scrub}); the other text columns get the rules of known formats ({@link
   *     #scrubKnownFormats}), since their values may be codes of many digits (a submission's id)
   */
  public record Rule(String name, String regex, String replacement, boolean anyFormat) implements Serializable {
    Rule(String name, String regex, String replacement) {
      this(name, regex, replacement, false);
    }
  }

  /** Not glued to a longer number: no digit, nor a digit and a separator, right before. */
  private static final String NO_DIGITS_BEFORE = "(?<!\\d)(?<!\\d[.,/-])";
  /** Nor a digit, a separator and a digit, or a currency word right after. */
  private static final String NO_DIGITS_OR_CURRENCY_AFTER =
      "(?!\\d)(?![.,/:-]\\d)(?![ \\u00A0]?(?:đồng|đo\\u0302\\u0300ng|ĐỒNG|đ(?![\\p{L}\\p{M}])|VNĐ|VND|vnđ|vnd))";
  /** Between digits: nothing, one space, dot or dash, or a closing parenthesis ("(0226) 3852 123"). */
  private static final String SEP = "(?:[ .-]|\\)[ ]?)?";
  /** +84, 0084, 84 or the domestic 0, optionally opening a parenthesis. */
  private static final String PREFIX = "\\(?(?:(?:\\+|00)?84[ .-]?|0)";
  /** Mobiles: 0 + 3/5/7/8/9 + 8 digits. */
  private static final String MOBILE = "[35789](?:" + SEP + "\\d){8}";
  /**
   * Landlines: 0 + 2 + 9 digits, i.e. "02xx" + 7 or "02x" + 8 (all fixed numbers are 11 digits
   * since 2017). Not 12, so a 12-digit ID starting with province code 02x stays an ID.
   */
  private static final String LANDLINE = "2(?:" + SEP + "\\d){9}";

  /** Between the groups of a digit run: one space, dot or dash (ASCII or Unicode), or a parenthesis. */
  private static final String RUN_SEP = "(?:[ .\\-\\u2010-\\u2015]|\\)[ ]?|[ ]?\\()?";
  private static final String RUN_SEP_CHAR = "[ .,/:\\-\\u2010-\\u2015]";
  /** Not glued to a longer number (any Unicode digits). */
  private static final String NO_ANY_DIGITS_BEFORE = "(?<!\\p{Nd})(?<!\\p{Nd}[.,/\\-\\u2010-\\u2015])";
  /** Nor continued by one: a run that ends before a separator and a digit is a part of a longer one. */
  private static final String NO_ANY_DIGITS_AFTER = "(?!\\p{Nd})(?!" + RUN_SEP_CHAR + "\\p{Nd})";
  private static final String CURRENCY_AFTER =
      "(?![ \\u00A0]?(?:đồng|đo\\u0302\\u0300ng|ĐỒNG|đ(?![\\p{L}\\p{M}])|VNĐ|VND|vnđ|vnd))";

  public static final List<Rule> RULES = List.of(
      new Rule("email", "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}", "[email]"),
      // before the other number rules: all of a +84 number is one phone number
      new Rule("plus84", "\\(?\\+[ ]?\\(?84\\)?(?:" + RUN_SEP + "\\p{Nd})*", "[số điện thoại]", true),
      new Rule("phone",
          NO_DIGITS_BEFORE + PREFIX + "(?:" + MOBILE + "|" + LANDLINE + ")" + NO_DIGITS_OR_CURRENCY_AFTER,
          "[số điện thoại]"),
      new Rule("citizen_id",
          NO_DIGITS_BEFORE + "(?:\\d{12}|\\d{9})" + NO_DIGITS_OR_CURRENCY_AFTER,
          "[số định danh]"),
      // 1-9 first: only a run not starting with 0 may be an amount
      new Rule("digit_run",
          NO_ANY_DIGITS_BEFORE + "\\(?(?:[1-9](?:" + RUN_SEP + "\\p{Nd}){8,}" + NO_ANY_DIGITS_AFTER + CURRENCY_AFTER
              + "|(?![1-9])\\p{Nd}(?:" + RUN_SEP + "\\p{Nd}){8,}" + NO_ANY_DIGITS_AFTER + ")",
          "[dãy số]", true));

  private static final List<Pattern> PATTERNS = RULES.stream().map(rule -> Pattern.compile(rule.regex())).toList();

  private Scrubber() {}

  /**
   * The fewest digits a text needs for a number rule to match: a citizen ID has 9 or 12, a mobile
   * number 10 (0 + 9), a landline 11, a digit run 9. A text with fewer (a date has 8) cannot match.
   */
  static final int NUMBER_RULE_MIN_DIGITS = 9;

  /** Free text: applies {@link #RULES} in order; null stays null. */
  public static String scrub(String text) {
    return scrub(text, true);
  }

  /** Any other text: applies the rules of known formats (not {@link Rule#anyFormat}) in order; null stays null. */
  public static String scrubKnownFormats(String text) {
    return scrub(text, false);
  }

  private static String scrub(String text, boolean anyFormat) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (int i = 0; i < RULES.size(); i++) {
      if ((anyFormat || !RULES.get(i).anyFormat()) && mayMatch(i, result)) {
        result = PATTERNS.get(i).matcher(result).replaceAll(RULES.get(i).replacement());
      }
    }
    return result;
  }

  /**
   * Every e-mail has an '@', every +84 run a '+', every phone and ID number and digit run 9 digits
   * or more: most texts need no regex search (a look-behind tried at every position) at all. Same
   * result, far cheaper.
   */
  private static boolean mayMatch(int rule, String text) {
    return switch (RULES.get(rule).name()) {
      case "email" -> text.indexOf('@') >= 0;
      case "plus84" -> text.indexOf('+') >= 0;
      case "digit_run" -> hasDigits(text, NUMBER_RULE_MIN_DIGITS, true);
      default -> hasDigits(text, NUMBER_RULE_MIN_DIGITS, false);
    };
  }

  /** At least {@code n} digits: ASCII ones (what {@code \\d} matches), or any Unicode digit ({@code \\p{Nd}}). */
  private static boolean hasDigits(String text, int n, boolean unicode) {
    int digits = 0;
    for (int i = 0; i < text.length() && digits < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || unicode && c > 0x7F && Character.isDigit(c)) {
        digits++;
      }
    }
    return digits >= n;
  }
}
