package vn.phuly.thanthien.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.generate.SampleGenerator;
import vn.phuly.thanthien.generate.WrittenFile;
import vn.phuly.thanthien.ingest.IngestJob;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.ingest.IngestResult;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.spark.Sparks;

/**
 * The Java half of {@code bench/ingest} (the script caches the input, runs each mode in its own
 * process under {@code /usr/bin/time -v} and prints the RESULT line). Each mode prints its figures
 * and last one line {@code FIGURES key=value …}:
 *
 * <pre>
 * generate LANDING ROWS SEED   one plain CSV feedback export of ROWS items in LANDING/feedback/DAY/
 * spark    LANDING LAKE        the real ingest of the feedback source into a fresh LAKE
 * duckdb   LANDING OUT         DuckDB's COPY … TO OUT (FORMAT parquet) with equivalent transforms
 * </pre>
 *
 * The pseudonymisation key comes from {@code THANTHIEN_PII_KEY} (the script sets a bench-only key).
 */
public final class IngestBenchmark {
  /** The landing day of the benchmark export (after the last generated quarter). */
  static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !List.of("generate", "spark", "duckdb").contains(args[0])) {
      System.err.println("usage: IngestBenchmark generate LANDING ROWS SEED | spark LANDING LAKE | duckdb LANDING OUT");
      System.exit(2);
    }
    Path landing = Path.of(args[1]);
    switch (args[0]) {
      case "generate" -> generate(landing, Long.parseLong(args[2]), Long.parseLong(args[3]));
      case "spark" -> spark(landing, Path.of(args[2]));
      default -> duckdb(landing, Path.of(args[2]));
    }
  }

  static void generate(Path landing, long rows, long seed) {
    long start = System.nanoTime();
    WrittenFile file = SampleGenerator.feedbackExport(Profile.shipped(), landing, seed, DAY, rows);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  wrote %s: %,d rows in %.1f s%n", file.file(), file.rows(), seconds);
  }

  static void spark(Path landing, Path lake) {
    byte[] key = System.getenv("THANTHIEN_PII_KEY").getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    SparkSession spark = Sparks.session("local[*]");
    double sessionSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  Spark session start: %.1f s (not counted)%n", sessionSeconds);
    start = System.nanoTime();
    IngestResult result =
        IngestJob.run(new IngestRequest(landing, lake, List.of("feedback"), null, Profile.shipped(),
            new Pseudonymizer(key), spark, null));
    double seconds = (System.nanoTime() - start) / 1e9;
    long read = result.files().stream().mapToLong(FileReport::rowsRead).sum();
    long accepted = result.files().stream().mapToLong(FileReport::rowsAccepted).sum();
    long quarantined = result.files().stream().mapToLong(FileReport::rowsQuarantined).sum();
    System.out.printf(Locale.ROOT, "  ingest: %.2f s, %,d rows read (%,d accepted, %,d quarantined), status %s%n",
        seconds, read, accepted, quarantined, result.status());
    System.out.printf(Locale.ROOT, "FIGURES seconds=%.3f session_s=%.3f rows=%d rows_per_s=%.0f heap_peak_mb=%.0f%n",
        seconds, sessionSeconds, read, read / seconds, BuildBenchmark.heapPeakMb());
  }

  static void duckdb(Path landing, Path out) throws Exception {
    Path csv;
    try (var files = Files.list(landing.resolve("feedback").resolve(DAY.toString()))) {
      csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
    }
    String sql = DuckDbIngest.copy(csv, out, System.getenv("THANTHIEN_PII_KEY").getBytes(StandardCharsets.UTF_8));
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      long start = System.nanoTime();
      statement.execute(sql);
      double seconds = (System.nanoTime() - start) / 1e9;
      long rows;
      try (ResultSet count = statement.executeQuery(
          "select count(*) from read_parquet('" + out + "/year=*/*.parquet')")) {
        count.next();
        rows = count.getLong(1);
      }
      System.out.printf(Locale.ROOT, "  DuckDB COPY: %.2f s, %,d rows written%n", seconds, rows);
      System.out.printf(Locale.ROOT, "FIGURES seconds=%.3f rows=%d rows_per_s=%.0f%n", seconds, rows, rows / seconds);
    }
  }
}
