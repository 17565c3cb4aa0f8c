package vn.phuly.thanthien.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.phuly.thanthien.report.ReportData.QuarantineCount;
import vn.phuly.thanthien.report.ReportData.SourceDate;
import vn.phuly.thanthien.report.ReportData.Standing;
import vn.phuly.thanthien.report.ReportData.UnitMeasures;
import vn.phuly.thanthien.report.ReportData.WatchRow;

/**
 * The Vietnamese report as XHTML (well-formed, so the PDF renderer reads what a browser shows).
 * Charts are referenced by relative file name, SVG for the browser and PNG for the PDF: the
 * report folder is self-contained. The data's {@linkplain ReportData#fingerprint fingerprint} is
 * kept in a {@code <meta name="thanthien-data">} so that {@code report --due} can tell whether a
 * written report still shows today's data.
 */
final class ReportHtml {
  static final String FILE = "bao-cao.html";
  /** Part of the fingerprint: a new layout of the report makes every report due again. */
  static final String FORMAT = "bao-cao/2";
  static final String FINGERPRINT_META = "thanthien-data";

  private static final String STYLE =
      """
      @page { size: A4; margin: 16mm 15mm 18mm 15mm;
        @bottom-center { content: "Trang " counter(page) " / " counter(pages); font-family: 'Noto Sans'; font-size: 8.5pt; color: #555; } }
      body { font-family: 'Noto Sans', 'Noto Sans Symbols 2', sans-serif; font-size: 10pt; color: #1a1a1a; max-width: 190mm; margin: 0 auto; }
      div.cover { page-break-after: always; text-align: center; padding-top: 40mm; }
      p.issuer { font-size: 13pt; font-weight: bold; text-transform: uppercase; margin: 0 0 30mm 0; }
      h1 { font-size: 19pt; margin: 0 0 12pt 0; }
      p.period { font-size: 13pt; margin: 0 0 24pt 0; }
      table.sources { width: 60%; margin: 6pt auto; }
      h2 { font-size: 13.5pt; margin: 16pt 0 6pt 0; border-bottom: 1px solid #999; page-break-after: avoid; }
      h3 { font-size: 11pt; margin: 10pt 0 4pt 0; page-break-after: avoid; }
      table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0; -fs-table-paginate: paginate; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; }
      th, td { border: 1px solid #bbb; padding: 2.5pt 4pt; text-align: left; vertical-align: top; }
      th { background: #eef2f6; }
      td.num { text-align: right; white-space: nowrap; }
      td.up { color: #0072b2; }
      td.down { color: #d55e00; }
      tr.nodata td { color: #777; font-style: italic; }
      div.chart { page-break-inside: avoid; margin: 6pt 0 10pt 0; }
      div.chart img { width: 100%; }
      p.caption { margin: 2pt 0 0 0; }
      p.note { font-size: 8.5pt; color: #444; }
      ul.summary li { margin-bottom: 3pt; }
      """;

  private ReportHtml() {}

