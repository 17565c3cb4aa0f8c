package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * DESIGN §5 on a hand-made city: five wards (one without scores, one dissolved after 2022) and
 * one office, catalogue TC1 40 + TC2 40 (SELF) + TC3 20 (SURVEY) for wards. Expected numbers are
 * worked out by hand in the comments.
 */
class ScoringTest {
  @TempDir static Path tmp;
  static Connection db;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    Path profile =
        Fixtures.profile(
            tmp.resolve("profile"),
            """
            W1,13001,Phường An,PHUONG,,2021-01-01,,1000
            W2,13002,Phường Bình,PHUONG,,2021-01-01,,1000
            W3,13003,Phường Cầu,PHUONG,,2021-01-01,,1000
            W4,13004,Phường Đông,PHUONG,,2021-01-01,,1000
            W5,13005,Phường Mới,PHUONG,,2021-01-01,,1000
            W6,13006,Phường Cũ,PHUONG,,2021-01-01,2022-12-31,1000
            O1,NV,Phòng Nội vụ,PHONG_BAN,,2021-01-01,,
            """,
            """
            CW,2021-01-01,,PHUONG,TC1,G1,Tuyên truyền,Tiêu chí 1,40,SELF
            CW,2021-01-01,,PHUONG,TC2,G2,Văn hoá công sở,Tiêu chí 2,40,SELF
            CW,2021-01-01,,PHUONG,TC3,G3,Hài lòng,Tiêu chí 3,20,SURVEY
            CP,2021-01-01,,PHONG_BAN,TC1,G1,Tuyên truyền,Tiêu chí 1,50,SELF
            CP,2021-01-01,,PHONG_BAN,TC2,G2,Văn hoá công sở,Tiêu chí 2,50,SELF
            """,
            """
            CW,Xuất sắc,90
            CW,Tốt,80
            CW,Khá,65
            CW,Trung bình,50
            CW,Yếu,0
            CP,Đạt,50
            CP,Không đạt,0
            """);
    List<Path> files =
        Fixtures.submissions(
            tmp.resolve("lake"),
            "scores",
            // 2022: W2 100 (rank 1), W3 80 (2), W1 70 (3), W6 25 (4); W4, W5, O1 have nothing
            "('S22-1', '2022', 'W1', 'APPRAISAL', 'TC1', 30, 1)",
            "('S22-1', '2022', 'W1', 'APPRAISAL', 'TC2', 30, 1)",
            "('S22-1s', '2022', 'W1', 'SURVEY', 'TC3', 10, 1)",
            "('S22-2', '2022', 'W2', 'APPRAISAL', 'TC1', 40, 1)",
            "('S22-2', '2022', 'W2', 'APPRAISAL', 'TC2', 40, 1)",
            "('S22-2s', '2022', 'W2', 'SURVEY', 'TC3', 20, 1)",
            "('S22-3', '2022', 'W3', 'APPRAISAL', 'TC1', 35, 1)",
            "('S22-3', '2022', 'W3', 'APPRAISAL', 'TC2', 35, 1)",
            "('S22-3s', '2022', 'W3', 'SURVEY', 'TC3', 10, 1)",
            "('S22-6', '2022', 'W6', 'APPRAISAL', 'TC1', 10, 1)",
            "('S22-6', '2022', 'W6', 'APPRAISAL', 'TC2', 10, 1)",
            "('S22-6s', '2022', 'W6', 'SURVEY', 'TC3', 5, 1)",
            // 2023 W1: self 40+40; appraisal v1 TC1 20 superseded by v2 36; TC2 34; survey 18
            //   final 36+34+18 = 88; gap (40-36)+(40-34) = 10
            "('S23-1self', '2023', 'W1', 'SELF', 'TC1', 40, 1)",
            "('S23-1self', '2023', 'W1', 'SELF', 'TC2', 40, 1)",
            "('S23-1a', '2023', 'W1', 'APPRAISAL', 'TC1', 20, 1)",
            "('S23-1a', '2023', 'W1', 'APPRAISAL', 'TC2', 34, 1)",
            "('S23-1a2', '2023', 'W1', 'APPRAISAL', 'TC1', 36, 2)",
            "('S23-1s', '2023', 'W1', 'SURVEY', 'TC3', 18, 1)",
            // W2: only self 35+35 (unappraised), survey 15 → 85
            "('S23-2self', '2023', 'W2', 'SELF', 'TC1', 35, 1)",
            "('S23-2self', '2023', 'W2', 'SELF', 'TC2', 35, 1)",
            "('S23-2s', '2023', 'W2', 'SURVEY', 'TC3', 15, 1)",
            // W3: appraisal 40+30, TC3 self 20 but survey 15 wins → 85; gap 20-15 = 5
            "('S23-3a', '2023', 'W3', 'APPRAISAL', 'TC1', 40, 1)",
            "('S23-3a', '2023', 'W3', 'APPRAISAL', 'TC2', 30, 1)",
            "('S23-3self', '2023', 'W3', 'SELF', 'TC3', 20, 1)",
            "('S23-3s', '2023', 'W3', 'SURVEY', 'TC3', 15, 1)",
            // W4: appraisal 30+30, TC3 missing → 60, completeness 2/3
            "('S23-4a', '2023', 'W4', 'APPRAISAL', 'TC1', 30, 1)",
            "('S23-4a', '2023', 'W4', 'APPRAISAL', 'TC2', 30, 1)",
            // O1: 45+45 of 100 → 90
            "('S23-O1', '2023', 'O1', 'APPRAISAL', 'TC1', 45, 1)",
            "('S23-O1', '2023', 'O1', 'APPRAISAL', 'TC2', 45, 1)");
    db = DriverManager.getConnection("jdbc:duckdb:");
    report = Warehouse.buildOn(db, Fixtures.inputs(profile, files), ModelCatalog.fromClasspath());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void rankingSharesTiesSkipsTheNextRankAndListsUnscoredUnitsUnranked() throws Exception {
    assertEquals(
        List.of(
            "O1|PHONG_BAN|90.000000|100.000000|90.000000|Đạt|1|null|1",
            "W1|PHUONG|88.000000|100.000000|88.000000|Tốt|1|2|4",
            "W2|PHUONG|85.000000|100.000000|85.000000|Tốt|2|-1|4",
            "W3|PHUONG|85.000000|100.000000|85.000000|Tốt|2|0|4",
            "W4|PHUONG|60.000000|100.000000|60.000000|Trung bình|4|null|4",
            "W5|PHUONG|null|100.000000|null|null|null|null|4"),
        QueryRows.of(
            db,
            "select unit_id, unit_type, score_points, max_points, score_pct, band, rank, rank_change, ranked_units"
                + " from mart_ranking where period = '2023' order by unit_id"));
  }

