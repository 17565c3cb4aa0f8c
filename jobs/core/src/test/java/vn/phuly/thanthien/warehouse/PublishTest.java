package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.QualityGateException;

class PublishTest {
  @TempDir Path tmp;
  Path profile;
  Path target;
  Path marts;

  @BeforeEach
  void profile() throws Exception {
    profile =
        Fixtures.profile(
            tmp.resolve("profile"),
            "W1,1,Phường An,PHUONG,,2021-01-01,,\nW2,2,Phường Bình,PHUONG,,2021-01-01,,\n",
            "CW,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,60,SELF\nCW,2021-01-01,,PHUONG,TC2,G,Nhóm,Tiêu chí 2,40,SURVEY\n",
            "CW,Tốt,80\nCW,Khá,0\n");
    target = tmp.resolve("warehouse/thanthien.duckdb");
    marts = tmp.resolve("lake/marts");
  }

  /** A build where W1 scored {@code w1} of 60 on TC1 (by appraisal) and nothing else. */
  private BuildReport buildWith(int w1, String lakeName) throws Exception {
    List<Path> files =
        Fixtures.submissions(tmp.resolve(lakeName), "s", "('A', '2023', 'W1', 'APPRAISAL', 'TC1', " + w1 + ", 1)");
    return Warehouse.build(Fixtures.inputs(profile, files), target, marts);
  }

  private static String publishedRanking(Path file) throws Exception {
    try (Connection c = Sql.openReadOnly(file)) {
      return ReadOnlyReaderProbe.ranking(c);
    }
  }

  private static String exportedRanking(Path marts) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return Fixtures.strings(
              c,
              "select string_agg(unit_id || ':' || coalesce(cast(score_pct as varchar), '-'), ',' order by unit_id) from read_parquet('"
                  + marts.resolve("mart_ranking/data.parquet") + "')")
          .get(0);
    }
  }

  private List<String> leftovers() throws Exception {
    try (Stream<Path> files = Stream.concat(Files.list(target.getParent()), Files.list(marts))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.contains("building")).toList();
    }
  }

  @Test
  void publishesTheBuiltFileAndItsMarts() throws Exception {
    BuildReport report = buildWith(30, "lake1");
    assertEquals(target.toAbsolutePath(), report.published());
    // 30 of 100 points
    assertEquals("W1:30.000000,W2:-", publishedRanking(target));
    assertEquals("W1:30.000000,W2:-", exportedRanking(marts));
    assertTrue(report.exportedMarts().containsAll(List.of("dim_unit", "fct_criterion_score", "mart_ranking", "ingest_runs", "quarantine_summary")));
    assertTrue(Files.isRegularFile(marts.resolve("dim_period/data.parquet")));
    assertEquals(List.of(), leftovers());
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + target)) {
      assertEquals(List.of("0"), Fixtures.strings(c, "select count(*) from duckdb_views() where not internal"));
      assertTrue(Integer.parseInt(Fixtures.strings(c, "select count(*) from internal.dictionary").get(0)) > 100);
    }
  }

  @Test
  void aFailedErrorAuditKeepsThePublishedWarehouse() throws Exception {
    buildWith(30, "lake1");
    // 61 > the 60 points of TC1
    QualityGateException e = assertThrows(QualityGateException.class, () -> buildWith(61, "lake2"));
    assertTrue(e.getMessage().contains("assert_score_within_max: 1 dòng lỗi"), e.getMessage());
    assertTrue(e.getMessage().contains("points=61.0"), e.getMessage());
    assertEquals("W1:30.000000,W2:-", publishedRanking(target));
    assertEquals("W1:30.000000,W2:-", exportedRanking(marts));
    assertEquals(List.of(), leftovers());
    assertEquals(List.of(), new Publisher(target).history());
  }

  @Test
  void rollbackRestoresThePreviousWarehouseAndItsMarts() throws Exception {
    buildWith(30, "lake1");
    buildWith(45, "lake2");
    assertEquals("W1:45.000000,W2:-", publishedRanking(target));
    assertEquals(1, new Publisher(target).history().size());
    Warehouse.rollback(target, marts);
    assertEquals("W1:30.000000,W2:-", publishedRanking(target));
    assertEquals("W1:30.000000,W2:-", exportedRanking(marts));
    assertEquals(List.of(), new Publisher(target).history());
  }

  @Test
  void keepsTheLastFiveWarehouses() throws Exception {
    for (int points = 10; points <= 16; points++) {
      buildWith(points, "lake" + points);
    }
    List<Path> history = new Publisher(target).history();
    assertEquals(5, history.size());
    // the newest kept is the one before the published 16 points
    assertEquals("W1:15.000000,W2:-", publishedRanking(history.get(4)));
    assertEquals("W1:11.000000,W2:-", publishedRanking(history.get(0)));
  }

  @Test
  void aReaderInAnotherProcessNeitherBlocksThePublishNorSeesItHalfDone() throws Exception {
    buildWith(30, "lake1");
    Path goOn = tmp.resolve("go-on");
    Process reader =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                ReadOnlyReaderProbe.class.getName(), target.toString(), goOn.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(), StandardCharsets.UTF_8))) {
      String first = firstLineStartingWith(out, "FIRST ");
      assertEquals("FIRST W1:30.000000,W2:-", first);
      buildWith(45, "lake2");
      assertEquals("W1:45.000000,W2:-", publishedRanking(target));
      Files.createFile(goOn);
      assertEquals("AGAIN W1:30.000000,W2:-", firstLineStartingWith(out, "AGAIN "));
    } finally {
      if (!Files.exists(goOn)) {
        Files.createFile(goOn);
      }
      assertEquals(0, reader.waitFor());
    }
  }

  /** Reads lines until one starts with {@code prefix} (the JVM may print warnings first). */
  private static String firstLineStartingWith(BufferedReader out, String prefix) throws Exception {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("the reader ended without a line starting with " + prefix);
  }
}
