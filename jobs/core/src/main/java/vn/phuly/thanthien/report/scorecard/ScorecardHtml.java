package vn.phuly.thanthien.report.scorecard;

import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import vn.phuly.thanthien.report.Labels;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Feedback;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.GroupScore;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.OpenMeasures;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Ranking;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.TrendYear;

/**
 * One unit's scorecard as XHTML for one A4 page, its two charts embedded as PNG data so the PDF is
 * the only file. Every number is a mart's, rounded here for display only.
 */
final class ScorecardHtml {
  private static final String STYLE =
      """
      @page { size: A4; margin: 9mm 13mm 8mm 13mm; }
      body { font-family: 'Noto Sans', 'Noto Sans Symbols 2', sans-serif; font-size: 8.5pt; color: #1a1a1a; }
      p { margin: 2pt 0; }
      p.model { font-size: 8.5pt; color: #444; margin: 0; }
      h1 { font-size: 16pt; margin: 1pt 0 0 0; }
      p.sub { font-size: 10pt; margin: 0 0 5pt 0; }
      h2 { font-size: 10.5pt; margin: 5pt 0 2pt 0; border-bottom: 1px solid #999; page-break-after: avoid; }
      h3 { font-size: 9.5pt; margin: 0 0 2pt 0; }
      table { border-collapse: collapse; width: 100%; }
      table.figures td { border: 1px solid #bbb; padding: 3pt 5pt; width: 25%; vertical-align: top; }
      table.figures b { font-size: 14pt; }
      table.figures span { font-size: 8pt; color: #444; }
      table.charts td { width: 50%; vertical-align: top; padding: 0 3pt 0 0; }
      table.list th, table.list td { border: 1px solid #bbb; padding: 1pt 4pt; text-align: left; }
      table.list th { background: #eef2f6; }
      th.group { width: 40%; }
      td.num { text-align: right; white-space: nowrap; }
      td.below { color: #b2182b; }
      td.above { color: #1b7837; }
      tr { page-break-inside: avoid; }
      img { width: 100%; }
      p.first { border-left: 4pt solid #4e79a7; background: #f2f5f9; padding: 4pt 6pt; margin: 5pt 0; font-size: 9.5pt; }
      p.note { font-size: 7.5pt; color: #444; }
      ul { margin: 1pt 0 1pt 14pt; padding: 0; }
      """;

  private ScorecardHtml() {}

  static String render(UnitScorecard card, byte[] groupsPng, byte[] trendPng) {
    Ranking r = card.ranking();
    int year = Labels.year(r.period());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
        .append("<meta charset=\"UTF-8\" />\n<title>").append(esc(title(r))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<p class=\"model\">Phiếu kết quả thực hiện mô hình “Chính quyền thân thiện vì Nhân dân phục vụ”</p>\n")
        .append("<h1>").append(esc(r.unitName())).append("</h1>\n")
        .append("<p class=\"sub\">").append(esc(Labels.unitGroup(r.unitType())))
        .append(r.unitCode() == null ? "" : " · mã " + esc(r.unitCode()))
        .append(" · Kỳ đánh giá: <b>").append(esc(Labels.period(r.period()))).append("</b></p>\n");
    figures(html, r);
    html.append("<p class=\"first\"><b>Ưu tiên cải thiện:</b> ").append(esc(ScorecardText.improveFirst(card.groups(), r.rankedUnits())))
        .append("</p>\n");
    charts(html, card, groupsPng, trendPng, year);
    groupTable(html, card.groups());
    watch(html, card);
    measures(html, card.openMeasures(), year);
    feedback(html, card.feedback());
    // short enough to leave the fullest card on one A4 page; the marts it comes from are in docs/
    html.append("<p class=\"note\">Số liệu từ kho dữ liệu của hệ thống, làm tròn một chữ số thập phân;")
        .append(" thứ hạng theo điểm chính xác đầy đủ. Bộ tiêu chí minh hoạ.</p>\n")
        .append("</body>\n</html>\n");
    return html.toString();
  }

  static String title(Ranking r) {
    return "Phiếu kết quả " + r.unitName() + " — " + Labels.period(r.period());
  }

