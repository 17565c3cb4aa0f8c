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
 * The marts the unit scorecards read: mart_unit_group_score (criterion groups against the peer
 * mean, the group to improve first), mart_feedback_period and mart_inspection_followup's open
 * measures. Three wards scored in 2024 on two groups: TT (propaganda, 20 points: TC1 + TC2) and
 * CC (reform, 80 points: TC3). Peer means: TT (18 + 10 + 14) / 3 = 14, CC (60 + 70 + 50) / 3 = 60.
 */
class ScorecardMartsTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            .unit("U2", "13291", "Lê Hồng Phong", "PHUONG", "2021-01-01", null, 3000L)
            .unit("U3", "13285", "Liêm Tuyền", "PHUONG", "2021-01-01", null, 1000L)
            .criterion("C", "2020-01-01", null, "PHUONG", "TC1", "TT", "Tuyên truyền, phổ biến", 10)
            .criterion("C", "2020-01-01", null, "PHUONG", "TC2", "TT", "Tuyên truyền, phổ biến", 10)
            .criterion("C", "2020-01-01", null, "PHUONG", "TC3", "CC", "Cải cách hành chính", 80)
            .score("U1", "2024", "APPRAISAL", "TC1", 9)
            .score("U1", "2024", "APPRAISAL", "TC2", 9)
            .score("U1", "2024", "APPRAISAL", "TC3", 60)
            .score("U2", "2024", "APPRAISAL", "TC1", 10)
            .score("U2", "2024", "APPRAISAL", "TC3", 70)
            .score("U3", "2024", "APPRAISAL", "TC1", 7)
            .score("U3", "2024", "APPRAISAL", "TC2", 7)
            .score("U3", "2024", "APPRAISAL", "TC3", 50)
            .feedback(item("F1", "U1", "2024-02-01 08:00:00").status("DA_XU_LY").satisfaction("HAI_LONG")
                .due("2024-02-10 17:00:00").resolved("2024-02-05 10:00:00"))
            .feedback(item("F2", "U1", "2024-08-01 08:00:00").status("DA_XU_LY").satisfaction("KHONG_HAI_LONG")
                .due("2024-08-10 17:00:00").resolved("2024-08-20 10:00:00"))
            .feedback(item("F3", "U1", "2024-09-01 08:00:00").satisfaction("RAT_HAI_LONG"))
            .finding(of("BB-1", 1, "U1", "2024-03-01").due("2024-04-01"))
            .finding(of("BB-1", 2, "U1", "2024-03-01").due("2025-06-01"))
            .finding(of("BB-1", 3, "U1", "2024-03-01").due("2024-04-01").fixed("2024-03-20"))
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void groupsAreComparedWithThePeerMeanAndTheLargestShortfallInPointsComesFirst() {
    assertEquals(List.of(), warehouse.failedAudits());
    List<Map<String, Object>> rows =
        warehouse.query(
            "select unit_id, group_id, group_name, points, max_points, score_pct, peer_mean_points, gap_points,"
                + " gap_pp, improvement_rank from mart_unit_group_score where period = '2024'"
                + " order by unit_id, improvement_rank");
    assertEquals(
        List.of(
            // Lam Hạ: TT +4 points, CC 0: the reform group (no lead) comes before propaganda
            List.of("U1", "CC", "Cải cách hành chính", "60.000000", "80.000000", "75.000000", "60.000000",
                "0.000000", "0.000000", 1L),
            List.of("U1", "TT", "Tuyên truyền, phổ biến", "18.000000", "20.000000", "90.000000", "14.000000",
                "4.000000", "20.000000", 2L),
            // Lê Hồng Phong: TT −4 points (TC2 unscored counts 0), CC +10
            List.of("U2", "TT", "Tuyên truyền, phổ biến", "10.000000", "20.000000", "50.000000", "14.000000",
                "-4.000000", "-20.000000", 1L),
            List.of("U2", "CC", "Cải cách hành chính", "70.000000", "80.000000", "87.500000", "60.000000",
                "10.000000", "12.500000", 2L),
            // Liêm Tuyền: CC −10 points (−12.5 pp) before TT (0): points decide, not percentages
            List.of("U3", "CC", "Cải cách hành chính", "50.000000", "80.000000", "62.500000", "60.000000",
                "-10.000000", "-12.500000", 1L),
            List.of("U3", "TT", "Tuyên truyền, phổ biến", "14.000000", "20.000000", "70.000000", "14.000000",
                "0.000000", "0.000000", 2L)),
        rows.stream()
            .map(r -> List.of(r.get("unit_id"), r.get("group_id"), r.get("group_name"), text(r.get("points")),
                text(r.get("max_points")), text(r.get("score_pct")), text(r.get("peer_mean_points")),
                text(r.get("gap_points")), text(r.get("gap_pp")), r.get("improvement_rank")))
            .toList());
  }

  @Test
  void aCriterionOfNoGroupIsAGroupOfItsOwnUnderItsIdAndName() throws Exception {
    // TC2 has no group: its own row, named after the criterion; B's TC2 is unscored (0 points)
    try (MartFixture ungrouped =
        new MartFixture()
            .unit("A", "1", "Kim Bình", "XA", "2021-01-01", null, 1000L)
            .unit("B", "2", "Đinh Xá", "XA", "2021-01-01", null, 1000L)
            .criterion("C", "2020-01-01", null, "XA", "TC1", "G1", "Nhóm 1", 10)
            .criterion("C", "2020-01-01", null, "XA", "TC2", null, null, 10)
            .score("A", "2024", "APPRAISAL", "TC1", 8)
            .score("A", "2024", "APPRAISAL", "TC2", 4)
            .score("B", "2024", "APPRAISAL", "TC1", 6)
            .build()) {
      assertEquals(List.of(), ungrouped.failedAudits());
      assertEquals(
          List.of(
              List.of("A", "G1", "Nhóm 1", 1L, 1L, "8.000000", "80.000000", "7.000000", "1.000000", "10.000000", 1L),
              List.of("A", "TC2", "Tiêu chí TC2", 1L, 1L, "4.000000", "40.000000", "2.000000", "2.000000", "20.000000", 2L),
              List.of("B", "TC2", "Tiêu chí TC2", 1L, 0L, "0.000000", "0.000000", "2.000000", "-2.000000", "-20.000000", 1L),
              List.of("B", "G1", "Nhóm 1", 1L, 1L, "6.000000", "60.000000", "7.000000", "-1.000000", "-10.000000", 2L)),
          ungrouped.query(
                  "select * from mart_unit_group_score where period = '2024' order by unit_id, improvement_rank")
              .stream()
              .map(r -> List.of(r.get("unit_id"), r.get("group_id"), r.get("group_name"),
                  ((Number) r.get("criteria_count")).longValue(), ((Number) r.get("scored_criteria")).longValue(),
                  text(r.get("points")), text(r.get("score_pct")), text(r.get("peer_mean_points")),
                  text(r.get("gap_points")), text(r.get("gap_pp")), r.get("improvement_rank")))
              .toList());
    }
  }

  @Test
  void theGroupAuditFailsWhenGroupsNoLongerAddUpToTheScorecard() {
    assertEquals(0, warehouse.reaudit("mart_unit_group_score_values"));
    warehouse.withSpoiled(
        List.of("mart_unit_group_score"),
        () -> {
          warehouse.execute("update mart_unit_group_score set points = points + 1 where unit_id = 'U1' and group_id = 'TT'");
          assertEquals(1, warehouse.reaudit("mart_unit_group_score_values"));
        });
  }

  @Test
  void feedbackIsCountedPerAssessmentPeriod() {
    Map<String, Object> year =
        warehouse.one(
            "select received, answered, satisfied, satisfaction_pct, resolved_on_time, deadline_items,"
                + " resolved_on_time_pct from mart_feedback_period where unit_id = 'U1' and period = '2024'");
    assertEquals(3L, year.get("received"));
    assertEquals(3L, year.get("answered"));
    assertEquals(2L, year.get("satisfied"));
    assertEquals("66.666667", text(year.get("satisfaction_pct")));
    assertEquals(1L, year.get("resolved_on_time"));
    assertEquals(2L, year.get("deadline_items"));
    assertEquals("50.000000", text(year.get("resolved_on_time_pct")));
    Map<String, Object> h2 =
        warehouse.one("select received, satisfaction_pct from mart_feedback_period where unit_id = 'U1' and period = '2024-H2'");
    assertEquals(2L, h2.get("received"));
    assertEquals("50.000000", text(h2.get("satisfaction_pct")));
  }

  @Test
  void openMeasuresAreTheRequiredOnesNotCompletedOverdueOrNot() {
    Map<String, Object> row =
        warehouse.one("select measures_due, measures_closed, measures_open, measures_overdue from mart_inspection_followup"
            + " where unit_id = 'U1'");
    assertEquals(Map.of("measures_due", 3L, "measures_closed", 1L, "measures_open", 2L, "measures_overdue", 1L), row);
  }

  private static String text(Object decimal) {
    return decimal == null ? null : ((BigDecimal) decimal).toPlainString();
  }
}
