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
 * DESIGN §5: a unit belongs to every period in which it was valid on at least one day. Three city
 * offices: O1 throughout 2021 – 2025-06-30, O2 ceased on 2025-02-28, O3 created on 2025-03-01;
 * one ward renamed on 2025-04-01 (two versions of W1), one commune that became a ward on
 * 2025-01-01 (C1). Office catalogue TC1 50 + TC2 50, ward catalogue TW 100, commune catalogue TX
 * 100, all APPRAISAL, so a total is its percentage.
 */
class UnitPeriodTest {
  @TempDir static Path tmp;
  static Connection db;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    Path profile =
        Fixtures.profile(
            tmp.resolve("profile"),
            """
            O1,NV,Phòng Nội vụ,PHONG_BAN,,2021-01-01,2025-06-30,
            O2,KT,Phòng Kinh tế,PHONG_BAN,,2021-01-01,2025-02-28,
            O3,KTHT,"Phòng Kinh tế, Hạ tầng",PHONG_BAN,,2025-03-01,2025-06-30,
            W1,13001,Phường Cũ,PHUONG,,2021-01-01,2025-03-31,1000
            W1,13001,Phường Mới,PHUONG,,2025-04-01,,1200
            C1,13009,Xã Chín,XA,,2021-01-01,2024-12-31,800
            C1,13009,Phường Chín,PHUONG,,2025-01-01,,900
            """,
            """
            CP,2021-01-01,,PHONG_BAN,TC1,G1,Công khai,Tiêu chí 1,50,SELF
            CP,2021-01-01,,PHONG_BAN,TC2,G2,Tiến độ,Tiêu chí 2,50,SELF
            CW,2021-01-01,,PHUONG,TW,G1,Tuyên truyền,Tiêu chí phường,100,SELF
            CX,2021-01-01,,XA,TX,G1,Tuyên truyền,Tiêu chí xã,100,SELF
            """,
            "CP,Đạt,50\nCP,Chưa đạt,0\nCW,Đạt,50\nCW,Chưa đạt,0\nCX,Đạt,50\nCX,Chưa đạt,0\n");
    List<Path> files =
        Fixtures.submissions(
            tmp.resolve("lake"),
            "scores",
            // 2025-Q1: O2 90 (1st), O1 80 (2nd); O3, valid from 1/3, is listed without a score
            "('Q1-1', '2025-Q1', 'O1', 'APPRAISAL', 'TC1', 40, 1)",
            "('Q1-1', '2025-Q1', 'O1', 'APPRAISAL', 'TC2', 40, 1)",
            "('Q1-2', '2025-Q1', 'O2', 'APPRAISAL', 'TC1', 45, 1)",
            "('Q1-2', '2025-Q1', 'O2', 'APPRAISAL', 'TC2', 45, 1)",
            // 2025-Q2: O3 70 (1st), O1 60 (2nd); O2 had ceased
            "('Q2-1', '2025-Q2', 'O1', 'APPRAISAL', 'TC1', 30, 1)",
            "('Q2-1', '2025-Q2', 'O1', 'APPRAISAL', 'TC2', 30, 1)",
            "('Q2-3', '2025-Q2', 'O3', 'APPRAISAL', 'TC1', 35, 1)",
            "('Q2-3', '2025-Q2', 'O3', 'APPRAISAL', 'TC2', 35, 1)",
            // 2025-H1: O3 100, O1 80, O2 50; the ward 70 under its new name
            "('H1-1', '2025-H1', 'O1', 'APPRAISAL', 'TC1', 40, 1)",
            "('H1-1', '2025-H1', 'O1', 'APPRAISAL', 'TC2', 40, 1)",
            "('H1-2', '2025-H1', 'O2', 'APPRAISAL', 'TC1', 25, 1)",
            "('H1-2', '2025-H1', 'O2', 'APPRAISAL', 'TC2', 25, 1)",
            "('H1-3', '2025-H1', 'O3', 'APPRAISAL', 'TC1', 50, 1)",
            "('H1-3', '2025-H1', 'O3', 'APPRAISAL', 'TC2', 50, 1)",
            "('H1-W', '2025-H1', 'W1', 'APPRAISAL', 'TW', 70, 1)",
            // 2025: only O1 scored (95); O2 and O3 belong to the year too
            "('Y-1', '2025', 'O1', 'APPRAISAL', 'TC1', 45, 1)",
            "('Y-1', '2025', 'O1', 'APPRAISAL', 'TC2', 50, 1)",
            // the commune C1 became a ward on 2025-01-01, keeping its unit_id
            "('Y-C24', '2024', 'C1', 'APPRAISAL', 'TX', 50, 1)",
            "('Y-C25', '2025', 'C1', 'APPRAISAL', 'TW', 60, 1)");
    db = DriverManager.getConnection("jdbc:duckdb:");
    report = Warehouse.buildOn(db, Fixtures.inputs(profile, files), ModelCatalog.fromClasspath());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void aUnitIsRankedInEveryPeriodItWasValidInOnAtLeastOneDay() throws Exception {
    assertEquals(
        List.of(
            "2024|O1|null|null|0",
            "2024|O2|null|null|0",
            "2025|O1|95.0|1|1",
            "2025|O2|null|null|1",
            "2025|O3|null|null|1",
            "2025-H1|O1|80.0|2|3",
            "2025-H1|O2|50.0|3|3",
            "2025-H1|O3|100.0|1|3",
            "2025-Q1|O1|80.0|2|2",
            "2025-Q1|O2|90.0|1|2",
            "2025-Q1|O3|null|null|2",
            "2025-Q2|O1|60.0|2|2",
            "2025-Q2|O3|70.0|1|2"),
        QueryRows.of(db,
            "select period, unit_id, cast(score_pct as double), rank, ranked_units from mart_ranking"
                + " where unit_type = 'PHONG_BAN' order by period, unit_id"));
  }

