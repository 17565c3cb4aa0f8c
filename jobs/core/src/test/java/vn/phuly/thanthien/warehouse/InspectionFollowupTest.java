package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Finding.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fct_inspection_finding, mart_inspection_followup and mart_repeat_officials on one ward. The
 * as-of date is the latest landing day, 31/12/2024. Official ps-a is found harassing citizens
 * twice in 2023: the first measure is still open (overdue), the second was closed late (the
 * record was re-exported once it was). BB-3 found nothing; BB-4's measure is not yet due.
 */
class InspectionFollowupTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            .finding(of("BB-1", 1, "U1", "2023-05-10").code("GAY_PHIEN_HA").severity("NGHIEM_TRONG")
                .official("ps-a").due("2023-06-10").exported("2023-05-20"))
            .finding(of("BB-1", 2, "U1", "2023-05-10").official("ps-b").due("2023-06-10")
                .fixed("2023-06-01").exported("2023-05-20"))
            .finding(of("BB-2", 1, "U1", "2023-09-01").code("GAY_PHIEN_HA").severity("NGHIEM_TRONG")
                .official("ps-a").due("2023-10-01").exported("2023-09-05"))
            .finding(of("BB-2", 1, "U1", "2023-09-01").code("GAY_PHIEN_HA").severity("NGHIEM_TRONG")
                .official("ps-a").due("2023-10-01").fixed("2023-10-05").exported("2024-12-31"))
            .finding(of("BB-3", 0, "U1", "2024-02-01").exported("2024-12-31"))
            .finding(of("BB-4", 1, "U1", "2024-03-01").official("ps-c").due("2025-03-01")
                .exported("2024-12-31"))
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void theFactKeepsTheCurrentVersionOfEachFindingAndFlagsTheOverdueMeasure() {
    assertEquals(
        List.of(
            Map.of("inspection_id", "BB-1", "finding_no", 1, "is_overdue", true, "is_closed_late", false),
            Map.of("inspection_id", "BB-1", "finding_no", 2, "is_overdue", false, "is_closed_late", false),
            Map.of("inspection_id", "BB-2", "finding_no", 1, "is_overdue", false, "is_closed_late", true),
            Map.of("inspection_id", "BB-3", "finding_no", 0, "is_overdue", false, "is_closed_late", false),
            Map.of("inspection_id", "BB-4", "finding_no", 1, "is_overdue", false, "is_closed_late", false)),
        warehouse.query(
            "select inspection_id, finding_no, is_overdue, is_closed_late from fct_inspection_finding"
                + " order by inspection_id, finding_no"));
    // 10/6/2023 → 10/6/2024: 366 days (29/2/2024); → 31/12/2024: 20 + 31 + 31 + 30 + 31 + 30 + 31
    Map<String, Object> overdue =
        warehouse.one("select days_overdue, as_of_date from fct_inspection_finding where is_overdue");
    assertEquals(570L, ((Number) overdue.get("days_overdue")).longValue());
    assertEquals(LocalDate.of(2024, 12, 31), overdue.get("as_of_date"));
  }

  @Test
  void followupCountsMeasuresHarassmentAndRepeatOfficials() {
    assertEquals(
        List.of(
            "2023|GAY_PHIEN_HA|NGHIEM_TRONG|findings 2|inspections 2|due 2|closed 1|late 1|overdue 1|harassment 2|officials 1|repeat 1",
            "2023|TRE_HAN|NHE|findings 1|inspections 1|due 1|closed 1|late 0|overdue 0|harassment 0|officials 1|repeat 0",
            "2024|TRE_HAN|NHE|findings 1|inspections 1|due 1|closed 0|late 0|overdue 0|harassment 0|officials 1|repeat 0"),
        warehouse.query(
                "select concat_ws('|', year, finding_code, severity, 'findings ' || findings,"
                    + " 'inspections ' || inspections, 'due ' || measures_due, 'closed ' || measures_closed,"
                    + " 'late ' || measures_closed_late, 'overdue ' || measures_overdue,"
                    + " 'harassment ' || harassment_findings, 'officials ' || officials,"
                    + " 'repeat ' || repeat_officials) as r"
                    + " from mart_inspection_followup order by year, finding_code")
            .stream().map(r -> (String) r.get("r")).toList());
  }

  @Test
  void aRepeatOfficialIsListedOnceWithTheirFindings() {
    assertEquals(
        List.of(
            "ps-a|U1|2|2|1|[GAY_PHIEN_HA]|2023-05-10|2023-09-01|[2023]"),
        warehouse.query(
                "select concat_ws('|', official_pseudonym, unit_id, findings, harassment_findings,"
                    + " overdue_measures, finding_codes::varchar, first_inspection_date,"
                    + " last_inspection_date, years::varchar) as r from mart_repeat_officials")
            .stream().map(r -> (String) r.get("r")).toList());
  }

  /**
   * Corrections: BB-5 was exported on 1/2/2024 with findings 1 and 2, then re-exported on 15/3/2024
   * with finding 1 alone, now fixed; BB-6 found a fault that was put right at once (a fixed date,
   * no measure); BB-7's measure is due on 1/4/2024. Inspections last landed on 15/3/2024, a
   * feedback export on 31/12/2024. Official ps-d is named twice on 1/3/2024 (BB-8), first as
   * Phó Chủ tịch, then as Công chức tư pháp.
   */
  private static MartFixture corrections() {
    return new MartFixture()
        .unit("U2", "13306", "Liêm Chính", "PHUONG", "2021-01-01", null, 3000L)
        .finding(of("BB-5", 1, "U2", "2024-01-20").due("2024-03-01").exported("2024-02-01"))
        .finding(of("BB-5", 2, "U2", "2024-01-20").due("2024-03-01").exported("2024-02-01"))
        .finding(of("BB-5", 1, "U2", "2024-01-20").due("2024-03-01").fixed("2024-03-10").exported("2024-03-15"))
        .finding(of("BB-6", 1, "U2", "2024-02-05").fixed("2024-02-05").exported("2024-03-15"))
        .finding(of("BB-7", 1, "U2", "2024-03-01").due("2024-04-01").exported("2024-03-15"))
        .finding(of("BB-8", 1, "U2", "2024-03-01").official("ps-d").title("Phó Chủ tịch UBND")
            .exported("2024-03-15"))
        .finding(of("BB-8", 2, "U2", "2024-03-01").official("ps-d").title("Công chức tư pháp")
            .exported("2024-03-15"))
        .feedback(MartFixture.Feedback.item("F1", "U2", "2024-12-20 08:00:00").exported("2024-12-31"))
        .build();
  }

  @Test
  void aReExportReplacesAllFindingsOfTheInspectionAndAsOfIsPerSource() throws Exception {
    try (MartFixture fixed = corrections()) {
      // BB-5's finding 2 is gone with the re-export; BB-7 is not overdue on 15/3/2024, the
      // inspections' own as-of date, whatever the feedback export of 31/12/2024 says
      assertEquals(
          List.of(
              "BB-5|1|true|true|false|2024-03-15", "BB-6|1|false|false|false|2024-03-15",
              "BB-7|1|true|false|false|2024-03-15", "BB-8|1|false|false|false|2024-03-15",
              "BB-8|2|false|false|false|2024-03-15"),
          fixed.query(
                  "select concat_ws('|', inspection_id, finding_no, has_measure, is_measure_closed, is_overdue,"
                      + " as_of_date) as r from fct_inspection_finding order by inspection_id, finding_no")
              .stream().map(r -> (String) r.get("r")).toList());
      assertEquals(
          List.of(Map.of("source", "feedback", "as_of_date", LocalDate.of(2024, 12, 31)),
              Map.of("source", "inspections", "as_of_date", LocalDate.of(2024, 3, 15))),
          fixed.query("select source, as_of_date from int_as_of_date order by source"));
    }
  }

  @Test
  void onlyFindingsWithAMeasureCountAsClosedMeasures() throws Exception {
    try (MartFixture fixed = corrections()) {
      // BB-5 (closed late), BB-6 (fixed at once, no measure), BB-7 (open, not yet due), BB-8 ×2
      assertEquals(
          List.of("findings 5|due 2|closed 1|late 1|overdue 0"),
          fixed.query(
                  "select concat_ws('|', 'findings ' || sum(findings), 'due ' || sum(measures_due),"
                      + " 'closed ' || sum(measures_closed), 'late ' || sum(measures_closed_late),"
                      + " 'overdue ' || sum(measures_overdue)) as r from mart_inspection_followup")
              .stream().map(r -> (String) r.get("r")).toList());
      assertEquals(List.of(), fixed.failedAudits());
    }
  }

  @Test
  void theTitleOfTwoFindingsOnOneDayIsTheLaterFindings() throws Exception {
    try (MartFixture fixed = corrections()) {
      assertEquals(
          List.of(Map.of("official_pseudonym", "ps-d", "official_title", "Công chức tư pháp", "findings", 2L)),
          fixed.query("select official_pseudonym, official_title, findings from mart_repeat_officials"));
    }
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("fct_inspection_finding__severity__accepted_values"));
    assertEquals(0, warehouse.failingRows("fct_inspection_finding_has_code"));
    assertEquals(0, warehouse.failingRows("fct_inspection_finding__primary_key"));
    assertEquals(0, warehouse.failingRows("mart_inspection_followup_values"));
    assertEquals(0, warehouse.failingRows("mart_inspection_followup__primary_key"));
    warehouse.withSpoiled(
        List.of("fct_inspection_finding", "mart_inspection_followup"),
        () -> {
          warehouse.execute("update fct_inspection_finding set severity = 'RAT_NANG' where inspection_id = 'BB-4'");
          warehouse.execute("update fct_inspection_finding set finding_code = 'TRE_HAN' where inspection_id = 'BB-3'");
          assertEquals(1, warehouse.reauditGenerated("fct_inspection_finding__severity__accepted_values"));
          assertEquals(1, warehouse.reaudit("fct_inspection_finding_has_code"));
          warehouse.execute("update mart_inspection_followup set measures_overdue = 5 where year = 2024");
          warehouse.execute("update mart_inspection_followup set harassment_findings = 1 where year = 2023 and finding_code = 'TRE_HAN'");
          assertEquals(2, warehouse.reaudit("mart_inspection_followup_values"));
        });
  }
}
