package vn.phuly.thanthien.warehouse.docs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.warehouse.Schemas;

/**
 * What the site shows of one built warehouse: its data dictionary (the same rows {@code
 * docs/data-dictionary.md} is written from: model headers and contracts), its audits' last
 * results and the row count of each table.
 */
final class WarehouseFacts {
  record Column(String name, String type, String description) {}

  record Entry(String object, String grain, List<Column> columns) {}

  record AuditRow(String name, String severity, String description, String definedIn, String status,
      long failingRows, String failingRowsTable) {}

  private final Map<String, Entry> dictionary;
  private final List<AuditRow> audits;
  private final Map<String, Long> rows;

  private WarehouseFacts(Map<String, Entry> dictionary, List<AuditRow> audits, Map<String, Long> rows) {
    this.dictionary = dictionary;
    this.audits = audits;
    this.rows = rows;
  }

  /** @throws BadInputException when {@code file} is no warehouse that {@code build} published */
  static WarehouseFacts read(Path file, Connection db) throws SQLException {
    List<String> missing = new ArrayList<>();
    for (String table : List.of(Schemas.DICTIONARY, Schemas.AUDIT_RESULTS, "main.mart_ranking")) {
      if (!exists(db, table)) {
        missing.add(table);
      }
    }
    if (!missing.isEmpty()) {
      throw new BadInputException(file + ": không phải kho dữ liệu thanthien đã công bố (thiếu bảng "
          + String.join(", ", missing) + "); chạy lại bin/thanthien build với phiên bản này");
    }
    return new WarehouseFacts(dictionary(db), audits(db), rows(db));
  }

  private static boolean exists(Connection db, String table) throws SQLException {
    String[] parts = table.split("\\.");
    try (PreparedStatement query =
        db.prepareStatement("select count(*) from duckdb_tables() where schema_name = ? and table_name = ?")) {
      query.setString(1, parts[0]);
      query.setString(2, parts[1]);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static Map<String, Entry> dictionary(Connection db) throws SQLException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(
            "select object_name, grain, column_name, data_type, description from "
                + Schemas.DICTIONARY + " order by object_name, column_position")) {
      while (rs.next()) {
        Entry entry = entries.get(rs.getString(1));
        if (entry == null) {
          entry = new Entry(rs.getString(1), rs.getString(2), new ArrayList<>());
          entries.put(entry.object(), entry);
        }
        entry.columns().add(new Column(rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return entries;
  }

  private static List<AuditRow> audits(Connection db) throws SQLException {
    List<AuditRow> rows = new ArrayList<>();
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(
            "select audit_name, severity, description, defined_in, status, failing_rows, failing_rows_table from "
                + Schemas.AUDIT_RESULTS + " order by status = 'pass', status <> 'fail', audit_name")) {
      while (rs.next()) {
        rows.add(new AuditRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getLong(6), rs.getString(7)));
      }
    }
    return rows;
  }

  private static Map<String, Long> rows(Connection db) throws SQLException {
    Map<String, String> tables = new LinkedHashMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rs = statement.executeQuery(
            "select table_name, schema_name from duckdb_tables() where schema_name in ('main', 'internal')")) {
      while (rs.next()) {
        tables.put(rs.getString(1), rs.getString(2) + "." + rs.getString(1));
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Map.Entry<String, String> table : tables.entrySet()) {
      try (Statement statement = db.createStatement();
          ResultSet rs = statement.executeQuery("select count(*) from " + table.getValue())) {
        rs.next();
        counts.put(table.getKey(), rs.getLong(1));
      }
    }
    return counts;
  }

  Optional<Entry> entry(String object) {
    return Optional.ofNullable(dictionary.get(object));
  }

  List<AuditRow> audits() {
    return audits;
  }

  /** Rows of a published table; empty for a model the warehouse does not hold. */
  Optional<Long> rows(String table) {
    return Optional.ofNullable(rows.get(table));
  }
}
