package vn.phuly.thanthien.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Writes a query's rows as an aligned table, CSV (RFC 4180) or a JSON array of objects. */
final class QueryOutput {
  enum Format { table, csv, json }

  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryOutput() {}

  /** Writes every row of {@code rows}; returns how many. */
  static long write(ResultSet rows, Format format, PrintStream out) throws SQLException {
    return switch (format) {
      case table -> table(rows, out);
      case csv -> csv(rows, out);
      case json -> json(rows, out);
    };
  }

  private static long table(ResultSet rows, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int n = meta.getColumnCount();
    List<String[]> cells = new ArrayList<>();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    String[] header = new String[n];
    for (int i = 0; i < n; i++) {
      header[i] = meta.getColumnLabel(i + 1);
      width[i] = displayWidth(header[i]);
      numeric[i] = isNumeric(meta.getColumnType(i + 1));
    }
    while (rows.next()) {
      String[] row = new String[n];
      for (int i = 0; i < n; i++) {
        Object value = rows.getObject(i + 1);
        row[i] = value == null ? "NULL" : text(value);
        width[i] = Math.max(width[i], displayWidth(row[i]));
      }
      cells.add(row);
    }
    out.println(line(header, width, new boolean[n]));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i > 0 ? "-+-" : "").append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] row : cells) {
      out.println(line(row, width, numeric));
    }
    out.println("(" + Console.number(cells.size()) + " dòng)");
    return cells.size();
  }

  private static String line(String[] values, int[] width, boolean[] rightAligned) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      String pad = " ".repeat(width[i] - displayWidth(values[i]));
      line.append(i > 0 ? " | " : "").append(rightAligned[i] ? pad + values[i] : values[i] + pad);
    }
    return line.toString().stripTrailing();
  }

  private static long csv(ResultSet rows, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int n = meta.getColumnCount();
    List<String> header = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      header.add(csvField(meta.getColumnLabel(i)));
    }
    out.print(String.join(",", header) + "\r\n");
    long count = 0;
    while (rows.next()) {
      List<String> fields = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        Object value = rows.getObject(i);
        fields.add(value == null ? "" : csvField(text(value)));
      }
      out.print(String.join(",", fields) + "\r\n");
      count++;
    }
    return count;
  }

  private static String csvField(String value) {
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private static long json(ResultSet rows, PrintStream out) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    int n = meta.getColumnCount();
    long count = 0;
    try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.writeStartArray();
      while (rows.next()) {
        json.writeStartObject();
        for (int i = 1; i <= n; i++) {
          json.writeFieldName(meta.getColumnLabel(i));
          writeJsonValue(json, rows.getObject(i));
        }
        json.writeEndObject();
        count++;
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    return count;
  }

  private static void writeJsonValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else {
      json.writeString(text(value));
    }
  }

  /** A value as DuckDB prints it: decimals without exponent, lists and structs as DuckDB's text. */
  private static String text(Object value) {
    return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
  }

  private static boolean isNumeric(int sqlType) {
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
          Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
      default -> false;
    };
  }

  /** Columns a text takes in a terminal: its code points (warehouse text is NFC). */
  private static int displayWidth(String text) {
    return text.codePointCount(0, text.length());
  }
}
