package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exports the analysts' tables ({@code mart_*, dim_*, fct_*, ingest_runs, quarantine_summary}) to
 * {@code <martsDir>/<name>/data.parquet}: written into a temporary folder first, then each file
 * renamed into place, so a BI tool never reads a half-written file.
 */
final class MartExport {
  private static final AtomicInteger EXPORTS = new AtomicInteger();
  static final String EXPORTED_TABLES =
      "select table_name from duckdb_tables() where schema_name = 'main' and (table_name like 'mart\\_%' escape '\\'"
          + " or table_name like 'dim\\_%' escape '\\' or table_name like 'fct\\_%' escape '\\'"
          + " or table_name in ('ingest_runs', 'quarantine_summary')) order by table_name";

  private final Path martsDir;
  private final Path temp;
  private final List<String> written = new ArrayList<>();

  private MartExport(Path martsDir, Path temp) {
    this.martsDir = martsDir;
    this.temp = temp;
  }

  static MartExport begin(Path martsDir) {
    Path dir = martsDir.toAbsolutePath();
    return new MartExport(dir, dir.resolve(".building-" + ProcessHandle.current().pid() + "-" + EXPORTS.incrementAndGet()));
  }

  void write(Connection connection) throws SQLException, IOException {
    for (String table : Sql.strings(connection, EXPORTED_TABLES)) {
      Path file = temp.resolve(table).resolve("data.parquet");
      Files.createDirectories(file.getParent());
      Sql.execute(connection, "copy " + table + " to " + Placeholders.literal(file.toString()) + " (format parquet)");
      written.add(table);
    }
  }

  /** How many tables are written so far. */
  int written() {
    return written.size();
  }

  /** Moves every written file into place; returns the exported names. */
  List<String> commit() throws IOException {
    for (String table : written) {
      Path target = martsDir.resolve(table).resolve("data.parquet");
      Files.createDirectories(target.getParent());
      Files.move(temp.resolve(table).resolve("data.parquet"), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return List.copyOf(written);
  }

  void discard() throws IOException {
    Warehouse.deleteTree(temp);
  }
}
