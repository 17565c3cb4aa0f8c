package vn.phuly.thanthien.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.phuly.thanthien.report.ReportData.FindingCount;
import vn.phuly.thanthien.report.ReportData.UnitMeasures;

/**
 * Public-service inspections (mart_inspection_followup): findings by code per year, and the
 * corrective measures still open past their deadline per unit, on the inspections' as-of date.
 */
final class InspectionCharts {
  static final String FINDINGS = "phat-hien-theo-ma";
  static final String OVERDUE = "bien-phap-qua-han";

  private InspectionCharts() {}

  static List<Figure> figures(ReportData data) {
    return List.of(findings(data), overdue(data));
  }

  private static Figure findings(ReportData data) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    TreeSet<String> codes = new TreeSet<>();
    Map<Integer, Long> perYear = new TreeMap<>();
    data.findings().forEach(f -> {
      codes.add(f.code());
      perYear.merge(f.year(), f.findings(), Long::sum);
    });
    for (String code : codes) {
      for (int year : perYear.keySet()) {
        long n = data.findings().stream()
            .filter(f -> f.year() == year && f.code().equals(code)).mapToLong(FindingCount::findings).sum();
        dataset.addValue(n == 0 ? null : Long.valueOf(n), Labels.findingCode(code), Integer.toString(year));
      }
    }
    NumberAxis count =
        ChartStyle.countAxis("Số phát hiện", perYear.values().stream().mapToDouble(Long::doubleValue));
    StackedBarRenderer bars = new StackedBarRenderer();
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.12);
    bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", Labels.countFormat()));
    bars.setDefaultItemLabelsVisible(true);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Năm kiểm tra"), count, bars);
    plot.setNoDataMessage("Chưa có kết quả kiểm tra công vụ");
    JFreeChart chart =
        new JFreeChart("Phát hiện qua kiểm tra công vụ theo loại và năm", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(ChartStyle.subtitle("Số phát hiện của các cuộc kiểm tra · " + ChartStyle.rangeNote(count, "")));
    ChartStyle.apply(chart);
    for (int i = 0; i < codes.size(); i++) {
      bars.setSeriesPaint(i, ChartStyle.series(i));
      bars.setSeriesItemLabelPaint(i, ChartStyle.textOn(ChartStyle.series(i)));
    }
    bars.setDefaultItemLabelFont(Fonts.regular(18f));
    plot.setNoDataMessageFont(Fonts.regular(24f));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.setPadding(new RectangleInsets(10, 10, 10, 30));
    int year = data.period().year();
    long harassment =
        data.findings().stream().filter(f -> f.year() == year && f.code().equals("GAY_PHIEN_HA"))
            .mapToLong(FindingCount::findings).sum();
    String caption =
        perYear.containsKey(year)
            ? "Năm " + year + " có " + Labels.count(perYear.get(year)) + " phát hiện"
                + (perYear.containsKey(year - 1) ? " (năm " + (year - 1) + ": " + Labels.count(perYear.get(year - 1)) + ")" : "")
                + ", trong đó " + Labels.count(harassment) + " phát hiện gây phiền hà, sách nhiễu người dân."
            : "Năm " + year + " chưa có kết quả kiểm tra công vụ.";
    return new Figure(Figure.Section.INSPECTIONS, FINDINGS, "Phát hiện theo loại", caption, chart, TrendChart.WIDTH, 950);
  }

  private static Figure overdue(ReportData data) {
    List<UnitMeasures> late = data.measures().stream().filter(m -> m.measuresOverdue() > 0).toList();
    List<BarList.Bar> bars = new ArrayList<>();
    for (UnitMeasures m : late) {
      bars.add(new BarList.Bar(
          m.unitName() + " (" + Labels.unitTypeName(m.unitType()) + ")", m.measuresOverdue(), ChartStyle.BAD));
    }
    NumberAxis axis = ChartStyle.countAxis("Số biện pháp quá hạn", late.stream().mapToDouble(UnitMeasures::measuresOverdue));
    long total = late.stream().mapToLong(UnitMeasures::measuresOverdue).sum();
    JFreeChart chart =
        BarList.chart(
            "Biện pháp khắc phục quá hạn chưa hoàn thành, theo đơn vị",
            "Các cuộc kiểm tra đến hết năm " + data.period().year() + ", tính đến ngày dữ liệu · "
                + ChartStyle.rangeNote(axis, ""),
            bars, axis, Labels.countFormat(), null, null, "Không có biện pháp khắc phục quá hạn");
    Map<String, Long> byUnit = new LinkedHashMap<>();
    late.forEach(m -> byUnit.put(m.unitName(), m.measuresOverdue()));
    String caption =
        late.isEmpty()
            ? "Không đơn vị nào còn biện pháp khắc phục quá hạn."
            : Labels.count(total) + " biện pháp khắc phục đã quá hạn mà chưa hoàn thành, ở " + late.size()
                + " đơn vị; nhiều nhất là " + late.get(0).unitName() + " (" + late.get(0).measuresOverdue() + ").";
    return new Figure(Figure.Section.INSPECTIONS, OVERDUE, "Biện pháp khắc phục quá hạn", caption, chart,
        BarList.WIDTH, BarList.height(bars.size()));
  }
}
