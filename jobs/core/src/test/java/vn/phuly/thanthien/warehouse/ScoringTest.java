package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
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
            "O1|PHONG_BAN|90.0|100.0|90.0|Đạt|1|null|1",
            "W1|PHUONG|88.0|100.0|88.0|Tốt|1|2|4",
            "W2|PHUONG|85.0|100.0|85.0|Tốt|2|-1|4",
            "W3|PHUONG|85.0|100.0|85.0|Tốt|2|0|4",
            "W4|PHUONG|60.0|100.0|60.0|Trung bình|4|null|4",
            "W5|PHUONG|null|100.0|null|null|null|null|4"),
        QueryRows.of(
            db,
            "select unit_id, unit_type, score_points, max_points, score_pct, band, rank, rank_change, ranked_units"
                + " from mart_ranking where period = '2023' order by unit_id"));
  }

  @Test
  void previousYearListsTheUnitsValidThen() throws Exception {
    assertEquals(
        List.of("O1|null|null", "W1|70.0|3", "W2|100.0|1", "W3|80.0|2", "W4|null|null", "W5|null|null", "W6|25.0|4"),
        QueryRows.of(db, "select unit_id, score_pct, rank from mart_ranking where period = '2022' order by unit_id"));
  }

  @Test
  void scorecardAppliesPrecedenceCompletenessAndSelfGap() throws Exception {
    assertEquals(
        List.of(
            "W1|88.0|80.0|70.0|18.0|100.0|0|10.0|10.0|true",
            "W2|85.0|70.0|null|15.0|100.0|2|0.0|0.0|true",
            "W3|85.0|20.0|70.0|15.0|100.0|0|5.0|5.0|true",
            "W4|60.0|null|60.0|null|66.67|0|null|null|true",
            "W5|null|null|null|null|0.0|0|null|null|false"),
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
            "W1|TC1|36.0|APPRAISAL|false", "W1|TC2|34.0|APPRAISAL|false", "W1|TC3|18.0|SURVEY|false",
            "W2|TC1|35.0|SELF|true", "W2|TC2|35.0|SELF|true", "W2|TC3|15.0|SURVEY|false",
            "W3|TC3|15.0|SURVEY|false", "W4|TC3|null|null|false"),
        QueryRows.of(
            db,
            "select unit_id, criterion_id, final_score, final_source, is_unappraised from int_criterion_final"
                + " where period = '2023' and (unit_id in ('W1', 'W2') or criterion_id = 'TC3' and unit_id in ('W3', 'W4'))"
                + " order by unit_id, criterion_id"));
  }

  @Test
  void everyVersionIsKeptAndTheHigherVersionIsCurrent() throws Exception {
    assertEquals(
        List.of("1|20.0|false", "2|36.0|true"),
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
