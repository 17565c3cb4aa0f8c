package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.generate.GeneratorOptions;
import vn.phuly.thanthien.generate.SampleGenerator;
import vn.phuly.thanthien.generate.Scale;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.spark.Sparks;

/**
 * Issue: "a run killed at any point leaves nothing partial visible to build". ingest runs as a
 * child JVM and is killed with SIGKILL three times on the same lake (as soon as it stages, right
 * after its first commit, after a seeded random delay); after each kill the lake build reads is
 * whole. A run to completion then gives exactly the curated data of an uninterrupted run, leaves no
 * staging and no orphan, and the warehouse built over it passes its audits.
 */
class KillAndRerunTest {
  /** Half a year of feedback in the sample: four landing days of each source, a few thousand rows. */
  private static final int FEEDBACK_ITEMS = 2_000;
  private static final long SEED = 20261126L;

  @TempDir static Path work;
  static Path landing;

  @BeforeAll
  static void sampleLanding() {
    Sparks.session("local[2]");
    landing = work.resolve("landing");
    SampleGenerator.generate(Profile.shipped(), landing, new GeneratorOptions(SEED, Scale.CITY, 2024, 2024, FEEDBACK_ITEMS));
  }

  @Test
  void killedRunsLeaveACommittedLakeAndTheRerunEqualsACleanRun() throws Exception {
    Path lake = work.resolve("lake");

    killWhen(lake, "staged", root -> Files.isDirectory(root.resolve("_staging")), 0);
    LakeReads.assertConsistent(lake);
    assertEquals(List.of(), ledgerFiles(lake), "killed before its first commit: nothing committed");

    killWhen(lake, "committed", root -> !ledgerFiles(root).isEmpty(), 0);
    LakeReads.assertConsistent(lake);
    assertFalse(ledgerFiles(lake).isEmpty());

    long delayMillis = 2_000 + new Random(SEED).nextInt(10_000);
    killWhen(lake, "random", root -> true, delayMillis);
    LakeReads.assertConsistent(lake);

    int resumed = Main.run("ingest", "--landing", landing.toString(), "--lake", lake.toString());
    Path clean = work.resolve("clean-lake");
    int uninterrupted = Main.run("ingest", "--landing", landing.toString(), "--lake", clean.toString());

    // no run finished before, so the resumed run redoes every day, and the gate judges them all:
    // 3 = the sample's planted bad rows are above the gate; the days are committed either way
    assertTrue(Set.of(Main.OK, Main.QUALITY_GATE).contains(uninterrupted), "exit " + uninterrupted);
    assertEquals(uninterrupted, resumed);
    Set<String> accounted = new Lake(lake).runsWithManifest();
    for (String source : IngestRequest.ALL_SOURCES) {
      new Lake(lake).entries(source).forEach(entry -> assertTrue(accounted.contains(entry.runId()),
          "the rows of " + source + " " + entry.landingDate() + " are in a run manifest"));
    }
    assertEquals(ingestedDays(clean), ingestedDays(lake));
    List<String> expected = LakeReads.committedRowsWithoutRunIds(clean);
    assertTrue(expected.size() > 1_000, expected.size() + " rows");
    assertEquals(expected, LakeReads.committedRowsWithoutRunIds(lake));
    assertEquals(List.of(), children(lake.resolve("_staging")), "the staging of the killed runs and of the last run is gone");
    assertEquals(ledgeredParquet(lake), parquetOnDisk(lake), "no orphan left in curated/ or quarantine/");

    Path warehouse = work.resolve("warehouse/thanthien.duckdb");
    assertEquals(Main.OK, Main.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString()));
    assertTrue(Files.isRegularFile(warehouse));
  }

  /** Starts ingest on {@code lake}, waits for {@code point} (and at least {@code delayMillis}), kills it. */
  private static void killWhen(Path lake, String name, Predicate<Path> point, long delayMillis) throws Exception {
    Process ingest = CliProcess.start(work.resolve("ingest-killed-" + name + ".log"),
        "ingest", "--landing", landing.toString(), "--lake", lake.toString(), "--master", "local[2]");
    long start = System.nanoTime();
    while (ingest.isAlive() && !(point.test(lake) && (System.nanoTime() - start) / 1_000_000 >= delayMillis)) {
      Thread.sleep(5);
    }
    assertTrue(ingest.isAlive() || delayMillis > 0,
        "ingest ended before the kill point '" + name + "': " + Files.readString(work.resolve("ingest-killed-" + name + ".log")));
    CliProcess.kill(ingest);
  }

  private static List<Path> ledgerFiles(Path lake) {
    return walk(lake.resolve("_ledger")).stream().filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}-\\d{2}\\.json")).toList();
  }

  private static List<String> ingestedDays(Path lake) {
    Lake l = new Lake(lake);
    return IngestRequest.ALL_SOURCES.stream().flatMap(s -> l.ingestedDays(s).stream().map(d -> s + "/" + d)).toList();
  }

  private static Set<Path> ledgeredParquet(Path lake) {
    Lake l = new Lake(lake);
    Set<Path> files = new HashSet<>(LakeReads.local(l.committedQuarantine()));
    DatasetContract.DATASETS.forEach(dataset -> files.addAll(LakeReads.local(l.committedFiles(dataset))));
    return files;
  }

  private static Set<Path> parquetOnDisk(Path lake) {
    Set<Path> files = new HashSet<>();
    for (String area : List.of("curated", "quarantine")) {
      walk(lake.resolve(area)).stream().filter(f -> f.toString().endsWith(".parquet"))
          .map(f -> f.toAbsolutePath().normalize()).forEach(files::add);
    }
    return files;
  }

  private static List<Path> children(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.sorted().toList();
    }
  }

  private static List<Path> walk(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
