package vn.phuly.thanthien.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.renderer.category.StandardBarPainter;
import vn.phuly.thanthien.text.Vietnamese;

/** The look shared by every chart: bundled fonts, white background, fixed colours and hints. */
public final class ChartStyle {
  public static final Color NO_DATA = new Color(0xB0B0B0);
  public static final Color MEAN = new Color(0x202020);
  public static final Stroke MEAN_STROKE =
      new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {16f, 10f}, 0f);
  public static final Stroke UNIT_STROKE = new BasicStroke(2.5f);
  /**
   * Series colours in a fixed order, so reruns colour units the same way: Okabe–Ito's
   * colour-blind-safe eight, then Paul Tol's muted ones; lines also differ by marker shape
   * ({@link #SHAPES}) so that no two series rely on hue alone.
   */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
          new Color(0x56B4E9), new Color(0xD55E00), new Color(0x000000), new Color(0x999933),
          new Color(0x332288), new Color(0x117733), new Color(0x882255), new Color(0xAA4499));
  /** Okabe–Ito blue and vermillion: better / worse, within / over a threshold. */
  static final Color GOOD = new Color(0x0072B2);
  static final Color BAD = new Color(0xD55E00);
  static final Color NEUTRAL = new Color(0x999999);
  /** Marker shapes cycled with the palette. */
  static final List<Shape> SHAPES =
      List.of(
          new Ellipse2D.Double(-6, -6, 12, 12), new Rectangle2D.Double(-5.5, -5.5, 11, 11),
          triangle(false), new Polygon(new int[] {0, 7, 0, -7}, new int[] {-7, 0, 7, 0}, 4), triangle(true));

  private ChartStyle() {}

  /** Applies the bundled fonts to every text of the chart and fixes the rendering hints. */
  public static void apply(JFreeChart chart) {
    StandardChartTheme theme = new StandardChartTheme("thanthien");
    theme.setExtraLargeFont(Fonts.bold(34f));
    theme.setLargeFont(Fonts.bold(24f));
    theme.setRegularFont(Fonts.regular(22f));
    theme.setSmallFont(Fonts.regular(20f));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.setBarPainter(new StandardBarPainter());
    theme.setShadowVisible(false);
    theme.apply(chart);
    // Fixed hints: the same data gives the same pixels on every run and machine with this JDK.
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.getRenderingHints().put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    chart.getRenderingHints()
        .put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
  }

  /** The colour of a classification band of the illustrative catalogue (bands.csv). */
  public static Paint band(String band) {
    if (band == null) {
      return NO_DATA;
    }
    // ColorBrewer PuOr (colour-blind safe, ordered): purple for the best bands, orange for the worst.
    return switch (Vietnamese.fold(band)) {
      case "xuat sac" -> new Color(0x542788);
      case "tot" -> new Color(0x8073AC);
      case "kha" -> new Color(0xB2ABD2);
      case "trung binh" -> new Color(0xF1A340);
      case "yeu" -> new Color(0xB35806);
      default -> new Color(0x7F7F7F);
    };
  }

  /** Series {@code i}'s colour. */
  static Color series(int i) {
    return PALETTE.get(i % PALETTE.size());
  }

  /** Series {@code i}'s marker: shapes cycle more slowly than colours, so colour + shape never repeat. */
  static Shape shape(int i) {
    return SHAPES.get((i / PALETTE.size() + i) % SHAPES.size());
  }

  private static Shape triangle(boolean down) {
    int tip = down ? 7 : -7;
    return new Polygon(new int[] {0, 7, -7}, new int[] {tip, -tip, -tip}, 3);
  }

  /**
   * A percentage axis fitted to {@code values}: from the multiple of 5 below the smallest to the
   * multiple of 5 above the largest (within 0–100), so differences of a few points show. Its
   * label states the range ({@link #rangeNote}).
   */
  static NumberAxis percentAxis(String label, DoubleStream values) {
    double[] all = values.toArray();
    double min = Arrays.stream(all).min().orElse(0);
    double max = Arrays.stream(all).max().orElse(100);
    double lower = Math.max(0, Math.floor((min - 2) / 5) * 5);
    double upper = Math.min(100, Math.ceil((max + 2) / 5) * 5);
    if (upper - lower < 10) {
      upper = Math.min(100, lower + 10);
      lower = Math.min(lower, upper - 10);
    }
    return fixedAxis(label, lower, upper);
  }

  /** A count axis from 0 to a little above the largest value, in whole steps. */
  static NumberAxis countAxis(String label, DoubleStream values) {
    double max = Math.max(1, values.max().orElse(1));
    double step = max > 20 ? 5 : 1;
    NumberAxis axis = fixedAxis(label, 0, Math.ceil(max * 1.08 / step) * step);
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    axis.setNumberFormatOverride(Labels.countFormat());
    return axis;
  }

  /** An axis from {@code lower} to {@code upper} with Vietnamese tick labels. */
  static NumberAxis fixedAxis(String label, double lower, double upper) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(lower, upper);
    double span = upper - lower;
    axis.setTickUnit(new NumberTickUnit(span <= 20 ? 2 : span <= 50 ? 5 : 10, Labels.decimalFormat("0")));
    return axis;
  }

  /** "trục từ 40 đến 100%, không bắt đầu từ 0" — what a fitted axis shows, for the chart's subtitle. */
  static String rangeNote(NumberAxis axis, String unit) {
    return "trục từ " + Labels.number(axis.getLowerBound()) + " đến " + Labels.number(axis.getUpperBound())
        + unit + (axis.getLowerBound() > 0 ? ", không bắt đầu từ 0" : "");
  }

  /** Viridis (colour-blind safe, light where high) at {@code t} in 0–1. */
  static Color viridis(double t) {
    int[] stops = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};
    double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
    int i = Math.min(stops.length - 2, (int) Math.floor(x));
    double f = x - i;
    Color a = new Color(stops[i]);
    Color b = new Color(stops[i + 1]);
    return new Color(
        (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
        (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
        (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
  }

  /** Black or white, whichever reads better on {@code background}. */
  static Color textOn(Color background) {
    double luminance =
        0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
    return luminance > 140 ? Color.BLACK : Color.WHITE;
  }

  /** A Vietnamese subtitle line in the regular font. */
  static TextTitle subtitle(String text) {
    TextTitle title = new TextTitle(text, Fonts.regular(21f));
    title.setPaint(new Color(0x333333));
    return title;
  }
}
