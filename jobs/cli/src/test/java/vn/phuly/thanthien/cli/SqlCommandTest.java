package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.warehouse.Publisher;

/** {@code sql}: one statement with -c in three formats, errors, read-only, and the interactive prompt. */
class SqlCommandTest {
  @TempDir Path tmp;

  /** A published warehouse with one small table of Vietnamese names, decimals and a null. */
  private Path warehouse(String name, int rows) throws Exception {
    Path file = tmp.resolve(name);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = db.createStatement()) {
      s.execute("create table mart_ranking (unit_name varchar, score_pct decimal(18,6), rank integer)");
      s.execute("comment on column mart_ranking.rank is 'Rank within the unit type'");
      s.execute("insert into mart_ranking values ('Liêm Tuyền', 91.250000, 1), ('Lam Hạ, \"cũ\"', 88.5, 2), ('Tiên Tân', null, null)");
      s.execute("delete from mart_ranking where coalesce(rank, 3) > " + rows);
      s.execute("create table dim_unit (unit_id varchar, unit_code varchar)");
    }
    return file;
  }

  @Test
  void oneStatementAsAnAlignedTable() throws Exception {
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", warehouse("w.duckdb", 3).toString(),
        "-c", "select * from mart_ranking order by rank nulls last");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("""
        unit_name    | score_pct | rank
        -------------+-----------+-----
        Liêm Tuyền   | 91.250000 |    1
        Lam Hạ, "cũ" | 88.500000 |    2
        Tiên Tân     |      NULL | NULL
        (3 dòng)
        """, run.out());
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndLeavesNullsEmpty() throws Exception {
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", warehouse("w.duckdb", 3).toString(),
        "--format", "csv", "-c", "select * from mart_ranking order by rank nulls last");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("unit_name,score_pct,rank\r\nLiêm Tuyền,91.250000,1\r\n\"Lam Hạ, \"\"cũ\"\"\",88.500000,2\r\nTiên Tân,,\r\n",
        run.out());
  }

  @Test
  void jsonKeepsNumbersAsNumbers() throws Exception {
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", warehouse("w.duckdb", 3).toString(),
        "--format", "json", "-c", "select * from mart_ranking order by rank nulls last");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("[{\"unit_name\":\"Liêm Tuyền\",\"score_pct\":91.250000,\"rank\":1},"
        + "{\"unit_name\":\"Lam Hạ, \\\"cũ\\\"\",\"score_pct\":88.500000,\"rank\":2},"
        + "{\"unit_name\":\"Tiên Tân\",\"score_pct\":null,\"rank\":null}]\n", run.out());
  }

  @Test
  void anSqlErrorIsBadInputWithDuckDbsMessage() throws Exception {
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", warehouse("w.duckdb", 3).toString(),
        "-c", "select nope from mart_ranking");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("lỗi SQL: ") && run.err().contains("nope"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
  }

  @Test
  void neverWritesTheWarehouse() throws Exception {
    Path file = warehouse("w.duckdb", 3);
    byte[] before = Files.readAllBytes(file);
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", file.toString(), "-c", "drop table mart_ranking");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().toLowerCase().contains("read-only"), run.err());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  @Test
  void aMissingWarehouseIsNotCreated() {
    Path missing = tmp.resolve("missing.duckdb");
    CliFixtures.Outcome run = CliFixtures.run("sql", "--warehouse", missing.toString(), "-c", "select 1");
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("không có tệp kho dữ liệu"), run.err());
    assertFalse(Files.exists(missing));
  }

  @Test
  void thePromptTakesStatementsOverSeveralLinesAndKeepsHistory() throws Exception {
    Path history = tmp.resolve("history");
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PipedOutputStream typing = new PipedOutputStream();
    CompletableFuture<Integer> session = start(
        new SqlShell(warehouse("w.duckdb", 3), QueryOutput.Format.table, new PipedInputStream(typing), screen, history));
    type(typing, "select 41\n+ 1 as answer;\nselect nope;\n.tables\n.quit\n");
    assertEquals(0, session.get(60, TimeUnit.SECONDS));
    String printed = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(printed.contains("answer\n------\n    42\n(1 dòng)"), printed);
    assertTrue(printed.contains("Lỗi SQL: "), "an error is printed and the prompt goes on: " + printed);
    assertTrue(printed.contains("main   | dim_unit"), ".tables lists the tables: " + printed);
    String saved = Files.readString(history, StandardCharsets.UTF_8);
    assertTrue(saved.contains("select 41") && saved.contains("+ 1 as answer;"), saved);
  }

  @Test
  void aSessionOutlivesAPublishAndReloadSeesTheNewWarehouse() throws Exception {
    Path published = warehouse("thanthien.duckdb", 1);
    PipedOutputStream typing = new PipedOutputStream();
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    CompletableFuture<Integer> session = start(new SqlShell(
        published, QueryOutput.Format.csv, new PipedInputStream(typing), screen, tmp.resolve("history")));
    type(typing, "select count(*) as n from mart_ranking;\n");
    awaitOutput(screen, "n\n1\n");

    // the nightly build publishes a new file over the one the session reads (Publisher: rename)
    Path fresh = warehouse("fresh.duckdb", 3);
    new Publisher(published).publish(building -> Files.copy(fresh, building));
    type(typing, "select count(*) as n from mart_ranking;\n");
    awaitOutput(screen, "n\n1\nthanthien> n\n1\n");
    type(typing, ".reload\nselect count(*) as n from mart_ranking;\n.quit\n");
    assertEquals(0, session.get(60, TimeUnit.SECONDS));
    String printed = screen.toString(StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(printed.contains("n\n3\n"), printed);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + published);
        Statement s = db.createStatement();
        ResultSet r = s.executeQuery("select count(*) from mart_ranking")) {
      r.next();
      assertEquals(3, r.getLong(1), "the publish was not blocked by the open session");
    }
  }

  @Test
  void completionOffersTheColumnsOfTheTablesTheStatementNames() throws Exception {
    SqlCompletion completion = new SqlCompletion();
    try (Connection db = SqlCommand.open(warehouse("w.duckdb", 3))) {
      completion.load(db);
    }
    assertTrue(completion.names("select  from mart_ranking").containsAll(
        java.util.List.of("mart_ranking", "dim_unit", "score_pct", "rank", "select")));
    assertFalse(completion.names("select  from mart_ranking").contains("unit_code"), "a column of another table");
    assertTrue(completion.names("sel").contains("unit_code"), "every column while no table is named");
  }

  private static CompletableFuture<Integer> start(SqlShell shell) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return shell.run();
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static void type(PipedOutputStream keyboard, String text) throws IOException {
    keyboard.write(text.getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
  }

  private static void awaitOutput(ByteArrayOutputStream screen, String expected) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!screen.toString(StandardCharsets.UTF_8).replace("\r", "").contains(expected)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the prompt never printed " + expected + ": " + screen.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
    }
  }
}
