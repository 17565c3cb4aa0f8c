package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Feedback.item;
import static vn.phuly.thanthien.warehouse.MartFixture.Finding.of;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mart_watchlist with thresholds self gap 10 pp, satisfaction drop 15 pp, 2 harassment findings,
 * 2 overdue measures. Each reason fires for one unit exactly at its threshold and stays quiet for
 * another just below it. The as-of date is the latest landing day, 15/1/2025.
 */
class WatchlistTest {
  private static MartFixture warehouse;

  private static MartFixture thresholds(MartFixture fixture) {
    return fixture
        .threshold("watch_self_gap_pp", 10)
        .threshold("watch_satisfaction_drop_pp", 15)
        .threshold("watch_harassment_findings", 2)
        .threshold("watch_overdue_measures", 2);
  }

  private static MartFixture units(MartFixture fixture) {
    for (int i = 1; i <= 5; i++) {
      fixture.unit("U" + i, "1330" + i, "Phường " + i, "PHUONG", "2021-01-01", null, 1000L * i);
    }
    return fixture;
  }

  /** {@code satisfied} of {@code answered} items of a unit in a year are Hài lòng, the rest Bình thường. */
  private static void satisfaction(MartFixture fixture, String unit, int year, int satisfied, int answered) {
    for (int i = 1; i <= answered; i++) {
      fixture.feedback(
          item("FB-" + unit + "-" + year + "-" + i, unit, year + "-06-0" + i + " 09:00:00")
              .status("DA_XU_LY").resolved(year + "-06-20 09:00:00").due(year + "-06-30 09:00:00")
              .satisfaction(i <= satisfied ? "HAI_LONG" : "BINH_THUONG")
              .exported(year + "-12-31"));
    }
  }

  @BeforeAll
  static void build() {
    warehouse = thresholds(units(new MartFixture()));
    // SELF_GAP: U1 self-scores 10 points (of 100) above its appraisal, U2 9.5
    warehouse.annualScore("U1", 2024, 70, 10).annualScore("U2", 2024, 70, 9.5);
    // SATISFACTION_DROP: U3 75 % (3/4) → 60 % (3/5) = 15 pp; U5 75 % → 66.67 % (2/3) = 8.33 pp
    satisfaction(warehouse, "U3", 2023, 3, 4);
    satisfaction(warehouse, "U3", 2024, 3, 5);
    satisfaction(warehouse, "U5", 2023, 3, 4);
    satisfaction(warehouse, "U5", 2024, 2, 3);
    // HARASSMENT: U1 two GAY_PHIEN_HA findings in 2024, U2 one (its measures closed on time)
    warehouse
        .finding(of("BB-1", 1, "U1", "2024-04-01").code("GAY_PHIEN_HA").official("ps-1")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"))
        .finding(of("BB-1", 2, "U1", "2024-04-01").code("GAY_PHIEN_HA").official("ps-2")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"))
        .finding(of("BB-2", 1, "U2", "2024-04-01").code("GAY_PHIEN_HA").official("ps-3")
            .due("2024-05-01").fixed("2024-04-20").exported("2025-01-15"));
    // OVERDUE_MEASURES: U4 two measures open past their deadline, U5 one (the other closed)
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
  void eachReasonFiresAtItsThresholdAndNotBelow() {
    assertEquals(
        List.of(
            "U1|2024|2024|SELF_GAP, HARASSMENT|true|false|true|false",
            "U3|2024|2024|SATISFACTION_DROP|false|true|false|false",
            "U4|2024|2024|OVERDUE_MEASURES|false|false|false|true"),
        warehouse.query(
                "select concat_ws('|', unit_id, year, period, reasons_text, is_self_gap,"
                    + " is_satisfaction_drop, is_harassment, is_overdue_measures) as r"
                    + " from mart_watchlist order by unit_id")
            .stream().map(r -> (String) r.get("r")).toList());
  }

  @Test
  void rowsShowTheMeasuresBehindTheFlags() {
    Map<String, Object> u1 =
        warehouse.one("select reasons, self_gap_pp, harassment_findings from mart_watchlist where unit_id = 'U1'");
    assertEquals(10.0, ((Number) u1.get("self_gap_pp")).doubleValue(), 1e-9);
    assertEquals(2L, ((Number) u1.get("harassment_findings")).longValue());
    Map<String, Object> u3 =
        warehouse.one(
            "select satisfaction_pct, previous_satisfaction_pct, satisfaction_drop_pp from mart_watchlist where unit_id = 'U3'");
    assertEquals(60.0, ((Number) u3.get("satisfaction_pct")).doubleValue(), 1e-9);
    assertEquals(75.0, ((Number) u3.get("previous_satisfaction_pct")).doubleValue(), 1e-9);
    assertEquals(15.0, ((Number) u3.get("satisfaction_drop_pp")).doubleValue(), 1e-9);
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("mart_watchlist_reasons"));
    assertEquals(0, warehouse.failingRows("mart_watchlist_thresholds"));
    assertEquals(0, warehouse.failingRows("mart_watchlist__primary_key"));
    warehouse.withSpoiled(
        List.of("mart_watchlist"),
        () -> {
          warehouse.execute("update mart_watchlist set is_harassment = false where unit_id = 'U1'");
          warehouse.execute("update mart_watchlist set reasons = [] where unit_id = 'U4'");
          assertEquals(2, warehouse.reaudit("mart_watchlist_reasons"));
        });
  }

  @Test
  void aProfileWithoutAThresholdIsReported() throws Exception {
    try (MartFixture partial =
        units(new MartFixture())
            .threshold("watch_self_gap_pp", 10)
            .threshold("watch_harassment_findings", 2)
            .annualScore("U1", 2024, 70, 10)
            .build()) {
      assertEquals(2, partial.failingRows("mart_watchlist_thresholds"));
      assertEquals(
          List.of(Map.of("unit_id", "U1", "reasons_text", "SELF_GAP")),
          partial.query("select unit_id, reasons_text from mart_watchlist"));
    }
  }
}
