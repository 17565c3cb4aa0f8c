package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LedgerEntry;
import vn.phuly.thanthien.spark.Sparks;

/**
 * Forced re-runs at the command line: {@code ingest --date D} twice gives the same curated data
 * for D and leaves the other days' commits untouched; {@code ingest} without --date after a full
 * run ingests nothing, exits 0 and says so.
 */
class ForcedRerunTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @TempDir Path work;

  @Test
  void ingestingOneDayAgainReplacesOnlyThatDayWithTheSameRows() throws Exception {
    Sparks.session("local[2]");
    Path lake = work.resolve("lake");
    assertEquals(Main.QUALITY_GATE, fullIngest(lake));
    List<String> before = LakeReads.committedRowsWithoutRunIds(lake);
    Map<String, LedgerEntry> otherDays = ledger(lake);
    LedgerEntry day = otherDays.remove("feedback/" + DAY);

    assertEquals(Main.OK, ingest(lake, "--date", DAY.toString()));
    LedgerEntry first = ledger(lake).get("feedback/" + DAY);
    assertEquals(Main.OK, ingest(lake, "--date", DAY.toString()));
    LedgerEntry second = ledger(lake).get("feedback/" + DAY);

    assertEquals(before, LakeReads.committedRowsWithoutRunIds(lake));
    assertTrue(before.stream().anyMatch(row -> row.startsWith("feedback|" + DAY + "|")), "the day has curated rows");
    assertNotEquals(day.runId(), first.runId());
    assertNotEquals(first.runId(), second.runId());
    Map<String, LedgerEntry> after = ledger(lake);
    after.remove("feedback/" + DAY);
    assertEquals(otherDays, after, "the other days' ledger entries (run, files, commit time) are untouched");
  }

  @Test
  void ingestWithoutDateAfterAFullRunIngestsNothingAndSaysSo() throws Exception {
    Sparks.session("local[2]");
    Path lake = work.resolve("lake");
    assertEquals(Main.QUALITY_GATE, fullIngest(lake));
    Map<String, LedgerEntry> ledger = ledger(lake);

    CliFixtures.Outcome again = CliFixtures.run(args(lake));

    assertEquals(Main.OK, again.exitCode(), again.err());
    assertTrue(again.out().contains(": 0 tệp, 0 dòng, 0 dòng cách ly"), again.out());
    assertEquals(ledger, ledger(lake));
  }

  /**
   * The whole test landing: its submissions day 2024-01-10 holds a file rejected whole
   * (d_missing.csv), which fails the gate of submissions, and nothing else does.
   */
  private static int fullIngest(Path lake) {
    CliFixtures.Outcome outcome = CliFixtures.run(args(lake));
    assertTrue(outcome.err().contains("submissions: 1 tệp bị loại cả tệp (submissions/2024-01-10/d_missing.csv)"),
        outcome.err());
    return outcome.exitCode();
  }

  /** Days of the test landing under the test profile (their quarantine rates pass that profile's 90 % gate). */
  private static int ingest(Path lake, String... more) {
    CliFixtures.Outcome outcome = CliFixtures.run(args(lake, more));
    assertEquals("", outcome.err());
    return outcome.exitCode();
  }

  private static String[] args(Path lake, String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", "--landing", CliFixtures.resource("landing").toString(),
        "--lake", lake.toString(), "--reference", CliFixtures.resource("profiles/ingest").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  /** Every ledger entry of the lake by "source/day". */
  private static Map<String, LedgerEntry> ledger(Path lake) {
    Map<String, LedgerEntry> entries = new TreeMap<>();
    Lake l = new Lake(lake);
    for (String source : IngestRequest.ALL_SOURCES) {
      l.entries(source).forEach(entry -> entries.put(source + "/" + entry.landingDate(), entry));
    }
    return entries;
  }
}
