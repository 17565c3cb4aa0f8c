package vn.phuly.thanthien.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
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
 * generate LANDING ROWS SEED [REFERENCE]         one plain CSV feedback export of ROWS items in LANDING/feedback/DAY/
 * spark    LANDING LAKE [REFERENCE [SOURCES]]    the real ingest of SOURCES (a,b; default feedback) into LAKE
 * duckdb   LANDING OUT                           DuckDB's COPY … TO OUT (FORMAT parquet) with equivalent
 *                                                transforms, over every plain CSV feedback export of LANDING
 * plain    LANDING SUBSET                        hard links of LANDING's plain CSV feedback exports in SUBSET
 * </pre>
 *
 * "Plain" is the format {@link DuckDbIngest} reads: UTF-8 without a BOM, {@code ,}, the contract's
 * Vietnamese labels (the generator's other formats need a decoder, another
 * separator or a header mapping DuckDB's {@code read_csv} has no equivalent for). REFERENCE is a
 * profile folder (default: the shipped one).
 *
 * The pseudonymisation key comes from {@code THANTHIEN_PII_KEY} (the script sets a bench-only key).
 */
public final class IngestBenchmark {
  /** The landing day of the benchmark export (after the last generated quarter). */
  static final LocalDate DAY = LocalDate.of(2026, 1, 15);

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3 || !List.of("generate", "spark", "duckdb", "plain").contains(args[0])) {
      System.err.println("usage: IngestBenchmark generate LANDING ROWS SEED [REFERENCE]"
          + " | spark LANDING LAKE [REFERENCE [SOURCES]] | duckdb LANDING OUT | plain LANDING SUBSET");
      System.exit(2);
    }
    Path landing = Path.of(args[1]);
    switch (args[0]) {
      case "generate" -> generate(landing, Long.parseLong(args[2]), Long.parseLong(args[3]), profile(args, 4));
      case "spark" -> spark(landing, Path.of(args[2]), profile(args, 3),
          args.length > 4 ? List.of(args[4].split(",")) : List.of("feedback"));
      case "plain" -> linkPlain(landing, Path.of(args[2]));
      default -> duckdb(landing, Path.of(args[2]));
    }
  }

  private static Profile profile(String[] args, int at) {
    return Profile.load(args.length > at ? Path.of(args[at]) : null);
  }

  static void generate(Path landing, long rows, long seed, Profile profile) {
    long start = System.nanoTime();
    WrittenFile file = SampleGenerator.feedbackExport(profile, landing, seed, DAY, rows);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  wrote %s: %,d rows in %.1f s%n", file.file(), file.rows(), seconds);
  }

  static void spark(Path landing, Path lake, Profile profile, List<String> sources) {
    byte[] key = System.getenv("THANTHIEN_PII_KEY").getBytes(StandardCharsets.UTF_8);
    long start = System.nanoTime();
    SparkSession spark = Sparks.session("local[*]");
    double sessionSeconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  Spark session start: %.1f s (not counted)%n", sessionSeconds);
    start = System.nanoTime();
    IngestResult result =
        IngestJob.run(new IngestRequest(Locations.of(landing), Locations.of(lake), sources, null, profile,
            new Pseudonymizer(key), spark, null));
    double seconds = (System.nanoTime() - start) / 1e9;
    long read = result.files().stream().mapToLong(FileReport::rowsRead).sum();
    long accepted = result.files().stream().mapToLong(FileReport::rowsAccepted).sum();
    long quarantined = result.files().stream().mapToLong(FileReport::rowsQuarantined).sum();
    System.out.printf(Locale.ROOT, "  ingest of %s: %.2f s, %,d rows read (%,d accepted, %,d quarantined), status %s%n",
        String.join(", ", sources), seconds, read, accepted, quarantined, result.status());
    for (String source : sources) {
      long rows = result.files().stream().filter(f -> f.source().equals(source)).mapToLong(FileReport::rowsRead).sum();
      System.out.printf(Locale.ROOT, "    %-12s %,12d rows read%n", source, rows);
    }
    System.out.printf(Locale.ROOT, "FIGURES seconds=%.3f session_s=%.3f rows=%d rows_per_s=%.0f heap_peak_mb=%.0f%n",
        seconds, sessionSeconds, read, read / seconds, BuildBenchmark.heapPeakMb());
  }

  static void duckdb(Path landing, Path out) throws Exception {
    List<Path> csvs = plainExports(landing);
    System.out.printf(Locale.ROOT, "  %d plain CSV feedback exports%n", csvs.size());
    String sql = DuckDbIngest.copy(csvs, out, System.getenv("THANTHIEN_PII_KEY").getBytes(StandardCharsets.UTF_8));
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

  /** The plain CSV feedback exports of {@code landing}, in landing-day order. */
  static List<Path> plainExports(Path landing) throws IOException {
    // The plain form starts with the first column's Vietnamese label, no BOM; the others start with
    // a BOM, the label without diacritics (last column first), or are not UTF-8 at all.
    String start = DatasetContract.forSource("feedback").columns().get(0).labels().get(0) + ",";
    try (Stream<Path> files = Files.walk(landing.resolve("feedback"), 2)) {
      List<Path> plain = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String first = reader.readLine();
          if (first != null && first.startsWith(start)) {
            plain.add(file);
          }
        } catch (CharacterCodingException e) {
          // not UTF-8: not plain
        }
      }
      return plain;
    }
  }

  /** Hard links (ingest does not follow symbolic links) of the plain exports, same relative paths. */
  static void linkPlain(Path landing, Path subset) throws IOException {
    long rows = 0;
    for (Path csv : plainExports(landing)) {
      Path target = subset.resolve(landing.relativize(csv));
      Files.createDirectories(target.getParent());
      Files.createLink(target, csv);
      try (Stream<String> lines = Files.lines(csv)) {
        rows += lines.count() - 1;
      }
    }
    System.out.printf(Locale.ROOT, "  linked the plain exports into %s: %,d records%n", subset, rows);
  }
}
