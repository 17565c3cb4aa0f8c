package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lines of {@code score_pct} by year for the units of one type, with the peer mean of the type per
 * year as a thick dashed line. Units are the ones valid in the report's period; their history
 * before a merger comes from {@code mart_trend}, which follows lineage. The mean is the mart's
 * {@code city_mean_pct} (DESIGN §5: over the units as they existed each year), never an average of
 * the lines drawn, which would mix today's units' reconstructed years into it.
 */
public final class TrendChart {
  static final int WIDTH = 1600;
  static final int HEIGHT = 1000;
  static final int FIRST_YEAR = 2021;

  private TrendChart() {}

  /**
   * Writes {@code xu-huong-<type>.png/.svg} per unit type of the period's ranking, years up to the
   * period's year; returns the files written.
   */
  public static List<Path> write(Path warehouse, String period, Path outDir) {
    return write(
        Marts.ranking(warehouse, period), Marts.trend(warehouse, Labels.year(period)), period, outDir);
  }

  static List<Path> write(
      List<RankingRow> ranking, List<TrendPoint> trend, String period, Path outDir) {
    List<Path> files = new ArrayList<>();
    RankingChart.byType(ranking)
        .forEach(
            (type, rows) -> {
              List<TrendPoint> points = pointsOf(rows, trend);
              if (!points.isEmpty()) {
                files.addAll(
                    ChartFiles.write(
                        chart(type, points, peerMeanByYear(trend, type), period), outDir, fileName(type), WIDTH, HEIGHT));
              }
            });
    return files;
  }

  static String fileName(String unitType) {
    return "xu-huong-" + Labels.slug(unitType);
  }

  /** The trend points of the given units that carry a score. */
  static List<TrendPoint> pointsOf(List<RankingRow> units, List<TrendPoint> trend) {
    Set<String> ids = new HashSet<>();
    units.forEach(u -> ids.add(u.unitId()));
    return trend.stream()
        .filter(p -> ids.contains(p.unitId()) && p.scorePct() != null)
        .toList();
  }

  /** The mart's peer mean of {@code unitType} per year ({@code city_mean_pct} of any of its rows). */
  static Map<Integer, Double> peerMeanByYear(List<TrendPoint> trend, String unitType) {
    Map<Integer, Double> means = new TreeMap<>();
    trend.stream()
        .filter(p -> p.unitType().equals(unitType) && p.cityMeanPct() != null)
        .forEach(p -> means.putIfAbsent(p.year(), p.cityMeanPct()));
    return means;
  }

  static JFreeChart chart(
      String unitType, List<TrendPoint> points, Map<Integer, Double> peerMeans, String period) {
    Map<String, XYSeries> byUnit = new LinkedHashMap<>();
    for (TrendPoint p : points) {
      byUnit
          .computeIfAbsent(p.unitId(), id -> new XYSeries(seriesName(p, byUnit)))
          .add(p.year(), p.scorePct());
    }
    XYSeries mean = new XYSeries("Trung bình " + Labels.unitGroup(unitType).toLowerCase());
    peerMeans.forEach(mean::add);

    XYSeriesCollection dataset = new XYSeriesCollection();
    byUnit.values().forEach(dataset::addSeries);
    dataset.addSeries(mean);

    int lastYear = Labels.year(period);
    NumberAxis years = new NumberAxis("Năm");
    // Whole years without a thousands separator: "2021", never "2,021" or "2.021".
    years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
    years.setRange(Math.min(FIRST_YEAR, lastYear) - 0.3, lastYear + 0.3);
    NumberAxis pct =
        ChartStyle.percentAxis(
            "Tỷ lệ điểm đạt được (%)",
            java.util.stream.DoubleStream.concat(
                points.stream().mapToDouble(TrendPoint::scorePct),
                peerMeans.values().stream().mapToDouble(Double::doubleValue)));

    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, years, pct, lines);
    JFreeChart chart =
        new JFreeChart(
            "Xu hướng mức độ thực hiện " + Labels.MODEL + " " + Math.min(FIRST_YEAR, lastYear)
                + "–" + lastYear,
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    chart.addSubtitle(
        new TextTitle(
            Labels.unitGroup(unitType) + " · nét đứt đậm: trung bình khối · "
                + ChartStyle.rangeNote(pct, "%")));
    ChartStyle.apply(chart);
    chart.setPadding(new RectangleInsets(10, 10, 10, 20));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.RIGHT);

    int units = byUnit.size();
    for (int i = 0; i < units; i++) {
      lines.setSeriesPaint(i, ChartStyle.series(i));
      lines.setSeriesStroke(i, ChartStyle.UNIT_STROKE);
      lines.setSeriesShape(i, ChartStyle.shape(i));
    }
    lines.setSeriesPaint(units, ChartStyle.MEAN);
    lines.setSeriesStroke(units, ChartStyle.MEAN_STROKE);
    lines.setSeriesShapesVisible(units, false);
    lines.setDrawSeriesLineAsPath(true);
    return chart;
  }

  /** The trend chart of every unit type with scores, with a sentence on the peer mean's change. */
  static List<Figure> figures(ReportData data) {
    List<Figure> figures = new ArrayList<>();
    RankingChart.byType(data.ranking())
        .forEach(
            (type, rows) -> {
              List<TrendPoint> points = pointsOf(rows, data.trend());
              if (points.isEmpty()) {
                return;
              }
              Map<Integer, Double> means = peerMeanByYear(data.trend(), type);
              int first = means.keySet().stream().findFirst().orElse(data.period().year());
              int last = data.period().year();
              String caption =
                  means.containsKey(last) && first < last
                      ? "Trung bình " + Labels.unitGroup(type).toLowerCase() + " từ " + Labels.pct(means.get(first))
                          + "% năm " + first + " " + (means.get(last) >= means.get(first) ? "lên" : "xuống") + " "
                          + Labels.pct(means.get(last)) + "% năm " + last
                          + ". Điểm của đơn vị trước khi sáp nhập tính theo các đơn vị tiền thân."
                      : "Chưa đủ số năm để so sánh xu hướng.";
              figures.add(
                  new Figure(Figure.Section.TREND, fileName(type), Labels.unitGroup(type), caption,
                      chart(type, points, means, data.period().code()), WIDTH, HEIGHT));
            });
    return figures;
  }

  /** The unit's name, with its id when another unit of the chart has the same name. */
  private static String seriesName(TrendPoint p, Map<String, XYSeries> seen) {
    boolean taken = seen.values().stream().anyMatch(s -> s.getKey().equals(p.unitName()));
    return taken ? p.unitName() + " (" + p.unitId() + ")" : p.unitName();
  }
}
