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
 * DESIGN §2: a profile of units.csv, criteria.csv and bands.csv builds, every audit passing; the
 * optional files take their documented defaults (no aliases, no lineage, no emulation weights,
 * the default thresholds), and comment lines and note columns are read past.
 */
class MinimalProfileBuildTest {
  @TempDir static Path tmp;
  static Connection db;
  static BuildReport report;

  @BeforeAll
  static void build() throws Exception {
    Path profile = tmp.resolve("profile");
    Fixtures.write(profile.resolve("units.csv"),
        "# units\nunit_id,unit_code,name,unit_type,valid_from,note\n"
            + "W1,1,Phường Một,PHUONG,2021-01-01,\"test, with a comma\"\nW2,2,Phường Hai,PHUONG,2021-01-01,\n");
    Fixtures.write(profile.resolve("criteria.csv"),
        "catalogue_id,valid_from,unit_type,criterion_id,name,max_points,assessor_source,note\n"
            + "C,2021-01-01,PHUONG,TC1,Tiêu chí 1,100,SELF,the only criterion\n");
    Fixtures.write(profile.resolve("bands.csv"), "# bands\n# of the one catalogue\ncatalogue_id,band,min_pct,note\nC,Đạt,50,\nC,Chưa đạt,0,\n");
    List<Path> files =
        Fixtures.submissions(tmp.resolve("lake"), "scores",
            "('S-1', '2023', 'W1', 'APPRAISAL', 'TC1', 80, 1)",
            "('S-2', '2023', 'W2', 'APPRAISAL', 'TC1', 40, 1)");
    db = DriverManager.getConnection("jdbc:duckdb:");
    report = Warehouse.buildOn(db, Fixtures.inputs(profile, files), ModelCatalog.fromClasspath());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void buildsWithEveryAuditPassing() throws Exception {
    assertEquals(List.of(), report.audits().stream().filter(AuditResult::failed).map(AuditResult::toString).toList());
    assertEquals(
        List.of("W1|80.0|Đạt|1", "W2|40.0|Chưa đạt|2"),
        QueryRows.of(db, "select unit_id, cast(score_pct as double), band, rank from mart_ranking order by unit_id"));
  }

  @Test
  void stagingHoldsEveryKnownThresholdWithItsDefault() throws Exception {
    assertEquals(
        List.of(
            "max_record_bytes|1048576.0",
            "quarantine_rate_max|0.05",
            "stale_source_days|7.0",
            "watch_harassment_findings|1.0",
            "watch_min_responses|20.0",
            "watch_overdue_measures|2.0",
            "watch_satisfaction_drop_pp|10.0",
            "watch_self_gap_pp|10.0"),
        QueryRows.of(db, "select threshold_key, threshold_value from stg_thresholds order by threshold_key"));
  }

  @Test
  void theOptionalFilesAreEmpty() throws Exception {
    assertEquals(
        List.of("0|0|0|0"),
        QueryRows.of(db,
            "select (select count(*) from stg_unit_aliases), (select count(*) from stg_unit_lineage),"
                + " (select count(*) from stg_emulation), (select count(*) from mart_emulation_annual)"));
    assertEquals(
        List.of("W1|1|null|null|null", "W2|2|null|null|null"),
        QueryRows.of(db, "select unit_id, unit_code, parent_id, valid_to, population from dim_unit order by unit_id"));
  }
}
