package vn.phuly.thanthien.report;

import java.util.List;
import java.util.stream.DoubleStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import vn.phuly.thanthien.report.ReportData.SelfGap;

/**
 * The self-assessment gap of every scored unit of the period (mart_unit_scorecard.self_gap_pp:
 * self-scored minus final points, in percentage points of the maximum), largest first, with the
 * watch list's threshold; bars at or over it are vermillion.
 */
final class SelfGapChart {
  static final String FILE = "tu-cham-chenh-lech";

  private SelfGapChart() {}

  static List<Figure> figures(ReportData data) {
    List<SelfGap> gaps = data.selfGaps();
    double threshold = data.selfGapThresholdPp();
    long over = gaps.stream().filter(g -> g.selfGapPp() >= threshold).count();
    String caption =
        gaps.isEmpty()
            ? "Không đơn vị nào có điểm tự chấm để so sánh."
            : "Chênh lệch lớn nhất: " + gaps.get(0).unitName() + " tự chấm cao hơn kết quả cuối cùng "
                + Labels.pct(gaps.get(0).selfGapPp()) + " điểm %. " + over + " đơn vị chênh từ "
                + Labels.number(threshold) + " điểm % trở lên (ngưỡng đưa vào danh sách theo dõi).";
    NumberAxis axis =
        ChartStyle.fixedAxis(
            "Tự chấm trừ điểm cuối cùng (điểm %)",
            Math.floor(Math.min(0, gaps.stream().mapToDouble(SelfGap::selfGapPp).min().orElse(0)) / 5) * 5,
            Math.ceil(DoubleStream.concat(gaps.stream().mapToDouble(SelfGap::selfGapPp), DoubleStream.of(threshold))
                .max().orElse(10) / 5 + 0.5) * 5);
    List<BarList.Bar> bars =
        gaps.stream()
            .map(g -> new BarList.Bar(
                g.unitName() + " (" + Labels.unitTypeName(g.unitType()) + ")", g.selfGapPp(),
                g.selfGapPp() >= threshold ? ChartStyle.BAD : ChartStyle.GOOD))
            .toList();
    JFreeChart chart =
        BarList.chart(
            "Chênh lệch giữa tự chấm và kết quả thẩm định — " + Labels.period(data.period().code()),
            "Màu cam: từ ngưỡng theo dõi trở lên · " + ChartStyle.rangeNote(axis, " điểm %"), bars, axis,
            Labels.decimalFormat("0.0"), threshold, "ngưỡng " + Labels.number(threshold) + " điểm %",
            "Không có điểm tự chấm trong kỳ");
    return List.of(
        new Figure(Figure.Section.SELF_GAP, FILE, "Chênh lệch tự chấm", caption, chart, BarList.WIDTH,
            BarList.height(bars.size())));
  }
}
