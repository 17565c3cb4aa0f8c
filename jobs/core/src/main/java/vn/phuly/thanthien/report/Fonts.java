package vn.phuly.thanthien.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Noto Sans (SIL OFL 1.1, see {@code fonts/OFL.txt}), which covers Vietnamese, and
 * Noto Sans Symbols 2 for the arrows of rank changes. Charts
 * and the PDF use only these files, never the machine's fonts, so the output looks the same
 * everywhere and no letter falls back to a box.
 *
 * <p>Fonts are derived from the {@link Font} objects created from the classpath files, so they
 * draw with the bundled glyphs even where a system font of the same name is installed. They are
 * also registered with the {@link GraphicsEnvironment} so that lookups by family name find them.
 *
 * <p>ENGINEERING-NOTES ("Charts, fonts, PDF"): on a machine with no fontconfig at all, OpenJDK 17
 * fails to load even a bundled font. Install {@code fontconfig} (and {@code fonts-dejavu-core})
 * on the machine, or point {@code FONTCONFIG_FILE} at a config naming the bundled fonts.
 */
public final class Fonts {
  public static final String FAMILY = "Noto Sans";
  /** Noto Sans has no geometric shapes: the report's ▲ ▼ come from this font. */
  public static final String SYMBOLS_FAMILY = "Noto Sans Symbols 2";
  static final String REGULAR_RESOURCE = "fonts/NotoSans-Regular.ttf";
  static final String BOLD_RESOURCE = "fonts/NotoSans-Bold.ttf";
  static final String SYMBOLS_RESOURCE = "fonts/NotoSansSymbols2-Regular.ttf";

  private static final Font REGULAR;
  private static final Font BOLD;

  static {
    // Charts render off-screen: never open a display, even where DISPLAY is set (a desktop, CI).
    System.setProperty("java.awt.headless", "true");
    REGULAR = load(REGULAR_RESOURCE);
    BOLD = load(BOLD_RESOURCE);
  }

  private Fonts() {}

  public static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  public static Font bold(float size) {
    return BOLD.deriveFont(Font.BOLD, size);
  }

  /** Opens a bundled font file (for the PDF renderer, which embeds it). */
  static InputStream open(String resource) {
    InputStream in = Fonts.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("bundled font missing from the classpath: " + resource);
    }
    return in;
  }

  private static Font load(String resource) {
    try (InputStream in = open(resource)) {
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font is not a TrueType font: " + resource, e);
    }
  }
}
