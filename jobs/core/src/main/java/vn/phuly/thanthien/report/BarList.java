package vn.phuly.thanthien.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars, one per named row (first on top), each with its own colour and its value
 * printed at its end: the self-assessment gap and the overdue measures per unit.
 */
final class BarList {
  static final int WIDTH = 1600;

  /** One bar. */
  record Bar(String label, double value, Paint paint) {}

  private BarList() {}

  static int height(int bars) {
    return Math.max(700, 300 + 42 * bars);
  }

  /**
   * @param marker a threshold drawn as a dashed line with its label, or null
   */
  static JFreeChart chart(
      String title, String subtitle, List<Bar> bars, NumberAxis axis, NumberFormat format, Double marker,
      String markerLabel, String noData) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < bars.size(); i++) {
      dataset.addValue(bars.get(i).value(), "giá trị", new RankingChart.UnitKey(bars.get(i).label(), Integer.toString(i)));
    }
    CategoryAxis rows = new CategoryAxis();
    rows.setMaximumCategoryLabelWidthRatio(0.5f);
    rows.setMaximumCategoryLabelLines(2);
    rows.setCategoryMargin(0.25);
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return bars.get(column).paint();
          }
        };
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setMaximumBarWidth(0.08);
    renderer.setShadowVisible(false);
    CategoryPlot plot = new CategoryPlot(dataset, rows, axis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setNoDataMessage(noData);
    if (marker != null) {
      ValueMarker line =
          new ValueMarker(marker, ChartStyle.MEAN,
              new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 8f}, 0f));
      line.setLabel(markerLabel);
      line.setLabelFont(Fonts.regular(20f));
      line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      line.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      line.setLabelOffset(new RectangleInsets(4, 8, 4, 8));
      plot.addRangeMarker(line);
    }
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.addSubtitle(ChartStyle.subtitle(subtitle));
    ChartStyle.apply(chart);
    renderer.setDefaultItemLabelFont(Fonts.regular(20f));
    renderer.setDefaultItemLabelPaint(Color.BLACK);
    plot.setNoDataMessageFont(Fonts.regular(24f));
    chart.setPadding(new RectangleInsets(10, 10, 10, 40));
    return chart;
  }
}
