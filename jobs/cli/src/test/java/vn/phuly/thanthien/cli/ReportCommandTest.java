package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phuly.thanthien.BadInputException;

class ReportCommandTest {
  @TempDir Path tmp;

  @AfterEach
  void restoreConsole() {
    Console.redirect(System.out);
  }

  @Test
  void writesTheReportUnderThePeriodAndSaysWhere() throws Exception {
    Path warehouse = warehouse();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Console.redirect(new PrintStream(printed, true, StandardCharsets.UTF_8));

    int exit =
        new CommandLine(new ReportCommand())
            .execute("--warehouse", warehouse.toString(), "--period", "2024", "--out", tmp.resolve("reports").toString());

    assertEquals(0, exit);
    Path html = tmp.resolve("reports").resolve("2024").resolve("bao-cao.html");
    assertTrue(Files.isRegularFile(html));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Báo cáo (HTML): " + html.toAbsolutePath()), text);
    assertTrue(text.contains("Biểu đồ xếp hạng (PNG): "), text);
  }

  @Test
  void missingWarehouseIsBadInput() {
    ReportCommand command = new ReportCommand();
    new CommandLine(command)
        .parseArgs("--warehouse", tmp.resolve("nope.duckdb").toString(), "--period", "2024", "--out", tmp.toString());

    BadInputException e = assertThrows(BadInputException.class, command::call);

    assertTrue(e.getMessage().contains("nope.duckdb"), e.getMessage());
  }

  private Path warehouse() throws Exception {
    Path file = tmp.resolve("w.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = db.createStatement()) {
      sql.execute(
          "create table mart_ranking as select * from (values"
              + " ('U1','13291','Lê Hồng Phong','PHUONG','2024',90.0,100.0,90.0,'Xuất sắc',1,1,90.0))"
              + " t(unit_id, unit_code, unit_name, unit_type, period, score_points, max_points,"
              + " score_pct, band, rank, rank_change, peer_mean_pct)");
      sql.execute(
          "create table mart_trend as select * from (values"
              + " ('U1','Lê Hồng Phong','PHUONG',2024,90.0,5.0,1,1,5.0,90.0))"
              + " t(unit_id, unit_name, unit_type, year, score_pct, change_pp, rank, places_change,"
              + " slope_pp_per_year, city_mean_pct)");
    }
    return file;
  }
}
