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
import vn.phuly.thanthien.FileModes;

/**
 * Exports the analysts' tables (the {@code main} schema: dims, facts, marts, {@code ingest_runs}, {@code quarantine_summary}) to
 * {@code <martsDir>/<name>/data.parquet}: written into a temporary folder first, then each file
 * renamed into place, so a BI tool never reads a half-written file.
 */
final class MartExport {
  static final String TEMP_PREFIX = ".building-";
  private static final AtomicInteger EXPORTS = new AtomicInteger();
  /** The analysts' catalogue: every table of {@code main} (the intermediate models are in {@code internal}). */
  static final String EXPORTED_TABLES =
      "select table_name from duckdb_tables() where schema_name = 'main' order by table_name";

  private final Path martsDir;
  private final Path temp;
  private final List<String> written = new ArrayList<>();

  private MartExport(Path martsDir, Path temp) {
    this.martsDir = martsDir;
    this.temp = temp;
  }

  static MartExport begin(Path martsDir) {
    Path dir = martsDir.toAbsolutePath();
    return new MartExport(dir, dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + EXPORTS.incrementAndGet()));
  }

  void write(Connection connection) throws SQLException, IOException {
    for (String table : Sql.strings(connection, EXPORTED_TABLES)) {
      Path file = temp.resolve(table).resolve("data.parquet");
      FileModes.createFolders(file.getParent());
      Sql.execute(connection, "copy " + table + " to " + Placeholders.literal(file.toString()) + " (format parquet)");
      FileModes.restrict(file);
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
      FileModes.createFolders(target.getParent());
      Files.move(temp.resolve(table).resolve("data.parquet"), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    return List.copyOf(written);
  }

  void discard() throws IOException {
    Warehouse.deleteTree(temp);
  }
}
