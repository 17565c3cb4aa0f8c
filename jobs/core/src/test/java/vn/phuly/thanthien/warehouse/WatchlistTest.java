package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Feedback.item;
import static vn.phuly.thanthien.warehouse.MartFixture.Finding.of;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mart_watchlist with thresholds self gap 10 pp, satisfaction drop 10 pp, 2 harassment findings,
 * 2 overdue measures and 20 answered items. Each reason fires for one unit exactly at its threshold
 * and stays quiet for another just below it; every period kind with data is judged. Ward N was
 * created on 1/1/2025 from the whole of A and half of B (B carries on): its fall is measured
 * against their lineage-weighted satisfaction. The inspections' as-of date is their latest landing
 * day, 15/1/2025.
 */
class WatchlistTest {
  private static MartFixture warehouse;

  private static MartFixture thresholds(MartFixture fixture) {
    return fixture
        .threshold("watch_self_gap_pp", 10)
        .threshold("watch_satisfaction_drop_pp", 10)
        .threshold("watch_harassment_findings", 2)
        .threshold("watch_overdue_measures", 2)
        .threshold("watch_min_responses", 20);
  }

  private static MartFixture units(MartFixture fixture) {
    for (int i = 1; i <= 7; i++) {
      fixture.unit("U" + i, "1330" + i, "Phường " + i, "PHUONG", "2021-01-01", null, 1000L * i);
    }
    return fixture
        .unit("A", "13401", "Phường A", "PHUONG", "2021-01-01", "2024-12-31", 1000L)
        .unit("B", "13402", "Phường B", "PHUONG", "2021-01-01", null, 2000L)
        .unit("N", "13401", "Phường Mới", "PHUONG", "2025-01-01", null, 2000L)
        .lineage("A", "N", "2025-01-01", 1.0)
        .lineage("B", "N", "2025-01-01", 0.5);
  }

  /**
   * {@code satisfied} of {@code answered} items received by a unit on {@code day} are Hài lòng, the
   * rest Bình thường.
   */
  private static void satisfaction(MartFixture fixture, String unit, String day, int satisfied, int answered) {
    for (int i = 1; i <= answered; i++) {
      String received = String.format("%s %02d:%02d:00", day, 8 + i / 60, i % 60);
      fixture.feedback(
          item("FB-" + unit + "-" + day + "-" + i, unit, received)
              .status("DA_XU_LY").resolved(day + " 20:00:00").due(day + " 23:00:00")
              .satisfaction(i <= satisfied ? "HAI_LONG" : "BINH_THUONG")
              .exported(day.substring(0, 4) + "-12-31"));
    }
  }

