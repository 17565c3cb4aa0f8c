package vn.phuly.thanthien.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.warehouse.Sql;

/**
 * {@code sql}: the analysts' SQL prompt on the published warehouse, always read-only (the
 * {@code duckdb.read_only} property), so it never blocks or sees half of a nightly publish: the
 * build writes a new file and renames it over the published one, and an open session keeps
 * reading the file it opened until {@code .reload}.
 */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = "Truy vấn kho dữ liệu đã công bố bằng SQL (chỉ đọc): dấu nhắc tương tác, hoặc một câu lệnh với -c.")
public final class SqlCommand implements Callable<Integer> {
  /** Where the demo publishes its warehouse: the default when neither --warehouse nor the environment says. */
  static final Path DEMO_WAREHOUSE = Path.of("demo-out", "warehouse", "thanthien.duckdb");
  static final String WAREHOUSE_ENV = "THANTHIEN_WAREHOUSE";

  @Option(names = "--warehouse", paramLabel = "FILE",
      description = "Tệp kho dữ liệu (mặc định: $" + WAREHOUSE_ENV + ", hoặc demo-out/warehouse/thanthien.duckdb).")
  Path warehouse;

  @Option(names = "-c", paramLabel = "SQL", description = "Chạy một câu lệnh, in kết quả ra stdout rồi thoát.")
  String command;

  @Option(names = "--format", paramLabel = "FORMAT", description = "table | csv | json (mặc định ${DEFAULT-VALUE}).")
  QueryOutput.Format format = QueryOutput.Format.table;

  @Override
  public Integer call() throws Exception {
    Path file = warehouse();
    if (command == null) {
      return new SqlShell(file, format).run();
    }
    try (Connection db = open(file); Statement statement = db.createStatement()) {
      if (statement.execute(command)) {
        QueryOutput.write(statement.getResultSet(), format, Console.out());
      }
      return Main.OK;
    } catch (SQLException e) {
      throw new BadInputException("lỗi SQL: " + SqlShell.firstLine(e));
    }
  }

  private Path warehouse() {
    if (warehouse != null) {
      return warehouse;
    }
    String fromEnvironment = System.getenv(WAREHOUSE_ENV);
    return fromEnvironment == null || fromEnvironment.isBlank() ? DEMO_WAREHOUSE : Path.of(fromEnvironment);
  }

  /** A read-only connection; a missing file is an error, never a new empty warehouse. */
  static Connection open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": không có tệp kho dữ liệu (chạy build hoặc demo trước, hoặc chỉ --warehouse)");
    }
    try {
      return Sql.openReadOnly(file);
    } catch (SQLException e) {
      throw new BadInputException(file + ": không mở được kho dữ liệu DuckDB (" + SqlShell.firstLine(e) + ")", e);
    }
  }
}
