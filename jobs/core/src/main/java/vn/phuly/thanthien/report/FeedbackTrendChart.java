package vn.phuly.thanthien.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.phuly.thanthien.report.ReportData.FeedbackYear;

/**
 * Citizens' feedback by year and unit type (mart_feedback_period's pooled rates of each unit type and year): the
 * satisfaction rate and the share of items resolved on time, one line per unit type.
 */
final class FeedbackTrendChart {
  static final String SATISFACTION = "hai-long";
  static final String ON_TIME = "dung-han";

  private FeedbackTrendChart() {}

  static List<Figure> figures(ReportData data) {
    int year = data.period().year();
    return List.of(
        figure(data, SATISFACTION, "Mức hài lòng của người dân", "Tỷ lệ hài lòng (%)",
            "Tỷ lệ người gửi phản ánh, kiến nghị hài lòng với kết quả xử lý", FeedbackYear::satisfactionPct, year),
        figure(data, ON_TIME, "Xử lý đúng hạn", "Tỷ lệ xử lý đúng hạn (%)",
            "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", FeedbackYear::onTimePct, year));
  }

  private static Figure figure(
      ReportData data, String name, String heading, String axisLabel, String title,
      Function<FeedbackYear, Double> measure, int year) {
    Map<String, XYSeries> byType = new LinkedHashMap<>();
    List<Double> values = new ArrayList<>();
    for (FeedbackYear f : data.feedback()) {
      Double value = measure.apply(f);
      if (value != null) {
        byType.computeIfAbsent(f.unitType(), t -> new XYSeries(Labels.unitGroup(t))).add(f.year(), value);
        values.add(value);
      }
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    byType.values().forEach(dataset::addSeries);
    NumberAxis years = new NumberAxis("Năm");
    years.setTickUnit(new NumberTickUnit(1, Labels.decimalFormat("0")));
    int first = data.feedback().stream().mapToInt(FeedbackYear::year).min().orElse(year);
    years.setRange(first - 0.3, year + 0.3);
    NumberAxis pct = ChartStyle.percentAxis(axisLabel, values.stream().mapToDouble(Double::doubleValue));
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(dataset, years, pct, lines);
    plot.setNoDataMessage("Chưa có phản ánh, kiến nghị");
    JFreeChart chart = new JFreeChart(title + " " + first + "–" + year, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(ChartStyle.subtitle("Theo khối đơn vị tiếp nhận · " + ChartStyle.rangeNote(pct, "%")));
    ChartStyle.apply(chart);
    for (int i = 0; i < byType.size(); i++) {
      lines.setSeriesPaint(i, ChartStyle.series(i));
      lines.setSeriesStroke(i, ChartStyle.UNIT_STROKE);
      lines.setSeriesShape(i, ChartStyle.shape(i));
    }
    plot.setNoDataMessageFont(Fonts.regular(24f));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.setPadding(new RectangleInsets(10, 10, 10, 30));
    return new Figure(Figure.Section.FEEDBACK, name, heading, caption(data, measure, year, heading), chart,
        TrendChart.WIDTH, 900);
  }

  private static String caption(ReportData data, Function<FeedbackYear, Double> measure, int year, String what) {
    List<String> parts = new ArrayList<>();
    for (FeedbackYear f : data.feedback()) {
      Double now = measure.apply(f);
      if (f.year() != year || now == null) {
        continue;
      }
      Double before =
          data.feedback().stream()
              .filter(p -> p.unitType().equals(f.unitType()) && p.year() == year - 1)
              .map(measure).filter(v -> v != null).findFirst().orElse(null);
      parts.add(Labels.unitGroup(f.unitType()).toLowerCase() + " " + Labels.pct(now) + "%"
          + (before == null ? "" : " (năm " + (year - 1) + ": " + Labels.pct(before) + "%)"));
    }
    return parts.isEmpty()
        ? "Năm " + year + " chưa có số liệu phản ánh, kiến nghị."
        : what + " năm " + year + ": " + String.join("; ", parts) + ".";
  }
}
