package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Vietnamese report as XHTML (well-formed, so the PDF renderer reads the same file a browser
 * shows). Charts are referenced by relative file name: the report folder is self-contained.
 */
final class ReportHtml {
  static final String FILE = "bao-cao.html";

  private static final String STYLE =
      """
      @page { size: A4; margin: 18mm 15mm; }
      body { font-family: 'Noto Sans', 'Noto Sans Symbols 2', sans-serif; font-size: 10.5pt; color: #1a1a1a; }
      h1 { font-size: 17pt; margin: 0 0 4pt 0; }
      h2 { font-size: 13.5pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999; }
      h3 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }
      p.period { font-size: 12pt; margin: 0 0 10pt 0; }
      table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; }
      th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; }
      th { background: #eef2f6; }
      td.num { text-align: right; }
      td.up { color: #1b7837; }
      td.down { color: #d7301f; }
      tr.nodata td { color: #777; font-style: italic; }
      img { width: 100%; }
      p.note { font-size: 9pt; color: #444; }
      div.chart { page-break-inside: avoid; }
      h2, h3 { page-break-after: avoid; }
      """;

  private ReportHtml() {}

  /**
   * @param charts the chart files written for the report (only their PNG names are used)
   */
  static String render(String period, List<GroupSummary> groups, List<Path> charts) {
    Set<String> pngs =
        charts.stream()
            .map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".png"))
            .collect(Collectors.toSet());
    int year = Labels.year(period);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
        .append("<meta charset=\"UTF-8\" />\n")
        .append("<title>Báo cáo ").append(esc(Labels.MODEL)).append(" — ")
        .append(esc(Labels.period(period))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Báo cáo đánh giá mức độ thực hiện mô hình “Chính quyền thân thiện vì Nhân dân phục vụ”</h1>\n")
        .append("<p class=\"period\">Kỳ đánh giá: <b>").append(esc(Labels.period(period)))
        .append("</b></p>\n");

    html.append("<h2>1. Tóm tắt</h2>\n");
    html.append("<table>\n<tr><th>Khối</th><th>Đơn vị được xếp hạng</th><th>Điểm trung bình</th>")
        .append("<th>Dẫn đầu</th><th>Cuối bảng</th></tr>\n");
    for (GroupSummary g : groups) {
      html.append("<tr><td>").append(esc(Labels.unitGroup(g.unitType()))).append("</td>")
          .append("<td class=\"num\">").append(g.rankedCount()).append(" / ").append(g.ranking().size())
          .append("</td><td class=\"num\">")
          .append(g.meanPct().isPresent() ? Labels.pct(g.meanPct().getAsDouble()) + "%" : Labels.NO_DATA)
          .append("</td><td>").append(names(g.top())).append("</td><td>").append(names(g.bottom()))
          .append("</td></tr>\n");
    }
    html.append("</table>\n");
    for (GroupSummary g : groups) {
      html.append("<p><b>").append(esc(Labels.unitGroup(g.unitType())))
          .append("</b> — tăng điểm nhiều nhất so với năm ").append(year - 1).append(": ");
      if (g.gains().isEmpty()) {
        html.append("không có đơn vị nào tăng điểm.");
      } else {
        html.append(
            g.gains().stream()
                .map(x -> esc(x.unit().unitName()) + " (+" + Labels.pct(x.changePp()) + " điểm %)")
                .collect(Collectors.joining(", ")))
            .append(".");
      }
      int unranked = g.ranking().size() - g.rankedCount();
      if (unranked > 0) {
        html.append(" ").append(unranked).append(" đơn vị ").append(Labels.NO_DATA)
            .append(", không tính vào số đơn vị được xếp hạng.");
      }
      html.append("</p>\n");
    }

    html.append("<h2>2. Bảng xếp hạng</h2>\n");
    for (GroupSummary g : groups) {
      chart(html, pngs, g.unitType(), RankingChart.fileName(g.unitType()), "Biểu đồ xếp hạng");
      rankingTable(html, g.ranking());
    }

    html.append("<h2>3. Xu hướng ").append(Math.min(TrendChart.FIRST_YEAR, year)).append("–")
        .append(year).append("</h2>\n");
    for (GroupSummary g : groups) {
      String trend = TrendChart.fileName(g.unitType());
      if (pngs.contains(trend + ".png")) {
        chart(html, pngs, g.unitType(), trend, "Biểu đồ xu hướng");
      }
    }

    html.append("<h2>Ghi chú</h2>\n<p class=\"note\">")
        .append("Bộ tiêu chí chấm điểm dùng trong báo cáo này là <b>bộ tiêu chí minh hoạ</b>, ")
        .append("xây dựng theo mô hình của Quyết định 54/2025/QĐ-UBND tỉnh Đồng Nai và Quyết định ")
        .append("766/QĐ-TTg; không phải bộ tiêu chí chính thức của tỉnh Hà Nam. ")
        .append("Xếp hạng trong từng khối theo tỷ lệ điểm đạt được, giảm dần; các đơn vị bằng điểm ")
        .append("cùng hạng và hạng kế tiếp được bỏ qua. Thay đổi hạng so với kỳ trước: ▲ tăng, ▼ giảm, ")
        .append("= giữ nguyên. Đơn vị không có điểm trong kỳ được ghi “").append(Labels.NO_DATA)
        .append("”. Điểm trung bình của khối là trung bình cộng tỷ lệ điểm của các đơn vị được xếp hạng.")
        .append("</p>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void rankingTable(StringBuilder html, List<RankingRow> rows) {
    html.append("<table>\n<tr><th>Hạng</th><th>Đơn vị</th><th>Mã</th><th>Điểm</th>")
        .append("<th>Tỷ lệ (%)</th><th>Xếp loại</th><th>Thay đổi hạng</th></tr>\n");
    for (RankingRow r : rows) {
      if (!r.ranked()) {
        html.append("<tr class=\"nodata\"><td>—</td><td>").append(esc(r.unitName()))
            .append("</td><td>").append(esc(r.unitCode())).append("</td><td colspan=\"4\">")
            .append(Labels.NO_DATA).append("</td></tr>\n");
        continue;
      }
      String change = Labels.rankChange(r.rankChange());
      String changeClass =
          r.rankChange() == null || r.rankChange() == 0 ? "" : r.rankChange() > 0 ? " up" : " down";
      html.append("<tr><td class=\"num\">").append(r.rank()).append("</td><td>")
          .append(esc(r.unitName())).append("</td><td>").append(esc(r.unitCode()))
          .append("</td><td class=\"num\">").append(points(r)).append("</td><td class=\"num\">")
          .append(Labels.pct(r.scorePct())).append("</td><td>")
          .append(r.band() == null ? "" : esc(r.band())).append("</td><td class=\"num")
          .append(changeClass).append("\">").append(change).append("</td></tr>\n");
    }
    html.append("</table>\n");
    for (String note : roundedLookAlikes(rows)) {
      html.append("<p class=\"note\">").append(note).append("</p>\n");
    }
  }

  /**
   * DESIGN §5: ranks compare the full scores, so two units can show the same rounded percentage and
   * still rank differently; say so for every such neighbour pair of {@code rows} (in rank order).
   */
  static List<String> roundedLookAlikes(List<RankingRow> rows) {
    List<RankingRow> ranked = rows.stream().filter(RankingRow::ranked).toList();
    List<String> notes = new ArrayList<>();
    for (int i = 1; i < ranked.size(); i++) {
      RankingRow above = ranked.get(i - 1);
      RankingRow below = ranked.get(i);
      String shown = Labels.pct(above.scorePct());
      if (!above.rank().equals(below.rank()) && shown.equals(Labels.pct(below.scorePct()))) {
        notes.add(
            "Lưu ý: " + esc(above.unitName()) + " (hạng " + above.rank() + ") và " + esc(below.unitName())
                + " (hạng " + below.rank() + ") cùng hiển thị " + shown
                + "% nhưng khác hạng: điểm được so sánh ở độ chính xác đầy đủ, trước khi làm tròn.");
      }
    }
    return notes;
  }

  private static String points(RankingRow r) {
    if (r.scorePoints() == null || r.maxPoints() == null) {
      return "";
    }
    return Labels.pct(r.scorePoints()) + " / " + Labels.pct(r.maxPoints());
  }

  /** The group's heading and its chart, kept on one page of the PDF. */
  private static void chart(
      StringBuilder html, Set<String> pngs, String unitType, String name, String alt) {
    html.append("<div class=\"chart\">\n<h3>").append(esc(Labels.unitGroup(unitType)))
        .append("</h3>\n");
    if (pngs.contains(name + ".png")) {
      html.append("<img src=\"").append(name).append(".png\" alt=\"").append(alt)
          .append("\" />\n");
    }
    html.append("</div>\n");
  }

  private static String names(List<RankingRow> rows) {
    return rows.stream()
        .map(r -> r.rank() + ". " + esc(r.unitName()) + " (" + Labels.pct(r.scorePct()) + "%)")
        .collect(Collectors.joining("<br />"));
  }

  static String esc(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
