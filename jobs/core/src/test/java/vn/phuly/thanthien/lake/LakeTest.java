package vn.phuly.thanthien.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.fs.Locations;

/** The commit protocol on a local lake; {@link OtherSchemeLakeTest} runs the same on a Hadoop file system. */
class LakeTest {
  private static final LocalDate DAY1 = LocalDate.of(2024, 3, 1);
  private static final LocalDate DAY2 = LocalDate.of(2024, 3, 2);

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T21:30:00Z"), ZoneOffset.UTC);

  @TempDir Path root;
  private Lake lake;

  @BeforeEach
  void openLake() {
    lake = open(LakeJson::write);
  }

  /** Where the lake of a local folder is: a {@code file:} location here. */
  org.apache.hadoop.fs.Path location(Path local) {
    return Locations.of(local);
  }

  /** What the lake is reached with. */
  Configuration conf() {
    return new Configuration();
  }

  private Lake open(Lake.LedgerWriter ledgerWriter) {
    return new Lake(location(root), conf(), CLOCK, ledgerWriter);
  }

  /** A file of the lake as the lake names it. */
  private org.apache.hadoop.fs.Path at(String relative) {
    return location(root.resolve(relative));
  }

  /** The file on the local disk that a path of the lake names. */
  private static Path local(org.apache.hadoop.fs.Path file) {
    return Path.of(file.toUri().getPath());
  }

  @Test
  void commitMovesStagedFilesAndWritesTheLedger() throws IOException {
    org.apache.hadoop.fs.Path feedback = stage("run1", "feedback", Map.of(
        "year=2023/part-00000-abc.snappy.parquet", "a",
        "year=2024/part-00000-def.snappy.parquet", "b",
        "year=2024/.part-00000-def.snappy.parquet.crc", "crc",
        "_SUCCESS", ""));
    org.apache.hadoop.fs.Path quarantine = stage("run1", "q_feedback", Map.of("part-00000-q.parquet", "q", "_SUCCESS", ""));

    LedgerEntry entry = lake.commit("feedback", DAY1, "run1", Map.of("feedback", feedback), quarantine);

    assertEquals(Map.of("feedback", List.of(
            "curated/feedback/year=2023/2024-03-01_run1_0.parquet",
            "curated/feedback/year=2024/2024-03-01_run1_1.parquet")),
        entry.files());
    assertEquals(List.of("quarantine/feedback/landing=2024-03-01/run1_0.parquet"), entry.quarantine());
    assertEquals("2026-11-26T21:30:00Z", entry.committedAt());
    assertEquals("b", Files.readString(root.resolve("curated/feedback/year=2024/2024-03-01_run1_1.parquet")));
    assertFalse(Files.exists(local(feedback).resolve("year=2023/part-00000-abc.snappy.parquet")));
    assertFalse(Files.exists(root.resolve("curated/feedback/year=2024/.part-00000-def.snappy.parquet.crc")));

    String json = Files.readString(root.resolve("_ledger/feedback/2024-03-01.json"));
    assertTrue(json.contains("\"landing_date\" : \"2024-03-01\""), json);
    assertTrue(json.contains("\"run_id\" : \"run1\""), json);
    assertTrue(json.contains("\"committed_at\" : \"2026-11-26T21:30:00Z\""), json);
    assertFalse(json.contains("all_paths"), json);
    assertEquals(Optional.of(entry), lake.entry("feedback", DAY1));
    assertEquals(Set.of(DAY1), lake.ingestedDays("feedback"));
  }

