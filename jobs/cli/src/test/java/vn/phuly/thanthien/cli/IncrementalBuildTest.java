package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * A build that keeps what did not change gives, table for table and row for row, the warehouse a
 * full rebuild of the same lake and profile gives: after a night that brings one feedback day
 * (the score models are kept, the feedback models rebuilt), and after a change of
 * the profile's thresholds (what reads them is rebuilt). The Parquet export of a kept table is
 * not written again.
 */
class IncrementalBuildTest {
  private static final String NIGHT = "feedback/2024-03-02";

  @TempDir Path work;

  @Test
  void aNightOfFeedbackKeepsTheScoresAndGivesWhatAFullRebuildGives() throws Exception {
    Sparks.session("local[2]");
    Path landing = work.resolve("landing");
    CliFixtures.copyTree(CliFixtures.resource("landing"), landing);
    Path night = landing.resolve(NIGHT);
    Path nightAside = work.resolve("night-aside");
    Files.move(night, nightAside);
    Path profile = work.resolve("profile");
    CliFixtures.copyTree(CliFixtures.resource("profiles/ingest"), profile);
    Path lake = work.resolve("lake");
    Path warehouse = work.resolve("wh/thanthien.duckdb");

    // the test landing's submissions day 2024-01-10 fails its gate (exit 3); the other days commit
    assertEquals(Main.QUALITY_GATE, ingest(landing, lake, profile));
    CliFixtures.Outcome first = build(lake, warehouse, profile);
    assertEquals(Main.OK, first.exitCode(), first.err());
    assertFalse(first.out().contains("giữ nguyên"), first.out());
    long itemsBefore = count(warehouse, "fct_feedback");
    Path scoresExport = lake.resolve("marts/fct_criterion_score/data.parquet");
    Path feedbackExport = lake.resolve("marts/fct_feedback/data.parquet");
    Object scoresFile = Files.readAttributes(scoresExport, BasicFileAttributes.class).fileKey();
    Object feedbackFile = Files.readAttributes(feedbackExport, BasicFileAttributes.class).fileKey();

    Files.move(nightAside, night);
    assertEquals(Main.OK, ingest(landing, lake, profile));
    CliFixtures.Outcome incremental = build(lake, warehouse, profile);

    assertEquals(Main.OK, incremental.exitCode(), incremental.err());
    assertTrue(line(incremental.out(), "fct_criterion_score: ").endsWith("(giữ nguyên)"), incremental.out());
    assertTrue(line(incremental.out(), "mart_ranking: ").endsWith("(giữ nguyên)"), incremental.out());
    // rebuilt with the same rows: what reads it is kept
    assertFalse(line(incremental.out(), "dim_period: ").endsWith("(giữ nguyên)"), incremental.out());
    assertTrue(line(incremental.out(), "int_lineage_walk: ").endsWith("(giữ nguyên)"), incremental.out());
    assertFalse(line(incremental.out(), "fct_feedback: ").endsWith("(giữ nguyên)"), incremental.out());
    assertFalse(line(incremental.out(), "mart_feedback_monthly: ").endsWith("(giữ nguyên)"), incremental.out());
    assertTrue(count(warehouse, "fct_feedback") > itemsBefore, "the night's items are in fct_feedback");
    assertEquals(scoresFile, Files.readAttributes(scoresExport, BasicFileAttributes.class).fileKey(),
        "the kept table's Parquet export is not written again");
    assertNotEquals(feedbackFile, Files.readAttributes(feedbackExport, BasicFileAttributes.class).fileKey(),
        "the rebuilt table's Parquet export is replaced");
    assertEquals(QueryRows.inMemory("select * from read_parquet('" + feedbackExport + "') order by all"),
        everyTable(warehouse).get("main.fct_feedback"), "the export holds the rebuilt table");
    assertSameAsFullRebuild(lake, warehouse, profile, "full-night");

    // a threshold of the watch list changes: what reads the thresholds is rebuilt, the scores are kept
    Path thresholds = profile.resolve("thresholds.csv");
    Files.writeString(thresholds, Files.readString(thresholds) + "watch_min_responses,1,Test: one answer is enough\n");
    CliFixtures.Outcome changed = build(lake, warehouse, profile);
    assertEquals(Main.OK, changed.exitCode(), changed.err());
    assertTrue(line(changed.out(), "fct_criterion_score: ").endsWith("(giữ nguyên)"), changed.out());
    assertFalse(line(changed.out(), "mart_watchlist: ").endsWith("(giữ nguyên)"), changed.out());
    assertSameAsFullRebuild(lake, warehouse, profile, "full-thresholds");
  }

  private void assertSameAsFullRebuild(Path lake, Path warehouse, Path profile, String name) throws Exception {
    Path full = work.resolve(name + "/thanthien.duckdb");
    CliFixtures.Outcome rebuilt = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", full.toString(),
        "--reference", profile.toString(), "--full-refresh", "--verbose");
    assertEquals(Main.OK, rebuilt.exitCode(), rebuilt.err());
    assertFalse(rebuilt.out().contains("giữ nguyên"), rebuilt.out());
    Map<String, List<String>> expected = everyTable(full);
    Map<String, List<String>> actual = everyTable(warehouse);
    assertEquals(expected.keySet(), actual.keySet(), "the same tables");
    for (String table : expected.keySet()) {
      assertEquals(expected.get(table), actual.get(table), table);
    }
    assertTrue(expected.get("main.fct_feedback").size() > 0 && expected.get("main.mart_ranking").size() > 0,
        "the warehouse has rows to compare");
    assertEquals(comments(full), comments(warehouse), "the same documentation");
  }

  /** Every table of every schema, its rows sorted. */
  private static Map<String, List<String>> everyTable(Path warehouse) throws Exception {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    for (String table : QueryRows.readOnly(warehouse,
        "select schema_name || '.' || table_name from duckdb_tables() order by 1")) {
      tables.put(table, QueryRows.readOnly(warehouse, "select * from " + table + " order by all"));
    }
    return tables;
  }

  private static List<String> comments(Path warehouse) throws Exception {
    return QueryRows.readOnly(warehouse, "select schema_name, table_name, column_name, comment from duckdb_columns()"
        + " order by all");
  }

  private static long count(Path warehouse, String table) throws Exception {
    return Long.parseLong(QueryRows.readOnly(warehouse, "select count(*) from " + table).get(0));
  }

  /** The verbose build's line of one model. */
  private static String line(String out, String prefix) {
    return out.lines().map(String::strip).filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + " in\n" + out));
  }

  private static int ingest(Path landing, Path lake, Path profile) {
    return CliFixtures.run("ingest", "--landing", landing.toString(), "--lake", lake.toString(),
        "--reference", profile.toString()).exitCode();
  }

  private static CliFixtures.Outcome build(Path lake, Path warehouse, Path profile) {
    return CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(),
        "--reference", profile.toString(), "--verbose");
  }
}
