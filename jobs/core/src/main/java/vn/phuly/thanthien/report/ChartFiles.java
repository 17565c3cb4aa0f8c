package vn.phuly.thanthien.report;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG and SVG with the same bytes for the same data. */
public final class ChartFiles {
  private ChartFiles() {}

  /** Writes {@code <name>.png} and {@code <name>.svg} into {@code dir}; returns both paths. */
  static List<Path> write(JFreeChart chart, Path dir, String name, int width, int height) {
    try {
      Files.createDirectories(dir);
      Path png = dir.resolve(name + ".png");
      Path svg = dir.resolve(name + ".svg");
      // ImageIO's PNG writer adds no time or software chunks, so equal pixels give equal bytes.
      BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
      ImageIO.write(image, "png", png.toFile());
      Files.writeString(svg, svg(chart, name, width, height), StandardCharsets.UTF_8);
      return List.of(png, svg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write chart " + name + " into " + dir, e);
    }
  }

  /** The chart as PNG bytes (for a document that embeds its images, such as a unit scorecard). */
  public static byte[] png(JFreeChart chart, int width, int height) {
    try {
      BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      ImageIO.write(image, "png", bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw chart " + chart.getTitle(), e);
    }
  }

  static String svg(JFreeChart chart, String name, int width, int height) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    // The default prefix of ids (clip paths, gradients) is derived from the clock.
    g2.setDefsKeyPrefix("thanthien-" + name + "-");
    // A viewer without Noto Sans still shows the Vietnamese text in its own sans-serif font. No
    // quotes: JFreeSVG writes the style attribute between single quotes (CSS allows the bare name).
    g2.setFontFunction(family -> Fonts.FAMILY.equals(family) ? "Noto Sans, sans-serif" : family);
    chart.draw(g2, new Rectangle(0, 0, width, height));
    return g2.getSVGDocument();
  }
}