  @Test
  void groupScoresSplitTheFinalScoresByTheCataloguesGroupsAgainstThePeers() throws Exception {
    // 2023 wards G1 (of 40): W1 36, W2 35, W3 40, W4 30 → mean (90 + 87.5 + 100 + 75) / 4 = 88.125;
    // G2: W1 34, W2 35, W3 30, W4 30 → 80.625; G3 (of 20): 18, 15, 15 and W4 none (0) → 60; W5 has no row
    assertEquals(
        List.of(
            "W1|G1|Tuyên truyền|90.000000|88.125000|1.875000",
            "W1|G2|Văn hoá công sở|85.000000|80.625000|4.375000",
            "W1|G3|Hài lòng|90.000000|60.000000|30.000000",
            "W4|G1|Tuyên truyền|75.000000|88.125000|-13.125000",
            "W4|G2|Văn hoá công sở|75.000000|80.625000|-5.625000",
            "W4|G3|Hài lòng|0.000000|60.000000|-60.000000"),
        QueryRows.of(
            db,
            "select unit_id, group_id, group_name, score_pct, peer_mean_pct, gap_pp from mart_unit_group_score"
                + " where period = '2023' and unit_id in ('W1', 'W4', 'W5') order by unit_id, group_id"));
    assertEquals(0, report.audits().stream().filter(a -> a.name().equals("mart_unit_group_score_values")).findFirst()
        .orElseThrow().failingRows());
  }

