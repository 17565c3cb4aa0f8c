package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.QualityGateException;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LakeException;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ProfileFile;

/** Run-level behaviour: the quality gate (judged after the commits), a bad --date, an empty landing day. */
class IngestRunTest {
  @TempDir Path work;

  @Test
  void aNoisyDayFailsTheGateButIsCommittedWithItsManifest() throws IOException {
    Path profileDir = work.resolve("profile");
    Files.createDirectories(profileDir);
    for (ProfileFile file : ProfileFile.values()) {
      Path shipped = IngestFixtures.resource("profiles/ingest").resolve(file.fileName());
      if (Files.exists(shipped)) {
        Files.copy(shipped, profileDir.resolve(file.fileName()));
      }
    }
    // the first submissions day quarantines 13 of its 21 rows: above a 50 % gate
    Files.writeString(profileDir.resolve("thresholds.csv"), "key,value,description\nquarantine_rate_max,0.5,test\n");
    Path lake = work.resolve("lake");
    IngestResult result =
        IngestJob.run(new IngestRequest(Locations.of(IngestFixtures.resource("landing")), Locations.of(lake), List.of("submissions"),
            LocalDate.of(2024, 1, 10), Profile.load(profileDir), IngestFixtures.PSEUDONYMIZER,
            IngestFixtures.spark(), null));

    assertEquals(RunManifest.QUALITY_GATE, result.status());
    // also failing it: d_missing.csv is rejected whole
    assertEquals(List.of(new QualityGateFailure("submissions", 21, 13, 0.5, List.of("submissions/2024-01-10/d_missing.csv"))),
        result.qualityGateFailures());
    assertEquals(RunManifest.QUALITY_GATE, RunManifest.readAll(new Lake(lake)).get(0).status());
    assertEquals(8, IngestFixtures.curated(lake, "submission_score", org.apache.spark.sql.functions.col("source_line")).size());
  }

  @Test
  void throughTakesOnlyThePendingDaysUpToThatDate() {
    Path landing = IngestFixtures.resource("landing");
    Path lake = work.resolve("lake");
    LocalDate first = LocalDate.of(2024, 1, 10);
    LocalDate second = LocalDate.of(2024, 1, 20);

    IngestResult untilFifteenth = IngestJob.run(through(landing, lake, LocalDate.of(2024, 1, 15)));
    assertEquals(Set.of("2024-01-10"), landingDates(untilFifteenth));
    assertEquals(Set.of(first), new Lake(lake).ingestedDays("submissions"));

    assertEquals(List.of(), IngestJob.run(through(landing, lake, LocalDate.of(2024, 1, 19))).files(), "nothing pending up to the 19th");

    IngestResult untilTwentieth = IngestJob.run(through(landing, lake, second));
    assertEquals(Set.of("2024-01-20"), landingDates(untilTwentieth), "the 10th is not taken again");
    assertEquals(Set.of(first, second), new Lake(lake).ingestedDays("submissions"));
  }

  @Test
  void dateAndThroughTogetherAreBadUsage() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> new IngestRequest(Locations.of(work), Locations.of(work), null, LocalDate.of(2024, 1, 10), null, null, null, null, LocalDate.of(2024, 1, 20)));
    assertTrue(e.getMessage().contains("--date and --through"), e.getMessage());
  }

  private static IngestRequest through(Path landing, Path lake, LocalDate through) {
    return new IngestRequest(Locations.of(landing), Locations.of(lake), List.of("submissions"), null, IngestFixtures.profile(),
        IngestFixtures.PSEUDONYMIZER, IngestFixtures.spark(), null, through);
  }

  private static Set<String> landingDates(IngestResult result) {
    return result.files().stream().map(f -> f.landingDate()).collect(Collectors.toSet());
  }

  @Test
  void anEmptyLandingDayIsLedgeredWithNoRows() throws IOException {
    Path landing = work.resolve("landing");
    Files.createDirectories(landing.resolve("feedback/2024-05-01"));
    IngestResult result = IngestJob.run(IngestFixtures.request(landing, work.resolve("lake"), null, null));
    assertEquals(RunManifest.SUCCEEDED, result.status());
    assertEquals(List.of(), result.files());
    assertEquals(Set.of(LocalDate.of(2024, 5, 1)), new Lake(work.resolve("lake")).ingestedDays("feedback"));
  }

  @Test
  void daysCommittedByARunKilledBeforeItsManifestAreIngestedAgain() throws IOException {
    Path lake = work.resolve("lake");
    IngestResult killed = IngestJob.run(IngestFixtures.request(IngestFixtures.resource("landing"), lake, "feedback", null));
    // SIGKILL after the commits, before the manifest: what the run leaves is its ledger entries only
    Files.delete(lake.resolve("_runs/" + killed.runId() + ".json"));

    IngestResult rerun = IngestJob.run(IngestFixtures.request(IngestFixtures.resource("landing"), lake, "feedback", null));

    assertEquals(List.of(AllSourcesIngestTest.FEEDBACK_1, AllSourcesIngestTest.FEEDBACK_2),
        rerun.files().stream().map(f -> f.file()).toList());
    assertEquals(List.of(rerun.runId(), rerun.runId()),
        new Lake(lake).entries("feedback").stream().map(e -> e.runId()).toList());
    assertEquals(List.of(), IngestJob.run(IngestFixtures.request(IngestFixtures.resource("landing"), lake, "feedback", null)).files(),
        "a day of a run with a manifest is done");
  }

  @Test
  void anIngestWhileAnotherWritesTheLakeIsRefusedAndWritesNothing() {
    Path lake = work.resolve("lake");
    try (Lake.WriterLock other = new Lake(lake).lockForWriting()) {
      LakeException e = assertThrows(LakeException.class,
          () -> IngestJob.run(IngestFixtures.request(IngestFixtures.resource("landing"), lake, "feedback", null)));
      assertTrue(e.getMessage().contains("another ingest is writing this lake"), e.getMessage());
    }
    assertEquals(Set.of(), new Lake(lake).ingestedDays("feedback"));
    assertEquals(List.of(), RunManifest.readAll(new Lake(lake)));
  }

  @Test
  void aDateWithoutLandingFolderIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class, () -> IngestJob.run(
        IngestFixtures.request(IngestFixtures.resource("landing"), work.resolve("lake"), "submissions",
            LocalDate.of(2024, 1, 11))));
    assertTrue(e.getMessage().contains("2024-01-11"), e.getMessage());
  }
}
