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
  void writesChartsHtmlAndPdf() throws Exception {
    Path out = tmp.resolve("2024");
    ReportOutputs outputs = ReportWriter.write(TinyWarehouse.create(tmp), "2024", out);

    assertEquals(
        List.of(
            "xep-hang-phuong.png", "xep-hang-phuong.svg", "xep-hang-xa.png", "xep-hang-xa.svg",
            "xu-huong-phuong.png", "xu-huong-phuong.svg", "xu-huong-xa.png", "xu-huong-xa.svg",
            "bao-cao.html", "bao-cao.pdf"),
        outputs.files().stream().map(p -> p.getFileName().toString()).toList());
    outputs.files().forEach(f -> assertTrue(Files.isRegularFile(f), f.toString()));
    assertTrue(outputs.files().stream().allMatch(f -> f.getParent().equals(out)));
  }

  @Test
  void htmlListsTheRankingInOrderWithRankChanges() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    String html = Files.readString(tmp.resolve("bao-cao.html"), StandardCharsets.UTF_8);
    String table = html.substring(html.indexOf("2. Bảng xếp hạng"));

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

    assertTrue(html.contains("Kỳ đánh giá: <b>năm 2024</b>"));
    // the marts' peer means: wards 75.5, communes 59.986667 (shown rounded)
    assertTrue(html.contains("<td class=\"num\">4 / 5</td><td class=\"num\">75,5%</td>"), "wards");
    assertTrue(html.contains("<td class=\"num\">3 / 3</td><td class=\"num\">60,0%</td>"), "communes");
    assertTrue(html.contains("1. Lê Hồng Phong (92,5%)<br />2. Lam Hạ (81,0%)<br />2. Quang Trung (81,0%)"));
    assertTrue(html.contains("tăng điểm nhiều nhất so với năm 2023: Lê Hồng Phong (+14,5 điểm %)."));
    assertTrue(html.contains("không có đơn vị nào tăng điểm."), "communes have no previous year");
    assertTrue(html.contains("<img src=\"xu-huong-phuong.png\""));
    assertTrue(html.contains("bộ tiêu chí minh hoạ"));
  }

  @Test
  void theSummaryShowsTheMartsMeanAndSaysWhenEqualLookingScoresRankDifferently() throws Exception {
    ReportWriter.write(TinyWarehouse.create(tmp), "2024", tmp);
    String html = Files.readString(tmp.resolve("bao-cao.html"), StandardCharsets.UTF_8);

    // Kim Bình 55.000 and Tiên Tân 54.960 both show 55,0 % but rank 2nd and 3rd
    assertTrue(
        html.contains(
            "Lưu ý: Kim Bình (hạng 2) và Tiên Tân (hạng 3) cùng hiển thị 55,0% nhưng khác hạng: điểm được so"
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

    for (String file :
        List.of("xep-hang-phuong.svg", "xu-huong-phuong.svg", "xu-huong-phuong.png", "bao-cao.html", "bao-cao.pdf")) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)),
          file);
    }
  }

  @Test
  void unknownPeriodIsBadInputNamingThePeriodAndTheFile() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);

    BadInputException e =
        assertThrows(BadInputException.class, () -> ReportWriter.write(warehouse, "2030", tmp.resolve("out")));

    assertTrue(e.getMessage().contains("2030"), e.getMessage());
    assertTrue(e.getMessage().contains(warehouse.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("2023, 2024"), "lists the known periods: " + e.getMessage());
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

    assertTrue(e.getMessage().contains("2024-13"), e.getMessage());
  }
}
