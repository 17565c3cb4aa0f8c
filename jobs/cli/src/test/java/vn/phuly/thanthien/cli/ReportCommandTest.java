package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    return vn.phuly.thanthien.report.TinyWarehouse.create(tmp);
  }

  @Test
  void dueWritesTheReportsThatAreDueAndSaysWhatItSkipped() throws Exception {
    Path warehouse = warehouse();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Console.redirect(new PrintStream(printed, true, StandardCharsets.UTF_8));

    int exit =
        new CommandLine(new ReportCommand())
            .execute("--warehouse", warehouse.toString(), "--due", "2025-02-13", "--out", tmp.resolve("reports").toString());

    assertEquals(0, exit);
    assertTrue(Files.isRegularFile(tmp.resolve("reports/2023/bao-cao.pdf")));
    assertTrue(Files.notExists(tmp.resolve("reports/2024")), "2024 is due from 14/02/2025 only");
    // the outbox of the period written, a draft for the report; no scorecards without --units
    assertTrue(Files.isRegularFile(tmp.resolve("reports/outbox/2023/bao-cao.pdf")));
    assertTrue(Files.readString(tmp.resolve("reports/outbox/2023/manifest.json")).contains("\"DRAFT\""));
    assertTrue(Files.notExists(tmp.resolve("reports/2023/units")));
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Lập báo cáo kỳ 2023 (chưa lập)"), text);
    assertTrue(text.contains("Bỏ qua kỳ 2024: chưa đến hạn lập: từ ngày 14/02/2025"), text);
    assertTrue(text.contains("Bỏ qua kỳ 2024-H1: chưa có dữ liệu chấm điểm"), text);
  }

  @Test
  void anUnknownPeriodExitsTwoWithTheReason() throws Exception {
    Path warehouse = warehouse();

    int exit = Main.run(new String[] {"report", "--warehouse", warehouse.toString(), "--period", "2030", "--out", tmp.toString()});

    assertEquals(2, exit);
  }
}
