package vn.phuly.thanthien.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion of the prompt: SQL keywords, the warehouse's tables, and the columns of the
 * tables the statement names (of every table while it names none).
 */
final class SqlCompletion implements Completer {
  private static final List<String> KEYWORDS = List.of(
      "select", "from", "where", "group by all", "group by", "order by", "having", "limit", "join",
      "left join", "on", "using", "and", "or", "not", "in", "is null", "is not null", "as", "distinct",
      "count", "sum", "avg", "min", "max", "with", "qualify", "exclude", "describe", "summarize", "case",
      "when", "then", "else", "end", "between", "like", "union all");

  /** Every table (schema-qualified outside main) with its columns. */
  private Map<String, List<String>> columnsByTable = Map.of();

  /** Reads the catalogue of {@code db}: again after {@code .reload}. */
  void load(Connection db) throws SQLException {
    Map<String, List<String>> catalogue = new TreeMap<>();
    try (Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(
            "select schema_name, table_name, column_name from duckdb_columns()"
                + " where database_name = current_database() and not internal"
                + " order by schema_name, table_name, column_index")) {
      while (rows.next()) {
        String table = "main".equals(rows.getString(1)) ? rows.getString(2) : rows.getString(1) + "." + rows.getString(2);
        catalogue.computeIfAbsent(table, t -> new ArrayList<>()).add(rows.getString(3));
      }
    }
    columnsByTable = catalogue;
  }

  /** The names completion offers for {@code statement}, sorted. */
  TreeSet<String> names(String statement) {
    TreeSet<String> names = new TreeSet<>(KEYWORDS);
    names.addAll(columnsByTable.keySet());
    String lower = " " + statement.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.]+", " ") + " ";
    List<String> named = columnsByTable.keySet().stream().filter(t -> lower.contains(" " + t + " ")).toList();
    for (String table : named.isEmpty() ? columnsByTable.keySet() : named) {
      names.addAll(columnsByTable.get(table));
    }
    return names;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    for (String name : names(line.line())) {
      candidates.add(new Candidate(name, name, null, null, null, null, !name.contains(" ")));
    }
  }
}
