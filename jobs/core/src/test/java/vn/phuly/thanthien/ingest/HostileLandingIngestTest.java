package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LandingNote;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.testing.HostileFiles;

/**
 * Issue 11 items 1 and 2 through a whole run ({@link HostileFiles#landing}): every hostile file
 * beside good ones, folders and files no source reads, landing days in the future and before the
 * profile's first unit. The good
 * files are ingested completely, each bad file has its outcome in the manifest, every entry not
 * read is a notice and a manifest entry, and the files rejected whole fail their source's gate.
 */
class HostileLandingIngestTest {
  static final String DAY = HostileFiles.DAY;
  /** Today on the run's clock: 2024-03-10 in Hà Nội. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-09T18:00:00Z"), ZoneOffset.UTC);

  @TempDir static Path work;
  static IngestResult result;

  @BeforeAll
  static void ingest() {
    Path landing = work.resolve("landing");
    HostileFiles.landing(landing, true);
    result = IngestJob.run(new IngestRequest(Locations.of(landing), Locations.of(work.resolve("lake")), null, null, IngestFixtures.profile(),
        IngestFixtures.PSEUDONYMIZER, IngestFixtures.spark(), CLOCK));
  }

  @Test
  void theGoodRowsOfEveryFileAreCuratedAndTheOtherSourceToo() {
    assertEquals(List.of("PA-1", "PA-10", "PA-2", "PA-3", "PA-4", "PA-6", "PA-7", "PA-9"),
        IngestFixtures.curated(work.resolve("lake"), "feedback", col("feedback_id")));
    assertEquals(List.of("S-1"), IngestFixtures.curated(work.resolve("lake"), "submission_score", col("submission_id")));
  }

  @Test
  void eachFileHasItsOutcomeAndReconciles() {
    Map<String, FileReport> files = SubmissionsIngestTest.byFile(result.files());
    SubmissionsIngestTest.assertCounts(files.get(DAY + "a_good.csv"), 2, 2, 0, 0);
    SubmissionsIngestTest.assertCounts(files.get(DAY + "d_utf16.csv"), 1, 1, 0, 0);
    SubmissionsIngestTest.assertCounts(files.get(DAY + "g_long.csv"), 3, 2, 1, 0);
    SubmissionsIngestTest.assertCounts(files.get(DAY + "h_truncated.csv"), 2, 1, 1, 0);
    SubmissionsIngestTest.assertCounts(files.get(DAY + "i_header_only.csv"), 0, 0, 0, 0);
    for (String rejected : List.of("b_random.csv", "c_archive.csv", "e_utf16_nobom.csv", "f_nul.csv", "j_empty.csv", "k_zip.csv")) {
      SubmissionsIngestTest.assertCounts(files.get(DAY + rejected), 1, 0, 1, 0);
    }
    assertEquals("not text in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1258: a gzip archive (decompress it before it lands)",
        files.get(DAY + "c_archive.csv").rejected());
    assertEquals("empty file: no header line", files.get(DAY + "j_empty.csv").rejected());
    assertTrue(result.files().stream().allMatch(FileReport::reconciles));
    assertEquals(List.of(
            "feedback/2024-03-01/b_random.csv|UNREADABLE_FILE|1", "feedback/2024-03-01/c_archive.csv|UNREADABLE_FILE|1",
            "feedback/2024-03-01/e_utf16_nobom.csv|UNREADABLE_FILE|1", "feedback/2024-03-01/f_nul.csv|UNREADABLE_FILE|1",
            "feedback/2024-03-01/g_long.csv|RECORD_TOO_LONG|1", "feedback/2024-03-01/h_truncated.csv|PARSE_ERROR|1",
            "feedback/2024-03-01/j_empty.csv|UNREADABLE_FILE|1", "feedback/2024-03-01/k_zip.csv|UNREADABLE_FILE|1",
            "submissions/2024-01-10/b_random.jsonl|UNREADABLE_FILE|1"),
        result.quarantine().stream().map(q -> q.file() + "|" + q.reasonCode() + "|" + q.rows()).sorted().toList());
    assertTrue(IngestFixtures.quarantine(work.resolve("lake")).containsAll(List.of(
        DAY + "b_random.csv|0|UNREADABLE_FILE", DAY + "g_long.csv|3|RECORD_TOO_LONG", DAY + "h_truncated.csv|3|PARSE_ERROR")));
  }

  @Test
  void filesRejectedWholeFailTheGateOfTheirSourceAloneButTheRunIsCommitted() {
    assertEquals(RunManifest.QUALITY_GATE, result.status());
    assertEquals(List.of(
            "submissions|[submissions/2024-01-10/b_random.jsonl]",
            "feedback|[feedback/2024-03-01/b_random.csv, feedback/2024-03-01/c_archive.csv,"
                + " feedback/2024-03-01/e_utf16_nobom.csv, feedback/2024-03-01/f_nul.csv, feedback/2024-03-01/j_empty.csv,"
                + " feedback/2024-03-01/k_zip.csv]"),
        result.qualityGateFailures().stream().map(f -> f.source() + "|" + f.rejectedFiles()).toList());
    assertTrue(result.qualityGateFailures().stream().noneMatch(QualityGateFailure::overThreshold),
        "the quarantine rates are under the test profile's 90 %");
    assertEquals(3, new Lake(work.resolve("lake")).entries("feedback").size(), "every landing day is committed");
  }

  @Test
  void everyEntryNotReadIsNamedWithItsReasonAndTheDatesThatCannotBeRightAreWarned() {
    assertEquals(List.of(
            "SKIPPED readme.txt: a file outside every source folder",
            "SKIPPED tmp: not a source: the folders under landing are submissions, inspections, feedback",
            "SKIPPED feedback/2024-1-5: not a landing day: a landing day's folder is named YYYY-MM-DD",
            "SKIPPED feedback/stray.csv: a file outside every landing day folder",
            "WARNING feedback/2020-12-31: a landing day before the profile's first unit (valid from 2021-01-01): read all the same",
            "SKIPPED feedback/2024-03-01/export.jsonl: feedback reads .csv files, not .jsonl",
            "SKIPPED feedback/2024-03-01/notes.txt: feedback reads .csv files, not .txt",
            "SKIPPED feedback/2024-03-01/sub: a folder inside a landing day: only the day's own files are read",
            "WARNING feedback/2099-01-01: a landing day in the future (today is 2024-03-10): read all the same"),
        result.notices().stream().map(n -> n.kind() + " " + n.path() + ": " + n.reason()).toList());
    RunManifest manifest = RunManifest.readAll(new Lake(work.resolve("lake"))).get(0);
    assertEquals(result.notices().stream().filter(n -> n.kind() == LandingNotice.Kind.SKIPPED).map(LandingNotice::note).toList(),
        manifest.skipped());
    assertEquals(List.of(
            new LandingNote("feedback", "feedback/2020-12-31",
                "a landing day before the profile's first unit (valid from 2021-01-01): read all the same"),
            new LandingNote("feedback", "feedback/2099-01-01", "a landing day in the future (today is 2024-03-10): read all the same")),
        manifest.warnings());
    assertEquals(new LandingNote("tmp", "tmp", "not a source: the folders under landing are submissions, inspections, feedback"),
        manifest.skipped().get(1));
  }
}
