package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.QuarantineCount;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.testing.QueryRows;

/** build over a real lake: ledger-committed curated and quarantine files and a run manifest. */
class BuildCommandTest {
  @TempDir Path tmp;

  private static void execute(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }


  @Test
  void buildsFromTheLedgersAndTheRunManifests() throws Exception {
    Path profile = tmp.resolve("profile");
    Files.createDirectories(profile);
    Files.writeString(profile.resolve("units.csv"),
        "# units\nunit_id,unit_code,name,unit_type,parent_id,valid_from,valid_to,population\nW1,1,Phường An,PHUONG,,2021-01-01,,\n");
    Files.writeString(profile.resolve("criteria.csv"),
        "catalogue_id,valid_from,valid_to,unit_type,criterion_id,group_id,group_name,name,max_points,assessor_source\n"
            + "CW,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,50,SELF\n");
    Files.writeString(profile.resolve("bands.csv"), "catalogue_id,band,min_pct\nCW,Đạt,50\nCW,Chưa đạt,0\n");
    Files.writeString(profile.resolve("unit_aliases.csv"), "unit_id,alias\n");
    Files.writeString(profile.resolve("unit_lineage.csv"), "from_unit_id,to_unit_id,effective_date,share\n");
    Files.writeString(profile.resolve("emulation.csv"), "year,unit_type,model_weight\n");
    Files.writeString(profile.resolve("thresholds.csv"), "key,value\n");

    Lake lake = new Lake(tmp.resolve("lake"));
    String run = "r20240110T080000Z";
    Path staged = Locations.local(lake.staging(run));
    Path curated = staged.resolve("submission_score");
    Path quarantine = staged.resolve("quarantine");
    Files.createDirectories(curated.resolve("year=2023"));
    Files.createDirectories(quarantine);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(c, "copy (select '" + run + "' as run_id, date '2024-01-10' as landing_date, 's.jsonl' as source_file,"
          + " cast(2 as bigint) as source_line, 'S1' as submission_id, '2023' as period, '1' as unit_code,"
          + " cast(null as varchar) as unit_name, 'APPRAISAL' as assessor, 'TC1' as criterion_id, 40.0::double as score,"
          + " cast(null as varchar) as evidence, timestamp '2023-12-05 09:30:00' as submitted_at, 1 as version,"
          + " 'YEAR' as period_kind, date '2023-01-01' as period_start, date '2023-12-31' as period_end,"
          + " 'W1' as unit_id, 'CODE' as unit_match) to '" + curated.resolve("year=2023/part-0.parquet") + "' (format parquet)");
      execute(c, "copy (select '" + run + "' as run_id, 'submissions' as source, date '2024-01-10' as landing_date,"
          + " 's.jsonl' as source_file, cast(3 as bigint) as source_line, 'UNKNOWN_UNIT' as reason_code, 'unknown unit' as detail_en,"
          + " 'đơn vị không xác định' as detail_vi, '{}' as fields_json) to '" + quarantine.resolve("part-0.parquet") + "' (format parquet)");
    }
    lake.commit("submissions", LocalDate.parse("2024-01-10"), run, Map.of("submission_score", Locations.of(curated)),
        Locations.of(quarantine));
    // the manifest holds UTC instants (Instant#toString); ingest_runs shows Hanoi time, 7 hours later
    new RunManifest(run, "2024-01-10T01:00:00Z", "2024-01-10T01:01:00Z", RunManifest.SUCCEEDED,
        List.of(new FileReport("submissions", "s.jsonl", "2024-01-10", 2, 1, 1, 0, List.of("new header X"), null, 1.5)),
        List.of(new QuarantineCount("submissions", "s.jsonl", "UNKNOWN_UNIT", 1)))
        .write(lake);

    Path warehouse = tmp.resolve("wh/thanthien.duckdb");
    int exit = new CommandLine(new BuildCommand()).execute(
        "--lake", lake.root().toString(), "--warehouse", warehouse.toString(), "--reference", profile.toString());

    assertEquals(0, exit);
    // 40 of 50 points
    assertEquals(List.of("W1|2023|40.000000|80.000000|Đạt|1"),
        QueryRows.readOnly(warehouse, "select unit_id, period, score_points, score_pct, band, rank from mart_ranking"));
    assertEquals(List.of(run + "|submissions|s.jsonl|2|1|1|0|2024-01-10 08:00:00.0|SUCCEEDED|[\"new header X\"]"),
        QueryRows.readOnly(warehouse, "select run_id, source, file, rows_read, rows_accepted, rows_quarantined, rows_superseded,"
            + " started_at, status, drift_json from ingest_runs"));
    assertEquals(List.of(run + "|submissions|s.jsonl|UNKNOWN_UNIT|1"),
        QueryRows.readOnly(warehouse, "select run_id, source, file, reason_code, rows from quarantine_summary"));
    assertEquals(true, Files.isRegularFile(tmp.resolve("lake/marts/mart_ranking/data.parquet")));
  }
}
