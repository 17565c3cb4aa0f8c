package vn.phuly.thanthien.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.phuly.thanthien.warehouse.Sql;

/** Query results as comparable text rows, for assertions with hand-written expectations. */
public final class QueryRows {
  private QueryRows() {}

  /** Every row of {@code sql} as {@code a|b|c}, nulls as "null". */
  public static List<String> of(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(i > 1 ? "|" : "").append(rs.getString(i));
        }
        out.add(row.toString());
      }
    }
    return out;
  }

  /** The same on a warehouse file opened read-only. */
  public static List<String> readOnly(Path warehouse, String sql) throws SQLException {
    try (Connection c = Sql.openReadOnly(warehouse)) {
      return of(c, sql);
    }
  }

  /** The same on a fresh in-memory database (e.g. over {@code read_parquet}). */
  public static List<String> inMemory(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      return of(c, sql);
    }
  }
}
