package vn.phuly.thanthien.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
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
  /** Series colours in a fixed order (Tableau 10 + two), so reruns colour units the same way. */
  public static final List<Color> PALETTE =
      List.of(
          new Color(0x4E79A7), new Color(0xF28E2B), new Color(0xE15759), new Color(0x76B7B2),
          new Color(0x59A14F), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
          new Color(0x9C755F), new Color(0x8C8C8C), new Color(0x1F3A93), new Color(0x006D2C));

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
    return switch (Vietnamese.fold(band)) {
      case "xuat sac" -> new Color(0x1B7837);
      case "tot" -> new Color(0x5AAE61);
      case "kha" -> new Color(0x4E79A7);
      case "trung binh" -> new Color(0xF1A340);
      case "yeu" -> new Color(0xD7301F);
      default -> new Color(0x7F7F7F);
    };
  }
}