  @Test
  void committedFilesListEveryLedgeredFileOfADataset() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "a"))), null);
    lake.commit("feedback", DAY2, "run1", Map.of("feedback", stage("run1", "d2", Map.of("year=2024/part-0.parquet", "b"))), null);
    lake.commit("inspections", DAY1, "run1", Map.of("inspections", stage("run1", "i1", Map.of("year=2024/part-0.parquet", "c"))),
        stage("run1", "qi", Map.of("part-0.parquet", "q")));

    assertEquals(List.of(
            at("curated/feedback/year=2024/2024-03-01_run1_0.parquet"),
            at("curated/feedback/year=2024/2024-03-02_run1_0.parquet")),
        lake.committedFiles("feedback"));
    assertEquals(List.of(at("quarantine/inspections/landing=2024-03-01/run1_0.parquet")), lake.committedQuarantine());
    assertEquals(List.of(DAY1, DAY2), lake.entries("feedback").stream().map(LedgerEntry::landingDate).toList());
    assertEquals(List.of(), lake.committedFiles("no_such_dataset"));
  }

  @Test
  void recommittingADayReplacesExactlyThatDaysFiles() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "old"))),
        stage("run1", "q1", Map.of("part-0.parquet", "old q")));
    lake.commit("feedback", DAY2, "run1", Map.of("feedback", stage("run1", "d2", Map.of("year=2024/part-0.parquet", "day 2"))), null);

    lake.commit("feedback", DAY1, "run2", Map.of("feedback", stage("run2", "d1", Map.of(
        "year=2024/part-0.parquet", "new", "year=2024/part-1.parquet", "new too"))), null);

    assertEquals(List.of(
            at("curated/feedback/year=2024/2024-03-01_run2_0.parquet"),
            at("curated/feedback/year=2024/2024-03-01_run2_1.parquet"),
            at("curated/feedback/year=2024/2024-03-02_run1_0.parquet")),
        lake.committedFiles("feedback"));
    assertEquals(List.of(
            "curated/feedback/year=2024/2024-03-01_run2_0.parquet",
            "curated/feedback/year=2024/2024-03-01_run2_1.parquet",
            "curated/feedback/year=2024/2024-03-02_run1_0.parquet"),
        parquetFilesOnDisk());
    assertEquals("day 2", Files.readString(root.resolve("curated/feedback/year=2024/2024-03-02_run1_0.parquet")));
    assertEquals(List.of(), lake.committedQuarantine());
    assertFalse(Files.exists(root.resolve("quarantine/feedback/landing=2024-03-01")), "emptied folders go too");
  }

  @Test
  void crashBetweenMovesAndLedgerLeavesTheOldCommitAndOrphansAreRemoved() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "old"))), null);
    List<org.apache.hadoop.fs.Path> before = lake.committedFiles("feedback");

    lake.moveIntoPlace("feedback", DAY1, "run2", Map.of("feedback", stage("run2", "d1", Map.of("year=2024/part-0.parquet", "new"))),
        stage("run2", "q1", Map.of("part-0.parquet", "q")));

    assertEquals(before, lake.committedFiles("feedback"));
    assertEquals(List.of(), lake.committedQuarantine());
    assertEquals("run1", lake.entry("feedback", DAY1).orElseThrow().runId());
    assertEquals(3, parquetFilesOnDisk().size(), "old file + moved curated + moved quarantine");

    lake.removeOrphans();

    assertEquals(List.of("curated/feedback/year=2024/2024-03-01_run1_0.parquet"), parquetFilesOnDisk());
    assertEquals(before, lake.committedFiles("feedback"));
  }

  @Test
  void failedLedgerWriteLeavesTheOldCommitAndItsFiles() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "old"))), null);
    List<org.apache.hadoop.fs.Path> before = lake.committedFiles("feedback");
    Lake failingLedger = open((store, file, entry) -> {
      throw new LakeException("disk full (simulated)");
    });
    Map<String, org.apache.hadoop.fs.Path> staged = Map.of("feedback", stage("run2", "d1", Map.of("year=2024/part-0.parquet", "new")));

    assertThrows(LakeException.class, () -> failingLedger.commit("feedback", DAY1, "run2", staged, null));

    assertEquals(before, lake.committedFiles("feedback"));
    assertEquals("old", Files.readString(local(before.get(0))));
    lake.removeOrphans();
    assertEquals(List.of("curated/feedback/year=2024/2024-03-01_run1_0.parquet"), parquetFilesOnDisk());
  }

  @Test
  void removeOrphansDeletesTheStagingOfEveryEndedRunEvenWithoutManifest() throws IOException {
    stage("finished", "d1", Map.of("_SUCCESS", ""));
    // a run killed by SIGKILL never writes its manifest: its half-written output must not stay forever
    stage("killed", "d1/_temporary/0", Map.of("part-0.parquet", "half"));
    new RunManifest("finished", "a", "b", RunManifest.SUCCEEDED, List.of(), List.of()).write(lake);

    lake.removeOrphans();

    assertFalse(Files.exists(root.resolve("_staging/finished")));
    assertFalse(Files.exists(root.resolve("_staging/killed")));
  }

  @Test
  void discardStagingDeletesOneRunsStagingOnly() throws IOException {
    stage("run1", "d1", Map.of("_SUCCESS", ""));
    stage("run2", "d1", Map.of("part-0.parquet", "x"));

    lake.discardStaging("run1");
    lake.discardStaging("never-staged");

    assertFalse(Files.exists(root.resolve("_staging/run1")));
    assertTrue(Files.exists(root.resolve("_staging/run2/d1/part-0.parquet")));
  }

  @Test
  void oneWriterAtATime() {
    try (Lake.WriterLock held = lake.lockForWriting()) {
      LakeException e = assertThrows(LakeException.class, () -> open(LakeJson::write).lockForWriting());
      assertTrue(e.getMessage().contains("một lượt nạp khác đang ghi hồ dữ liệu này"), e.getMessage());
    }
    lake.lockForWriting().close();
  }

  @Test
  void aReaderKeepsTheFilesOfItsSnapshotUntilItEnds() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "old"))),
        stage("run1", "q1", Map.of("part-0.parquet", "old-q")));
    LakeSnapshot snapshot;
    try (Lake.ReadLock reading = lake.lockForReading()) {
      snapshot = lake.snapshot();
      // a forced re-run of the day commits while the build reads
      lake.commit("feedback", DAY1, "run2", Map.of("feedback", stage("run2", "d1", Map.of("year=2024/part-0.parquet", "new"))),
          stage("run2", "q1", Map.of("part-0.parquet", "new-q")));
      lake.removeOrphans();
      assertEquals("old", Files.readString(local(snapshot.committedFiles("feedback").get(0))));
      assertEquals("old-q", Files.readString(local(snapshot.committedQuarantine().get(0))));
      assertEquals(List.of(at("curated/feedback/year=2024/2024-03-01_run2_0.parquet")), lake.committedFiles("feedback"));
    }
    lake.removeOrphans();
    assertEquals(List.of(
            "curated/feedback/year=2024/2024-03-01_run2_0.parquet", "quarantine/feedback/landing=2024-03-01/run2_0.parquet"),
        parquetFilesOnDisk(), "once no reader holds the lock, the next ingest removes the replaced files");
  }

  @Test
  void aSnapshotReadsEachLedgerEntryOnce() throws IOException {
    lake.commit("feedback", DAY1, "run1", Map.of("feedback", stage("run1", "d1", Map.of("year=2024/part-0.parquet", "a"))),
        stage("run1", "q1", Map.of("part-0.parquet", "q")));
    LakeSnapshot snapshot = lake.snapshot();
    lake.commit("feedback", DAY1, "run2", Map.of("feedback", stage("run2", "d1", Map.of("year=2024/part-0.parquet", "b"))), null);

    assertEquals(List.of(at("curated/feedback/year=2024/2024-03-01_run1_0.parquet")), snapshot.committedFiles("feedback"));
    assertEquals(List.of(at("quarantine/feedback/landing=2024-03-01/run1_0.parquet")), snapshot.committedQuarantine(),
        "the quarantine of the same entry as the curated files, not of the day's newer one");
  }

  @Test
  void stagedFilesOutsideYearFoldersAreRefused() throws IOException {
    org.apache.hadoop.fs.Path staged = stage("run1", "d1", Map.of("year=__HIVE_DEFAULT_PARTITION__/part-0.parquet", "x"));
    assertThrows(LakeException.class, () -> lake.commit("feedback", DAY1, "run1", Map.of("feedback", staged), null));
  }

  @Test
  void namesThatCouldLeaveTheLakeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> lake.curated("../etc"));
    assertThrows(IllegalArgumentException.class, () -> lake.staging("a/b"));
    assertThrows(IllegalArgumentException.class, () -> lake.quarantine(".hidden"));
  }

  /** Writes Spark's output in the run's staging folder (on the local disk under either scheme). */
  private org.apache.hadoop.fs.Path stage(String runId, String name, Map<String, String> files) throws IOException {
    Path folder = local(lake.staging(runId)).resolve(name);
    Files.createDirectories(folder);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return location(folder);
  }

  private List<String> parquetFilesOnDisk() throws IOException {
    List<String> files;
    try (Stream<Path> paths = Files.walk(root)) {
      files = paths.filter(Files::isRegularFile)
          .filter(path -> path.toString().endsWith(".parquet") && !path.startsWith(root.resolve("_staging")))
          .map(path -> root.relativize(path).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
    return files;
  }
}
