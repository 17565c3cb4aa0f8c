package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LedgerEntry;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.testing.QueryRows;

/** What {@code build} would read from a lake, and what a warehouse holds, read back with DuckDB. */
final class LakeReads {
  private LakeReads() {}

  /**
   * The lake as build sees it is whole: every ledger entry and manifest parses, every file a ledger
   * lists exists and reads to its last row as Parquet (a half-written file has no footer).
   */
  static void assertConsistent(Path lakeRoot) throws SQLException {
    Lake lake = new Lake(lakeRoot);
    RunManifest.readAll(lake);
    for (String dataset : DatasetContract.DATASETS) {
      String source = DatasetContract.load(dataset).source();
      for (LedgerEntry entry : lake.entries(source)) {
        for (String path : entry.allPaths()) {
          assertTrue(Files.isRegularFile(lakeRoot.resolve(path)), "ledgered file missing: " + path);
        }
      }
      rows(local(lake.committedFiles(dataset)), "run_id");
    }
    rows(local(lake.committedQuarantine()), "run_id");
  }

  /** The local files of a local lake's paths, for DuckDB. */
  static List<Path> local(List<org.apache.hadoop.fs.Path> files) {
    return files.stream().map(Locations::local).toList();
  }

  /** Every row of the files (all columns but {@code excluded}) as "a|b|c", sorted; read to the end. */
  static List<String> rows(List<Path> files, String excluded) throws SQLException {
    if (files.isEmpty()) {
      return List.of();
    }
    return QueryRows.inMemory("select * exclude (" + excluded + ") from " + readParquet(files) + " order by all");
  }

  /** {@code select} (a select clause) over the rows of the files, sorted; none for no file. */
  static List<String> query(List<Path> files, String select) throws SQLException {
    return files.isEmpty() ? List.of() : QueryRows.inMemory(select + " from " + readParquet(files) + " order by all");
  }

  /** The committed rows of every curated dataset and of the quarantine, without run ids. */
  static List<String> committedRowsWithoutRunIds(Path lakeRoot) throws SQLException {
    Lake lake = new Lake(lakeRoot);
    List<String> all = new ArrayList<>();
    for (String dataset : DatasetContract.DATASETS) {
      rows(local(lake.committedFiles(dataset)), "run_id").forEach(row -> all.add(dataset + "|" + row));
    }
    rows(local(lake.committedQuarantine()), "run_id").forEach(row -> all.add("quarantine|" + row));
    return all;
  }

  /** Every value of every column of every Parquet file under {@code folder}, one row a line. */
  static String parquetText(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
    }
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      QueryRows.inMemory("select * from read_parquet('" + file + "')").forEach(row -> text.append(row).append('\n'));
    }
    return text.toString();
  }

  /** Every value of every varchar column of every table and view of a DuckDB file, one row a line. */
  static String warehouseText(Path warehouse) throws SQLException {
    StringBuilder text = new StringBuilder();
    List<String> columns = QueryRows.readOnly(warehouse,
        "select table_schema || '.' || table_name || '|' || column_name from information_schema.columns"
            + " where data_type = 'VARCHAR' order by all");
    for (String column : columns) {
      String[] parts = column.split("\\|");
      QueryRows.readOnly(warehouse, "select \"" + parts[1] + "\" from " + parts[0]).forEach(v -> text.append(v).append('\n'));
    }
    assertTrue(columns.size() > 20, "varchar columns found: " + columns.size());
    return text.toString();
  }


  private static String readParquet(List<Path> files) {
    return files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "read_parquet([", "])"));
  }
}
