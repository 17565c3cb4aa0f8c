package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §5 "Precision": points, percentages and their changes are DECIMAL(18,6) in the marts,
 * never rounded to 2 decimals, and ranks, ties and bands are decided on the full values. Five
 * wards in 2024 (test catalogue: one criterion of 100 points, bands Tốt ≥ 80, Yếu ≥ 0): W1 85.004,
 * W2 and W3 85.001, W5 exactly 80, W4 79.999; W1 had 80.0015 in 2023.
 */
class PrecisionTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse = new MartFixture();
    for (int i = 1; i <= 5; i++) {
      warehouse.unit("W" + i, "1330" + i, "Phường " + i, "PHUONG", "2021-01-01", null, 1000L);
    }
    warehouse
        .annualScore("W1", 2023, 80.0015)
        .annualScore("W1", 2024, 85.004)
        .annualScore("W2", 2024, 85.001)
        .annualScore("W3", 2024, 85.001)
        .annualScore("W4", 2024, 79.999)
        .annualScore("W5", 2024, 80)
        .emulation(2024, "PHUONG", 0.2)
        .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  private static List<String> rows(String sql) {
    return warehouse.query(sql).stream().map(r -> (String) r.get("r")).toList();
  }

  @Test
  void ranksAndBandsAreDecidedOnTheFullValues() {
    // 85.004 > 85.001 = 85.001 > 80 > 79.999: rounded to 2 decimals the first three would tie
    // and 79.999 would reach the Tốt band at 80.00
    assertEquals(
        List.of(
            "W1|85.004000|1|Tốt|5", "W2|85.001000|2|Tốt|5", "W3|85.001000|2|Tốt|5",
            "W5|80.000000|4|Tốt|5", "W4|79.999000|5|Yếu|5"),
        rows(
            "select concat_ws('|', unit_id, score_pct, rank, band, ranked_units) as r"
                + " from mart_ranking where period = '2024' order by rank, unit_id"));
  }

  @Test
  void pointsPercentagesAndChangesAreDecimal18Of6InEveryMart() {
    // slope_pp_per_year is a statistic and may stay DOUBLE (DESIGN §5)
    assertEquals(
        List.of(),
        warehouse.query(
            "select table_name, column_name, data_type from duckdb_columns()"
                + " where (table_name like 'mart_%' or table_name like 'fct_%')"
                + " and regexp_full_match(column_name,"
                + " 'score|.*_pct|.*_pp|.*points|.*days_to_resolve|received_per_1000_residents')"
                + " and column_name not in ('slope_pp_per_year')"
                + " and data_type <> 'DECIMAL(18,6)' order by all"));
  }

  @Test
  void changesMeansAndWeightedPointsKeepEveryDecimal() {
    Map<String, Object> trend =
        warehouse.one("select score_pct, change_pp, city_mean_pct from mart_trend where unit_id = 'W1' and year = 2024");
    assertEquals(new BigDecimal("85.004000"), trend.get("score_pct"));
    // 85.004 − 80.0015
    assertEquals(new BigDecimal("5.002500"), trend.get("change_pp"));
    // (85.004 + 85.001 + 85.001 + 79.999 + 80) / 5 = 415.005 / 5
    assertEquals(new BigDecimal("83.001000"), trend.get("city_mean_pct"));
    // 85.004 × 0.2
    assertEquals(
        new BigDecimal("17.000800"),
        warehouse.one("select weighted_points from mart_emulation_annual where unit_id = 'W1'").get("weighted_points"));
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }
}
