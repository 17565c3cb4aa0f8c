package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.generate.GeneratorOptions;
import vn.phuly.thanthien.generate.SampleGenerator;
import vn.phuly.thanthien.generate.Scale;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * Issue 11 item 5, with real processes doing real work: a second {@code build} of a warehouse while
 * one runs is refused ({@code --wait 0}: exit 1, a Vietnamese message) or waits for it; a
 * {@code build} while an {@code ingest} replaces the lake's days reads one snapshot of committed
 * ledgers and their files, and so succeeds with the same marts every time.
 */
class TwoWritersOneReaderTest {
  private static final long SEED = 20261201L;

  @TempDir static Path work;
  static Path landing;
  static Path lake;
  static long feedbackRows;

  @BeforeAll
  static void aLakeWithOneNight() throws Exception {
    Sparks.session("local[2]");
    landing = work.resolve("landing");
    SampleGenerator.generate(Profile.shipped(), landing, new GeneratorOptions(SEED, Scale.CITY, 2024, 2024, 300));
    lake = work.resolve("lake");
    int ingested = Main.run("ingest", "--landing", landing.toString(), "--lake", lake.toString());
    assertTrue(ingested == Main.OK || ingested == Main.QUALITY_GATE, "exit " + ingested);
    Path first = work.resolve("first/thanthien.duckdb");
    assertEquals(Main.OK, Main.run("build", "--lake", lake.toString(), "--warehouse", first.toString()));
    feedbackRows = count(first, "fct_feedback");
    assertTrue(feedbackRows > 200, feedbackRows + " feedback rows");
  }

  @Test
  void aSecondBuildIsRefusedOrWaitsForTheFirst() throws Exception {
    Path warehouse = work.resolve("two-builds/thanthien.duckdb");
    Path log = work.resolve("first-build.log");
    Process first = CliProcess.start(log, "build", "--lake", lake.toString(), "--warehouse", warehouse.toString());
    while (first.isAlive() && building(warehouse).isEmpty()) {
      Thread.sleep(5);
    }
    assertTrue(first.isAlive(), "the first build ran to its end before the second started: " + Files.readString(log));

    CliFixtures.Outcome refused = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(), "--wait", "0");
    CliFixtures.Outcome waited = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(), "--wait", "600");

    assertEquals(Main.FAILURE, refused.exitCode(), refused.err());
    assertTrue(refused.err().contains("Một lượt dựng kho dữ liệu khác đang chạy trên " + warehouse.toAbsolutePath()), refused.err());
    assertFalse(refused.err().contains("Exception"), refused.err());
    assertEquals(Main.OK, waited.exitCode(), waited.err());
    assertTrue(waited.out().contains("Đang chờ lượt dựng kho dữ liệu khác trên"), waited.out());
    assertEquals(0, first.waitFor(), Files.readString(log, StandardCharsets.UTF_8));
    assertEquals(1, Files.list(warehouse.resolveSibling(".history")).count(), "two builds published, one after the other");
    assertEquals(feedbackRows, count(warehouse, "fct_feedback"));
    assertEquals(List.of(), building(warehouse));
  }

  /**
   * The lake's night is redone while builds run: its manifests are gone (as after a run killed
   * after its commits), so the ingest replaces every day's ledger entry and deletes the files of
   * the old one. Every build meanwhile must read a whole snapshot.
   */
  @Test
  void buildsWhileAnIngestReplacesTheDaysReadOnlyCommittedFiles() throws Exception {
    Path redone = work.resolve("redone-lake");
    CliFixtures.copyTree(lake, redone);
    try (Stream<Path> manifests = Files.list(redone.resolve("_runs"))) {
      for (Path manifest : manifests.toList()) {
        Files.delete(manifest);
      }
    }
    Path log = work.resolve("ingest-while-building.log");
    Process ingest = CliProcess.start(log, "ingest", "--landing", landing.toString(), "--lake", redone.toString(), "--master", "local[2]");
    List<Integer> exits = new ArrayList<>();
    List<Long> rows = new ArrayList<>();
    int n = 0;
    while (ingest.isAlive()) {
      Path warehouse = work.resolve("during/" + n++ + "/thanthien.duckdb");
      CliFixtures.Outcome build = CliFixtures.run("build", "--lake", redone.toString(), "--warehouse", warehouse.toString());
      exits.add(build.exitCode());
      assertEquals(Main.OK, build.exitCode(), "build " + n + " while the ingest ran: " + build.err());
      rows.add(count(warehouse, "fct_feedback"));
    }
    int ingested = ingest.waitFor();
    assertTrue(ingested == Main.OK || ingested == Main.QUALITY_GATE, Files.readString(log, StandardCharsets.UTF_8));
    assertTrue(exits.size() >= 2, "builds during the ingest: " + exits.size());
    for (long r : rows) {
      assertEquals(feedbackRows, r, "every build read whole days: " + rows);
    }
  }

  private static List<Path> building(Path warehouse) throws IOException {
    if (!Files.isDirectory(warehouse.getParent())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(warehouse.getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith(warehouse.getFileName() + ".building-")).toList();
    }
  }

  private static long count(Path warehouse, String table) throws Exception {
    return Long.parseLong(QueryRows.readOnly(warehouse, "select count(*) from " + table).get(0));
  }
}
