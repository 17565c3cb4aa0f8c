package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tiny profiles and curated Parquet files for warehouse tests, written with DuckDB. */
final class Fixtures {
  static final String UNITS_HEADER = "unit_id,unit_code,name,unit_type,parent_id,valid_from,valid_to,population";
  static final String CRITERIA_HEADER =
      "catalogue_id,valid_from,valid_to,unit_type,criterion_id,group_id,group_name,name,max_points,assessor_source";

  private Fixtures() {}

  /** A profile folder; the files not given hold only their header. */
  static Path profile(Path dir, String units, String criteria, String bands) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("units.csv"), "# test profile: units\n" + UNITS_HEADER + "\n" + units);
    write(dir.resolve("criteria.csv"), "# test profile: criteria\n# second comment line\n" + CRITERIA_HEADER + "\n" + criteria);
    write(dir.resolve("bands.csv"), "catalogue_id,band,min_pct\n" + bands);
    write(dir.resolve("unit_aliases.csv"), "unit_id,alias\n");
    write(dir.resolve("unit_lineage.csv"), "from_unit_id,to_unit_id,effective_date,share\n");
    write(dir.resolve("emulation.csv"), "year,unit_type,model_weight\n");
    write(dir.resolve("thresholds.csv"),
        "key,value\nwatch_self_gap_pp,10\nwatch_satisfaction_drop_pp,10\nwatch_harassment_findings,1\nwatch_overdue_measures,2\nwatch_min_responses,20\n");
    return dir;
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * Curated submission_score Parquet, one file per year partition like ingest writes. Each row is
   * {@code (submission_id, period, unit_id, assessor, criterion_id, score, version)}; lineage
   * columns are filled in, source_line numbers the rows in order.
   */
  static List<Path> submissions(Path lake, String fileName, String... rows) throws SQLException, IOException {
    String values = String.join(",\n", rows);
    String derived =
        "with v as (select *, row_number() over () as n from (values " + values + ")"
            + " as t(submission_id, period, unit_id, assessor, criterion_id, score, version)),"
            + " p as (select *, case when period like '%-H%' then 'HALF' when period like '%-Q%' then 'QUARTER' else 'YEAR' end as period_kind,"
            + " cast(left(period, 4) as integer) as y from v),"
            + " d as (select *, case period_kind when 'YEAR' then make_date(y, 1, 1)"
            + "   when 'HALF' then make_date(y, 6 * (cast(right(period, 1) as integer) - 1) + 1, 1)"
            + "   else make_date(y, 3 * (cast(right(period, 1) as integer) - 1) + 1, 1) end as period_start from p)"
            + " select 'run-test' as run_id, date '2024-01-10' as landing_date, "
            + "'submissions/2024-01-10/" + fileName + "' as source_file, cast(n + 1 as bigint) as source_line,"
            + " submission_id, period, cast(null as varchar) as unit_code, cast(null as varchar) as unit_name, assessor,"
            + " criterion_id, cast(score as double) as score, cast(null as varchar) as evidence,"
            + " cast(timestamp '2024-01-01 08:00:00' + to_days(cast(version as integer)) as timestamp) as submitted_at,"
            + " cast(version as integer) as version, period_kind, period_start,"
            + " cast(case period_kind when 'YEAR' then period_start + interval 12 month when 'HALF' then period_start + interval 6 month"
            + "   else period_start + interval 3 month end - interval 1 day as date) as period_end,"
            + " unit_id, 'CODE' as unit_match, y as year from d";
    List<Path> files = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      execute(c, "create table fixture as " + derived);
      for (String year : strings(c, "select distinct cast(year as varchar) from fixture order by 1")) {
        Path file = lake.resolve("curated/submission_score/year=" + year + "/" + fileName + ".parquet");
        Files.createDirectories(file.getParent());
        execute(c, "copy (select * exclude (year) from fixture where year = " + year + ") to '" + file + "' (format parquet)");
        files.add(file);
      }
    }
    return files;
  }

  static WarehouseInputs inputs(Path profile, List<Path> submissionFiles) {
    Map<String, List<Path>> curated = new LinkedHashMap<>();
    curated.put("submission_score", submissionFiles);
    return new WarehouseInputs(curated, List.of(), List.of(), profile);
  }

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

}
