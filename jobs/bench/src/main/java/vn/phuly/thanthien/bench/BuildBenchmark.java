package vn.phuly.thanthien.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.warehouse.BuildReport;
import vn.phuly.thanthien.warehouse.ModelResult;
import vn.phuly.thanthien.warehouse.Sql;
import vn.phuly.thanthien.warehouse.Warehouse;
import vn.phuly.thanthien.warehouse.WarehouseInputs;

/**
 * The Java half of {@code bench/build} (the script prepares the lakes, measures the process's peak
 * RSS and prints the RESULT line). Two modes, each printing its figures and last one line
 * {@code FIGURES key=value …} for the script:
 *
 * <pre>
 * build   LAKE WORK RUNS [REFERENCE]  build the warehouse from LAKE into WORK/ RUNS times (fresh each time)
 * scan    LAKE                      DuckDB reading every curated row of LAKE once (the build's baseline)
 * queries WAREHOUSE MARTS RUNS [SQL] the analysts' queries on WAREHOUSE (read-only) and on MARTS/*.parquet:
 *                                   the files SQL/*.sql when given and present, else {@link AnalystQuery#TYPICAL}
 * </pre>
 */
public final class BuildBenchmark {
  /** Fact tables: the rows per second are over their total. */
  static final List<String> FACTS = List.of("fct_criterion_score", "fct_feedback", "fct_inspection_finding");
  static final List<String> MAIN_MARTS =
      List.of("mart_ranking", "mart_unit_scorecard", "mart_trend", "mart_feedback_monthly",
          "mart_inspection_followup", "mart_watchlist");
  private static final int WARM_UP = 3;

