package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;

class ReportWriterTest {
  @TempDir Path tmp;

  @Test
  void writesTenKindsOfChartsAsPngAndSvgThenThePdfAndTheHtml() throws Exception {
    Path out = tmp.resolve("2024");
    ReportOutputs outputs = ReportWriter.write(TinyWarehouse.create(tmp), "2024", out);

    List<String> names = outputs.files().stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(
        List.of(
            "xep-hang-phuong", "xep-hang-xa", "thay-doi-hang-phuong", "nhom-tieu-chi-phuong",
            "nhom-tieu-chi-xa", "xu-huong-phuong", "xu-huong-xa", "tu-cham-chenh-lech", "hai-long", "dung-han",
            "phat-hien-theo-ma", "bien-phap-qua-han", "danh-sach-theo-doi"),
        names.stream().filter(n -> n.endsWith(".png")).map(n -> n.replace(".png", "")).toList());
    assertEquals(
        names.stream().filter(n -> n.endsWith(".png")).map(n -> n.replace(".png", ".svg")).toList(),
        names.stream().filter(n -> n.endsWith(".svg")).toList(), "an SVG for every PNG");
    assertEquals(List.of("bao-cao.html", "bao-cao.pdf"), names.subList(names.size() - 2, names.size()));
    outputs.files().forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    assertTrue(outputs.files().stream().allMatch(f -> f.getParent().equals(out)));
  }

  @Test
  void htmlListsTheRankingInOrderWithRankChanges() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    String html = Files.readString(tmp.resolve("bao-cao.html"), StandardCharsets.UTF_8);
    String table = html.substring(html.indexOf("2. Xếp hạng"));

