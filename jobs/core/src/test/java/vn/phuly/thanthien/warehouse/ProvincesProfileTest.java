package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * A profile that is not Phủ Lý (jobs/src/test/resources/profiles/provinces): provinces of type
 * TINH, 8 criteria × 10 points (TC8 by survey only), a merger on 2025-07-01 that reuses a code.
 */
class ProvincesProfileTest {
  @TempDir Path tmp;

  /** Seven SELF-type criteria TC1..TC7 all given {@code points} by {@code assessor}. */
  private static List<String> sevenCriteria(String period, String unit, String assessor, int points) {
    List<String> rows = new ArrayList<>();
    for (int c = 1; c <= 7; c++) {
      rows.add("('" + unit + "-" + period + "-" + assessor + "', '" + period + "', '" + unit + "', '" + assessor + "', 'TC" + c + "', " + points + ", 1)");
    }
    return rows;
  }

  private static String survey(String period, String unit, int points) {
    return "('" + unit + "-" + period + "-SURVEY', '" + period + "', '" + unit + "', 'SURVEY', 'TC8', " + points + ", 1)";
  }

  @Test
  void totalsAndRanksFollowTheProfilesCatalogueAndUnits() throws Exception {
    Path profile = Path.of(getClass().getClassLoader().getResource("profiles/provinces/units.csv").toURI()).getParent();
    List<String> rows = new ArrayList<>();
    // 2023: Tây Giang 7×9 + 8 = 71/80 = 88.75; Bắc Sơn self 7×10 + 10 = 80 = 100 (unappraised);
    // Đông Lâm 7×7 = 49, TC8 missing = 61.25 (completeness 7/8); Hòa Bắc 71 = 88.75 (tie);
    // Thành Hà 7×5 + 5 = 40 = 50; Sông Mã nothing.
    rows.addAll(sevenCriteria("2023", "tinh-tay-giang", "APPRAISAL", 9));
    rows.add(survey("2023", "tinh-tay-giang", 8));
    rows.addAll(sevenCriteria("2023", "tinh-bac-son", "SELF", 10));
    rows.add(survey("2023", "tinh-bac-son", 10));
    rows.addAll(sevenCriteria("2023", "tinh-dong-lam", "APPRAISAL", 7));
    rows.addAll(sevenCriteria("2023", "tinh-hoa-bac", "APPRAISAL", 9));
    rows.add(survey("2023", "tinh-hoa-bac", 8));
    rows.addAll(sevenCriteria("2023", "tinh-thanh-ha", "APPRAISAL", 5));
    rows.add(survey("2023", "tinh-thanh-ha", 5));
    // 2025: only the merged Hòa Bắc is scored, 7×8 + 6 = 62/80 = 77.5
    rows.addAll(sevenCriteria("2025", "tinh-hoa-bac-2025", "APPRAISAL", 8));
    rows.add(survey("2025", "tinh-hoa-bac-2025", 6));
    List<Path> files = Fixtures.submissions(tmp.resolve("lake"), "provinces", rows.toArray(String[]::new));

    try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
      BuildReport report = Warehouse.buildOn(db, Fixtures.inputs(profile, files), ModelCatalog.fromClasspath());
      assertEquals(List.of(), report.audits().stream().filter(AuditResult::failed).map(AuditResult::name).toList());
      assertEquals(
          List.of(
              "tinh-bac-son|80.000000|80.000000|100.000000|Xuất sắc|1|100.000000|true",
              "tinh-dong-lam|49.000000|80.000000|61.250000|Trung bình|4|87.500000|false",
              "tinh-hoa-bac|71.000000|80.000000|88.750000|Tốt|2|100.000000|false",
              "tinh-song-ma|null|80.000000|null|null|null|0.000000|false",
              "tinh-tay-giang|71.000000|80.000000|88.750000|Tốt|2|100.000000|false",
              "tinh-thanh-ha|40.000000|80.000000|50.000000|Trung bình|5|100.000000|false"),
          QueryRows.of(
              db,
              "select unit_id, score_points, max_points, score_pct, band, rank, completeness_pct, is_unappraised"
                  + " from mart_ranking where period = '2023' order by unit_id"));
      assertEquals(List.of("5"), Fixtures.strings(db, "select distinct ranked_units from mart_ranking where period = '2023'"));
      assertEquals(
          List.of(
              "tinh-bac-son|82|null", "tinh-dong-lam|83|null", "tinh-hoa-bac|84|null", "tinh-hoa-bac-2025|84|1",
              "tinh-song-ma|85|null",
              "tinh-tay-giang|81|null", "tinh-thanh-ha|86|null"),
          QueryRows.of(db, "select unit_id, unit_code, rank from mart_ranking where period = '2025' order by unit_id"));
    }
  }
}
