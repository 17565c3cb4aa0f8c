package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fingerprint of every table model and audit of a build, kept in {@code internal.build_state}
 * of the published file, so that the next build keeps each table whose inputs are all unchanged
 * (dbt's {@code state:modified+}, with Bazel's early cut-off): a model's fingerprint covers its SQL
 * file (header included), the documentation the runner writes for it, what its placeholders read
 * ({@link Placeholders#identity}), the content of the tables it names, and the DuckDB version. A night that brings feedback only rebuilds the feedback models and what reads them;
 * the criterion scores, inspections and their marts and audits are kept as they are.
 */
final class BuildState {
  static final String TABLE = Schemas.INTERNAL + ".build_state";
  /** Bumped when the runner materialises models differently, so that every kept model is rebuilt. */
  private static final String FORMAT = "build-state/1";

  /**
   * What one model or audit was built from ({@code fingerprint}), and what it gave: a table's
   * {@code content} identity ({@link #content}; an audit's is empty) and row count.
   */
  record Entry(String fingerprint, String content, Long rows) {}

  /** What every fingerprint of one build shares: the placeholders, the DuckDB version, the model names. */
  record Context(Placeholders placeholders, String duckdbVersion, Set<String> modelNames) {}

  private final Map<String, Entry> entries;

  private BuildState(Map<String, Entry> entries) {
    this.entries = entries;
  }

  static BuildState empty() {
    return new BuildState(new TreeMap<>());
  }

  /** The state a published warehouse was built with; empty when it has none (built before it was kept). */
  static BuildState of(Path published) {
    if (!Files.isRegularFile(published)) {
      return empty();
    }
    try (Connection connection = Sql.openReadOnly(published)) {
      return read(connection);
    } catch (SQLException e) {
      return empty();
    }
  }

  private static BuildState read(Connection connection) throws SQLException {
    Map<String, Entry> entries = new TreeMap<>();
    if (Sql.strings(connection, "select table_name from duckdb_tables() where schema_name = '" + Schemas.INTERNAL
        + "' and table_name = 'build_state'").isEmpty()) {
      return new BuildState(entries);
    }
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select name, fingerprint, content, row_count from " + TABLE)) {
      while (rs.next()) {
        long rows = rs.getLong(4);
        entries.put(rs.getString(1), new Entry(rs.getString(2), rs.getString(3), rs.wasNull() ? null : rows));
      }
    }
    return new BuildState(entries);
  }

  /** Table → content identity, as {@link #TABLE} of {@code connection} holds them (empty when it has none). */
  static Map<String, String> contents(Connection connection) throws SQLException {
    Map<String, String> contents = new TreeMap<>();
    read(connection).entries.forEach((name, entry) -> {
      if (entry.content() != null) {
        contents.put(name, entry.content());
      }
    });
    return contents;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /**
   * The entry of {@code name} when the previous build made it from {@code fingerprint} and the file
   * still holds its table {@code relation} (one of {@code present}): it can be kept as it is.
   */
  Optional<Entry> keepable(String name, String fingerprint, String relation, Set<String> present) {
    return Optional.ofNullable(entries.get(name))
        .filter(e -> e.fingerprint().equals(fingerprint) && present.contains(relation));
  }

  void put(String name, Entry entry) {
    entries.put(name, entry);
  }

  /** Writes this state as {@link #TABLE}. */
  void write(Connection connection) {
    try {
      Sql.execute(connection, "create or replace table " + TABLE + " (name varchar primary key, fingerprint varchar, content varchar,"
          + " row_count bigint)");
      try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE + " values (?, ?, ?, ?)")) {
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
          insert.setString(1, e.getKey());
          insert.setString(2, e.getValue().fingerprint());
          insert.setString(3, e.getValue().content());
          if (e.getValue().rows() == null) {
            insert.setNull(4, Types.BIGINT);
          } else {
            insert.setLong(4, e.getValue().rows());
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      Sql.execute(connection, "comment on table " + TABLE + " is " + Placeholders.literal(
          "Grain: one row per table model and audit of the last build: the fingerprint of what it was built from"
              + " (the next build keeps it when that is unchanged)"));
    } catch (SQLException e) {
      throw new ModelException(TABLE + ": " + e.getMessage(), e);
    }
  }

  /**
   * The fingerprint of {@code model}: its own inputs and, for each model it names, that model's
   * identity in {@code upstream} — a table's content ({@link #content}), so that a table rebuilt
   * with the same rows (dim_period, when a night adds no year) keeps what reads it; a view's
   * fingerprint, as a view is not materialised.
   */
  static String fingerprint(Model model, Context context, Map<String, String> upstream) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n').append(context.duckdbVersion()).append('\n')
        .append(model.kind()).append('\n').append(model.origin()).append('\n').append(model.sql()).append('\n')
        .append(model.header().description()).append('\n').append(model.header().severity()).append('\n')
        .append(ModelRunner.comments(model)).append('\n')
        .append(context.placeholders().identity(model));
    for (String dependency : ModelGraph.mentions(model.name(), model.sql(), context.modelNames())) {
      text.append(dependency).append(" = ").append(upstream.get(dependency)).append('\n');
    }
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The identity of a table's content: its columns and types, its row count and two
   * order-independent sums of its rows' hashes (a sum and an exclusive or of DuckDB's 64-bit
   * {@code hash}), so equal multisets of rows give equal identities.
   */
  static String content(Connection connection, String relation) {
    String[] parts = relation.split("\\.");
    try {
      String columns = String.join(",", Sql.strings(connection, "select column_name || ' ' || data_type from duckdb_columns()"
          + " where schema_name = " + Placeholders.literal(parts[0]) + " and table_name = " + Placeholders.literal(parts[1])
          + " order by column_index"));
      String rows = Sql.strings(connection, "select count(*) || ':' || coalesce(sum(hash(t)), 0) || ':' || coalesce(bit_xor(hash(t)), 0)"
          + " from " + relation + " as t").get(0);
      return columns + "|" + rows;
    } catch (SQLException e) {
      throw new ModelException(relation + ": " + e.getMessage(), e);
    }
  }

  /**
   * Names (with their folder: a year or landing-day partition), sizes and modification times of lake
   * files, in name order. Ingest writes a lake file once, under a name holding its run, and never
   * rewrites it; the time also tells a file written again under the same name (a fixture, a
   * restore), so the identity never needs the files read.
   */
  static String filesIdentity(List<Path> files) {
    StringBuilder text = new StringBuilder();
    files.stream().map(f -> f.getParent().getFileName() + "/" + f.getFileName() + ":" + stamp(f)).sorted()
        .forEach(f -> text.append(f).append(' '));
    return text.toString();
  }

  /** The hash of a (small) file's content. */
  static String contentIdentity(Path file) {
    try {
      return sha256(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stamp(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.size() + "@" + attributes.lastModifiedTime().toInstant();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