  @Test
  void aUnitRenamedWithinAPeriodIsListedOnceUnderItsLastName() throws Exception {
    assertEquals(
        List.of("2024|W1|13001|Phường Cũ|CW|null|null", "2025|W1|13001|Phường Mới|CW|null|null", "2025-H1|W1|13001|Phường Mới|CW|70.0|1",
            "2025-Q1|W1|13001|Phường Cũ|CW|null|null", "2025-Q2|W1|13001|Phường Mới|CW|null|null"),
        QueryRows.of(db,
            "select ranking.period, ranking.unit_id, ranking.unit_code, ranking.unit_name, scorecard.catalogue_id,"
                + " cast(ranking.score_pct as double), ranking.rank from mart_ranking as ranking"
                + " inner join mart_unit_scorecard as scorecard using (unit_id, period)"
                + " where ranking.unit_id = 'W1' order by ranking.period"));
  }

  @Test
  void aUnitThatChangedTypeIsScoredInTheCatalogueOfItsTypeInThePeriod() throws Exception {
    assertEquals(
        List.of("2024|C1|XA|Xã Chín|CX|50.0|1", "2025|C1|PHUONG|Phường Chín|CW|60.0|1"),
        QueryRows.of(db,
            "select ranking.period, ranking.unit_id, ranking.unit_type, ranking.unit_name, scorecard.catalogue_id,"
                + " cast(ranking.score_pct as double), ranking.rank from mart_ranking as ranking"
                + " inner join mart_unit_scorecard as scorecard using (unit_id, period)"
                + " where ranking.unit_id = 'C1' and ranking.period_kind = 'YEAR' order by ranking.period"));
  }

  @Test
  void theScoresOfACeasedUnitAreInItsCatalogueAndEveryAuditPasses() throws Exception {
    assertEquals(
        List.of("2025-H1|O2|PHONG_BAN|CP|2", "2025-Q1|O2|PHONG_BAN|CP|2"),
        QueryRows.of(db,
            "select period, unit_id, unit_type, catalogue_id, count(*) from fct_criterion_score"
                + " where unit_id = 'O2' group by all order by all"));
    assertEquals(List.of(), report.audits().stream().filter(AuditResult::failed).map(AuditResult::toString).toList());
  }
}
