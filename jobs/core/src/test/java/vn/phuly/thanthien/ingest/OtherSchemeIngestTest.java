package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.fs.OtherSchemeFileSystem;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.testing.HostileFiles;

/**
 * The whole ingest ({@link IngestJob}) of the hostile landing zone ({@link HostileFiles#landing})
 * twice: once between local folders, once with the landing and the lake both given as {@code
 * other:} locations — the local disk under a scheme only Hadoop's {@code FileSystem} can open, on
 * the driver (listing, sniffing, cutting ranges, the ledger, moving files into place) and on the
 * executors (reading). Both must hold the same curated and quarantined rows and give every file the
 * same outcome; the {@code other:} lake keeps no lock or staging of the run.
 */
class OtherSchemeIngestTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T21:30:00Z"), ZoneOffset.UTC);

  @TempDir static Path work;
  static Lake local;
  static Lake other;
  static IngestResult localResult;
  static IngestResult otherResult;

  @BeforeAll
  static void ingestTwice() {
    Path landing = work.resolve("landing");
    HostileFiles.landing(landing, true);
    SparkSession spark = IngestFixtures.spark();
    Configuration conf = OtherSchemeFileSystem.register(spark.sparkContext().hadoopConfiguration());
    conf.set(Lake.LOCKS_FOLDER, work.resolve("locks").toString());
    local = new Lake(Locations.of(work.resolve("local")), conf);
    other = new Lake(OtherSchemeFileSystem.of(work.resolve("other")), conf);
    localResult = IngestJob.run(request(Locations.of(landing), local, spark));
    otherResult = IngestJob.run(request(OtherSchemeFileSystem.of(landing), other, spark));
  }

  private static IngestRequest request(org.apache.hadoop.fs.Path landing, Lake lake, SparkSession spark) {
    return new IngestRequest(landing, lake.root(), null, null, IngestFixtures.profile(), IngestFixtures.PSEUDONYMIZER,
        spark, CLOCK);
  }

  @Test
  void theCuratedRowsAreThoseOfTheLocalIngest() {
    assertEquals(List.of("PA-1", "PA-10", "PA-2", "PA-3", "PA-4", "PA-6", "PA-7", "PA-9"),
        IngestFixtures.curated(other, "feedback", col("feedback_id")));
    assertEquals(List.of("S-1"), IngestFixtures.curated(other, "submission_score", col("submission_id")));
    for (String dataset : DatasetContract.DATASETS) {
      assertEquals(rows(local.committedFiles(dataset)), rows(other.committedFiles(dataset)), dataset);
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
        IngestFixtures.quarantine(other));
    assertEquals(rows(local.committedQuarantine()), rows(other.committedQuarantine()));
  }

  @Test
  void everyFileHasTheSameOutcome() {
    assertEquals(15, otherResult.files().size());
    assertEquals(outcomes(localResult), outcomes(otherResult));
    assertEquals(localResult.status(), otherResult.status());
  }

  @Test
  void itsFilesAreOnTheOtherFileSystemAndNothingOfTheRunIsLeft() {
    assertTrue(other.committedFiles("feedback").stream()
        .allMatch(file -> OtherSchemeFileSystem.SCHEME.equals(file.toUri().getScheme())));
    assertEquals(List.of(otherResult.runId() + " " + otherResult.status()),
        RunManifest.readAll(other).stream().map(m -> m.runId() + " " + m.status()).toList());
    assertEquals(local.ingestedDays("feedback"), other.ingestedDays("feedback"));
    assertFalse(Files.exists(work.resolve("other/_staging/" + otherResult.runId())));
    assertFalse(Files.exists(work.resolve("other/_writer.lock")), "the lock of a lake not on this disk is this host's");
  }

  private static List<String> outcomes(IngestResult result) {
    return result.files().stream()
        .map(f -> f.file() + " " + f.rowsRead() + " " + f.rowsAccepted() + " " + f.rowsQuarantined() + " " + f.rejected())
        .sorted()
        .toList();
  }

  /** Every column but the run's id, each row as one sorted line. */
  private static List<String> rows(List<org.apache.hadoop.fs.Path> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    Dataset<Row> read = IngestFixtures.spark().read().parquet(files.stream().map(Object::toString).toArray(String[]::new));
    String[] columns = Stream.of(read.columns()).filter(name -> !name.equals("run_id")).sorted().toArray(String[]::new);
    return IngestFixtures.lines(read, columns);
  }
}
