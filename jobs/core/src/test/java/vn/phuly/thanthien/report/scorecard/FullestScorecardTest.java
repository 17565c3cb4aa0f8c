package vn.phuly.thanthien.report.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Feedback;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.GroupScore;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.OpenMeasures;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Ranking;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.TrendYear;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Watch;

/**
 * The fullest card the demo has (a ward on the watch list with six open measures, long group
 * names, a four-year trend; the demo's 2024 cards of this size ran onto an empty or a footnote-only
 * second page) is still one A4 page. The tiny warehouse's cards are too small to show it.
 */
class FullestScorecardTest {
  @TempDir Path tmp;

  @Test
  void theFullestCardIsOneA4Page() throws Exception {
    Ranking ranking = new Ranking("phuong-le-hong-phong", "13291", "Lê Hồng Phong", "PHUONG", "2024", "2023",
        63.5, 100.0, 63.5, "TRUNG_BINH", 11, 11, 11, 11, 0, 76.4, 100.0);
    List<GroupScore> groups = List.of(
        new GroupScore("CCHC", "Chỉ số cải cách hành chính", 33.5, 50, 67.0, 76.1, -4.5, -9.1, 1),
        new GroupScore("HAI_LONG", "Sự hài lòng của người dân, doanh nghiệp", 11, 20, 55.0, 77.0, -4.4, -22.0, 2),
        new GroupScore("TUYEN_TRUYEN", "Tuyên truyền, phổ biến mô hình", 9, 15, 60.0, 76.7, -2.5, -16.7, 3),
        new GroupScore("VAN_HOA", "Văn hóa công sở", 10, 15, 66.7, 76.4, -1.5, -9.7, 4),
        new GroupScore("SO_HOA", "Chuyển đổi số, dịch vụ công trực tuyến toàn trình", 9.5, 15, 63.3, 75.0, -1.8, -11.7, 5));
    List<TrendYear> trend = List.of(
        new TrendYear(2021, 64.0, false, null, 76.0), new TrendYear(2022, 64.2, false, null, 75.5),
        new TrendYear(2023, 65.5, false, null, 76.2), new TrendYear(2024, 63.5, false, null, 76.4));
    Watch watch = new Watch(
        List.of("Tự chấm cao hơn kết quả thẩm định 25,5 điểm phần trăm",
            "Mức độ hài lòng giảm 12,4 điểm phần trăm so với năm trước",
            "2 biện pháp khắc phục đối với vi phạm phát hiện trong kỳ đã quá hạn mà chưa hoàn thành"),
        25.5, 70.7, 83.1, 12.4, false, 1, 2);
    List<OpenMeasures> measures = List.of(
        new OpenMeasures(2021, "HINH_THUC", "NGHIEM_TRONG", 1, 1), new OpenMeasures(2021, "HINH_THUC", "NHE", 1, 1),
        new OpenMeasures(2022, "HINH_THUC", "NHE", 1, 1), new OpenMeasures(2023, "HINH_THUC", "NHE", 1, 1),
        new OpenMeasures(2023, "KHONG_CONG_KHAI", "TRUNG_BINH", 1, 1), new OpenMeasures(2024, "THAI_DO", "NHE", 1, 0));
    Feedback feedback = new Feedback(558, 368, 70.7, 537, 71.7, 46);

    Path pdf = ScorecardWriter.writeOne(new UnitScorecard(ranking, groups, trend, watch, measures, feedback), 2024, tmp);

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertEquals(1, document.getNumberOfPages());
    }
  }
}