  private static void figures(StringBuilder html, Ranking r) {
    html.append("<table class=\"figures\"><tr>\n<td>Tỷ lệ điểm đạt được<br /><b>");
    if (r.ranked()) {
      html.append(Labels.pct(r.scorePct())).append("%</b><br /><span>").append(Labels.pct(r.scorePoints()))
          .append(" / ").append(Labels.pct(r.maxPoints())).append(" điểm")
          .append(r.completenessPct() != null && r.completenessPct() < 100
              ? ", đủ " + Labels.pct(r.completenessPct()) + "% tiêu chí" : "")
          .append("</span>");
    } else {
      html.append(Labels.NO_DATA).append("</b>");
    }
    html.append("</td>\n<td>Xếp loại<br /><b>").append(r.band() == null ? "—" : esc(r.band())).append("</b></td>\n")
        .append("<td>Xếp hạng trong khối<br /><b>")
        .append(r.ranked() ? r.rank() + " / " + r.rankedUnits() : "—").append("</b><br /><span>")
        .append(esc(movement(r))).append("</span></td>\n")
        .append("<td>Trung bình khối<br /><b>")
        .append(r.peerMeanPct() == null ? "—" : Labels.pct(r.peerMeanPct()) + "%").append("</b><br /><span>")
        .append(r.ranked() && r.peerMeanPct() != null ? difference(r.scorePct() - r.peerMeanPct()) : "")
        .append("</span></td>\n</tr></table>\n");
  }

  /**
   * "Kỳ trước (2023): 5 / 12 · ▲ 2 bậc"; the numbers of ranked units of both periods say when the
   * peer group changed (the 2025 reorganisation).
   */
  static String movement(Ranking r) {
    if (r.previousPeriod() == null) {
      return "";
    }
    String before = "Kỳ trước (" + r.previousPeriod() + "): ";
    if (r.previousRank() == null) {
      return before + "chưa xếp hạng";
    }
    // no-break spaces: a narrow cell wraps between the parts, never inside "▼ 1 bậc" or "2 / 10"
    String change = r.rankChange() == null ? "" : r.rankChange() == 0 ? " · giữ\u00A0nguyên"
        : " · " + (Labels.rankChange(r.rankChange()) + " bậc").replace(' ', '\u00A0');
    return before + (r.previousRank() + " / " + r.previousRankedUnits()).replace(' ', '\u00A0') + change;
  }

  private static String difference(double pp) {
    String shown = Labels.pct(Math.abs(pp));
    if (shown.equals("0,0")) {
      return "bằng trung bình khối";
    }
    return (pp > 0 ? "đơn vị cao hơn " : "đơn vị thấp hơn ") + shown + " điểm %";
  }

  private static void charts(StringBuilder html, UnitScorecard card, byte[] groupsPng, byte[] trendPng, int year) {
    html.append("<table class=\"charts\"><tr>\n<td><h3>Điểm theo nhóm tiêu chí so với trung bình khối</h3>\n");
    if (groupsPng != null) {
      image(html, groupsPng, "Điểm theo nhóm tiêu chí");
    } else {
      html.append("<p>").append(Labels.NO_DATA).append(".</p>\n");
    }
    html.append("</td>\n<td><h3>Xu hướng ").append(Math.min(ScorecardCharts.FIRST_YEAR, year)).append("–").append(year)
        .append("</h3>\n");
    if (trendPng != null) {
      image(html, trendPng, "Xu hướng tỷ lệ điểm theo năm");
    } else {
      html.append("<p>Chưa có điểm năm nào.</p>\n");
    }
    String lineage = lineageNote(card.trend());
    if (!lineage.isEmpty()) {
      html.append("<p class=\"note\">").append(esc(lineage)).append("</p>\n");
    }
    html.append("</td>\n</tr></table>\n");
  }

  /** Which years are the predecessors' (mart_trend.is_reconstructed), and from how many units. */
  static String lineageNote(List<TrendYear> trend) {
    List<TrendYear> rebuilt = trend.stream().filter(t -> t.reconstructed() && t.scorePct() != null).toList();
    if (rebuilt.isEmpty()) {
      return "";
    }
    int most = rebuilt.stream().mapToInt(t -> t.predecessors() == null ? 0 : t.predecessors()).max().orElse(0);
    String years = rebuilt.stream().map(t -> String.valueOf(t.year())).collect(Collectors.joining(", "));
    return "Năm " + years + ": đơn vị chưa thành lập; điểm được tái dựng từ " + most
        + " đơn vị tiền thân theo quyết định sắp xếp (bình quân theo tỷ lệ sáp nhập và dân số).";
  }

  private static void image(StringBuilder html, byte[] png, String alt) {
    html.append("<img alt=\"").append(alt).append("\" src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png)).append("\" />\n");
  }