  @Test
  void previousYearListsTheUnitsValidThen() throws Exception {
    assertEquals(
        List.of(
            "O1|null|null", "W1|70.000000|3", "W2|100.000000|1", "W3|80.000000|2", "W4|null|null", "W5|null|null",
            "W6|25.000000|4"),
        QueryRows.of(db, "select unit_id, score_pct, rank from mart_ranking where period = '2022' order by unit_id"));
  }

  @Test
  void scorecardAppliesPrecedenceCompletenessAndSelfGap() throws Exception {
    assertEquals(
        List.of(
            "W1|88.000000|80.000000|70.000000|18.000000|100.000000|0|10.000000|10.000000|true",
            "W2|85.000000|70.000000|null|15.000000|100.000000|2|0.000000|0.000000|true",
            "W3|85.000000|20.000000|70.000000|15.000000|100.000000|0|5.000000|5.000000|true",
            "W4|60.000000|null|60.000000|null|66.666667|0|null|null|true",
            "W5|null|null|null|null|0.000000|0|null|null|false"),
        QueryRows.of(
            db,
            "select unit_id, score_points, self_points, appraisal_points, survey_points, completeness_pct,"
                + " unappraised_criteria, self_gap_points, self_gap_pp, has_score"
                + " from mart_unit_scorecard where period = '2023' and unit_type = 'PHUONG' order by unit_id"));
  }

  @Test
  void finalScoreSourcesPerCriterion() throws Exception {
    assertEquals(
        List.of(
            "W1|TC1|36.000000|APPRAISAL|false", "W1|TC2|34.000000|APPRAISAL|false",
            "W1|TC3|18.000000|SURVEY|false", "W2|TC1|35.000000|SELF|true", "W2|TC2|35.000000|SELF|true",
            "W2|TC3|15.000000|SURVEY|false", "W3|TC3|15.000000|SURVEY|false", "W4|TC3|null|null|false"),
        QueryRows.of(
            db,
            "select unit_id, criterion_id, final_score, final_source, is_unappraised from int_criterion_final"
                + " where period = '2023' and (unit_id in ('W1', 'W2') or criterion_id = 'TC3' and unit_id in ('W3', 'W4'))"
                + " order by unit_id, criterion_id"));
  }

  @Test
  void everyVersionIsKeptAndTheHigherVersionIsCurrent() throws Exception {
    assertEquals(
        List.of("1|20.000000|false", "2|36.000000|true"),
        QueryRows.of(
            db,
            "select version, score, is_current from fct_criterion_score"
                + " where unit_id = 'W1' and period = '2023' and assessor = 'APPRAISAL' and criterion_id = 'TC1' order by version"));
  }

  @Test
  void periodsChainToThePreviousPeriodOfTheSameKind() throws Exception {
    assertEquals(
        List.of("2023|YEAR|2022|2023-12-31", "2023-H1|HALF|2022-H2|2023-06-30", "2023-Q1|QUARTER|2022-Q4|2023-03-31",
            "2023-Q3|QUARTER|2023-Q2|2023-09-30"),
        QueryRows.of(
            db,
            "select period, period_kind, previous_period, end_date from dim_period"
                + " where period in ('2023', '2023-H1', '2023-Q1', '2023-Q3') order by period"));
  }

