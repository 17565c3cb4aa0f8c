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
    // One pass over the cell tells whether Unicode needs a look at all and whether there is white
    // space to collapse: most cells need neither, and this is the reader's main cost on big exports.
    boolean maybeNotNfc = false;
    boolean collapse = false;
    boolean previousSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      maybeNotNfc |= !alwaysNfc(c);
      boolean space = isSpace(c);
      collapse |= space && (c != ' ' || previousSpace);
      previousSpace = space;
    }
    String nfc =
        !maybeNotNfc || Normalizer.isNormalized(text, Normalizer.Form.NFC)
            ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC);
    // the regex only where there is something to collapse (or normalisation changed the text)
    return collapse || nfc != text ? SPACES.matcher(nfc).replaceAll(" ").trim() : nfc.trim();
  }

  /**
   * Characters that are NFC on their own and never compose with a neighbour: those below the
   * combining diacritical marks (U+0300), and the precomposed Latin letters of U+1E00–U+1EFF, which
   * hold most Vietnamese letters with tone marks. A text of only these is in NFC.
   */
  static boolean alwaysNfc(char c) {
    return c < '\u0300' || c >= '\u1E00' && c <= '\u1EFF';
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