  /**
   * @param figures the report's charts, in order
   * @param imageExtension {@code svg} for the browser's file, {@code png} for the PDF
   */
  static String render(ReportData data, List<Figure> figures, String imageExtension) {
    String period = data.period().code();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"vi\">\n<head>\n")
        .append("<meta charset=\"UTF-8\" />\n")
        .append("<meta name=\"").append(FINGERPRINT_META).append("\" content=\"").append(data.fingerprint()).append("\" />\n")
        .append("<title>").append(esc(title(period))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    cover(html, data);
    List<GroupSummary> groups = new ArrayList<>();
    RankingChart.byType(data.ranking()).forEach((type, rows) -> groups.add(GroupSummary.of(type, rows, data.trend(), data.period().year())));
    summary(html, data, groups);

    Map<Figure.Section, List<Figure>> bySection = new LinkedHashMap<>();
    figures.forEach(f -> bySection.computeIfAbsent(f.section(), s -> new ArrayList<>()).add(f));
    int number = 2;
    for (Figure.Section section : Figure.Section.values()) {
      List<Figure> list = bySection.getOrDefault(section, List.of());
      html.append("<h2>").append(number++).append(". ").append(esc(heading(section, data))).append("</h2>\n");
      if (section == Figure.Section.RANKING) {
        rankings(html, data, list, imageExtension);
      } else if (list.isEmpty()) {
        html.append("<p>Kỳ này không có số liệu cho phần này").append(section == Figure.Section.MOVEMENT
            ? " (kỳ trước chưa có xếp hạng để so sánh)." : ".").append("</p>\n");
      } else {
        list.forEach(f -> figure(html, f, imageExtension));
      }
      if (section == Figure.Section.INSPECTIONS) {
        measuresTable(html, data.measures());
      }
      if (section == Figure.Section.WATCHLIST) {
        watchTable(html, data.watchlist());
      }
    }
    html.append("<h2>").append(number).append(". Tính đầy đủ của dữ liệu</h2>\n");
    completeness(html, data);
    notes(html);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  static String title(String period) {
    return "Báo cáo " + Labels.MODEL + " — " + Labels.period(period);
  }

  /** Per unit type: its chart (a type without any score has none) and its table. */
  private static void rankings(StringBuilder html, ReportData data, List<Figure> figures, String extension) {
    RankingChart.byType(data.ranking())
        .forEach(
            (type, rows) -> {
              figures.stream()
                  .filter(f -> f.name().equals(RankingChart.fileName(type)))
                  .findFirst()
                  .ifPresentOrElse(
                      f -> figure(html, f, extension),
                      () -> html.append("<h3>").append(esc(Labels.unitGroup(type))).append("</h3>\n<p>")
                          .append("Chưa có đơn vị nào có điểm trong kỳ.</p>\n"));
              rankingTable(html, rows);
            });
  }

  private static String heading(Figure.Section section, ReportData data) {
    return switch (section) {
      case RANKING -> "Xếp hạng";
      case MOVEMENT -> "Thay đổi thứ hạng so với kỳ trước";
      case GROUPS -> "Kết quả theo nhóm tiêu chí";
      case TREND -> "Xu hướng " + Math.min(TrendChart.FIRST_YEAR, data.period().year()) + "–" + data.period().year();
      case SELF_GAP -> "Tự chấm và kết quả thẩm định";
      case FEEDBACK -> "Phản ánh, kiến nghị của người dân";
      case INSPECTIONS -> "Kiểm tra công vụ và khắc phục sau kiểm tra";
      case WATCHLIST -> "Danh sách đơn vị cần theo dõi";
    };
  }

  private static void cover(StringBuilder html, ReportData data) {
    ReportData.Period p = data.period();
    html.append("<div class=\"cover\">\n");
    if (data.issuer() != null) {
      html.append("<p class=\"issuer\">").append(esc(data.issuer())).append("</p>\n");
    }
    html.append("<h1>Báo cáo đánh giá mức độ thực hiện mô hình “Chính quyền thân thiện vì Nhân dân phục vụ”</h1>\n")
        .append("<p class=\"period\">Kỳ đánh giá: <b>").append(esc(Labels.period(p.code()))).append("</b> (")
        .append(Labels.date(p.start())).append(" – ").append(Labels.date(p.end())).append(")</p>\n");
    if (data.dataDate() != null) {
      html.append("<p>Số liệu tính đến ngày <b>").append(Labels.date(data.dataDate())).append("</b></p>\n")
          .append("<table class=\"sources\">\n<thead><tr><th>Nguồn dữ liệu</th><th>Dữ liệu đến ngày</th></tr></thead>\n<tbody>\n");
      for (SourceDate s : data.sources()) {
        html.append("<tr><td>").append(esc(Labels.source(s.source()))).append("</td><td class=\"num\">")
            .append(Labels.date(s.asOf())).append("</td></tr>\n");
      }
      html.append("</tbody>\n</table>\n");
    }
    html.append("</div>\n");
  }

  private static void summary(StringBuilder html, ReportData data, List<GroupSummary> groups) {
    int year = data.period().year();
    html.append("<h2>1. Tóm tắt</h2>\n");
    html.append("<table>\n<thead><tr><th>Khối</th><th>Đơn vị được xếp hạng</th><th>Điểm trung bình</th>")
        .append("<th>Dẫn đầu</th><th>Cuối bảng</th></tr></thead>\n<tbody>\n");
    for (GroupSummary g : groups) {
      html.append("<tr><td>").append(esc(Labels.unitGroup(g.unitType()))).append("</td>")
          .append("<td class=\"num\">").append(g.rankedCount()).append(" / ").append(g.ranking().size())
          .append("</td><td class=\"num\">")
          .append(g.meanPct().isPresent() ? Labels.pct(g.meanPct().getAsDouble()) + "%" : Labels.NO_DATA)
          .append("</td><td>").append(names(g.top())).append("</td><td>").append(names(g.bottom()))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<ul class=\"summary\">\n");
    for (GroupSummary g : groups) {
      html.append("<li><b>").append(esc(Labels.unitGroup(g.unitType())))
          .append("</b>: tăng điểm nhiều nhất so với năm ").append(year - 1).append(": ");
      if (g.gains().isEmpty()) {
        html.append("không có đơn vị nào tăng điểm.");
      } else {
        html.append(
            g.gains().stream()
                .map(x -> esc(x.unit().unitName()) + " (+" + Labels.pct(x.changePp()) + " điểm %)")
                .collect(Collectors.joining(", ")))
            .append(".");
      }
      movers(html, g.ranking());
      int unranked = g.ranking().size() - g.rankedCount();
      if (unranked > 0) {
        html.append(" ").append(unranked).append(" đơn vị ").append(Labels.NO_DATA)
            .append(", không tính vào số đơn vị được xếp hạng.");
      }
      html.append("</li>\n");
    }
    List<WatchRow> watch = data.watchlist();
    html.append("<li><b>Danh sách theo dõi</b>: ");
    if (watch.isEmpty()) {
      html.append("không đơn vị nào chạm ngưỡng theo dõi.");
    } else {
      html.append(watch.size()).append(" đơn vị — ")
          .append(watch.stream().map(w -> esc(w.unitName()) + " ("
              + w.reasons().stream().map(r -> Labels.reason(r).toLowerCase()).collect(Collectors.joining(", ")) + ")")
              .collect(Collectors.joining("; ")))
          .append(".");
    }
    html.append("</li>\n<li><b>Tính đầy đủ</b>: ");
    long noData = data.ranking().stream().filter(r -> !r.ranked()).count();
    List<String> ranked = data.ranking().stream().filter(RankingRow::ranked).map(RankingRow::unitId).toList();
    long incomplete =
        data.standings().stream()
            .filter(s -> ranked.contains(s.unitId()) && s.completenessPct() != null && s.completenessPct() < 100)
            .count();
    long quarantined = data.quarantine().stream().mapToLong(QuarantineCount::rows).sum();
    html.append(noData).append(" đơn vị chưa có dữ liệu chấm điểm; ").append(incomplete)
        .append(" đơn vị được xếp hạng thiếu điểm ở một số tiêu chí; ").append(Labels.count(quarantined))
        .append(" dòng dữ liệu bị cách ly khi nạp (mục cuối báo cáo).</li>\n</ul>\n");
  }

  /** " Tăng hạng nhiều nhất: X (▲ 2); giảm hạng nhiều nhất: Y (▼ 3)." from mart_ranking.rank_change. */
  private static void movers(StringBuilder html, List<RankingRow> rows) {
    List<RankingRow> moved =
        rows.stream().filter(r -> r.rankChange() != null && r.rankChange() != 0)
            .sorted(Comparator.comparing(RankingRow::rankChange).reversed().thenComparing(RankingRow::unitName)).toList();
    if (moved.isEmpty()) {
      return;
    }
    RankingRow up = moved.get(0);
    RankingRow down = moved.get(moved.size() - 1);
    if (up.rankChange() > 0) {
      html.append(" Tăng hạng nhiều nhất: ").append(esc(up.unitName())).append(" (").append(Labels.rankChange(up.rankChange())).append(").");
    }
    if (down.rankChange() < 0) {
      html.append(" Giảm hạng nhiều nhất: ").append(esc(down.unitName())).append(" (").append(Labels.rankChange(down.rankChange())).append(").");
    }
  }

  private static void figure(StringBuilder html, Figure f, String extension) {
    html.append("<div class=\"chart\">\n<h3>").append(esc(f.heading())).append("</h3>\n")
        .append("<img src=\"").append(f.name()).append('.').append(extension).append("\" alt=\"")
        .append(esc(f.chart().getTitle().getText())).append("\" />\n")
        .append("<p class=\"caption\">").append(esc(f.caption())).append("</p>\n</div>\n");
  }

  private static void rankingTable(StringBuilder html, List<RankingRow> rows) {
    html.append("<table>\n<thead><tr><th>Hạng</th><th>Đơn vị</th><th>Mã</th><th>Điểm</th>")
        .append("<th>Tỷ lệ (%)</th><th>Xếp loại</th><th>Thay đổi hạng</th></tr></thead>\n<tbody>\n");
    List<String> notes = roundedLookAlikes(rows);
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
      boolean footnoted = notes.stream().anyMatch(n -> n.contains(" " + esc(r.unitName()) + " (hạng " + r.rank() + ")"));
      html.append("<tr><td class=\"num\">").append(r.rank()).append("</td><td>")
          .append(esc(r.unitName())).append("</td><td>").append(esc(r.unitCode()))
          .append("</td><td class=\"num\">").append(points(r)).append("</td><td class=\"num\">")
          .append(Labels.pct(r.scorePct())).append(footnoted ? "*" : "").append("</td><td>")
          .append(r.band() == null ? "" : esc(r.band())).append("</td><td class=\"num")
          .append(changeClass).append("\">").append(change).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    for (String note : notes) {
      html.append("<p class=\"note\">* ").append(note).append("</p>\n");
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

  private static void measuresTable(StringBuilder html, List<UnitMeasures> measures) {
    List<UnitMeasures> due = measures.stream().filter(m -> m.measuresDue() > 0 || m.harassmentFindings() > 0).toList();
    html.append("<h3>Khắc phục sau kiểm tra theo đơn vị</h3>\n");
    if (due.isEmpty()) {
      html.append("<p>Chưa có biện pháp khắc phục nào được giao.</p>\n");
      return;
    }
    html.append("<table>\n<thead><tr><th>Đơn vị</th><th>Khối</th><th>Phát hiện</th><th>Biện pháp được giao</th>")
        .append("<th>Đã hoàn thành</th><th>Quá hạn chưa xong</th><th>Gây phiền hà</th></tr></thead>\n<tbody>\n");
    for (UnitMeasures m : due) {
      html.append("<tr><td>").append(esc(m.unitName())).append("</td><td>").append(esc(Labels.unitTypeName(m.unitType())))
          .append("</td><td class=\"num\">").append(Labels.count(m.findings()))
          .append("</td><td class=\"num\">").append(Labels.count(m.measuresDue()))
          .append("</td><td class=\"num\">").append(Labels.count(m.measuresClosed()))
          .append("</td><td class=\"num").append(m.measuresOverdue() > 0 ? " down" : "").append("\">")
          .append(Labels.count(m.measuresOverdue()))
          .append("</td><td class=\"num\">").append(Labels.count(m.harassmentFindings())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<p class=\"note\">Cộng dồn các cuộc kiểm tra đến hết năm báo cáo; "
        + "biện pháp quá hạn tính đến ngày dữ liệu của nguồn kiểm tra công vụ.</p>\n");
  }

  private static void watchTable(StringBuilder html, List<WatchRow> watch) {
    if (watch.isEmpty()) {
      return;
    }
    html.append("<table>\n<thead><tr><th>Đơn vị</th><th>Khối</th><th>Lý do</th><th>Số liệu</th></tr></thead>\n<tbody>\n");
    for (WatchRow w : watch) {
      html.append("<tr><td>").append(esc(w.unitName())).append("</td><td>").append(esc(Labels.unitTypeName(w.unitType())))
          .append("</td><td>").append(w.reasons().stream().map(r -> esc(Labels.reason(r))).collect(Collectors.joining("<br />")))
          .append("</td><td>").append(w.reasons().stream().map(r -> esc(WatchlistChart.detail(w, r))
              + (r.equals("SATISFACTION_DROP") && w.lineageComparison() ? " (so với các đơn vị tiền thân)" : ""))
              .collect(Collectors.joining("<br />")))
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void completeness(StringBuilder html, ReportData data) {
    List<RankingRow> noData = data.ranking().stream().filter(r -> !r.ranked()).toList();
    html.append("<p><b>Đơn vị chưa có dữ liệu chấm điểm</b>: ")
        .append(noData.isEmpty() ? "không có." : noData.stream()
            .map(r -> esc(r.unitName()) + " (" + esc(Labels.unitTypeName(r.unitType())) + ")")
            .collect(Collectors.joining(", ")) + ".")
        .append("</p>\n");
    Map<String, Standing> standings = new LinkedHashMap<>();
    data.standings().forEach(s -> standings.put(s.unitId(), s));
    List<RankingRow> incomplete =
        data.ranking().stream().filter(r -> r.ranked() && standings.containsKey(r.unitId())
            && standings.get(r.unitId()).completenessPct() != null && standings.get(r.unitId()).completenessPct() < 100)
            .toList();
    html.append("<p><b>Đơn vị thiếu điểm ở một số tiêu chí</b> (tiêu chí thiếu tính 0 điểm): ")
        .append(incomplete.isEmpty() ? "không có." : incomplete.stream()
            .map(r -> esc(r.unitName()) + " (đủ " + Labels.pct(standings.get(r.unitId()).completenessPct()) + "% tiêu chí)")
            .collect(Collectors.joining(", ")) + ".")
        .append("</p>\n");
    html.append("<h3>Dòng dữ liệu bị cách ly khi nạp, theo nguồn và lý do</h3>\n");
    if (data.quarantine().isEmpty()) {
      html.append("<p>Không có dòng nào bị cách ly.</p>\n");
      return;
    }
    html.append("<table>\n<thead><tr><th>Nguồn</th><th>Lý do</th><th>Số dòng</th></tr></thead>\n<tbody>\n");
    for (QuarantineCount q : data.quarantine()) {
      html.append("<tr><td>").append(esc(Labels.source(q.source()))).append("</td><td>").append(esc(q.reasonCode()))
          .append("</td><td class=\"num\">").append(Labels.count(q.rows())).append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n<p class=\"note\">Các dòng bị cách ly không được tính vào báo cáo; "
        + "danh sách chi tiết (tệp, dòng, lý do) nằm trong bảng quarantine_summary của kho dữ liệu.</p>\n");
  }

  private static void notes(StringBuilder html) {
    html.append("<h2>Ghi chú</h2>\n<p class=\"note\">")
        .append("Bộ tiêu chí chấm điểm dùng trong báo cáo này là <b>bộ tiêu chí minh hoạ</b>, ")
        .append("xây dựng theo mô hình của Quyết định 54/2025/QĐ-UBND tỉnh Đồng Nai và Quyết định ")
        .append("766/QĐ-TTg; không phải bộ tiêu chí chính thức của tỉnh Hà Nam. ")
        .append("Xếp hạng trong từng khối theo tỷ lệ điểm đạt được, giảm dần; các đơn vị bằng điểm ")
        .append("cùng hạng và hạng kế tiếp được bỏ qua. Thay đổi hạng so với kỳ trước: ▲ tăng, ▼ giảm, ")
        .append("= giữ nguyên. Đơn vị không có điểm trong kỳ được ghi “").append(Labels.NO_DATA)
        .append("”. Điểm trung bình của khối là trung bình cộng tỷ lệ điểm của các đơn vị được xếp hạng. ")
        .append("Số liệu hiển thị làm tròn một chữ số thập phân (dấu phẩy thập phân); xếp hạng so sánh điểm chưa làm tròn. ")
        .append("Trục giá trị của các biểu đồ được co giãn theo số liệu, phạm vi ghi ở dòng phụ đề của từng biểu đồ.")
        .append("</p>\n");
  }

  private static String points(RankingRow r) {
    if (r.scorePoints() == null || r.maxPoints() == null) {
      return "";
    }
    return Labels.pct(r.scorePoints()) + " / " + Labels.pct(r.maxPoints());
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
