package vn.phuly.thanthien.report;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import vn.phuly.thanthien.report.ReportData.WatchRow;

/**
 * The watch list of the period (mart_watchlist): one row per flagged unit, one column per reason,
 * a filled cell with the figure behind each reason that applies.
 */
final class WatchlistChart {
  static final String FILE = "danh-sach-theo-doi";
  static final List<String> REASONS = List.of("SELF_GAP", "SATISFACTION_DROP", "HARASSMENT", "OVERDUE_MEASURES");
  private static final Color FLAGGED = new Color(0xE69F00);
  private static final Color CLEAR = new Color(0xF2F2F2);

  private WatchlistChart() {}

  static List<Figure> figures(ReportData data) {
    List<WatchRow> rows = data.watchlist();
    CellMatrix.Cell[][] cells = new CellMatrix.Cell[rows.size()][REASONS.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < REASONS.size(); j++) {
        String reason = REASONS.get(j);
        boolean flagged = rows.get(i).reasons().contains(reason);
        cells[i][j] = new CellMatrix.Cell(flagged ? FLAGGED : CLEAR, flagged ? detail(rows.get(i), reason) : "");
      }
    }
    JFreeChart chart =
        CellMatrix.chart(
            "Đơn vị cần theo dõi — " + Labels.period(data.period().code()),
            rows.stream().map(r -> r.unitName() + " (" + Labels.unitTypeName(r.unitType()) + ")").toList(),
            REASONS.stream().map(Labels::reason).toList(), cells, "Không đơn vị nào thuộc diện theo dõi");
    chart.addSubtitle(ChartStyle.subtitle("Ô màu cam: lý do áp dụng cho đơn vị, kèm số liệu; ngưỡng theo hồ sơ tham chiếu"));
    String caption =
        rows.isEmpty()
            ? "Không đơn vị nào chạm ngưỡng theo dõi trong kỳ."
            : rows.size() + " đơn vị chạm ít nhất một ngưỡng theo dõi (thực hiện mô hình hình thức, kém hiệu quả):"
                + " mỗi ô cam là một lý do, kèm số liệu của kỳ.";
    return List.of(
        new Figure(Figure.Section.WATCHLIST, FILE, "Danh sách theo dõi", caption, chart, CellMatrix.WIDTH,
            CellMatrix.height(rows.size())));
  }

  /** The figure behind a reason: "+12,5 điểm %", "từ 78,0% xuống 65,0%", "2 phát hiện", "3 biện pháp". */
  static String detail(WatchRow row, String reason) {
    return switch (reason) {
      case "SELF_GAP" -> row.selfGapPp() == null ? "" : "+" + Labels.pct(row.selfGapPp()) + " điểm %";
      case "SATISFACTION_DROP" ->
          row.satisfactionPct() == null || row.previousSatisfactionPct() == null
              ? ""
              : "từ " + Labels.pct(row.previousSatisfactionPct()) + "% xuống " + Labels.pct(row.satisfactionPct()) + "%";
      case "HARASSMENT" -> row.harassmentFindings() + " phát hiện";
      case "OVERDUE_MEASURES" -> row.overdueMeasures() + " biện pháp";
      default -> "";
    };
  }
}
