package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.reference.Profile;

class DueReportsTest {
  @TempDir Path tmp;

  /** The shipped report.csv: years and halves, 45 days after a year, 30 after a half. */
  private final Profile profile = Profile.shipped();

  @Test
  void writesTheClosedPeriodsWhoseDelayHasPassedAndSaysWhyTheOthersWait() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    Path reports = tmp.resolve("reports");

    assertEquals(
        List.of(
            new DueReports.Decision("2023", true, "chưa lập"),
            new DueReports.Decision("2024-H1", false, "chưa có dữ liệu chấm điểm"),
            new DueReports.Decision("2024-H2", false, "chưa có dữ liệu chấm điểm"),
            new DueReports.Decision("2024", false,
                "chưa đến hạn lập: từ ngày 14/02/2025 (45 ngày sau khi kỳ kết thúc, report.csv)"),
            new DueReports.Decision("2025-H1", false, "chưa kết thúc (kỳ kết thúc ngày 30/06/2025)"),
            new DueReports.Decision("2025", false, "chưa kết thúc (kỳ kết thúc ngày 31/12/2025)")),
        DueReports.plan(warehouse, reports, profile, LocalDate.parse("2025-02-13")));
    assertEquals(
        new DueReports.Decision("2024", true, "chưa lập"),
        DueReports.plan(warehouse, reports, profile, LocalDate.parse("2025-02-14")).get(3));
  }

  @Test
  void aWrittenReportIsDueAgainOnlyWhenItsDataChanged() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    Path reports = tmp.resolve("reports");
    LocalDate day = LocalDate.parse("2025-03-01");
    ReportWriter.write(warehouse, "2023", reports.resolve("2023"), profile);
    ReportWriter.write(warehouse, "2024", reports.resolve("2024"), profile);

    List<DueReports.Decision> rerun = DueReports.plan(warehouse, reports, profile, day);
    assertEquals(new DueReports.Decision("2023", false, "đã lập, dữ liệu không thay đổi"), rerun.get(0));
    assertEquals(new DueReports.Decision("2024", false, "đã lập, dữ liệu không thay đổi"), rerun.get(3));

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + warehouse);
        Statement sql = db.createStatement()) {
      sql.execute("update mart_ranking set score_pct = 93.5 where unit_id = 'U01' and period = '2024'");
    }
    List<DueReports.Decision> corrected = DueReports.plan(warehouse, reports, profile, day);
    assertEquals(new DueReports.Decision("2023", false, "đã lập, dữ liệu không thay đổi"), corrected.get(0));
    assertEquals(new DueReports.Decision("2024", true, "dữ liệu đã thay đổi"), corrected.get(3));
  }
}
