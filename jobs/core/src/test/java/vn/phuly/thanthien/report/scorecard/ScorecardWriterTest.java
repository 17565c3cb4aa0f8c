package vn.phuly.thanthien.report.scorecard;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.report.TinyWarehouse;

class ScorecardWriterTest {
  @TempDir static Path tmp;
  private static Path warehouse;
  private static List<ScorecardWriter.Scorecard> written;

  @BeforeAll
  static void write() throws Exception {
    warehouse = TinyWarehouse.create(tmp);
    written = ScorecardWriter.write(warehouse, TinyWarehouse.PERIOD, tmp.resolve("units"));
  }

  @Test
  void writesOneOnePageA4PdfPerUnitOfThePeriod() throws IOException {
    assertEquals(
        List.of("U01.pdf", "U02.pdf", "U03.pdf", "U04.pdf", "U05.pdf", "U11.pdf", "U12.pdf", "U13.pdf"),
        written.stream().map(s -> s.pdf().getFileName().toString()).toList());
    for (ScorecardWriter.Scorecard card : written) {
      assertEquals(tmp.resolve("units"), card.pdf().getParent());
      try (PDDocument pdf = Loader.loadPDF(card.pdf().toFile())) {
        assertEquals(1, pdf.getNumberOfPages(), card.unitId());
        // A4 portrait: 595 × 842 points
        assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), card.unitId());
        assertEquals(842, Math.round(pdf.getPage(0).getMediaBox().getHeight()), card.unitId());
      }
    }
  }

  @Test
  void theScorecardSaysWhereTheUnitStandsAndWhatToImproveFirst() throws IOException {
    String text = text("U04.pdf");
    assertContains(text, "Hai Bà Trưng");
    assertContains(text, "Khối phường · mã 13288 · Kỳ đánh giá: năm 2024");
    assertContains(text, "47,5%");
    assertContains(text, "Yếu");
    assertContains(text, "Kỳ trước (2023): 1 / 5 · ▼ 3 bậc");
    assertContains(text, "đơn vị thấp hơn 28,0 điểm %");
    assertContains(text, "Ưu tiên cải thiện: Nhóm “Chỉ số cải cách hành chính”: đơn vị đạt 42,0%, thấp hơn trung bình khối (75,0%) 33,0 điểm phần trăm, tức 16,5 điểm trên 50,0: nhóm mà đơn vị tăng được nhiều điểm nhất nếu đạt mức trung bình khối.");
    // the group table, in improvement order: office culture (−6.5 points, −21.7 pp) before
    // satisfaction (−5.0 points), although satisfaction is further behind in percentage points (−25.0)
    assertContains(text, "Chỉ số cải cách hành chính 21,0 / 50,0 42,0 75,0 -33,0 -16,5");
    assertContains(text, "Sự hài lòng của người dân 9,5 / 20,0 47,5 72,5 -25,0 -5,0");
    String flat = flat(text);
    assertTrue(flat.indexOf("Chỉ số cải cách hành chính 21,0") < flat.indexOf("Văn hóa công sở 17,0")
        && flat.indexOf("Văn hóa công sở 17,0") < flat.indexOf("Sự hài lòng của người dân 9,5"), text);
  }

  @Test
  void aCriterionWithoutAGroupIsAGroupOfItsOwn() throws IOException {
    // the communes' TC09 has no group in the catalogue: its own name, its own line, its own peer mean
    String text = text("U13.pdf");
    assertContains(text, "Ưu tiên cải thiện: Nhóm “Mức độ hài lòng của người dân với UBND xã”: đơn vị đạt 47,4%, thấp hơn trung bình khối (55,0%) 7,6 điểm phần trăm, tức 3,0 điểm trên 40,0");
    assertContains(text, "Chỉ số cải cách hành chính 36,0 / 60,0 60,0 63,3 -3,3 -2,0");
  }

  @Test
  void theWatchListReasonsMeasuresAndFeedbackOfThePeriodAreListed() throws IOException {
    String haiBaTrung = text("U04.pdf");
    assertContains(haiBaTrung, "Tự chấm cao hơn kết quả thẩm định 12,5 điểm phần trăm.");
    assertContains(haiBaTrung, "3 biện pháp khắc phục đối với vi phạm phát hiện trong kỳ đã quá hạn mà chưa hoàn thành.");
    assertContains(haiBaTrung, "3 biện pháp chưa hoàn thành, trong đó 3 đã quá hạn");
    assertContains(haiBaTrung, "2024 Trễ hạn Nhẹ 3 3");
    assertFalse(haiBaTrung.contains("Thái độ"), "inspections of 2025 are after the period");
    assertContains(haiBaTrung, "tiếp nhận 70 phản ánh, kiến nghị. Mức độ hài lòng: 76,7% hài lòng trên 60 lượt đánh giá.");
    assertContains(haiBaTrung, "Giải quyết đúng hạn: 85,0% (40 việc có thời hạn); 3 việc đang xử lý đã quá hạn.");

    String liemTuyen = text("U11.pdf");
    assertContains(liemTuyen, "Mức hài lòng giảm 15,0 điểm phần trăm so với kỳ trước (80,0%");
    assertContains(liemTuyen, "Kiểm tra trong kỳ phát hiện 1 vi phạm gây phiền hà cho người dân.");
    // the year's feedback, not its second half's (15 items, 50 %)
    assertContains(liemTuyen, "tiếp nhận 40 phản ánh, kiến nghị. Mức độ hài lòng: 65,0% hài lòng trên 20 lượt đánh giá.");
    assertContains(liemTuyen, "Giải quyết đúng hạn: 80,0% (25 việc có thời hạn); 2 việc đang xử lý đã quá hạn.");

    // Lam Hạ's harassment finding of 2023 is not 2024's
    assertContains(text("U02.pdf"), "Đơn vị không thuộc danh sách theo dõi trong kỳ này.");
  }

  @Test
  void aUnitAboveItsPeersEverywhereIsToldSoAndAUnitWithoutAScoreSaysNoData() throws IOException {
    String leHongPhong = text("U01.pdf");
    assertContains(leHongPhong, "Đơn vị đạt hoặc vượt trung bình khối ở mọi nhóm tiêu chí; nhóm có mức vượt thấp nhất là “Sự hài lòng của người dân” (87,5% so với trung bình khối 72,5%)");
    assertContains(leHongPhong, "Kỳ trước (2023): 3 / 5 · ▲ 2 bậc");
    assertContains(leHongPhong, "Đơn vị không thuộc danh sách theo dõi trong kỳ này.");
    assertContains(leHongPhong, "Không có biện pháp khắc phục nào chưa hoàn thành");
    assertContains(text("U11.pdf"), "Kỳ trước (2023): chưa xếp hạng");
    assertContains(text("U12.pdf"), "Chưa có lượt đánh giá mức độ hài lòng.");

    String minhKhai = text("U05.pdf");
    assertContains(minhKhai, "Minh Khai");
    assertContains(minhKhai, "chưa có dữ liệu");
    assertContains(minhKhai, "Đơn vị chưa có điểm trong kỳ này");
    assertContains(minhKhai, "Không có phản ánh, kiến nghị nào gửi đến đơn vị trong kỳ.");
  }

  @Test
  void aMergedUnitsTrendSaysWhichYearsAreItsPredecessors() throws IOException {
    assertContains(text("U02.pdf"), "Năm 2022: đơn vị chưa thành lập; điểm được tái dựng từ 2 đơn vị tiền thân");
    assertFalse(text("U01.pdf").contains("tái dựng"));
  }

  @Test
  void theBundledFontIsEmbeddedAndTwoRunsGiveTheSameBytes() throws Exception {
    List<ScorecardWriter.Scorecard> again = ScorecardWriter.write(warehouse, TinyWarehouse.PERIOD, tmp.resolve("again"));
    for (int i = 0; i < written.size(); i++) {
      assertArrayEquals(Files.readAllBytes(written.get(i).pdf()), Files.readAllBytes(again.get(i).pdf()),
          written.get(i).unitId());
    }
    try (PDDocument pdf = Loader.loadPDF(written.get(5).pdf().toFile())) {
      PDResources resources = pdf.getPage(0).getResources();
      List<String> fonts = new ArrayList<>();
      for (COSName name : resources.getFontNames()) {
        fonts.add(resources.getFont(name).getName());
        assertTrue(resources.getFont(name).isEmbedded(), resources.getFont(name).getName());
      }
      assertTrue(fonts.stream().anyMatch(f -> f.contains("NotoSans")), fonts.toString());
    }
  }

  @Test
  void aPeriodNotInTheWarehouseIsBadInput() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> ScorecardWriter.write(warehouse, "2019", tmp.resolve("none")));
    assertTrue(e.getMessage().contains("period 2019"), e.getMessage());
  }

  private static String text(String file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(tmp.resolve("units").resolve(file).toFile())) {
      return new PDFTextStripper().getText(pdf);
    }
  }

  private static void assertContains(String text, String expected) {
    // lines wrap where the page is full: compare with every run of white space (no-break too) as one space
    assertTrue(flat(text).contains(expected), "missing «" + expected + "» in:\n" + text);
  }

  private static String flat(String text) {
    return text.replaceAll("[\\s\u00A0]+", " ");
  }
}
