package vn.phuly.thanthien.report.scorecard;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.phuly.thanthien.report.ChartFiles;
import vn.phuly.thanthien.report.ChartStyle;
import vn.phuly.thanthien.report.Fonts;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.GroupScore;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.TrendYear;

/**
 * The two small charts of a scorecard, as PNG bytes to embed: the unit's criterion groups against
 * the peer mean, and its 2021–… trend with the peer mean. Drawn at twice the size they are printed,
 * with fonts large enough to read on paper.
 */
final class ScorecardCharts {
  static final int WIDTH = 760;
  static final int HEIGHT = 480;
  static final int FIRST_YEAR = 2021;
  static final String UNIT = "Đơn vị";
  static final String PEERS = "Trung bình khối";
  static final String RECONSTRUCTED = "Tái dựng từ đơn vị tiền thân";
  private static final Color UNIT_COLOUR = ChartStyle.PALETTE.get(0);
  private static final Color PEER_COLOUR = new Color(0xA0A0A0);
  private static final Color RECONSTRUCTED_COLOUR = ChartStyle.PALETTE.get(1);

  private ScorecardCharts() {}

  /** Bars of the group's score_pct for the unit and for its peers, in improvement order. */
  static byte[] groups(List<GroupScore> groups) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (GroupScore g : groups) {
      data.addValue(g.scorePct(), UNIT, g.groupName());
      data.addValue(g.peerMeanPct(), PEERS, g.groupName());
    }
    CategoryAxis names = new CategoryAxis(null);
    names.setMaximumCategoryLabelLines(4);
    names.setMaximumCategoryLabelWidthRatio(0.40f);
    NumberAxis pct = new NumberAxis("Tỷ lệ điểm đạt được của nhóm (%)");
    // Bars start at zero; the labels carry the exact values.
    pct.setRange(0, 110);
    pct.setTickUnit(new NumberTickUnit(20, new DecimalFormat("0")));
    BarRenderer bars = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(data, names, pct, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(chart);
    bars.setSeriesPaint(0, UNIT_COLOUR);
    bars.setSeriesPaint(1, PEER_COLOUR);
    bars.setItemMargin(0.05);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal()));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultItemLabelFont(Fonts.regular(24f));
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    names.setTickLabelFont(Fonts.regular(25f));
    return finish(chart, pct);
  }

  /**
   * The unit's annual score (reconstructed years from its predecessors drawn apart, joined to its
   * first own year) and the peer mean of its type, years {@value #FIRST_YEAR} to {@code lastYear}.
   */
  static byte[] trend(List<TrendYear> trend, int lastYear) {
    XYSeries own = new XYSeries(UNIT);
    XYSeries rebuilt = new XYSeries(RECONSTRUCTED);
    XYSeries peers = new XYSeries(PEERS);
    Integer firstOwn = trend.stream().filter(t -> !t.reconstructed() && t.scorePct() != null)
        .map(TrendYear::year).findFirst().orElse(null);
    for (TrendYear t : trend) {
      if (t.scorePct() != null) {
        (t.reconstructed() ? rebuilt : own).add(t.year(), t.scorePct());
        if (!t.reconstructed() && Objects.equals(t.year(), firstOwn) && !rebuilt.isEmpty()) {
          rebuilt.add(t.year(), t.scorePct());
        }
      }
      if (t.peerMeanPct() != null) {
        peers.add(t.year(), t.peerMeanPct());
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(own);
    data.addSeries(peers);
    if (!rebuilt.isEmpty()) {
      data.addSeries(rebuilt);
    }
    int first = Math.min(FIRST_YEAR, lastYear);
    NumberAxis years = new NumberAxis(null);
    years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
    years.setRange(first - 0.3, lastYear + 0.3);
    NumberAxis pct = new NumberAxis("Tỷ lệ điểm (%)");
    pct.setRange(valueRange(trend));
    pct.setTickUnit(new NumberTickUnit(pct.getRange().getLength() > 40 ? 10 : 5, new DecimalFormat("0")));
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(data, years, pct, lines);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    ChartStyle.apply(chart);
    lines.setSeriesPaint(0, UNIT_COLOUR);
    lines.setSeriesStroke(0, new BasicStroke(4f));
    lines.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
    lines.setSeriesPaint(1, ChartStyle.MEAN);
    lines.setSeriesStroke(1, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {12f, 8f}, 0f));
    lines.setSeriesShapesVisible(1, false);
    lines.setSeriesPaint(2, RECONSTRUCTED_COLOUR);
    lines.setSeriesStroke(2, new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 6f}, 0f));
    lines.setSeriesShape(2, new Ellipse2D.Double(-6, -6, 12, 12));
    lines.setSeriesShapesFilled(2, false);
    lines.setDrawSeriesLineAsPath(true);
    years.setTickLabelFont(Fonts.regular(25f));
    return finish(chart, pct);
  }

  /** A range around the values drawn (never 0–100 when they lie between 60 and 95), within 0–100. */
  static org.jfree.data.Range valueRange(List<TrendYear> trend) {
    double low = 100;
    double high = 0;
    for (TrendYear t : trend) {
      for (Double v : new Double[] {t.scorePct(), t.peerMeanPct()}) {
        if (v != null) {
          low = Math.min(low, v);
          high = Math.max(high, v);
        }
      }
    }
    if (low > high) {
      return new org.jfree.data.Range(0, 100);
    }
    double from = Math.max(0, Math.floor((low - 5) / 5) * 5);
    double to = Math.min(100, Math.ceil((high + 5) / 5) * 5);
    return new org.jfree.data.Range(from, Math.max(to, from + 10));
  }

  private static byte[] finish(JFreeChart chart, NumberAxis values) {
    Font text = Fonts.regular(24f);
    values.setTickLabelFont(text);
    values.setLabelFont(text);
    chart.setPadding(new RectangleInsets(4, 4, 4, 12));
    LegendTitle legend = chart.getLegend();
    legend.setItemFont(Fonts.regular(25f));
    legend.setPosition(RectangleEdge.BOTTOM);
    return ChartFiles.png(chart, WIDTH, HEIGHT);
  }

  private static DecimalFormat oneDecimal() {
    DecimalFormatSymbols comma = DecimalFormatSymbols.getInstance(Locale.ROOT);
    comma.setDecimalSeparator(',');
    return new DecimalFormat("0.0", comma);
  }
}
