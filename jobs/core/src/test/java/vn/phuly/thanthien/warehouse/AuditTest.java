package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each audit of sql/audits passes on good data and fires once the data is spoilt. */
class AuditTest {
  @TempDir Path tmp;
  Connection db;
  WarehouseInputs inputs;
  ModelCatalog catalog = ModelCatalog.fromClasspath();

  @BeforeEach
  void build() throws Exception {
    Path profile =
        Fixtures.profile(
            tmp.resolve("profile"),
            "W1,1,Phường An,PHUONG,,2021-01-01,,\nW2,2,Phường Bình,PHUONG,,2021-01-01,,\n",
            "CW,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,60,SELF\nCW,2021-01-01,,PHUONG,TC2,G,Nhóm,Tiêu chí 2,40,SURVEY\n",
            "CW,Tốt,80\nCW,Khá,0\n");
    List<Path> files =
        Fixtures.submissions(
            tmp.resolve("lake"),
            "s",
            "('A', '2023', 'W1', 'SELF', 'TC1', 50, 1)",
            "('A2', '2023', 'W1', 'SELF', 'TC1', 55, 2)",
            "('B', '2023', 'W1', 'SURVEY', 'TC2', 30, 1)",
            "('C', '2023', 'W2', 'APPRAISAL', 'TC1', 40, 1)");
    inputs = Fixtures.inputs(profile, files);
    db = DriverManager.getConnection("jdbc:duckdb:");
    BuildReport report = Warehouse.buildOn(db, inputs, catalog);
    assertEquals(List.of(), report.audits().stream().filter(AuditResult::failed).map(AuditResult::name).toList());
  }

  @AfterEach
  void close() throws Exception {
    db.close();
  }

  private long fires(String audit, String... spoil) throws Exception {
    for (String sql : spoil) {
      Fixtures.execute(db, sql);
    }
    Model model =
        catalog.audits().stream()
            .filter(a -> a.name().equals(audit))
            .findFirst()
            .orElseGet(() -> Audits.generated(catalog.buildOrder()).stream().filter(a -> a.name().equals(audit)).findFirst().orElseThrow());
    return Audits.run(db, new Placeholders(inputs), model, false).failingRows();
  }

  @Test
  void scoreAboveTheCriterionMaximum() throws Exception {
    assertEquals(1, fires("assert_score_within_max", "update fct_criterion_score set score = 61 where submission_id = 'C'"));
  }

  @Test
  void negativeUnitTotal() throws Exception {
    assertEquals(1, fires("assert_score_within_max", "update mart_unit_scorecard set score_points = -1 where unit_id = 'W2'"));
  }

  @Test
  void percentageAbove100() throws Exception {
    assertEquals(2, fires("assert_percentages_in_range",
        "update mart_unit_scorecard set completeness_pct = 100.5 where unit_id = 'W1'",
        "update mart_ranking set score_pct = -3 where unit_id = 'W2'"));
  }

  @Test
  void unknownUnitTypeAndBand() throws Exception {
    assertEquals(2, fires("assert_accepted_values",
        "update dim_criterion set unit_type = 'PHUONGG' where criterion_id = 'TC2'",
        "update mart_ranking set band = 'Siêu' where unit_id = 'W1'"));
  }

  @Test
  void unknownAssessorFailsTheAuditGeneratedFromTheContract() throws Exception {
    assertEquals(1, fires("fct_criterion_score__assessor__accepted_values",
        "update fct_criterion_score set assessor = 'BOSS' where submission_id = 'C'"));
  }

  @Test
  void rankBeyondTheRankedUnitsOrWithoutRankOne() throws Exception {
    // W1 ranks 1 (85 %), W2 ranks 2 (40 %): rank 3 is beyond the 2 ranked units, and rank 1 is gone
    assertEquals(2, fires("assert_ranks_consistent", "update mart_ranking set rank = 3 where unit_id = 'W1'"));
  }

  @Test
  void noRankOne() throws Exception {
    assertEquals(1, fires("assert_ranks_consistent", "update mart_ranking set rank = 2 where unit_id = 'W1'"));
  }

  @Test
  void twoCurrentVersionsOfOneKey() throws Exception {
    assertEquals(1, fires("assert_one_current_per_key",
        "create table stg_copy as select * from stg_submission_score",
        "create or replace view stg_submission_score as select * replace (true as is_current) from stg_copy"));
  }

