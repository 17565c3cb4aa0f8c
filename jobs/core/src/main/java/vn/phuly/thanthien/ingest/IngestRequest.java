package vn.phuly.thanthien.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;

/**
 * What to ingest.
 *
 * @param landing the landing root ({@code <landing>/<source>/<YYYY-MM-DD>/})
 * @param lake the lake root
 * @param sources the sources to ingest, in this order ({@link #ALL_SOURCES} by default)
 * @param date null: every landing day without a ledger entry; else exactly this day, again
 * @param pseudonymizer keyed with the PII key (the command takes it from the environment)
 */
public record IngestRequest(
    Path landing,
    Path lake,
    List<String> sources,
    LocalDate date,
    Profile profile,
    Pseudonymizer pseudonymizer,
    SparkSession spark,
    Clock clock) {
  public static final List<String> ALL_SOURCES = List.of("submissions", "inspections", "feedback");

  public IngestRequest {
    sources = sources == null || sources.isEmpty() ? ALL_SOURCES : List.copyOf(sources);
    clock = clock == null ? Clock.systemUTC() : clock;
  }
}