  private BuildBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2 || !List.of("build", "scan", "queries").contains(args[0])) {
      System.err.println("usage: BuildBenchmark build LAKE WORK RUNS [REFERENCE] | scan LAKE"
          + " | queries WAREHOUSE MARTS RUNS [SQL]");
      System.exit(2);
    }
    switch (args[0]) {
      case "build" -> builds(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          args.length > 4 ? Path.of(args[4]) : null);
      case "scan" -> scan(Path.of(args[1]));
      default -> queries(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
          args.length > 4 ? AnalystQuery.files(Path.of(args[4])) : List.of());
    }
  }

  /**
   * The build's baseline: DuckDB (same JDBC driver, default threads) reading every value of every
   * curated row the build reads, once: a hash of each whole row, summed, per dataset.
   */
  static void scan(Path lake) throws SQLException {
    WarehouseInputs inputs = WarehouseInputs.fromLake(new Lake(lake), null);
    long rows = 0;
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      for (String dataset : inputs.curatedFiles().keySet().stream().sorted().toList()) {
        List<Path> files = inputs.curated(dataset);
        if (files.isEmpty()) {
          continue;
        }
        String list = files.stream().map(f -> AnalystQuery.quote(f.toString())).collect(Collectors.joining(", ", "[", "]"));
        long begin = System.nanoTime();
        try (ResultSet rs = statement.executeQuery(
            "select count(*), sum(hash(t)) from read_parquet(" + list + ", union_by_name = true) as t")) {
          rs.next();
          rows += rs.getLong(1);
          System.out.printf(Locale.ROOT, "  %-20s %,12d rows in %,d files, %.2f s%n", dataset, rs.getLong(1),
              files.size(), (System.nanoTime() - begin) / 1e9);
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "FIGURES scan_s=%.3f rows=%d%n", seconds, rows);
  }

  static void builds(Path lake, Path work, int runs, Path reference) throws Exception {
    Path directory = Profile.load(reference).directory();
    double[] seconds = new double[runs];
    BuildReport last = null;
    for (int i = 0; i < runs; i++) {
      // A fresh folder each time: no previous file to back up, every run publishes the same way.
      deleteTree(work);
      Files.createDirectories(work);
      long start = System.nanoTime();
      last = Warehouse.build(WarehouseInputs.fromLake(new Lake(lake), directory), work.resolve("thanthien.duckdb"), work.resolve("marts"));
      seconds[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "  build %d: %.2f s%n", i + 1, seconds[i]);
    }
    BuildReport report = last;
    long factRows = FACTS.stream().mapToLong(report::rows).sum();
    for (String table : Stream.concat(FACTS.stream(), MAIN_MARTS.stream()).toList()) {
      System.out.printf(Locale.ROOT, "  %-26s %,12d rows%n", table, report.rows(table));
    }
    System.out.println("  slowest models (last build):");
    report.models().stream()
        .sorted(Comparator.comparingDouble(ModelResult::seconds).reversed())
        .limit(5)
        .forEach(m -> System.out.printf(Locale.ROOT, "    %-28s %6.2f s%n", m.name(), m.seconds()));
    double models = report.models().stream().mapToDouble(ModelResult::seconds).sum();
    System.out.printf(
        Locale.ROOT, "  last build: models %.2f s, the rest (%d audits, export of %d Parquet marts, publish) %.2f s%n",
        models, report.audits().size(), report.exportedMarts().size(), seconds[runs - 1] - models);
    double median = Percentiles.nearestRank(seconds, 50);
    System.out.printf(
        Locale.ROOT,
        "FIGURES min_s=%.3f median_s=%.3f fact_rows=%d rows_per_s=%.0f heap_peak_mb=%.0f%n",
        Arrays.stream(seconds).min().orElseThrow(), median, factRows, factRows / median, heapPeakMb());
  }

  /** Sum of the peak usage of the JVM's heap pools (DuckDB's memory is native: see the process RSS). */
  static double heapPeakMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getPeakUsage)
            .mapToLong(usage -> usage.getUsed())
            .sum()
        / 1048576.0;
  }

  static void queries(Path warehouse, Path marts, int runs, List<AnalystQuery> fromFiles) throws SQLException {
    try (Connection published = Sql.openReadOnly(warehouse);
        Connection files = DriverManager.getConnection("jdbc:duckdb:")) {
      // The year with the most ranked units: after the 2025 reorganisation a year can have only a few.
      int year =
          (int) longValue(
              published,
              "select year from mart_ranking where period_kind = 'YEAR' group by year order by count(*) desc, year desc limit 1");
      String unit =
          stringValue(
              published,
              "select unit_id from mart_trend group by unit_id"
                  + " having count(distinct year) = (select count(distinct year) from mart_trend) order by unit_id limit 1");
      System.out.printf("  year %d, unit %s, %d runs per query after %d warm-up runs%n", year, unit, runs, WARM_UP);
      UnaryOperator<String> tables = table -> table;
      UnaryOperator<String> parquet =
          table -> "read_parquet(" + AnalystQuery.quote(marts.toAbsolutePath().resolve(table).resolve("data.parquet").toString()) + ")";
      double[] all = new double[0];
      double[] allParquet = new double[0];
      int compared = 0;
      System.out.printf("  %-26s %6s %10s %10s %12s %12s%n", "query", "rows", "p50 ms", "p95 ms", "parquet p50", "parquet p95");
      List<AnalystQuery> set = fromFiles.isEmpty() ? AnalystQuery.TYPICAL : fromFiles;
      System.out.printf("  query set: %s (%d queries)%n", fromFiles.isEmpty() ? "bench/build's six" : "sql/analyses", set.size());
      for (AnalystQuery query : set) {
        String onTables = query.sql(tables, year, unit);
        String onFiles = query.sql(parquet, year, unit);
        long rows = run(published, onTables);
        if (rows == 0) {
          System.out.println("  WARNING: " + query.name() + " returned no rows: its timing means little");
        }
        double[] ms = timed(published, onTables, runs);
        double[] msParquet;
        try {
          msParquet = timed(files, onFiles, runs);
        } catch (SQLException e) {
          // An analysis that reads a table no Parquet mart exports (a dim, a fact) has no baseline.
          System.out.printf(Locale.ROOT, "  %-26s %6d %10.2f %10.2f   not over Parquet: %s%n", query.name(), rows,
              Percentiles.nearestRank(ms, 50), Percentiles.nearestRank(ms, 95), e.getMessage().lines().findFirst().orElse(""));
          continue;
        }
        all = concat(all, ms);
        allParquet = concat(allParquet, msParquet);
        compared++;
        System.out.printf(
            Locale.ROOT, "  %-26s %6d %10.2f %10.2f %12.2f %12.2f%n", query.name(), rows,
            Percentiles.nearestRank(ms, 50), Percentiles.nearestRank(ms, 95),
            Percentiles.nearestRank(msParquet, 50), Percentiles.nearestRank(msParquet, 95));
      }
      double p50 = Percentiles.nearestRank(all, 50);
      double parquetP50 = Percentiles.nearestRank(allParquet, 50);
      System.out.printf(
          Locale.ROOT, "  %-26s %6s %10.2f %10.2f %12.2f %12.2f%n", "all queries", "",
          p50, Percentiles.nearestRank(all, 95), parquetP50, Percentiles.nearestRank(allParquet, 95));
      System.out.printf(
          Locale.ROOT,
          "FIGURES query_p50_ms=%.2f query_p95_ms=%.2f parquet_p50_ms=%.2f parquet_p95_ms=%.2f parquet_vs_warehouse=%.2f"
              + " queries=%d%n",
          p50, Percentiles.nearestRank(all, 95), parquetP50, Percentiles.nearestRank(allParquet, 95), parquetP50 / p50,
          compared);
    }
  }

  /** Milliseconds of each of {@code runs} executions, after {@value #WARM_UP} untimed ones. */
  static double[] timed(Connection connection, String sql, int runs) throws SQLException {
    for (int i = 0; i < WARM_UP; i++) {
      run(connection, sql);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(connection, sql);
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    return ms;
  }

  /** Runs {@code sql} and reads every value of every row, as a client would; returns the rows. */
  static long run(Connection connection, String sql) throws SQLException {
    long rows = 0;
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int c = 1; c <= columns; c++) {
          rs.getObject(c);
        }
        rows++;
      }
    }
    return rows;
  }

  private static long longValue(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String stringValue(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("mart_trend has no unit with every year");
      }
      return rs.getString(1);
    }
  }

  private static double[] concat(double[] a, double[] b) {
    double[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
