package vn.phuly.thanthien.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.phuly.thanthien.QualityGateException;

/**
 * The audits of a build: the files of {@code sql/audits/} plus those generated from the models'
 * headers (a primary-key audit per {@code primary_key}, a relationship audit per {@code
 * references}, an accepted-values audit per {@code accepted_values} of a closed enum). Each audit's failing rows are kept in {@code audit.<name>}.
 */
final class Audits {
  static final int SAMPLE_ROWS = 5;

  private Audits() {}

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
                "select " + key + ", count(*) as row_count\nfrom " + model.name()
                    + "\ngroup by " + key + "\nhaving count(*) > 1 or " + anyNull));
      }
      for (ModelHeader.AcceptedValues values : header.acceptedValues()) {
        ContractEnums.audit(model.name(), values).ifPresent(sql ->
            audits.add(audit(model.name() + "__" + values.column() + "__accepted_values", origin, sql)));
      }
      for (ModelHeader.Reference ref : header.references()) {
        audits.add(
            audit(
                model.name() + "__" + ref.column() + "__references_" + ref.table(),
                origin,
                "select " + ref.column() + ", count(*) as row_count\nfrom " + model.name()
                    + "\nwhere " + ref.column() + " is not null and " + ref.column() + " not in (select "
                    + ref.targetColumn() + " from " + ref.table() + " where " + ref.targetColumn() + " is not null)"
                    + "\ngroup by " + ref.column()));
      }
    }
    return audits;
  }

  private static Model audit(String name, String origin, String sql) {
    return new Model(name, ModelKind.AUDIT, origin, sql,
        new ModelHeader(null, List.of(), List.of(), Map.of(), List.of(), ModelHeader.Severity.ERROR));
  }

  /** Runs {@code audit} into {@code audit.<name>} and counts its failing rows. */
  static AuditResult run(Connection connection, Placeholders placeholders, Model audit) {
    String table = "audit." + audit.name();
    try {
      Sql.execute(connection, "create schema if not exists audit");
      Sql.execute(connection, "create or replace table " + table + " as\n" + placeholders.expand(audit));
      long failing = Sql.count(connection, table);
      List<String> sample = failing == 0 ? List.of() : Sql.sample(connection, table, SAMPLE_ROWS);
      return new AuditResult(audit.name(), audit.header().severity(), failing, sample);
    } catch (SQLException e) {
      throw new ModelException(audit.origin() + ": " + e.getMessage(), e);
    }
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