  /**
   * Catalogue C for wards from 2021: TC1 60 and TC2 40 points, and TC3 (10 points) only from
   * 1/7/2024. W1 is appraised for 2024-H1 (50 + 30) and for 2024 (50 + 30 + 10).
   */
  @Test
  void aCriterionCountsOnlyFromItsOwnValidFrom() throws Exception {
    try (MartFixture city =
        new MartFixture()
            .unit("W1", "13001", "Phường An", "PHUONG", "2021-01-01", null, 1000L)
            .criterion("C", "2021-01-01", null, "PHUONG", "TC1", 60)
            .criterion("C", "2021-01-01", null, "PHUONG", "TC2", 40)
            .criterion("C", "2024-07-01", null, "PHUONG", "TC3", 10)
            .band("C", "Đạt", 50).band("C", "Chưa đạt", 0)
            .score("W1", "2024-H1", "APPRAISAL", "TC1", 50).score("W1", "2024-H1", "APPRAISAL", "TC2", 30)
            .score("W1", "2024", "APPRAISAL", "TC1", 50).score("W1", "2024", "APPRAISAL", "TC2", 30)
            .score("W1", "2024", "APPRAISAL", "TC3", 10)
            .build()) {
      assertEquals(
          List.of("2024|C|3|90.000000|110.000000|81.818182", "2024-H1|C|2|80.000000|100.000000|80.000000"),
          city.query(
                  "select concat_ws('|', period, catalogue_id, criteria_count, score_points, max_points, score_pct) as r"
                      + " from mart_unit_scorecard order by period")
              .stream().map(r -> (String) r.get("r")).toList());
      assertEquals(List.of(), city.failedAudits());
    }
  }

  @Test
  void overlappingVersionsOfACriterionAndTwoCataloguesInForceAreErrors() throws Exception {
    try (MartFixture city =
        new MartFixture()
            .unit("W1", "13001", "Phường An", "PHUONG", "2021-01-01", null, 1000L)
            .unit("X1", "13101", "Xã Bình", "XA", "2021-01-01", null, 1000L)
            .criterion("A", "2021-01-01", null, "PHUONG", "TC1", 100)
            .criterion("B", "2024-01-01", null, "PHUONG", "TC1", 100)
            .criterion("A", "2021-01-01", "2023-12-31", "XA", "TC1", 100)
            .criterion("B", "2024-01-01", null, "XA", "TC1", 100)
            .band("A", "Đạt", 50).band("B", "Đạt", 50)
            .build()) {
      // wards: TC1 of A (open-ended) overlaps TC1 of B, and so A and B are both in force from 2024;
      // communes: A ends the day before B starts
      assertEquals(2, city.failingRows("assert_catalogue_versions"));
    }
  }

  @Test
  void anEmptyLakeBuildsAndPassesEveryAudit() throws Exception {
    try (MartFixture empty = new MartFixture().unit("W1", "13001", "Phường An", "PHUONG", "2021-01-01", null, 1000L).build()) {
      assertEquals(List.of(), empty.failedAudits());
      assertEquals(List.of(Map.of("sources", 0L)), empty.query("select count(*) as sources from int_as_of_date"));
    }
  }

  @Test
  void aDuplicateUnitPeriodReachesTheScorecardsPrimaryKeyAudit() throws Exception {
    // the scorecard drops no row: a unit-period listed twice upstream is listed twice, and its key audit fires
    try (MartFixture twice =
        new MartFixture()
            .unit("W1", "13001", "Phường An", "PHUONG", "2021-01-01", null, 1000L)
            .annualScore("W1", 2024, 70)
            .build()) {
      assertEquals(0, twice.failingRows("mart_unit_scorecard__primary_key"));
      twice.withSpoiled(
          List.of("int_unit_period", "mart_unit_scorecard"),
          () -> {
            twice.execute("insert into int_unit_period select * from int_unit_period where unit_id = 'W1' and period = '2024'");
            twice.rebuild("mart_unit_scorecard");
            assertEquals(1, twice.reauditGenerated("mart_unit_scorecard__primary_key"));
          });
    }
  }

  @Test
  void dimPeriodIsTheCalendarOfTheYearsOfTheDataAndTheCatalogues() throws Exception {
    // submissions of 2022 and 2023, catalogues from 2021: every period of 2021–2023, from the calendar
    assertEquals(List.of("2021|2023|21"), QueryRows.of(db, "select min(year), max(year), count(*) from dim_period"));
    assertEquals(
        List.of("2022-H2|HALF|2022|2|null|2022-07-01|2022-12-31|2022-H1"),
        QueryRows.of(db, "select * from dim_period where period = '2022-H2'"));
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(
        List.of(),
        report.audits().stream().filter(AuditResult::failed).map(a -> a.name() + " " + a.sample()).toList());
  }
}