  @BeforeAll
  static void build() {
    warehouse = thresholds(units(new MartFixture()));
    // SELF_GAP: U1 self-scores 10 points (of 100) above its appraisal, U2 9.5
    warehouse.annualScore("U1", 2024, 70, 10).annualScore("U2", 2024, 70, 9.5);
    // SATISFACTION_DROP, years: U3 22/30 → 19/30 is exactly 10 pp (9.999999999999993 in floating
    // point); U5 22/30 → 20/30 is 6.67 pp
    satisfaction(warehouse, "U3", "2023-06-10", 22, 30);
    satisfaction(warehouse, "U3", "2024-06-10", 19, 30);
    satisfaction(warehouse, "U5", "2023-06-10", 22, 30);
    satisfaction(warehouse, "U5", "2024-06-10", 20, 30);
    // halves: U6 25/25 in 2023-H2 (September) → 20/25 in 2024-H1 (March), and so in the years too
    satisfaction(warehouse, "U6", "2023-09-10", 25, 25);
    satisfaction(warehouse, "U6", "2024-03-10", 20, 25);
    // too few answers to judge: U7 2/2 → 0/2
    satisfaction(warehouse, "U7", "2023-06-10", 2, 2);
    satisfaction(warehouse, "U7", "2024-06-10", 0, 2);
    // lineage: 2024-Q4 A 20/25, B 24/30; N's predecessors: (1·20 + 0.5·24) / (1·25 + 0.5·30) =
    // 32/40 = 80 % on 40 weighted answers; N 2025-Q1 14/20 = 70 %: a 10 pp fall in the year, the
    // half and the quarter
    satisfaction(warehouse, "A", "2024-10-10", 20, 25);
    satisfaction(warehouse, "B", "2024-10-10", 24, 30);
    satisfaction(warehouse, "N", "2025-02-10", 14, 20);
    // HARASSMENT: U1 two GAY_PHIEN_HA findings in 2024-Q2, U2 one (its measures closed on time)
    warehouse
        .finding(of("BB-1", 1, "U1", "2024-04-01").code("GAY_PHIEN_HA").official("ps-1")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"))
        .finding(of("BB-1", 2, "U1", "2024-04-01").code("GAY_PHIEN_HA").official("ps-2")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"))
        .finding(of("BB-2", 1, "U2", "2024-04-01").code("GAY_PHIEN_HA").official("ps-3")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"));
    // OVERDUE_MEASURES: U4 two measures of 2024-Q3 open past their deadline, U5 one (the other closed)
    warehouse
        .finding(of("BB-3", 1, "U4", "2024-09-01").due("2024-10-01").exported("2025-01-15"))
        .finding(of("BB-3", 2, "U4", "2024-09-01").due("2024-10-01").exported("2025-01-15"))
        .finding(of("BB-4", 1, "U5", "2024-09-01").due("2024-10-01").exported("2025-01-15"))
        .finding(of("BB-4", 2, "U5", "2024-09-01").due("2024-10-01").fixed("2024-09-20")
            .exported("2025-01-15"));
    warehouse.build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void eachReasonFiresAtItsThresholdAndNotBelowInEveryPeriodKind() {
    assertEquals(
        List.of(
            "N|2025|YEAR|2025|SATISFACTION_DROP|false|true|false|false",
            "N|2025-H1|HALF|2025|SATISFACTION_DROP|false|true|false|false",
            "N|2025-Q1|QUARTER|2025|SATISFACTION_DROP|false|true|false|false",
            "U1|2024|YEAR|2024|SELF_GAP, HARASSMENT|true|false|true|false",
            "U1|2024-H1|HALF|2024|HARASSMENT|false|false|true|false",
            "U1|2024-Q2|QUARTER|2024|HARASSMENT|false|false|true|false",
            "U3|2024|YEAR|2024|SATISFACTION_DROP|false|true|false|false",
            "U4|2024|YEAR|2024|OVERDUE_MEASURES|false|false|false|true",
            "U4|2024-H2|HALF|2024|OVERDUE_MEASURES|false|false|false|true",
            "U4|2024-Q3|QUARTER|2024|OVERDUE_MEASURES|false|false|false|true",
            "U6|2024|YEAR|2024|SATISFACTION_DROP|false|true|false|false",
            "U6|2024-H1|HALF|2024|SATISFACTION_DROP|false|true|false|false"),
        warehouse.query(
                "select concat_ws('|', unit_id, period, period_kind, year, reasons_text, is_self_gap,"
                    + " is_satisfaction_drop, is_harassment, is_overdue_measures) as r"
                    + " from mart_watchlist order by unit_id, period")
            .stream().map(r -> (String) r.get("r")).toList());
  }

  @Test
  void aFallExactlyAtTheThresholdIsComputedFromTheCountsExactly() {
    Map<String, Object> u3 =
        warehouse.one(
            "select satisfaction_pct, previous_satisfaction_pct, satisfaction_drop_pp, answered, previous_answered"
                + " from mart_watchlist where unit_id = 'U3'");
    assertEquals(new BigDecimal("63.333333"), u3.get("satisfaction_pct"));
    assertEquals(new BigDecimal("73.333333"), u3.get("previous_satisfaction_pct"));
    assertEquals(new BigDecimal("10.000000"), u3.get("satisfaction_drop_pp"));
    assertEquals(new BigDecimal("30.000000"), u3.get("answered"));
    assertEquals(new BigDecimal("30.000000"), u3.get("previous_answered"));
  }

  @Test
  void aMergedWardIsComparedWithItsPredecessorsLineageWeightedSatisfaction() {
    Map<String, Object> n =
        warehouse.one(
            "select unit_name, satisfaction_pct, previous_satisfaction_pct, satisfaction_drop_pp, answered,"
                + " previous_answered from mart_watchlist where unit_id = 'N' and period = '2025-Q1'");
    assertEquals("Phường Mới", n.get("unit_name"));
    assertEquals(new BigDecimal("70.000000"), n.get("satisfaction_pct"));
    assertEquals(new BigDecimal("80.000000"), n.get("previous_satisfaction_pct"));
    assertEquals(new BigDecimal("10.000000"), n.get("satisfaction_drop_pp"));
    assertEquals(new BigDecimal("20.000000"), n.get("answered"));
    assertEquals(new BigDecimal("40.000000"), n.get("previous_answered"));
  }

  @Test
  void rowsShowTheMeasuresBehindTheFlags() {
    Map<String, Object> u1 =
        warehouse.one(
            "select self_gap_pp, harassment_findings from mart_watchlist where unit_id = 'U1' and period = '2024'");
    assertEquals(new BigDecimal("10.000000"), u1.get("self_gap_pp"));
    assertEquals(2L, ((Number) u1.get("harassment_findings")).longValue());
    assertEquals(
        2L,
        ((Number) warehouse.one("select overdue_measures from mart_watchlist where unit_id = 'U4' and period = '2024-Q3'")
            .get("overdue_measures")).longValue());
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("mart_watchlist_reasons"));
    assertEquals(0, warehouse.failingRows("mart_watchlist__primary_key"));
    assertEquals(0, warehouse.failingRows("mart_watchlist__period__references_dim_period"));
    warehouse.withSpoiled(
        List.of("mart_watchlist"),
        () -> {
          warehouse.execute("update mart_watchlist set is_harassment = false where unit_id = 'U1' and period = '2024'");
          warehouse.execute("update mart_watchlist set reasons = [] where unit_id = 'U4' and period = '2024'");
          assertEquals(2, warehouse.reaudit("mart_watchlist_reasons"));
          warehouse.execute("update mart_watchlist set period = '2024-S1' where unit_id = 'U4' and period = '2024-H2'");
          assertEquals(1, warehouse.reauditGenerated("mart_watchlist__period__references_dim_period"));
        });
  }
}
