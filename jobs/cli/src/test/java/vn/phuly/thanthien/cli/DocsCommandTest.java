package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs} on what is no published warehouse: exit 2 with a Vietnamese message, nothing written (the site itself: DocsSiteTest, bin/test.d/65-docs-site). */
class DocsCommandTest {
  @TempDir Path tmp;

  @Test
  void aMissingWarehouseIsBadInputAndNotCreated() {
    Path missing = tmp.resolve("missing.duckdb");
    CliFixtures.Outcome run = CliFixtures.run("docs", "--warehouse", missing.toString(), "--out", tmp.resolve("site").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains(missing + ": không có tệp kho dữ liệu"), run.err());
    assertFalse(Files.exists(missing));
    assertFalse(Files.exists(tmp.resolve("site")));
  }

  @Test
  void aDuckDbFileOfSomethingElseIsBadInput() throws Exception {
    Path other = tmp.resolve("other.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = db.createStatement()) {
      s.execute("create table mart_ranking (x integer)");
    }
    CliFixtures.Outcome run = CliFixtures.run("docs", "--warehouse", other.toString(), "--out", tmp.resolve("site").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("không phải kho dữ liệu thanthien đã công bố (thiếu bảng internal.dictionary, audit.audit_results)"), run.err());
    assertFalse(Files.exists(tmp.resolve("site")));
  }

  @Test
  void aFileThatIsNoDuckDbIsBadInput() throws Exception {
    Path text = tmp.resolve("notes.duckdb");
    Files.writeString(text, "không phải DuckDB\n");
    CliFixtures.Outcome run = CliFixtures.run("docs", "--warehouse", text.toString(), "--out", tmp.resolve("site").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains(text + ": không mở được kho dữ liệu DuckDB"), run.err());
  }
}
