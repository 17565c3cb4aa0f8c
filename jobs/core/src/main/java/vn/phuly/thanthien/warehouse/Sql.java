package vn.phuly.thanthien.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * JDBC helpers for DuckDB. Every call uses a fresh Statement: DuckDB's driver closes a Statement
 * after an SQL error (ENGINEERING-NOTES trap 7). {@link #openReadOnly} is the one way anything
 * (report, CLI, benchmarks, tests) opens a published warehouse to read it.
 */
public final class Sql {
  private Sql() {}

  /** A read-write connection to {@code file} (created if missing). */
  static Connection open(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
  }

  /**
   * A read-only connection: the driver ignores {@code ?access_mode=READ_ONLY} in the URL and would
   * create a file by that name (trap 8), only the connection property works. A read-only handle
   * lets a build publish next to it.
   */
  public static Connection openReadOnly(Path file) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), properties);
  }

  static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static long count(Connection connection, String relation) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select count(*) from " + relation)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Up to {@code limit} rows, each as {@code column=value, …}. */
  static List<String> sample(Connection connection, String relation, int limit) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select * from " + relation + " limit " + limit)) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        StringBuilder row = new StringBuilder("{");
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.append(i > 1 ? ", " : "").append(meta.getColumnName(i)).append('=').append(rs.getString(i));
        }
        rows.add(row.append('}').toString());
      }
    }
    return rows;
  }

  /** Single-column query results as text. */
  static List<String> strings(Connection connection, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
