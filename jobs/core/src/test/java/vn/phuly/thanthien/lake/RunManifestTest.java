package vn.phuly.thanthien.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
  @TempDir Path root;

  private static RunManifest manifest(String runId) {
    return new RunManifest(runId, "2026-11-26T21:30:00Z", "2026-11-26T21:31:05Z", RunManifest.SUCCEEDED,
        List.of(
            new FileReport("feedback", "feedback_2024-03-01.csv", "2024-03-01", 10, 6, 3, 1, List.of("extra column: ghi_chu"), null, 2.5),
            new FileReport("feedback", "feedback_2024-03-02.csv", "2024-03-02", 0, 0, 0, 0, List.of(), "empty file", 0.1)),
        List.of(new QuarantineCount("feedback", "feedback_2024-03-01.csv", "UNKNOWN_UNIT", 3)));
  }

  @Test
  void writesSnakeCaseJsonAndReadsItBack() throws IOException {
    Lake lake = new Lake(root);
    RunManifest written = manifest("20261126T213000Z-0a1b");

    written.write(lake);

    String json = Files.readString(root.resolve("_runs/20261126T213000Z-0a1b.json"));
    for (String field : List.of("\"run_id\"", "\"started_at\"", "\"finished_at\"", "\"status\"", "\"landing_date\"",
        "\"rows_read\" : 10", "\"rows_accepted\" : 6", "\"rows_quarantined\" : 3", "\"rows_superseded\" : 1",
        "\"drift\"", "\"rejected\" : null", "\"rejected\" : \"empty file\"", "\"seconds\" : 2.5", "\"reason_code\" : \"UNKNOWN_UNIT\"")) {
      assertTrue(json.contains(field), field + " in " + json);
    }
    assertFalse(json.contains("reconciles"), json);
    assertTrue(json.contains("\n"), "pretty printed");
    assertEquals(List.of(written), RunManifest.readAll(lake));
  }

  @Test
  void readAllReturnsRunsOldestFirstAndSkipsTempFiles() throws IOException {
    Lake lake = new Lake(root);
    manifest("20261126T220000Z-ffff").write(lake);
    manifest("20261126T213000Z-0a1b").write(lake);
    Files.writeString(root.resolve("_runs/.20261126T230000Z-0000.json12345.tmp"), "{half");

    assertEquals(List.of("20261126T213000Z-0a1b", "20261126T220000Z-ffff"),
        RunManifest.readAll(lake).stream().map(RunManifest::runId).toList());
    assertEquals(List.of(), RunManifest.readAll(new Lake(root.resolve("empty"))));
  }

  @Test
  void fileReportReconcilesOnlyWhenEveryRowIsCountedOnce() {
    assertTrue(new FileReport("s", "f", "2024-03-01", 10, 6, 3, 1, List.of(), null, 0).reconciles());
    assertFalse(new FileReport("s", "f", "2024-03-01", 10, 6, 3, 0, List.of(), null, 0).reconciles());
    assertFalse(new FileReport("s", "f", "2024-03-01", 10, 6, 3, 2, List.of(), null, 0).reconciles());
  }

  @Test
  void runIdsStartWithTheUtcSecondAndEndWithFourHexDigits() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-26T21:30:07Z"), ZoneOffset.ofHours(7));
    String runId = RunIds.newRunId(clock);
    assertTrue(runId.matches("20261126T213007Z-[0-9a-f]{4}"), runId);
  }
}
