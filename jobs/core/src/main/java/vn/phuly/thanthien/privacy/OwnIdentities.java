package vn.phuly.thanthien.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Removes a record's own identity values — the sender's whole name, phone, citizen ID and address,
 * the official's whole name — from the record's free text: defence in depth on top of {@link
 * Scrubber}, which knows formats but not names. A value is found as whole tokens, in any spacing,
 * case, Unicode form (NFC, NFD, compatibility forms such as full-width digits) and with or without
 * diacritics (đ, Đ and the look-alike Ð fold to d); whole values only, never their parts, so an
 * address "12 Lê Lợi, phường Lam Hạ" leaves "phường Lam Hạ" alone where it is written on its own.
 *
 * <p>Both the text and the value are reduced to a <em>skeleton</em>: their letters and digits,
 * lower case, without marks. The value's skeleton must occur in the text's starting where a token
 * starts and ending where one ends (a token is a run of letters or of digits: "SĐT0912345678" is
 * two). Phone and citizen ID values are compared by their digits; a phone also in its +84 and
 * 0-less forms. Values too short to be told from ordinary words (a skeleton under {@value
 * #MIN_NAME} characters, a number under {@value #MIN_DIGITS} digits) are left alone.
 *
 * <p>Names of third persons written in free text are not found: only the record's own values are
 * known (docs/architecture.md, personal data).
 */
public final class OwnIdentities {
  static final int MIN_NAME = 3;
  static final int MIN_DIGITS = 6;

  private static final char SEPARATOR = 0;
  private static final char MARK = 1;
  /** The skeleton character of each UTF-16 unit: a lower-case base letter or an ASCII digit, or SEPARATOR or MARK. */
  private static final char[] FOLD = foldTable();

  private OwnIdentities() {}

  /**
   * {@code text} without the values (their {@link Pseudonymizer} kinds in {@code kinds}); null and
   * blank values are skipped, null text stays null.
   */
  public static String scrub(String text, String[] kinds, String[] values) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    Skeleton skeleton = null;
    List<int[]> spans = new ArrayList<>();
    for (int v = 0; v < values.length; v++) {
      if (values[v] == null || values[v].isBlank()) {
        continue;
      }
      for (String needle : needles(kinds[v], values[v])) {
        if (skeleton == null) {
          skeleton = new Skeleton(text);
        }
        skeleton.find(needle, v, spans);
      }
    }
    return spans.isEmpty() ? text : replace(text, spans, kinds);
  }

  /** The placeholder that takes a value's place. */
  static String placeholder(String kind) {
    return switch (kind) {
      case Pseudonymizer.PERSON -> "[họ tên]";
      case Pseudonymizer.PHONE -> "[số điện thoại]";
      case Pseudonymizer.CITIZEN_ID -> "[số định danh]";
      case Pseudonymizer.ADDRESS -> "[địa chỉ]";
      default -> throw new IllegalArgumentException("unknown pseudonym kind: " + kind);
    };
  }

  /** The skeletons to look for: the value's, and for a phone its other national forms. */
  private static List<String> needles(String kind, String value) {
    StringBuilder folded = new StringBuilder(value.length());
    boolean number = kind.equals(Pseudonymizer.PHONE) || kind.equals(Pseudonymizer.CITIZEN_ID);
    for (int i = 0; i < value.length(); i++) {
      char f = FOLD[value.charAt(i)];
      if (f > MARK && (!number || f >= '0' && f <= '9')) {
        folded.append(f);
      }
    }
    String skeleton = folded.toString();
    if (skeleton.length() < (number ? MIN_DIGITS : MIN_NAME)) {
      return List.of();
    }
    if (!kind.equals(Pseudonymizer.PHONE)) {
      return List.of(skeleton);
    }
    // 0912345678, 84912345678 and 912345678 are one number
    String national = skeleton.startsWith("84") && skeleton.length() >= 11 ? skeleton.substring(2)
        : skeleton.startsWith("0") ? skeleton.substring(1) : skeleton;
    List<String> forms = new ArrayList<>(List.of(skeleton, "0" + national, "84" + national, national));
    forms.removeIf(form -> form.length() < MIN_DIGITS);
    return forms.stream().distinct().toList();
  }

  /** The text with each span (merged where they overlap) replaced by its value's placeholder. */
  private static String replace(String text, List<int[]> spans, String[] kinds) {
    spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] span : spans) {
      if (span[0] < at) {
        // inside an earlier span: that one's placeholder stands for both, up to the later end
        at = Math.max(at, span[1]);
        continue;
      }
      out.append(text, at, span[0]).append(placeholder(kinds[span[2]]));
      at = span[1];
    }
    return out.append(text, at, text.length()).toString();
  }

  /** A text's letters and digits, folded, with where each came from and where tokens start and end. */
  private static final class Skeleton {
    private final String folded;
    private final int[] from;
    private final int[] to;
    private final boolean[] starts;
    private final boolean[] ends;

    Skeleton(String text) {
      int length = text.length();
      char[] chars = new char[length];
      from = new int[length];
      to = new int[length];
      starts = new boolean[length];
      ends = new boolean[length];
      int n = 0;
      boolean previousDigit = false;
      boolean inToken = false;
      for (int i = 0; i < length; i++) {
        char f = FOLD[text.charAt(i)];
        if (f == SEPARATOR) {
          if (inToken) {
            ends[n - 1] = true;
          }
          inToken = false;
        } else if (f == MARK) {
          // a combining mark belongs to the character before it
          if (n > 0) {
            to[n - 1] = i + 1;
          }
        } else {
          boolean digit = f >= '0' && f <= '9';
          if (inToken && digit != previousDigit) {
            ends[n - 1] = true;
          }
          starts[n] = !inToken || digit != previousDigit;
          chars[n] = f;
          from[n] = i;
          to[n] = i + 1;
          n++;
          inToken = true;
          previousDigit = digit;
        }
      }
      if (n > 0) {
        ends[n - 1] = true;
      }
      folded = new String(chars, 0, n);
    }

    /** Adds {@code {from, to, value}} for each whole-token occurrence of {@code needle}. */
    void find(String needle, int value, List<int[]> spans) {
      for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
        int last = at + needle.length() - 1;
        if (starts[at] && ends[last]) {
          spans.add(new int[] {from[at], to[last], value});
        }
      }
    }
  }

  private static char[] foldTable() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      table[c] = foldOne((char) c);
    }
    return table;
  }

  private static char foldOne(char c) {
    if (Character.isSurrogate(c)) {
      // a letter outside the BMP: kept as it is, a part of its token
      return c;
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return MARK;
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    if (!Character.isLetter(c)) {
      return SEPARATOR;
    }
    char base = Character.toLowerCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).charAt(0));
    if (base == 'đ' || base == 'ð') {
      return 'd';
    }
    return base <= MARK ? c : base;
  }
}
