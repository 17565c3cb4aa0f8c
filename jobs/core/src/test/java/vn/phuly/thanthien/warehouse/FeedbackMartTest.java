package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Feedback.item;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fct_feedback and mart_feedback_monthly on a ward of 2,000 residents (4,000 after a boundary change
 * on 1/4/2024): eight hotline items about land in March 2024 (one exported twice as its status
 * changed) and one denunciation in April without a field. The latest export is on 20/3/2024 for
 * March and 5/4/2024 for April: the feedback's as-of date is 5/4/2024.
 */
class FeedbackMartTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", "2024-03-31", 2000L)
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2024-04-01", null, 4000L)
            // F1 first exported while just received, then again resolved on time after 9 days
            .feedback(item("F1", "U1", "2024-03-01 08:00:00").due("2024-03-11 08:00:00")
                .exported("2024-03-05"))
            .feedback(item("F1", "U1", "2024-03-01 08:00:00").due("2024-03-11 08:00:00")
                .status("DA_XU_LY").resolved("2024-03-10 08:00:00").satisfaction("HAI_LONG")
                .exported("2024-03-20"))
            // F2 resolved a day late, after 4 days; F3 on time after 2 days
            .feedback(item("F2", "U1", "2024-03-02 08:00:00").due("2024-03-05 08:00:00")
                .status("DA_XU_LY").resolved("2024-03-06 08:00:00").satisfaction("KHONG_HAI_LONG")
                .exported("2024-03-20"))
            .feedback(item("F3", "U1", "2024-03-03 08:00:00").due("2024-03-10 08:00:00")
                .status("DA_XU_LY").resolved("2024-03-05 08:00:00").satisfaction("RAT_HAI_LONG")
                .exported("2024-03-20"))
            // F4 still in progress past its deadline; F5 open but not yet due on the as-of date
            .feedback(item("F4", "U1", "2024-03-04 08:00:00").due("2024-03-08 08:00:00")
                .status("DANG_XU_LY").exported("2024-03-20"))
            .feedback(item("F5", "U1", "2024-03-15 08:00:00").due("2024-04-25 08:00:00")
                .exported("2024-03-20"))
            // F7 not accepted for handling (Không thụ lý) on 7/3: neither resolved nor open
            .feedback(item("F7", "U1", "2024-03-05 08:00:00").due("2024-03-15 08:00:00")
                .status("KHONG_THU_LY").resolved("2024-03-07 08:00:00").exported("2024-03-20"))
            // F8 resolved (Đã xử lý) without an end of handling: resolved, of unknown timeliness
            .feedback(item("F8", "U1", "2024-03-06 08:00:00").due("2024-03-20 08:00:00")
                .status("DA_XU_LY").exported("2024-03-20"))
            // F9's deadline is a date only (12/3, ends 23:59:59): resolved on time at noon, after 5 days
            .feedback(item("F9", "U1", "2024-03-07 12:00:00").due("2024-03-12 00:00:00")
                .status("DA_XU_LY").resolved("2024-03-12 12:00:00").satisfaction("BINH_THUONG")
                .exported("2024-03-20"))
            .feedback(item("F6", "U1", "2024-04-02 10:00:00").kind("TO_CAO").channel("HOM_THU")
                .field(null).exported("2024-04-05"))
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  private static List<String> ids(String condition) {
    return warehouse.query("select feedback_id from fct_feedback where " + condition + " order by feedback_id")
        .stream().map(r -> (String) r.get("feedback_id")).toList();
  }

  @Test
  void aReExportedItemCountsOnceWithItsLatestStatus() {
    assertEquals(
        Map.of("items", 9L, "f1_status", "DA_XU_LY", "f1_on_time", true),
        warehouse.one(
            "select count(*) as items,"
                + " max(status) filter (where feedback_id = 'F1') as f1_status,"
                + " bool_or(resolved_on_time) filter (where feedback_id = 'F1') as f1_on_time"
                + " from fct_feedback"));
    assertEquals(0, warehouse.failingRows("fct_feedback__primary_key"));
  }

  @Test
  void theStatusDecidesResolvedNotAcceptedAndOpen() {
    assertEquals(List.of("F1", "F2", "F3", "F8", "F9"), ids("is_resolved"));
    assertEquals(List.of("F7"), ids("is_not_accepted"));
    assertEquals(List.of("F4", "F5", "F6"), ids("is_open"));
    assertEquals(List.of("F1", "F3", "F9"), ids("resolved_on_time"));
    assertEquals(List.of("F2"), ids("not resolved_on_time"));
    assertEquals(
        Map.of("due_at", "2024-03-12 00:00:00", "due_end_at", "2024-03-12 23:59:59"),
        warehouse.one(
            "select cast(due_at as varchar) as due_at, cast(due_end_at as varchar) as due_end_at"
                + " from fct_feedback where feedback_id = 'F9'"));
  }

  @Test
  void aResolvedItemWithoutAnEndOfHandlingIsReportedNotDropped() {
    assertEquals(1, warehouse.failingRows("warn_feedback_resolution_dates"));
    assertEquals(
        List.of(Map.of("feedback_id", "F8", "status", "DA_XU_LY")),
        warehouse.query("select feedback_id, status from audit.warn_feedback_resolution_dates"));
  }

  @Test
  void satisfiedIsDefinedOnceInTheFact() {
    assertEquals(List.of("F1", "F3"), ids("is_satisfied"));
    assertEquals(List.of("F2", "F9"), ids("not is_satisfied"));
    assertEquals(List.of("F4", "F5", "F6", "F7", "F8"), ids("is_satisfied is null"));
  }

  @Test
  void overdueOpenItemsAreThoseWhoseDeadlinePassedBeforeTheAsOfDate() {
    assertEquals(
        List.of(Map.of("source", "feedback", "as_of_date", LocalDate.of(2024, 4, 5))),
        warehouse.query("select source, as_of_date from int_as_of_date"));
    assertEquals(List.of("F4"), ids("is_overdue_open"));
  }

  @Test
  void monthlyCountsOnTimeShareMedianAndSatisfaction() {
    Map<String, Object> march =
        warehouse.one(
            "select received, resolved, not_accepted, resolved_on_time, deadline_items, resolved_on_time_pct,"
                + " median_days_to_resolve, overdue_open, answered, satisfied, satisfaction_pct, population,"
                + " received_per_1000_residents from mart_feedback_monthly where month = date '2024-03-01'");
    // 8 items; resolved F1 (9 days, on time), F2 (4 days, late), F3 (2 days, on time), F8 (no
    // date), F9 (5 days, on time by the end of its deadline's day); F7 not accepted
    assertEquals(8L, march.get("received"));
    assertEquals(5L, march.get("resolved"));
    assertEquals(1L, march.get("not_accepted"));
    assertEquals(3L, march.get("resolved_on_time"));
    // judged against a deadline: F1, F2, F3, F9, and F4 (open, past its deadline); F8 cannot be
    assertEquals(5L, march.get("deadline_items"));
    assertEquals(new BigDecimal("60.000000"), march.get("resolved_on_time_pct"));
    // median of 2, 4, 5, 9
    assertEquals(new BigDecimal("4.500000"), march.get("median_days_to_resolve"));
    assertEquals(1L, march.get("overdue_open"));
    // answered: Hài lòng, Không hài lòng, Rất hài lòng, Bình thường; satisfied: 2 of 4
    assertEquals(4L, march.get("answered"));
    assertEquals(2L, march.get("satisfied"));
    assertEquals(new BigDecimal("50.000000"), march.get("satisfaction_pct"));
    assertEquals(2000L, ((Number) march.get("population")).longValue());
    // 8 items / 2,000 residents × 1,000
    assertEquals(new BigDecimal("4.000000"), march.get("received_per_1000_residents"));
  }

  @Test
  void onTimeShareCountsOpenItemsPastTheirDeadline() throws Exception {
    // one item solved on time, one open 30 days past its deadline: 50 %, not 100 %
    try (MartFixture two =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            .feedback(item("G1", "U1", "2024-05-02 08:00:00").due("2024-05-10 08:00:00")
                .status("DA_XU_LY").resolved("2024-05-08 08:00:00").exported("2024-06-09"))
            .feedback(item("G2", "U1", "2024-05-03 08:00:00").due("2024-05-10 08:00:00")
                .status("DANG_XU_LY").exported("2024-06-09"))
            .build()) {
      assertEquals(
          Map.of("resolved_on_time", 1L, "deadline_items", 2L, "resolved_on_time_pct", new BigDecimal("50.000000")),
          two.one("select resolved_on_time, deadline_items, resolved_on_time_pct from mart_feedback_monthly"));
    }
  }

  @Test
  void eachKindChannelAndFieldIsItsOwnRowAndAMissingFieldIsNamed() {
    assertEquals(
        List.of(
            Map.of("month", LocalDate.of(2024, 3, 1), "kind", "PHAN_ANH", "channel", "DUONG_DAY_NONG", "field", "DAT_DAI"),
            Map.of("month", LocalDate.of(2024, 4, 1), "kind", "TO_CAO", "channel", "HOM_THU", "field", "KHONG_XAC_DINH")),
        warehouse.query("select month, kind, channel, field from mart_feedback_monthly order by month"));
    Map<String, Object> april = warehouse.one("select * from mart_feedback_monthly where month = date '2024-04-01'");
    assertEquals(null, april.get("satisfaction_pct"));
    assertEquals(null, april.get("resolved_on_time_pct"));
    // the version of 1/4/2024: 1 item / 4,000 residents × 1,000
    assertEquals(4000L, ((Number) april.get("population")).longValue());
    assertEquals(new BigDecimal("0.250000"), april.get("received_per_1000_residents"));
  }

  @Test
  void theBuildPassesEveryAuditButTheDataQualityWarningAboutF8() {
    assertEquals(
        List.of("warn_feedback_resolution_dates"),
        warehouse.failedAudits().stream().map(a -> a.substring(0, a.indexOf(' '))).toList());
  }

  @Test
  void theYearPoolsEveryItemOfTheUnitTypeAndItsAuditFiresOnBrokenRows() {
    // 9 items; answered F1 (hài lòng), F2 (không), F3 (rất hài lòng), F9 (bình thường): 2 of 4 satisfied;
    // judged against a deadline: F1, F3, F9 on time, F2 late, F4 open past it on the as-of date: 3 of 5
    assertEquals(
        Map.of("received", 9L, "answered", 4L, "satisfied", 2L, "satisfaction_pct", 50.0, "deadline_items", 5L,
            "resolved_on_time", 3L, "resolved_on_time_pct", 60.0),
        warehouse.one(
            "select distinct peer_received as received, peer_answered as answered, peer_satisfied as satisfied,"
                + " cast(peer_satisfaction_pct as double) as satisfaction_pct, peer_deadline_items as deadline_items,"
                + " peer_resolved_on_time as resolved_on_time,"
                + " cast(peer_resolved_on_time_pct as double) as resolved_on_time_pct"
                + " from mart_feedback_period where unit_type = 'PHUONG' and period = '2024'"));
    assertEquals(0, warehouse.failingRows("mart_feedback_period_values"));
    String firstRow = " where (unit_id, period) = (select (unit_id, period) from mart_feedback_period"
        + " order by unit_id, period limit 1)";
    warehouse.withSpoiled(
        List.of("mart_feedback_period"),
        () -> {
          warehouse.execute("update mart_feedback_period set satisfied = answered + 1" + firstRow);
          assertEquals(1, warehouse.reaudit("mart_feedback_period_values"));
          warehouse.execute("update mart_feedback_period set satisfied = answered - 1, peer_satisfied = peer_answered + 1"
              + firstRow);
          assertEquals(1, warehouse.reaudit("mart_feedback_period_values"));
        });
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("fct_feedback__status__accepted_values"));
    assertEquals(0, warehouse.failingRows("fct_feedback__channel__accepted_values"));
    assertEquals(0, warehouse.failingRows("mart_feedback_monthly_values"));
    assertEquals(0, warehouse.failingRows("mart_feedback_monthly__primary_key"));
    warehouse.withSpoiled(
        List.of("fct_feedback", "mart_feedback_monthly"),
        () -> {
          warehouse.execute("update fct_feedback set status = 'DA_HUY' where feedback_id = 'F2'");
          warehouse.execute("update fct_feedback set channel = null where feedback_id = 'F3'");
          assertEquals(1, warehouse.reauditGenerated("fct_feedback__status__accepted_values"));
          assertEquals(1, warehouse.reauditGenerated("fct_feedback__channel__accepted_values"));
          warehouse.execute("update mart_feedback_monthly set satisfaction_pct = 120 where kind = 'PHAN_ANH'");
          warehouse.execute("update mart_feedback_monthly set resolved = 7 where kind = 'TO_CAO'");
          assertEquals(2, warehouse.reaudit("mart_feedback_monthly_values"));
        });
  }
}
