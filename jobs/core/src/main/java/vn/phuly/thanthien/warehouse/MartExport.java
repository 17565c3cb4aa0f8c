package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.phuly.thanthien.FileModes;

/**
 * Exports the analysts' tables (the {@code main} schema: dims, facts, marts, {@code ingest_runs}, {@code quarantine_summary}) to
 * {@code <martsDir>/<name>/data.parquet}: written into a temporary folder first, then each file
 * renamed into place, so a BI tool never reads a half-written file. {@code <martsDir>/_exported.tsv}
 * names each file's content ({@link BuildState#content}); a table whose content is the one its file
 * already holds is not written again.
 */
final class MartExport {
  static final String TEMP_PREFIX = ".building-";
  static final String EXPORTED = "_exported.tsv";
  private static final AtomicInteger EXPORTS = new AtomicInteger();
  /** The analysts' catalogue: every table of {@code main} (the intermediate models are in {@code internal}). */
  static final String EXPORTED_TABLES =
      "select table_name from duckdb_tables() where schema_name = 'main' order by table_name";

  private final Path martsDir;
  private final Path temp;
  /** Table → its content identity (null when the file has none: built before it was kept). */
  private final Map<String, String> written = new LinkedHashMap<>();
  private final List<String> kept = new ArrayList<>();

  private MartExport(Path martsDir, Path temp) {
    this.martsDir = martsDir;
    this.temp = temp;
  }

  static MartExport begin(Path martsDir) {
    Path dir = martsDir.toAbsolutePath();
    return new MartExport(dir, dir.resolve(TEMP_PREFIX + ProcessHandle.current().pid() + "-" + EXPORTS.incrementAndGet()));
  }

  void write(Connection connection) throws SQLException, IOException {
    Map<String, String> contents = BuildState.contents(connection);
    Map<String, String> exported = exported();
    for (String table : Sql.strings(connection, EXPORTED_TABLES)) {
      String content = contents.get(table);
      Path file = temp.resolve(table).resolve("data.parquet");
      if (content != null && content.equals(exported.get(table)) && Files.isRegularFile(target(table))) {
        kept.add(table);
        continue;
      }
      FileModes.createFolders(file.getParent());
      Sql.execute(connection, "copy " + table + " to " + Placeholders.literal(file.toString()) + " (format parquet)");
      FileModes.restrict(file);
      written.put(table, content);
    }
  }

  /** How many tables are written so far. */
  int written() {
    return written.size();
  }

  /**
   * Moves every written file into place; returns the exported names (written or kept). The
   * replaced files' entries leave {@code _exported.tsv} before the files move, so it never names a
   * content a file does not hold.
   */
  List<String> commit() throws IOException {
    Map<String, String> exported = exported();
    exported.keySet().removeAll(written.keySet());
    writeExported(exported);
    for (String table : written.keySet()) {
      FileModes.createFolders(target(table).getParent());
      Files.move(temp.resolve(table).resolve("data.parquet"), target(table), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    written.forEach((table, content) -> {
      if (content != null) {
        exported.put(table, content);
      }
    });
    writeExported(exported);
    List<String> names = new ArrayList<>(kept);
    names.addAll(written.keySet());
    return names.stream().sorted().toList();
  }

  private Path target(String table) {
    return martsDir.resolve(table).resolve("data.parquet");
  }

  private Map<String, String> exported() throws IOException {
    Map<String, String> exported = new TreeMap<>();
    Path file = martsDir.resolve(EXPORTED);
    if (Files.isRegularFile(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] parts = line.split("\t", 2);
        if (parts.length == 2) {
          exported.put(parts[0], parts[1]);
        }
      }
    }
    return exported;
  }

  private void writeExported(Map<String, String> exported) throws IOException {
    FileModes.createFolders(martsDir);
    Path file = martsDir.resolve(EXPORTED);
    Path tempFile = Files.createTempFile(martsDir, TEMP_PREFIX + EXPORTED, ".tmp");
    try {
      StringBuilder text = new StringBuilder();
      exported.forEach((table, content) -> text.append(table).append('\t').append(content).append('\n'));
      Files.writeString(tempFile, text, StandardCharsets.UTF_8);
      FileModes.restrict(tempFile);
      Files.move(tempFile, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tempFile);
    }
  }

  void discard() throws IOException {
    Warehouse.deleteTree(temp);
  }
}
