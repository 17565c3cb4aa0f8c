package vn.phuly.thanthien.ingest;

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

/**
 * The same ingest into a local lake and into a lake reached through Hadoop's {@code FileSystem}
 * only (the local disk under the {@code other:} scheme, which java.nio cannot open): the same
 * ledgered rows, curated and quarantined.
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
    SparkSession spark = IngestFixtures.spark();
    Configuration conf = OtherSchemeFileSystem.register(spark.sparkContext().hadoopConfiguration());
    conf.set(Lake.LOCKS_FOLDER, work.resolve("locks").toString());
    local = new Lake(Locations.of(work.resolve("local")), conf);
    other = new Lake(OtherSchemeFileSystem.of(work.resolve("other")), conf);
    localResult = IngestJob.run(request(local, spark));
    otherResult = IngestJob.run(request(other, spark));
  }

  private static IngestRequest request(Lake lake, SparkSession spark) {
    return new IngestRequest(Locations.of(IngestFixtures.resource("landing")), lake.root(), null, null,
        IngestFixtures.profile(), IngestFixtures.PSEUDONYMIZER, spark, CLOCK);
  }

  @Test
  void theLakeOnTheOtherFileSystemHoldsTheSameRows() {
    for (String dataset : DatasetContract.DATASETS) {
      assertEquals(rows(local.committedFiles(dataset)), rows(other.committedFiles(dataset)), dataset);
    }
    assertEquals(rows(local.committedQuarantine()), rows(other.committedQuarantine()), "quarantine");
    assertFalse(rows(other.committedFiles("submission_score")).isEmpty(), "the fixtures' landing has rows");
    assertFalse(rows(other.committedQuarantine()).isEmpty(), "and quarantined rows");
  }

  @Test
  void itsFilesAreOnTheOtherFileSystemAndItsStagingIsGone() {
    assertTrue(other.committedFiles("submission_score").stream()
        .allMatch(file -> OtherSchemeFileSystem.SCHEME.equals(file.toUri().getScheme())));
    // the fixtures' landing fails the gate (a file rejected whole): the same way in both lakes
    assertEquals(RunManifest.QUALITY_GATE, otherResult.status());
    assertEquals(localResult.files().size(), otherResult.files().size());
    assertEquals(List.of(otherResult.runId() + " " + RunManifest.QUALITY_GATE),
        RunManifest.readAll(other).stream().map(m -> m.runId() + " " + m.status()).toList());
    assertEquals(local.ingestedDays("feedback"), other.ingestedDays("feedback"));
    assertFalse(Files.exists(work.resolve("other/_staging/" + otherResult.runId())));
    assertFalse(Files.exists(work.resolve("other/_writer.lock")), "the lock of a lake not on this disk is this host's");
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
