package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mart_trend on a small city: wards A and B merge partly into C on 1/1/2025 (A whole, half of B;
 * B carries on), C takes over A's code "100"; D and half of G merge into E on 1/1/2025, which
 * becomes F on 1/7/2025 (a chain through a unit that existed only half a year); G's population is
 * unknown. Commune Q carries on and absorbs P on 1/1/2025, then half of Q goes to R on 1/7/2025.
 * Annual scores exist for 2021, 2022 and 2025.
 */
class TrendMartTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("A", "100", "Phường A", "PHUONG", "2021-01-01", "2024-12-31", 100L)
            .unit("B", "200", "Phường B", "PHUONG", "2021-01-01", null, 200L)
            .unit("C", "100", "Phường C", "PHUONG", "2025-01-01", null, 250L)
            .unit("D", "300", "Xã D", "PHUONG", "2021-01-01", "2024-12-31", 300L)
            .unit("G", "400", "Xã G", "PHUONG", "2021-01-01", "2024-12-31", null)
            .unit("E", "500", "Phường E", "PHUONG", "2025-01-01", "2025-06-30", 400L)
            .unit("F", "300", "Phường F", "PHUONG", "2025-07-01", null, 450L)
            .unit("H", "900", "Văn phòng H", "PHONG_BAN", "2021-01-01", null, null)
            .unit("P", "600", "Xã P", "XA", "2021-01-01", "2024-12-31", 100L)
            .unit("Q", "700", "Xã Q", "XA", "2021-01-01", "2025-06-30", 100L)
            .unit("R", "800", "Xã R", "XA", "2025-07-01", null, 150L)
            .lineage("A", "C", "2025-01-01", 1.0)
            .lineage("B", "C", "2025-01-01", 0.5)
            .lineage("D", "E", "2025-01-01", 1.0)
            .lineage("G", "E", "2025-01-01", 0.5)
            .lineage("E", "F", "2025-07-01", 1.0)
            .lineage("P", "Q", "2025-01-01", 1.0)
            .lineage("Q", "R", "2025-07-01", 0.5)
            .annualScore("P", 2021, 80).annualScore("Q", 2021, 60)
            .annualScore("P", 2022, 80).annualScore("Q", 2022, 70)
            .annualScore("R", 2025, 75)
            .annualScore("A", 2021, 80).annualScore("B", 2021, 60)
            .annualScore("D", 2021, 66).annualScore("G", 2021, 90)
            .annualScore("H", 2021, 50)
            .annualScore("A", 2022, 90).annualScore("B", 2022, 70)
            .annualScore("D", 2022, 72).annualScore("G", 2022, 60)
            .annualScore("B", 2025, 75).annualScore("C", 2025, 85).annualScore("F", 2025, 72)
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  private static Map<String, Object> row(String unitId, int year) {
    List<Map<String, Object>> rows =
        warehouse.query(
            "select * from mart_trend where unit_id = '" + unitId + "' and year = " + year);
    assertEquals(1, rows.size(), unitId + " " + year);
    return rows.get(0);
  }

  private static double number(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  @Test
  void successorsHistoryIsTheShareAndPopulationWeightedMeanOfItsPredecessors() {
    // C 2021 = (A·100·1 + B·200·0.5) / (100·1 + 200·0.5) = (80·100 + 60·100) / 200
    Map<String, Object> c2021 = row("C", 2021);
    assertEquals(70.0, number(c2021, "score_pct"), 1e-9);
    assertEquals(true, c2021.get("is_reconstructed"));
    assertEquals(2L, ((Number) c2021.get("predecessors")).longValue());
    // C 2022 = (90·100 + 70·100) / 200
    assertEquals(80.0, number(row("C", 2022), "score_pct"), 1e-9);
    assertEquals(85.0, number(row("C", 2025), "score_pct"), 1e-9);
    assertEquals(false, row("C", 2025).get("is_reconstructed"));
  }

  @Test
  void chainsMultiplySharesAndFallBackToSharesWhenAPopulationIsUnknown() {
    // F ← E ← {D (share 1·1), G (share 0.5·1, population unknown)}: weights are the shares alone
    // F 2021 = (66·1 + 90·0.5) / 1.5 ; F 2022 = (72·1 + 60·0.5) / 1.5
    assertEquals(74.0, number(row("F", 2021), "score_pct"), 1e-9);
    assertEquals(68.0, number(row("F", 2022), "score_pct"), 1e-9);
    assertEquals(
        List.of(),
        warehouse.query("select * from mart_trend where unit_id = 'E'"),
        "a unit that existed only within a year has no row of its own");
  }

  @Test
  void aUnitThatCarriedOnPassesOnWhatItAbsorbedAfterTheYear() {
    // R ← half of Q, and Q absorbed P on 1/1/2025: R 2021 = (Q·100·0.5 + P·100·1·0.5) / (50 + 50)
    assertEquals(70.0, number(row("R", 2021), "score_pct"), 1e-9);
    assertEquals(2L, ((Number) row("R", 2021).get("predecessors")).longValue());
    // R 2022 = (70·50 + 80·50) / 100
    assertEquals(75.0, number(row("R", 2022), "score_pct"), 1e-9);
  }

  @Test
  void aReusedCodeKeepsTwoSeparateHistories() {
    List<Map<String, Object>> rows =
        warehouse.query(
            "select unit_id, unit_name, year from mart_trend where unit_code = '100' order by unit_id, year");
    assertEquals(
        List.of(
            Map.of("unit_id", "A", "unit_name", "Phường A", "year", 2021),
            Map.of("unit_id", "A", "unit_name", "Phường A", "year", 2022),
            Map.of("unit_id", "C", "unit_name", "Phường C", "year", 2021),
            Map.of("unit_id", "C", "unit_name", "Phường C", "year", 2022),
            Map.of("unit_id", "C", "unit_name", "Phường C", "year", 2025)),
        rows);
  }

  @Test
  void eachUnitYearAppearsOnce() {
    // A, D, G, P, Q: 2021–2022; B, C, F, H, R: 2021, 2022, 2025; E: none
    assertEquals(
        List.of(Map.of("rows", 25L, "unit_years", 25L)),
        warehouse.query(
            "select count(*) as rows, count(distinct (unit_id, year)) as unit_years from mart_trend"));
  }

  @Test
  void ranksActualRowsAmongTheUnitsOfTheYearAndReconstructedRowsAmongTheirLaterMap() {
    // 2021, the wards of the year: G 90, A 80, D 66, B 60
    assertEquals(1L, ((Number) row("G", 2021).get("rank")).longValue());
    assertEquals(4L, ((Number) row("B", 2021).get("rank")).longValue());
    assertEquals(4L, ((Number) row("B", 2021).get("ranked_units")).longValue());
    // 2021, the wards of the 2025 map with their 2021 scores: F 74 (rec.), C 70 (rec.), B 60
    assertEquals(1L, ((Number) row("F", 2021).get("rank")).longValue());
    assertEquals(2L, ((Number) row("C", 2021).get("rank")).longValue());
    assertEquals(3L, ((Number) row("C", 2021).get("ranked_units")).longValue());
    // 2022, the 2025 map: C 80, B 70, F 68: C gained a place, F lost two
    assertEquals(1L, ((Number) row("C", 2022).get("places_change")).longValue());
    assertEquals(-2L, ((Number) row("F", 2022).get("places_change")).longValue());
    // 2025: C 85, B 75, F 72
    assertEquals(2L, ((Number) row("B", 2025).get("rank")).longValue());
    assertEquals(3L, ((Number) row("F", 2025).get("rank")).longValue());
    // the communes' 2025 map is R alone
    assertEquals(1L, ((Number) row("R", 2021).get("ranked_units")).longValue());
  }

  @Test
  void aUnitWithoutAScoreIsListedWithoutRank() {
    Map<String, Object> h2022 = row("H", 2022);
    assertNull(h2022.get("score_pct"));
    assertNull(h2022.get("rank"));
    assertNull(h2022.get("change_pp"));
    assertEquals(1L, ((Number) row("H", 2021).get("ranked_units")).longValue());
  }

  @Test
  void changesAreAgainstTheYearBeforeOnly() {
    assertEquals(10.0, number(row("C", 2022), "change_pp"), 1e-9);
    assertEquals(-6.0, number(row("F", 2022), "change_pp"), 1e-9);
    // 2023 and 2024 have no annual scores at all: 2025 has no previous year to compare with
    assertNull(row("C", 2025).get("change_pp"));
    assertNull(row("B", 2025).get("places_change"));
  }

  @Test
  void slopeIsTheLeastSquaresSlopeOverTheUnitsYears() {
    // C: (2021, 70), (2022, 80), (2025, 85): mean x = 6068/3, mean y = 235/3;
    // Sxy = (-5/3)(-25/3) + (-2/3)(5/3) + (7/3)(20/3) = 255/9, Sxx = 78/9, slope = 85/26
    assertEquals(85.0 / 26, number(row("C", 2021), "slope_pp_per_year"), 1e-9);
    // B: (2021, 60), (2022, 70), (2025, 75): the same deviations from the means as C, 85/26
    assertEquals(85.0 / 26, number(row("B", 2025), "slope_pp_per_year"), 1e-9);
  }

  @Test
  void cityMeanCountsOnlyTheUnitsOfTheYear() {
    // 2021 wards: (80 + 60 + 66 + 90) / 4; the reconstructed C and F are not counted again
    assertEquals(74.0, number(row("C", 2021), "city_mean_pct"), 1e-9);
    assertEquals(74.0, number(row("A", 2021), "city_mean_pct"), 1e-9);
    // 2025 wards: (75 + 85 + 72) / 3 = 77.333333 (6 decimals, not rounded for display)
    assertEquals(new BigDecimal("77.333333"), row("F", 2025).get("city_mean_pct"));
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("mart_trend_values"));
    assertEquals(0, warehouse.failingRows("mart_trend__primary_key"));
    warehouse.withSpoiled(
        List.of("mart_trend"),
        () -> {
          warehouse.execute("update mart_trend set score_pct = 104 where unit_id = 'A' and year = 2021");
          warehouse.execute("update mart_trend set rank = null where unit_id = 'B' and year = 2021");
          warehouse.execute("insert into mart_trend select * from mart_trend where unit_id = 'C' and year = 2021");
          assertEquals(2, warehouse.reaudit("mart_trend_values"));
          assertEquals(1, warehouse.reauditGenerated("mart_trend__primary_key"));
        });
  }
}