    int first = table.indexOf("<td>Lê Hồng Phong</td>");
    int second = table.indexOf("<td>Lam Hạ</td>");
    int third = table.indexOf("<td>Quang Trung</td>");
    int fourth = table.indexOf("<td>Hai Bà Trưng</td>");
    int unranked = table.indexOf("<td>Minh Khai</td>");
    assertTrue(0 < first && first < second && second < third && third < fourth && fourth < unranked,
        "ward rows in rank order, the unit without a score last");
    String leHongPhong = table.substring(first, table.indexOf("</tr>", first));
    assertTrue(leHongPhong.contains("92,5 / 100,0"), leHongPhong);
    assertTrue(leHongPhong.contains("Xuất sắc"), leHongPhong);
    assertTrue(leHongPhong.contains("▲ 2"), leHongPhong);
    String haiBaTrung = table.substring(fourth, table.indexOf("</tr>", fourth));
    assertTrue(haiBaTrung.contains("▼ 3"), haiBaTrung);
    String minhKhai = table.substring(unranked, table.indexOf("</tr>", unranked));
    assertTrue(minhKhai.contains("chưa có dữ liệu"), minhKhai);
  }

  @Test
  void htmlSummarisesEachUnitType() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    String html = Files.readString(tmp.resolve("bao-cao.html"), StandardCharsets.UTF_8);

    assertTrue(html.contains("Kỳ đánh giá: <b>năm 2024</b> (01/01/2024 – 31/12/2024)"), html);
    // the marts' peer means: wards 75.5, communes 59.986667 (shown rounded)
    assertTrue(html.contains("<td class=\"num\">4 / 5</td><td class=\"num\">75,5%</td>"), "wards");
    assertTrue(html.contains("<td class=\"num\">3 / 3</td><td class=\"num\">60,0%</td>"), "communes");
    assertTrue(html.contains("1. Lê Hồng Phong (92,5%)<br />2. Lam Hạ (81,0%)<br />2. Quang Trung (81,0%)"));
    assertTrue(html.contains("tăng điểm nhiều nhất so với năm 2023: Lê Hồng Phong (+14,5 điểm %)."));
    assertTrue(html.contains("Tăng hạng nhiều nhất: Lê Hồng Phong (▲ 2). Giảm hạng nhiều nhất: Hai Bà Trưng (▼ 3)."), html);
    assertTrue(html.contains("không có đơn vị nào tăng điểm."), "communes have no previous year");
    assertTrue(html.contains("<img src=\"xu-huong-phuong.svg\""), "the browser's file shows the SVG charts");
    assertTrue(html.contains("bộ tiêu chí minh hoạ"));
    // a unit without any score is not also counted as one with missing criteria
    assertTrue(html.contains("1 đơn vị chưa có dữ liệu chấm điểm; 1 đơn vị được xếp hạng thiếu điểm ở một số tiêu chí;"
        + " 7 dòng dữ liệu bị cách ly"), html);
  }

  @Test
  void theSummaryShowsTheMartsMeanAndSaysWhenEqualLookingScoresRankDifferently() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    String html = Files.readString(tmp.resolve("bao-cao.html"), StandardCharsets.UTF_8);

    // Kim Bình 55.000 and Tiên Tân 54.960 both show 55,0 % but rank 2nd and 3rd
    assertTrue(
        html.contains(
            "* Lưu ý: Kim Bình (hạng 2) và Tiên Tân (hạng 3) cùng hiển thị 55,0% nhưng khác hạng: điểm được so"
                + " sánh ở độ chính xác đầy đủ, trước khi làm tròn."),
        html);
    // Lam Hạ and Quang Trung show the same score and share the rank: nothing to explain
    assertTrue(!html.contains("Lưu ý: Lam Hạ"), html);
  }

  @Test
  void theGroupMeanIsReadFromTheMart() {
    // the mart's mean of the period (mart_ranking.peer_mean_pct), whatever the rows average to
    List<RankingRow> rows =
        List.of(
            new RankingRow("A", "1", "A", "XA", "2024", 90.0, 100.0, 90.0, "Xuất sắc", 1, null, 77.7),
            new RankingRow("B", "2", "B", "XA", "2024", 70.0, 100.0, 70.0, "Khá", 2, null, 77.7),
            new RankingRow("C", "3", "C", "XA", "2024", null, 100.0, null, null, null, null, 77.7));

    assertEquals(77.7, GroupSummary.of("XA", rows, List.of(), 2024).meanPct().getAsDouble(), 1e-9);
  }

  @Test
  void theFeedbackTrendIsEachTypesPooledYearAndTheHeatMapTheUnitsGroups() throws Exception {
    ReportData data = ReportQueries.read(TinyWarehouse.create(tmp), "2024", "UBND", 10.0);

    // one point per unit type and year (not per unit row, not the half year 2024-H2)
    assertEquals(
        List.of("PHUONG 2023 100 85.0 90 92.222222", "PHUONG 2024 120 80.0 100 88.0",
            "XA 2023 50 76.0 40 70.0", "XA 2024 60 66.666667 50 72.0"),
        data.feedback().stream().map(f -> f.unitType() + " " + f.year() + " " + f.answered() + " " + f.satisfactionPct()
            + " " + f.deadlineItems() + " " + f.onTimePct()).toList());
    // the communes' ungrouped criterion TC09 is a column of its own
    assertEquals(
        List.of("U12 CCHC -8.333333", "U12 TC09 0.033333"),
        data.groupScores().stream().filter(g -> g.unitId().equals("U12"))
            .map(g -> g.unitId() + " " + g.groupId() + " " + g.gapToPeerPp()).toList());
  }

  @Test
  void htmlIsWellFormedXml() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    byte[] html = Files.readAllBytes(tmp.resolve("bao-cao.html"));

    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html));
  }

  @Test
  void pdfHoldsTheVietnameseTextInTheBundledFont() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);

    try (PDDocument pdf = Loader.loadPDF(tmp.resolve("bao-cao.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Lê Hồng Phong"), text);
      assertTrue(text.contains("Xếp loại"), text);
      assertTrue(text.contains("▲ 2"), text);
      assertTrue(text.contains("chưa có dữ liệu"), text);
      // the cover: issuing office of report.csv, the date of the data and each source's own
      assertTrue(text.contains("UBND THÀNH PHỐ PHỦ LÝ"), text);
      assertTrue(text.contains("Số liệu tính đến ngày 10/01/2025"), text);
      assertTrue(text.contains("Kiểm tra công vụ 31/12/2024"), text);
      // stacked diacritics, the watch list and its reasons with their figures
      assertTrue(text.contains("Liêm Tuyền"), text);
      assertTrue(text.contains("Mức hài lòng của người dân giảm"), text);
      assertTrue(text.contains("từ 80,0% xuống 65,0%"), text);
      assertTrue(text.contains("Tự chấm cao hơn kết quả thẩm định"), text);
      assertTrue(text.contains("+12,5 điểm %"), text);
      assertTrue(text.contains("Chậm khắc phục sau kiểm tra"), text);
      // completeness: the unit without data, quarantined rows by reason (summed over runs)
      assertTrue(text.contains("Đơn vị chưa có dữ liệu chấm điểm: Minh Khai (phường)."), text);
      assertTrue(text.contains("Phiếu chấm điểm UNKNOWN_UNIT 5"), text);
      assertTrue(text.contains("Quang Trung (đủ 90,0% tiêu chí)"), text);
      assertTrue(text.contains("bộ tiêu chí minh hoạ"), text);
      assertTrue(text.contains("Trang 2 / " + pdf.getNumberOfPages()), "page numbers: " + text);
      assertEquals(null, pdf.getDocumentInformation().getCreationDate());
      PDResources page1 = pdf.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName font : page1.getFontNames()) {
        fonts.add(page1.getFont(font).getName().replaceFirst("^[A-Z]{6}\\+", ""));
      }
      assertEquals(List.of("NotoSans-Bold", "NotoSans-Regular"), fonts.stream().sorted().toList());
    }
  }

  @Test
  void sameWarehouseGivesIdenticalFiles() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    ReportWriter.write(warehouse, "2024", tmp.resolve("a"));
    ReportWriter.write(warehouse, "2024", tmp.resolve("b"));

    List<String> files;
    try (var listing = Files.list(tmp.resolve("a"))) {
      files = listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(28, files.size(), files.toString());
    for (String file : files) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)),
          file);
    }
  }

  @Test
  void everyLetterOfEveryChartIsInTheBundledFont() throws Exception {
    Path out = tmp.resolve("2024");
    ReportOutputs outputs = ReportWriter.write(TinyWarehouse.create(tmp), "2024", out);
    java.awt.Font font = Fonts.regular(20f);
    java.util.regex.Pattern text = java.util.regex.Pattern.compile("<text[^>]*>([^<]*)</text>");

    for (Path svg : outputs.files().stream().filter(f -> f.toString().endsWith(".svg")).toList()) {
      // well-formed, or no browser shows it
      DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
      xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      xml.newDocumentBuilder().parse(svg.toFile());
      java.util.regex.Matcher m = text.matcher(Files.readString(svg, StandardCharsets.UTF_8));
      int texts = 0;
      while (m.find()) {
        texts++;
        String shown = m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        assertEquals(-1, font.canDisplayUpTo(shown), svg.getFileName() + ": no glyph in Noto Sans for a letter of '" + shown + "'");
      }
      assertTrue(texts > 3, svg.getFileName() + " holds its text as SVG text");
    }
  }

  @Test
  void unknownPeriodIsBadInputNamingThePeriodAndTheFile() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);

    BadInputException e =
        assertThrows(BadInputException.class, () -> ReportWriter.write(warehouse, "2030", tmp.resolve("out")));

    assertEquals(warehouse + ": kỳ 2030 không có trong dim_period (kho dữ liệu có các kỳ từ năm 2023 đến năm 2025)",
        e.getMessage());
    assertTrue(Files.notExists(tmp.resolve("out")), "no empty report");
  }

  @Test
  void aPeriodWithoutScoresIsBadInputNotAnEmptyReport() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);

    BadInputException e =
        assertThrows(BadInputException.class, () -> ReportWriter.write(warehouse, "2025-H1", tmp.resolve("out")));

    assertEquals(warehouse + ": kỳ 2025-H1 (6 tháng đầu năm 2025) chưa có dữ liệu chấm điểm"
        + " (không đơn vị nào có điểm trong mart_ranking)", e.getMessage());
    assertTrue(Files.notExists(tmp.resolve("out")));
  }

  @Test
  void aFileThatIsNoThanthienWarehouseIsBadInput() throws Exception {
    Path text = Files.writeString(tmp.resolve("notes.duckdb"), "không phải DuckDB\n");
    Path other = tmp.resolve("other.duckdb");
    try (var db = java.sql.DriverManager.getConnection("jdbc:duckdb:" + other);
        var sql = db.createStatement()) {
      sql.execute("create table t as select 1 as x");
    }

    BadInputException notDuckDb =
        assertThrows(BadInputException.class, () -> ReportWriter.write(text, "2024", tmp.resolve("out")));
    BadInputException noMarts =
        assertThrows(BadInputException.class, () -> ReportWriter.write(other, "2024", tmp.resolve("out")));

    assertTrue(notDuckDb.getMessage().startsWith(text + ": không phải kho dữ liệu thanthien"), notDuckDb.getMessage());
    assertTrue(noMarts.getMessage().startsWith(other + ": không phải kho dữ liệu thanthien (thiếu bảng dim_period"),
        noMarts.getMessage());
  }

  @Test
  void missingWarehouseIsBadInputNamingTheFile() {
    Path missing = tmp.resolve("none.duckdb");

    BadInputException e =
        assertThrows(BadInputException.class, () -> ReportWriter.write(missing, "2024", tmp.resolve("out")));

    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(Files.notExists(missing), "reading must not create the warehouse file");
  }

  @Test
  void malformedPeriodIsBadInput() {
    BadInputException e =
        assertThrows(
            BadInputException.class, () -> ReportWriter.write(tmp.resolve("x.duckdb"), "2024-13", tmp));

    assertTrue(e.getMessage().startsWith("kỳ 2024-13 không hợp lệ"), e.getMessage());
  }
}