  private static void groupTable(StringBuilder html, List<GroupScore> groups) {
    if (groups.isEmpty()) {
      return;
    }
    html.append("<table class=\"list\">\n<tr><th class=\"group\">Nhóm tiêu chí</th><th>Điểm đơn vị</th><th>Đơn vị (%)</th>")
        .append("<th>Trung bình khối (%)</th><th>Chênh lệch (điểm %)</th><th>Chênh lệch (điểm)</th></tr>\n");
    for (GroupScore g : groups) {
      html.append("<tr><td>").append(esc(g.groupName())).append("</td><td class=\"num\">")
          .append(Labels.pct(g.points())).append(" / ").append(Labels.pct(g.maxPoints()))
          .append("</td><td class=\"num\">").append(Labels.pct(g.scorePct()))
          .append("</td><td class=\"num\">").append(Labels.pct(g.peerMeanPct())).append("</td>")
          .append(signed(g.gapPp())).append(signed(g.gapPoints())).append("</tr>\n");
    }
    html.append("</table>\n");
  }

  /** A gap cell: "+1,3" green, "-9,1" red, "0,0" plain. */
  private static String signed(double gap) {
    String shown = Labels.pct(Math.abs(gap));
    // a hyphen-minus: the bundled Noto Sans has no U+2212 (it would print as #)
    String sign = shown.equals("0,0") ? "" : gap < 0 ? "-" : "+";
    String cls = sign.isEmpty() ? "num" : gap < 0 ? "num below" : "num above";
    return "<td class=\"" + cls + "\">" + sign + shown + "</td>";
  }

  private static void watch(StringBuilder html, UnitScorecard card) {
    html.append("<h2>Danh sách theo dõi (thực hiện hình thức, kém hiệu quả)</h2>\n");
    if (card.watch() == null) {
      html.append("<p>Đơn vị không thuộc danh sách theo dõi trong kỳ này.</p>\n");
      return;
    }
    html.append("<p>Đơn vị thuộc danh sách theo dõi trong kỳ này vì:</p>\n<ul>\n");
    for (String reason : ScorecardText.watchReasons(card.watch())) {
      html.append("<li>").append(esc(reason)).append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void measures(StringBuilder html, List<OpenMeasures> measures, int year) {
    html.append("<h2>Biện pháp khắc phục chưa hoàn thành sau kiểm tra</h2>\n");
    if (measures.isEmpty()) {
      html.append("<p>Không có biện pháp khắc phục nào chưa hoàn thành (các cuộc kiểm tra đến hết năm ").append(year)
          .append(").</p>\n");
      return;
    }
    long open = measures.stream().mapToLong(OpenMeasures::open).sum();
    long overdue = measures.stream().mapToLong(OpenMeasures::overdue).sum();
    html.append("<p>").append(open).append(" biện pháp chưa hoàn thành, trong đó ").append(overdue)
        .append(" đã quá hạn (tính đến ngày của dữ liệu kiểm tra mới nhất):</p>\n")
        .append("<table class=\"list\">\n<tr><th>Năm kiểm tra</th><th>Loại vi phạm</th><th>Mức độ</th>")
        .append("<th>Chưa hoàn thành</th><th>Trong đó quá hạn</th></tr>\n");
    for (OpenMeasures m : measures) {
      html.append("<tr><td>").append(m.year()).append("</td><td>").append(esc(ScorecardText.findingCode(m.findingCode())))
          .append("</td><td>").append(esc(ScorecardText.severity(m.severity()))).append("</td><td class=\"num\">")
          .append(m.open()).append("</td><td class=\"num").append(m.overdue() > 0 ? " below" : "").append("\">")
          .append(m.overdue()).append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  private static void feedback(StringBuilder html, Feedback f) {
    html.append("<h2>Phản ánh, kiến nghị và sự hài lòng của người dân</h2>\n<p>");
    if (f == null) {
      html.append("Không có phản ánh, kiến nghị nào gửi đến đơn vị trong kỳ.</p>\n");
      return;
    }
    html.append("Trong kỳ đơn vị tiếp nhận ").append(f.received()).append(" phản ánh, kiến nghị. ");
    if (f.satisfactionPct() != null) {
      html.append("Mức độ hài lòng: ").append(Labels.pct(f.satisfactionPct())).append("% hài lòng trên ")
          .append(f.answered()).append(" lượt đánh giá. ");
    } else {
      html.append("Chưa có lượt đánh giá mức độ hài lòng. ");
    }
    if (f.resolvedOnTimePct() != null) {
      html.append("Giải quyết đúng hạn: ").append(Labels.pct(f.resolvedOnTimePct())).append("% (")
          .append(f.deadlineItems()).append(" việc có thời hạn)");
      html.append(f.overdueOpen() > 0 ? "; " + f.overdueOpen() + " việc đang xử lý đã quá hạn." : ".");
    }
    html.append("</p>\n");
  }

  private static String esc(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
