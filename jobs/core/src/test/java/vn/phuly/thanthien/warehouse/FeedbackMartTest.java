package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Feedback.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fct_feedback and mart_feedback_monthly on a ward of 2,000 residents (4,000 after a boundary change
 * on 1/4/2024): five hotline items about land in March 2024 (one exported twice as its status
 * changed) and one denunciation in April without a field. The latest export is on 20/3/2024 for
 * March and 5/4/2024 for April.
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
            .feedback(item("F6", "U1", "2024-04-02 10:00:00").kind("TO_CAO").channel("HOM_THU")
                .field(null).exported("2024-04-05"))
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void aReExportedItemCountsOnceWithItsLatestStatus() {
    assertEquals(
        Map.of("items", 6L, "f1_status", "DA_XU_LY", "f1_on_time", true),
        warehouse.one(
            "select count(*) as items,"
                + " max(status) filter (where feedback_id = 'F1') as f1_status,"
                + " bool_or(resolved_on_time) filter (where feedback_id = 'F1') as f1_on_time"
                + " from fct_feedback"));
    assertEquals(0, warehouse.failingRows("fct_feedback__primary_key"));
  }

  @Test
  void overdueOpenItemsAreThoseWhoseDeadlinePassedBeforeTheAsOfDate() {
    assertEquals(LocalDate.of(2024, 4, 5), warehouse.one("select as_of_date from int_as_of_date").get("as_of_date"));
    assertEquals(
        List.of(Map.of("feedback_id", "F4")),
        warehouse.query("select feedback_id from fct_feedback where is_overdue_open"));
  }

  @Test
  void monthlyCountsOnTimeShareMedianAndSatisfaction() {
    Map<String, Object> march =
        warehouse.one(
            "select received, resolved, resolved_on_time, resolved_on_time_pct, median_days_to_resolve,"
                + " overdue_open, answered, satisfied, satisfaction_pct, population, received_per_1000_residents"
                + " from mart_feedback_monthly where month = date '2024-03-01'");
    // 5 items; resolved F1 (9 days, on time), F2 (4 days, late), F3 (2 days, on time)
    assertEquals(5L, march.get("received"));
    assertEquals(3L, march.get("resolved"));
    assertEquals(2L, march.get("resolved_on_time"));
    assertEquals(66.67, ((Number) march.get("resolved_on_time_pct")).doubleValue(), 1e-9);
    assertEquals(4.0, ((Number) march.get("median_days_to_resolve")).doubleValue(), 1e-9);
    assertEquals(1L, march.get("overdue_open"));
    // answered: Hài lòng, Không hài lòng, Rất hài lòng; satisfied: 2 of 3
    assertEquals(3L, march.get("answered"));
    assertEquals(2L, march.get("satisfied"));
    assertEquals(66.67, ((Number) march.get("satisfaction_pct")).doubleValue(), 1e-9);
    assertEquals(2000L, ((Number) march.get("population")).longValue());
    // 5 items / 2,000 residents × 1,000
    assertEquals(2.5, ((Number) march.get("received_per_1000_residents")).doubleValue(), 1e-9);
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
    assertEquals(0.25, ((Number) april.get("received_per_1000_residents")).doubleValue(), 1e-9);
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("fct_feedback_accepted_values"));
    assertEquals(0, warehouse.failingRows("mart_feedback_monthly_values"));
    assertEquals(0, warehouse.failingRows("mart_feedback_monthly__primary_key"));
    warehouse.withSpoiled(
        List.of("fct_feedback", "mart_feedback_monthly"),
        () -> {
          warehouse.execute("update fct_feedback set status = 'DA_HUY' where feedback_id = 'F2'");
          warehouse.execute("update fct_feedback set channel = null where feedback_id = 'F3'");
          assertEquals(2, warehouse.reaudit("fct_feedback_accepted_values"));
          warehouse.execute("update mart_feedback_monthly set satisfaction_pct = 120 where kind = 'PHAN_ANH'");
          warehouse.execute("update mart_feedback_monthly set resolved = 7 where kind = 'TO_CAO'");
          assertEquals(2, warehouse.reaudit("mart_feedback_monthly_values"));
        });
  }
}
