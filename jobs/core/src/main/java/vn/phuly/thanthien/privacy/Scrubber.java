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
 * <p>Left alone on purpose: dates ("05/01/2021", "05.01.2021 08:30"), years, document numbers
 * ("12/KH-UBND") and amounts ("1.500.000 đồng", "150000000 đồng", "84.912.345.678 đ"): a digit
 * run written as an amount (followed by đồng/đ/VNĐ/VND) is not personal data and is kept, since
 * amounts matter to the findings. The price is that a phone or ID number directly followed by a
 * currency word survives.
 */
public final class Scrubber {
  public record Rule(String name, String regex, String replacement) implements Serializable {}

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

  public static final List<Rule> RULES = List.of(
      new Rule("email", "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}", "[email]"),
      new Rule("phone",
          NO_DIGITS_BEFORE + PREFIX + "(?:" + MOBILE + "|" + LANDLINE + ")" + NO_DIGITS_OR_CURRENCY_AFTER,
          "[số điện thoại]"),
      new Rule("citizen_id",
          NO_DIGITS_BEFORE + "(?:\\d{12}|\\d{9})" + NO_DIGITS_OR_CURRENCY_AFTER,
          "[số định danh]"));

  private static final List<Pattern> PATTERNS = RULES.stream().map(rule -> Pattern.compile(rule.regex())).toList();

  private Scrubber() {}

  /**
   * The fewest ASCII digits a text needs for a number rule to match: a citizen ID has 9 or 12, a
   * mobile number 10 (0 + 9), a landline 11. A text with fewer (a date has 8) cannot match.
   */
  static final int NUMBER_RULE_MIN_DIGITS = 9;

  /** Applies {@link #RULES} in order; null stays null. */
  public static String scrub(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (int i = 0; i < RULES.size(); i++) {
      // Every e-mail has an '@', every phone and ID number 9 digits or more: most texts need no
      // regex search (a look-behind tried at every position) at all. Same result, far cheaper.
      if (i == 0 ? result.indexOf('@') >= 0 : hasDigits(result, NUMBER_RULE_MIN_DIGITS)) {
        result = PATTERNS.get(i).matcher(result).replaceAll(RULES.get(i).replacement());
      }
    }
    return result;
  }

  /** At least {@code n} ASCII digits: what {@code \\d} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean hasDigits(String text, int n) {
    int digits = 0;
    for (int i = 0; i < text.length() && digits < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits >= n;
  }
}
