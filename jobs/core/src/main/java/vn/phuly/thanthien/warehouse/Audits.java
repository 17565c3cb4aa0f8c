package vn.phuly.thanthien.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.phuly.thanthien.QualityGateException;

/**
 * The audits of a build: the files of {@code sql/audits/} plus those generated from the models'
 * headers (a primary-key audit per {@code primary_key}, a relationship audit per {@code
 * references}, an accepted-values audit per {@code accepted_values} of a closed enum). Each audit's failing rows are kept in {@code audit.<name>}, and
 * {@code audit.audit_results} lists every audit with its status.
 */
final class Audits {
  static final int SAMPLE_ROWS = 5;
  private static final String RESULTS = Schemas.AUDIT_RESULTS;

  private static final Map<String, String> RESULT_COLUMNS = orderedMap(
      "audit_name", "Name of the audit: its file under sql/audits/, or <model>__<column>__<check> for one generated from a model's header.",
      "severity", "error: a failing row stops the publish; warn: reported, the build still publishes.",
      "description", "What the audit checks (its header, or generated from the model's header).",
      "defined_in", "The SQL file of the audit, or the model whose header generated it.",
      "status", "pass (no failing row), warn (failing rows of a warn audit) or fail (failing rows of an error audit; never in a published warehouse).",
      "failing_rows", "Number of rows the audit returned in the last build.",
      "failing_rows_table", "The table holding those rows.");

  private Audits() {}

  private static Map<String, String> orderedMap(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The primary-key, relationship and accepted-values audits the headers of {@code models} declare. */
  static List<Model> generated(List<Model> models) {
    List<Model> audits = new ArrayList<>();
    for (Model model : models) {
      ModelHeader header = model.header();
      String origin = "generated from " + model.origin();
      if (!header.primaryKey().isEmpty()) {
        String key = String.join(", ", header.primaryKey());
        String anyNull = header.primaryKey().stream().map(c -> c + " is null").collect(Collectors.joining(" or "));
        audits.add(
            audit(
                model.name() + "__primary_key",
                origin,
                "No two rows of " + model.name() + " share (" + key + "), and no part of it is null.",
                "select " + key + ", count(*) as row_count\nfrom " + model.name()
                    + "\ngroup by " + key + "\nhaving count(*) > 1 or " + anyNull));
      }
      for (ModelHeader.AcceptedValues values : header.acceptedValues()) {
        ContractEnums.audit(model.name(), values).ifPresent(sql ->
            audits.add(audit(model.name() + "__" + values.column() + "__accepted_values", origin,
                "Every " + values.column() + " of " + model.name() + " is a code of " + values.dataset() + "."
                    + values.contractColumn() + " (schemas/" + values.dataset() + ".yaml).", sql)));
      }
      for (ModelHeader.Reference ref : header.references()) {
        audits.add(
            audit(
                model.name() + "__" + ref.column() + "__references_" + ref.table(),
                origin,
                "Every " + ref.column() + " of " + model.name() + " is a " + ref.targetColumn() + " of " + ref.table() + ".",
                "select " + ref.column() + ", count(*) as row_count\nfrom " + model.name()
                    + "\nwhere " + ref.column() + " is not null and " + ref.column() + " not in (select "
                    + ref.targetColumn() + " from " + ref.table() + " where " + ref.targetColumn() + " is not null)"
                    + "\ngroup by " + ref.column()));
      }
    }
    return audits;
  }

  private static Model audit(String name, String origin, String description, String sql) {
    return new Model(name, ModelKind.AUDIT, origin, sql,
        new ModelHeader(null, List.of(), List.of(), Map.of(), List.of(), ModelHeader.Severity.ERROR, description));
  }

  /**
   * Runs {@code audit} into {@code audit.<name>} and counts its failing rows; with {@code keep},
   * counts the rows its table holds from the previous build instead (nothing it reads has changed).
   */
  static AuditResult run(Connection connection, Placeholders placeholders, Model audit, boolean keep) {
    String table = failingRowsTable(audit);
    try {
      if (!keep) {
        Sql.execute(connection, "create or replace table " + table + " as\n" + placeholders.expand(audit));
        Sql.execute(connection, "comment on table " + table + " is " + Placeholders.literal("Failing rows of: " + audit.header().description()));
      }
      long failing = Sql.count(connection, table);
      List<String> sample = failing == 0 ? List.of() : Sql.sample(connection, table, SAMPLE_ROWS);
      return new AuditResult(audit.name(), audit.header().severity(), failing, sample);
    } catch (SQLException e) {
      throw new ModelException(audit.origin() + ": " + e.getMessage(), e);
    }
  }

  static String failingRowsTable(Model audit) {
    return Schemas.AUDIT + "." + audit.name();
  }

  /**
   * {@code audit.audit_results}: one row per audit of the build with its severity, description,
   * status and number of failing rows, as {@code dbt test --store-failures} keeps them.
   */
  static void record(Connection connection, List<Model> audits, List<AuditResult> results) {
    try {
      Sql.execute(connection, "create or replace table " + RESULTS + " (audit_name varchar, severity varchar,"
          + " description varchar, defined_in varchar, status varchar, failing_rows bigint, failing_rows_table varchar)");
      try (PreparedStatement insert = connection.prepareStatement("insert into " + RESULTS + " values (?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < audits.size(); i++) {
          Model audit = audits.get(i);
          AuditResult result = results.get(i);
          insert.setString(1, audit.name());
          insert.setString(2, result.severity().name().toLowerCase(Locale.ROOT));
          insert.setString(3, audit.header().description());
          insert.setString(4, audit.origin());
          insert.setString(5, status(result));
          insert.setLong(6, result.failingRows());
          insert.setString(7, failingRowsTable(audit));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      Sql.execute(connection, "comment on table " + RESULTS + " is " + Placeholders.literal("Grain: one row per audit of the last build"));
      for (Map.Entry<String, String> column : RESULT_COLUMNS.entrySet()) {
        Sql.execute(connection, "comment on column " + RESULTS + "." + column.getKey() + " is " + Placeholders.literal(column.getValue()));
      }
    } catch (SQLException e) {
      throw new ModelException(RESULTS + ": " + e.getMessage(), e);
    }
  }

  private static String status(AuditResult result) {
    if (!result.failed()) {
      return "pass";
    }
    return result.blocksPublish() ? "fail" : "warn";
  }

  /** Stops the publish when an error audit failed: names each such audit and shows its rows. */
  static void gate(List<AuditResult> results) {
    List<AuditResult> blocking = results.stream().filter(AuditResult::blocksPublish).toList();
    if (blocking.isEmpty()) {
      return;
    }
    String detail =
        blocking.stream()
            .map(r -> r.name() + ": " + r.failingRows() + " dòng lỗi, ví dụ " + String.join("; ", r.sample()))
            .collect(Collectors.joining("\n  "));
    throw new QualityGateException(
        blocking.size() + " kiểm tra mức lỗi không đạt, kho dữ liệu cũ được giữ nguyên:\n  " + detail);
  }
}
