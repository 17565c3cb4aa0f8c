package vn.phuly.thanthien.report.scorecard;

import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.report.Labels;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.GroupScore;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Watch;

/** The Vietnamese sentences of a scorecard, written from the marts' values (rounded for display only). */
final class ScorecardText {
  private static final Map<String, String> FINDING_CODES = enumLabels("finding_code");
  private static final Map<String, String> SEVERITIES = enumLabels("severity");
  /** mart_inspection_followup's code for a missing finding code or severity. */
  private static final String UNKNOWN = "KHONG_XAC_DINH";

  private ScorecardText() {}

  /** The one sentence on what to improve first: the group of improvement_rank 1 (groups in that order). */
  static String improveFirst(List<GroupScore> groups, Integer rankedUnits) {
    if (groups.isEmpty()) {
      return "Đơn vị chưa có điểm trong kỳ này nên chưa xác định được nhóm tiêu chí cần cải thiện.";
    }
    if (rankedUnits != null && rankedUnits == 1) {
      return "Đơn vị là đơn vị duy nhất của khối có điểm trong kỳ, nên chưa có trung bình khối để so sánh.";
    }
    GroupScore first = groups.get(0);
    if (first.gapPoints() < 0) {
      return "Nhóm “" + first.groupName() + "”: đơn vị đạt " + Labels.pct(first.scorePct())
          + "%, thấp hơn trung bình khối (" + Labels.pct(first.peerMeanPct()) + "%) " + Labels.pct(-first.gapPp())
          + " điểm phần trăm, tức " + Labels.pct(-first.gapPoints()) + " điểm trên " + Labels.pct(first.maxPoints())
          + ": nhóm mà đơn vị tăng được nhiều điểm nhất nếu đạt mức trung bình khối.";
    }
    return "Đơn vị đạt hoặc vượt trung bình khối ở mọi nhóm tiêu chí; nhóm có mức vượt thấp nhất là “"
        + first.groupName() + "” (" + Labels.pct(first.scorePct()) + "% so với trung bình khối "
        + Labels.pct(first.peerMeanPct()) + "%), nên tiếp tục duy trì và nâng cao.";
  }

  /** One line per reason code of the watch list, with the value that triggered it. */
  static List<String> watchReasons(Watch watch) {
    return watch.reasons().stream().map(code -> reason(code, watch)).toList();
  }

  private static String reason(String code, Watch w) {
    return switch (code) {
      case "SELF_GAP" ->
          "Tự chấm cao hơn kết quả thẩm định " + Labels.pct(w.selfGapPp()) + " điểm phần trăm.";
      case "SATISFACTION_DROP" ->
          "Mức hài lòng giảm " + Labels.pct(w.satisfactionDropPp()) + " điểm phần trăm so với kỳ trước ("
              + Labels.pct(w.previousSatisfactionPct()) + "% → " + Labels.pct(w.satisfactionPct()) + "%"
              + (w.lineageComparison() ? ", kỳ trước tính theo các đơn vị tiền thân" : "") + ").";
      case "HARASSMENT" ->
          "Kiểm tra trong kỳ phát hiện " + w.harassmentFindings() + " vi phạm gây phiền hà cho người dân.";
      case "OVERDUE_MEASURES" ->
          w.overdueMeasures() + " biện pháp khắc phục đối với vi phạm phát hiện trong kỳ đã quá hạn mà chưa hoàn thành.";
      default -> code;
    };
  }

  static String findingCode(String code) {
    return FINDING_CODES.getOrDefault(code, UNKNOWN.equals(code) ? "Không xác định" : code);
  }

  static String severity(String code) {
    return SEVERITIES.getOrDefault(code, UNKNOWN.equals(code) ? "Không xác định" : code);
  }

  /** Labels of a closed or open enumeration of the inspections contract (schemas/), never a second list here. */
  private static Map<String, String> enumLabels(String column) {
    return DatasetContract.load("inspection_finding").column(column).map(Column::values).orElse(Map.of());
  }
}
