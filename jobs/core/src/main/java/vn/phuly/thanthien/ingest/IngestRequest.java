package vn.phuly.thanthien.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;

/**
 * What to ingest.
 *
 * @param landing the landing root ({@code <landing>/<source>/<YYYY-MM-DD>/}), with its scheme
 * @param lake the lake root, with its scheme ({@code file:}, {@code hdfs:}, {@code s3a:}; Locations.of)
 * @param sources the sources to ingest, in this order ({@link #ALL_SOURCES} by default)
 * @param date null: every landing day without a ledger entry; else exactly this day, again
 * @param through null, or the last landing day to take of the pending ones (a scheduled run for
 *     business date D takes the days up to D, DESIGN §7); not together with {@code date}
 * @param pseudonymizer keyed with the PII key (the command takes it from the environment)
 * @param reprocess also redo the committed days judged under another profile than this one (their
 *     ledger entry's profile hash differs, DESIGN §7); not together with {@code date}
 */
public record IngestRequest(
    Path landing,
    Path lake,
    List<String> sources,
    LocalDate date,
    Profile profile,
    Pseudonymizer pseudonymizer,
    SparkSession spark,
    Clock clock,
    LocalDate through,
    boolean reprocess) {
  public static final List<String> ALL_SOURCES = List.of("submissions", "inspections", "feedback");

  public IngestRequest {
    if (date != null && through != null) {
      throw new BadInputException("ingest: --date and --through exclude each other (one day again, or the pending days up to one)");
    }
    if (date != null && reprocess) {
      throw new BadInputException("ingest: --date và --reprocess loại trừ nhau (--date nạp lại đúng một ngày)"
          + " / --date and --reprocess exclude each other");
    }
    sources = sources == null || sources.isEmpty() ? ALL_SOURCES : List.copyOf(sources);
    clock = clock == null ? Clock.systemUTC() : clock;
  }

  /** The session's Hadoop configuration: how the landing and the lake are reached (file:, hdfs:, s3a:). */
  public Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  /** No reprocessing. */
  public IngestRequest(
      Path landing, Path lake, List<String> sources, LocalDate date, Profile profile, Pseudonymizer pseudonymizer,
      SparkSession spark, Clock clock, LocalDate through) {
    this(landing, lake, sources, date, profile, pseudonymizer, spark, clock, through, false);
  }

  /** Every pending day, or exactly {@code date}: no {@code through}. */
  public IngestRequest(
      Path landing, Path lake, List<String> sources, LocalDate date, Profile profile, Pseudonymizer pseudonymizer,
      SparkSession spark, Clock clock) {
    this(landing, lake, sources, date, profile, pseudonymizer, spark, clock, null);
  }
}
