package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * Issue: "ingest … --reference DIR and build … --reference DIR work, with no code change, for a
 * profile that is not Phủ Lý". The provinces test profile (six provinces of type TINH, 8 criteria
 * of 10 points, TC8 by survey only) through the command line: ingest and build a landing written
 * by hand whose totals are worked out below (the launcher's GenerateCommandTest generates for it).
 */
class OtherProfileTest {
  static final String HEADER =
      "Mã phiếu,Kỳ đánh giá,Mã đơn vị,Tên đơn vị,Hình thức chấm,Mã tiêu chí,Điểm,Minh chứng,Ngày nộp,Lần nộp\n";

  @TempDir Path work;

  @Test
  void ingestAndBuildRankTheProvinces() throws Exception {
    Sparks.session("local[2]");
    Path profile = CliFixtures.resource("profiles/provinces");
    StringBuilder scores = new StringBuilder(HEADER);
    // 2023. Tây Giang: appraisal 7 × 9 + survey 8 = 71/80 = 88.75 %. Bắc Sơn: self 7 × 10 + survey 10
    // = 80 = 100 %. Hòa Bắc (code 84 before its 2025 merger): 7 × 9 + 8 = 71 = 88.75 %, tied 2nd.
    // Đông Lâm: 7 × 7, no survey = 49 = 61.25 %. Thành Hà, named by its alias only: 7 × 5 + 5 = 40 = 50 %.
    // Sông Mã: nothing, so no rank; 5 ranked units.
    scores.append(seven("2023", "81", "", "Thẩm định", 9)).append(survey("2023", "81", "", 8));
    scores.append(seven("2023", "82", "", "Tự chấm", 10)).append(survey("2023", "82", "", 10));
    scores.append(seven("2023", "84", "", "Thẩm định", 9)).append(survey("2023", "84", "", 8));
    scores.append(seven("2023", "83", "", "Thẩm định", 7));
    scores.append(seven("2023", "", "Tinh Thanh Ha", "Thẩm định", 5)).append(survey("2023", "", "Tinh Thanh Ha", 5));
    // 2024. Tây Giang: 7 × 8 + 9 = 65 = 81.25 %, 1st. Bắc Sơn appraised: 7 × 6 + 6 = 48 = 60 %, 2nd.
    scores.append(seven("2024", "81", "", "Thẩm định", 8)).append(survey("2024", "81", "", 9));
    scores.append(seven("2024", "82", "", "Thẩm định", 6)).append(survey("2024", "82", "", 6));
    Path landing = work.resolve("landing");
    Files.createDirectories(landing.resolve("submissions/2025-01-15"));
    Files.writeString(landing.resolve("submissions/2025-01-15/diem.csv"), scores.toString(), StandardCharsets.UTF_8);

    Path lake = work.resolve("lake");
    Path warehouse = work.resolve("warehouse/thanthien.duckdb");
    CliFixtures.Outcome ingest = CliFixtures.run("ingest", "--landing", landing.toString(), "--lake", lake.toString(),
        "--reference", profile.toString());
    assertEquals(Main.OK, ingest.exitCode(), ingest.err());
    assertTrue(ingest.out().contains("đọc 55 dòng: nhận 55, cách ly 0"), ingest.out());
    CliFixtures.Outcome build = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(),
        "--reference", profile.toString());
    assertEquals(Main.OK, build.exitCode(), build.err());

    assertEquals(
        List.of(
            "2023|tinh-bac-son|80.000000|100.000000|Xuất sắc|1",
            "2023|tinh-dong-lam|80.000000|61.250000|Trung bình|4",
            "2023|tinh-hoa-bac|80.000000|88.750000|Tốt|2",
            "2023|tinh-song-ma|80.000000|null|null|null",
            "2023|tinh-tay-giang|80.000000|88.750000|Tốt|2",
            "2023|tinh-thanh-ha|80.000000|50.000000|Trung bình|5",
            "2024|tinh-bac-son|80.000000|60.000000|Trung bình|2",
            "2024|tinh-dong-lam|80.000000|null|null|null",
            "2024|tinh-hoa-bac|80.000000|null|null|null",
            "2024|tinh-song-ma|80.000000|null|null|null",
            "2024|tinh-tay-giang|80.000000|81.250000|Tốt|1",
            "2024|tinh-thanh-ha|80.000000|null|null|null"),
        QueryRows.readOnly(warehouse,
            "select period, unit_id, max_points, score_pct, band, rank from mart_ranking"
                + " where unit_type = 'TINH' and period in ('2023', '2024') order by period, unit_id"));
  }

  /** TC1–TC7 of one submission, each {@code points}; a unit by code, or by name when the code is empty. */
  private static String seven(String year, String code, String name, String assessor, int points) {
    StringBuilder rows = new StringBuilder();
    for (int c = 1; c <= 7; c++) {
      rows.append(row(year, code, name, assessor, "TC" + c, points));
    }
    return rows.toString();
  }

  private static String survey(String year, String code, String name, int points) {
    return row(year, code, name, "Khảo sát", "TC8", points);
  }

  private static String row(String year, String code, String name, String assessor, String criterion, int points) {
    String unit = code.isEmpty() ? name : code;
    return String.join(",", "S-" + year + "-" + unit + "-" + assessor, year, code, name, assessor, criterion,
        Integer.toString(points), "", "05/12/" + year, "1") + "\n";
  }
}