  @Test
  void currentScoreOutsideTheCatalogueWarns() throws Exception {
    assertEquals(1, fires("warn_score_outside_catalogue", "update fct_criterion_score set catalogue_id = null where submission_id = 'C'"));
    assertTrue(catalog.audits().stream().anyMatch(a -> a.name().equals("warn_score_outside_catalogue")
        && a.header().severity() == ModelHeader.Severity.WARN));
  }

  @Test
  void lineageSharesLieIn0To1AndLeaveAUnitAtMostWhole() throws Exception {
    try (MartFixture city =
        new MartFixture()
            .unit("A", "1", "Phường A", "PHUONG", "2021-01-01", "2024-12-31", 100L)
            .unit("B", "2", "Phường B", "PHUONG", "2021-01-01", "2024-12-31", 100L)
            .unit("C", "3", "Phường C", "PHUONG", "2025-01-01", null, 200L)
            .unit("D", "4", "Phường D", "PHUONG", "2021-01-01", "2024-12-31", 100L)
            .unit("E", "5", "Phường E", "PHUONG", "2025-01-01", null, 60L)
            .unit("F", "6", "Phường F", "PHUONG", "2025-01-01", null, 60L)
            .unit("G", "7", "Phường G", "PHUONG", "2021-01-01", "2024-12-31", 100L)
            .lineage("A", "C", "2025-01-01", "1.2")
            .lineage("D", "E", "2025-01-01", "0.6")
            .lineage("D", "F", "2025-01-01", "0.6")
            .lineage("G", "E", "2025-01-01", "0.3")
            .lineage("G", "F", "2025-01-01", "0.7")
            .build()) {
      // A's 1.2 (a share out of range, and more than a whole A leaving), D's 0.6 + 0.6; G's 0.3 + 0.7
      // is whole, and fine. (An empty share never gets this far: the profile refuses it, naming the
      // file and line — ProfileFilesTest.)
      assertEquals(3, city.failingRows("assert_lineage_shares"));
    }
  }

  @Test
  void bandsOfOneCatalogueHaveDistinctThresholds() throws Exception {
    try (MartFixture city =
        new MartFixture()
            .unit("W1", "1", "Phường An", "PHUONG", "2021-01-01", null, 100L)
            .band("TEST", "Tốt", 80).band("TEST", "Khá", 80).band("TEST", "Yếu", 0)
            .annualScore("W1", 2024, 85)
            .build()) {
      assertEquals(1, city.failingRows("assert_band_thresholds_distinct"));
    }
  }

  @Test
  void aFactsUnitMustBeValidOnTheFactsDate() throws Exception {
    // X ceased on 31/12/2023, yet a 2024 score, a feedback item and a finding name it
    try (MartFixture city =
        new MartFixture()
            .unit("X", "1", "Phường Cũ", "PHUONG", "2021-01-01", "2023-12-31", 100L)
            .unit("Y", "2", "Phường Mới", "PHUONG", "2024-01-01", null, 100L)
            .annualScore("X", 2024, 70)
            .annualScore("Y", 2024, 70)
            .feedback(MartFixture.Feedback.item("F1", "X", "2024-02-01 08:00:00"))
            .feedback(MartFixture.Feedback.item("F2", "Y", "2024-02-01 08:00:00"))
            .finding(MartFixture.Finding.of("BB-1", 1, "X", "2024-03-01"))
            .finding(MartFixture.Finding.of("BB-2", 1, "Y", "2024-03-01"))
            .build()) {
      // X's APPRAISAL and SELF rows, F1, BB-1
      assertEquals(4, city.failingRows("assert_fact_unit_valid_on_date"));
    }
  }

  @Test
  void generatedPrimaryKeyAudit() throws Exception {
    assertEquals(1, fires("mart_ranking__primary_key", "insert into mart_ranking select * from mart_ranking where unit_id = 'W1'"));
  }

  @Test
  void generatedRelationshipAudit() throws Exception {
    assertEquals(1, fires("fct_criterion_score__unit_id__references_dim_unit",
        "update fct_criterion_score set unit_id = 'W9' where submission_id = 'C'"));
  }
}
