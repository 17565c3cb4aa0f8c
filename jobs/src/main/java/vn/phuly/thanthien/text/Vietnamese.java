package vn.phuly.thanthien.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Unicode and spelling normalisation for Vietnamese text from exports. */
public final class Vietnamese {
  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  /** Looked up once: the lookup by tag showed in the ingest's profile, called per value. */
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\uFEFF]+");

  private Vietnamese() {}

  /** NFC, trimmed, inner runs of white space collapsed to one space; null stays null. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    // Most cells have nothing to collapse: skip the regex (the result is the same), it is the
    // reader's main cost on big exports.
    return needsCollapsing(nfc) ? SPACES.matcher(nfc).replaceAll(" ").trim() : nfc.trim();
  }

  /** Whether {@link #SPACES} would change anything but single plain spaces. */
  private static boolean needsCollapsing(String text) {
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isSpace(c);
      if (space && (c != ' ' || previousSpace)) {
        return true;
      }
      previousSpace = space;
    }
    return false;
  }

  /** The characters of {@link #SPACES}: {@code \s} (space, \t, \n, \u000B, \f, \r), NBSP, BOM. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\uFEFF';
  }

  /** {@link #clean} then lower case (Vietnamese rules): "UBND  Phường Lam Hạ" → "ubnd phường lam hạ". */
  public static String lower(String text) {
    String cleaned = clean(text);
    return cleaned == null ? null : cleaned.toLowerCase(VI);
  }

  /**
   * Diacritic-insensitive key: {@link #lower} without tone and vowel marks, đ → d.
   * "Lam Hạ" and "Lam Hà" both fold to "lam ha".
   */
  public static String fold(String text) {
    String lower = lower(text);
    if (lower == null) {
      return null;
    }
    String stripped = COMBINING.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    return stripped.replace('đ', 'd');
  }
}
