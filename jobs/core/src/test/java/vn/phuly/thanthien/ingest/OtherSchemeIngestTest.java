package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.fs.OtherSchemeFileSystem;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.RunIds;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.testing.HostileFiles;

/**
 * A Spark ingest of the hostile landing zone ({@link HostileFiles#landing}) given as an {@code
 * other:} location, which only Hadoop's file system API can open, on the driver (listing,
 * sniffing, cutting ranges) and on the executors (reading): the same curated rows, quarantine rows
 * and file outcomes as the ingest of the same folder given as a local path.
 */
class OtherSchemeIngestTest {
  @TempDir static java.nio.file.Path work;
  static java.nio.file.Path localLake;
  static java.nio.file.Path otherLake;
  static List<String> localOutcomes;
  static List<String> otherOutcomes;

  @BeforeAll
  static void ingestBoth() {
    java.nio.file.Path landing = work.resolve("landing");
    HostileFiles.landing(landing, true);
    OtherSchemeFileSystem.register(IngestFixtures.spark().sparkContext().hadoopConfiguration());
    localLake = work.resolve("lake-local");
    otherLake = work.resolve("lake-other");
    localOutcomes = ingest(Locations.of(landing), localLake);
    otherOutcomes = ingest(OtherSchemeFileSystem.of(landing), otherLake);
  }

  /** Ingests every landing day of feedback and submissions; the outcome of each file, as "file read accepted quarantined rejected". */
  static List<String> ingest(Path landing, java.nio.file.Path lakeRoot) {
    SparkSession spark = IngestFixtures.spark();
    Profile profile = IngestFixtures.profile();
    Broadcast<UnitResolver> resolver =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(UnitResolver.of(profile));
    SourceIngest ingest = new SourceIngest(spark, new Lake(lakeRoot), landing, profile, resolver,
        IngestFixtures.PSEUDONYMIZER, RunIds.newRunId(Clock.systemUTC()), RecordLimits.of(profile));
    List<String> outcomes = new ArrayList<>();
    try {
      for (String source : List.of("feedback", "submissions")) {
        List<DayOutcome> days = ingest.ingest(DatasetContract.forSource(source),
            Landing.days(landing, spark.sparkContext().hadoopConfiguration(), source), IngestListener.NONE);
        days.stream().flatMap(day -> day.files().stream())
            .map(f -> f.file() + " " + f.rowsRead() + " " + f.rowsAccepted() + " " + f.rowsQuarantined() + " " + f.rejected())
            .forEach(outcomes::add);
      }
    } finally {
      resolver.destroy();
    }
    return outcomes;
  }

  @Test
  void theCuratedRowsAreThoseOfTheLocalLanding() {
    assertEquals(List.of("PA-1", "PA-10", "PA-2", "PA-3", "PA-4", "PA-6", "PA-7", "PA-9"),
        IngestFixtures.curated(otherLake, "feedback", col("feedback_id")));
    assertEquals(List.of("S-1"), IngestFixtures.curated(otherLake, "submission_score", col("submission_id")));
    for (String dataset : List.of("feedback", "submission_score")) {
      assertEquals(everyColumnButTheRun(localLake, dataset), everyColumnButTheRun(otherLake, dataset), dataset);
    }
  }

  @Test
  void theQuarantineHasTheSameReasonsAndLines() {
    assertEquals(List.of(
            "feedback/2024-03-01/b_random.csv|0|UNREADABLE_FILE", "feedback/2024-03-01/c_archive.csv|0|UNREADABLE_FILE",
            "feedback/2024-03-01/e_utf16_nobom.csv|0|UNREADABLE_FILE", "feedback/2024-03-01/f_nul.csv|0|UNREADABLE_FILE",
            "feedback/2024-03-01/g_long.csv|3|RECORD_TOO_LONG", "feedback/2024-03-01/h_truncated.csv|3|PARSE_ERROR",
            "feedback/2024-03-01/j_empty.csv|0|UNREADABLE_FILE", "feedback/2024-03-01/k_zip.csv|0|UNREADABLE_FILE",
            "submissions/2024-01-10/b_random.jsonl|0|UNREADABLE_FILE"),
        IngestFixtures.quarantine(otherLake));
    assertEquals(IngestFixtures.quarantine(localLake), IngestFixtures.quarantine(otherLake));
    List<String> details = List.of("source_file", "source_line", "reason_code", "detail_en", "detail_vi", "fields_json");
    assertEquals(quarantineRows(localLake, details), quarantineRows(otherLake, details));
  }

  @Test
  void everyFileHasTheSameOutcome() {
    assertEquals(15, otherOutcomes.size());
    assertEquals(localOutcomes, otherOutcomes);
  }

  /**
   * The committed curated rows of a dataset as sorted lines, every column but the run's id (and
   * the year, which is the files' folder).
   */
  private static List<String> everyColumnButTheRun(java.nio.file.Path lakeRoot, String dataset) {
    String[] columns = DatasetContract.load(dataset).curatedColumns().stream()
        .map(vn.phuly.thanthien.contract.Column::name).filter(name -> !List.of("run_id", Outputs.YEAR).contains(name))
        .toArray(String[]::new);
    return IngestFixtures.lines(
        IngestFixtures.spark().read().parquet(
            new Lake(lakeRoot).committedFiles(dataset).stream().map(java.nio.file.Path::toString).toArray(String[]::new)),
        columns);
  }

  private static List<String> quarantineRows(java.nio.file.Path lakeRoot, List<String> columns) {
    return IngestFixtures.lines(
        IngestFixtures.spark().read().parquet(
            new Lake(lakeRoot).committedQuarantine().stream().map(java.nio.file.Path::toString).toArray(String[]::new)),
        columns.toArray(String[]::new));
  }
}
