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

class ScorecardWriterTest {
  @TempDir static Path tmp;
  private static Path warehouse;
  private static List<ScorecardWriter.Scorecard> written;

  @BeforeAll
  static void write() throws Exception {
    warehouse = ScorecardWarehouse.create(tmp);
    written = ScorecardWriter.write(warehouse, ScorecardWarehouse.PERIOD, tmp.resolve("units"));
  }

  @Test
  void writesOneOnePageA4PdfPerUnitOfThePeriod() throws IOException {
    assertEquals(
        List.of("phuong-chau-cau.pdf", "xa-dinh-xa.pdf", "xa-kim-binh.pdf", "xa-liem-tuyen.pdf"),
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
    String text = text("xa-liem-tuyen.pdf");
    assertContains(text, "Liêm Tuyền");
    assertContains(text, "Khối xã · mã 13444 · Kỳ đánh giá: năm 2024");
    assertContains(text, "60,0%");
    assertContains(text, "Trung bình");
    assertContains(text, "2 / 2");
    assertContains(text, "Kỳ trước (2023): 1 / 3 · ▼ 1 bậc");
    assertContains(text, "đơn vị thấp hơn 10,0 điểm %");
    assertContains(text, "Ưu tiên cải thiện: Nhóm “Cải cách hành chính”: đơn vị đạt 60,0%, thấp hơn trung bình khối (70,0%) 10,0 điểm phần trăm, tức 5,0 điểm trên 50,0: nhóm mà đơn vị tăng được nhiều điểm nhất nếu đạt mức trung bình khối.");
    // the group table, in improvement order
    assertContains(text, "Cải cách hành chính 30,0 / 50,0 60,0 70,0 -10,0 -5,0");
    assertContains(text, "Tuyên truyền, phổ biến 12,0 / 15,0 80,0 86,7 -6,7 -1,0");
    String flat = flat(text);
    assertTrue(flat.indexOf("Cải cách hành chính 30,0") < flat.indexOf("Sự hài lòng của người dân 18,0")
        && flat.indexOf("Sự hài lòng của người dân 18,0") < flat.indexOf("Tuyên truyền, phổ biến 12,0"), text);
  }

  @Test
  void theWatchListReasonsMeasuresAndFeedbackOfThePeriodAreListed() throws IOException {
    String text = text("xa-liem-tuyen.pdf");
    assertContains(text, "Tự chấm cao hơn kết quả thẩm định 12,5 điểm phần trăm.");
    assertContains(text, "Kiểm tra trong kỳ phát hiện 1 vi phạm gây phiền hà cho người dân.");
    assertFalse(text.contains("đã quá hạn mà chưa hoàn thành."), "2023's reason is not 2024's");
    assertContains(text, "3 biện pháp chưa hoàn thành, trong đó 1 đã quá hạn");
    assertContains(text, "2023 Gây phiền hà Nghiêm trọng 1 1");
    assertContains(text, "2024 Trễ hạn Nhẹ 2 0");
    assertFalse(text.contains("Thái độ"), "inspections of 2025 are after the period");
    assertContains(text, "tiếp nhận 40 phản ánh, kiến nghị. Mức độ hài lòng: 66,7% hài lòng trên 30 lượt đánh giá.");
    assertContains(text, "Giải quyết đúng hạn: 80,0% (25 việc có thời hạn); 2 việc đang xử lý đã quá hạn.");
  }

  @Test
  void aUnitAboveItsPeersEverywhereIsToldSoAndAUnitWithoutAScoreSaysNoData() throws IOException {
    String kimBinh = text("xa-kim-binh.pdf");
    assertContains(kimBinh, "Đơn vị đạt hoặc vượt trung bình khối ở mọi nhóm tiêu chí; nhóm có mức vượt thấp nhất là “Tuyên truyền, phổ biến”");
    assertContains(kimBinh, "Kỳ trước (2023): 2 / 3 · ▲ 1 bậc");
    assertContains(kimBinh, "Đơn vị không thuộc danh sách theo dõi trong kỳ này.");
    assertContains(kimBinh, "Không có biện pháp khắc phục nào chưa hoàn thành");
    assertContains(kimBinh, "Chưa có lượt đánh giá mức độ hài lòng.");

    String dinhXa = text("xa-dinh-xa.pdf");
    assertContains(dinhXa, "Đinh Xá");
    assertContains(dinhXa, "chưa có dữ liệu");
    assertContains(dinhXa, "Đơn vị chưa có điểm trong kỳ này");
    assertContains(dinhXa, "Không có phản ánh, kiến nghị nào gửi đến đơn vị trong kỳ.");
  }

  @Test
  void aMergedUnitsTrendSaysWhichYearsAreItsPredecessors() throws IOException {
    String text = text("phuong-chau-cau.pdf");
    assertContains(text, "Châu Cầu");
    assertContains(text, "Kỳ trước (2023): chưa xếp hạng");
    assertContains(text, "Đơn vị là đơn vị duy nhất của khối có điểm trong kỳ, nên chưa có trung bình khối để so sánh.");
    assertContains(text, "Năm 2021, 2022, 2023: đơn vị chưa thành lập; điểm được tái dựng từ 3 đơn vị tiền thân");
    assertFalse(text("xa-kim-binh.pdf").contains("tái dựng"));
  }

  @Test
  void theBundledFontIsEmbeddedAndTwoRunsGiveTheSameBytes() throws Exception {
    List<ScorecardWriter.Scorecard> again = ScorecardWriter.write(warehouse, ScorecardWarehouse.PERIOD, tmp.resolve("again"));
    for (int i = 0; i < written.size(); i++) {
      assertArrayEquals(Files.readAllBytes(written.get(i).pdf()), Files.readAllBytes(again.get(i).pdf()),
          written.get(i).unitId());
    }
    try (PDDocument pdf = Loader.loadPDF(written.get(3).pdf().toFile())) {
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
