package vn.phuly.thanthien.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds models on a DuckDB connection: {@code create or replace view|table}, then the header's
 * documentation as {@code comment on} (a coded column's with the values of its contract enum).
 */
final class ModelRunner {
  private final Connection connection;
  private final Placeholders placeholders;

  ModelRunner(Connection connection, Placeholders placeholders) {
    this.connection = connection;
    this.placeholders = placeholders;
  }

  /** Builds {@code ordered} (already in dependency order), telling {@code listener} of each model built. */
  List<ModelResult> run(List<Model> ordered, BuildListener listener) {
    List<ModelResult> results = new ArrayList<>();
    for (Model model : ordered) {
      ModelResult result = build(model);
      results.add(result);
      listener.modelBuilt(result, results.size(), ordered.size());
    }
    return results;
  }

  ModelResult build(Model model) {
    long start = System.nanoTime();
    String sql = placeholders.expand(model);
    String objectKind = model.kind() == ModelKind.VIEW ? "view" : "table";
    try {
      Sql.execute(connection, "create or replace " + objectKind + " " + model.relation() + " as\n" + sql);
    } catch (SQLException e) {
      throw new ModelException(model.origin() + ": " + e.getMessage(), e);
    }
    document(model, objectKind);
    Long rows = null;
    if (model.kind() == ModelKind.TABLE) {
      try {
        rows = Sql.count(connection, model.relation());
      } catch (SQLException e) {
        throw new ModelException(model.origin() + ": " + e.getMessage(), e);
      }
    }
    return new ModelResult(model.name(), model.kind(), rows, (System.nanoTime() - start) / 1e9);
  }

  private void document(Model model, String objectKind) {
    ModelHeader header = model.header();
    try {
      if (header.grain() != null) {
        Sql.execute(connection, "comment on " + objectKind + " " + model.relation() + " is " + Placeholders.literal("Grain: " + header.grain()));
      }
      Map<String, String> comments = new LinkedHashMap<>(header.columns());
      for (ModelHeader.AcceptedValues values : header.acceptedValues()) {
        comments.put(values.column(), ContractEnums.comment(header.columns().get(values.column()), values));
      }
      for (Map.Entry<String, String> column : comments.entrySet()) {
        Sql.execute(
            connection,
            "comment on column " + model.relation() + "." + column.getKey() + " is " + Placeholders.literal(column.getValue()));
      }
    } catch (SQLException e) {
      throw new ModelException(model.origin() + ": header comment does not match the model: " + e.getMessage(), e);
    }
  }
}
