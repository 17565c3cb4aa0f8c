package vn.phuly.thanthien.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Builds {@code ordered} (already in dependency order), telling {@code listener} of each model
   * built. A table whose fingerprint ({@link BuildState#fingerprint}) is the one {@code previous}
   * holds for it, and which the file already holds (a copy of the previous warehouse), is kept as
   * it is; views are always created. Records every table in {@code next}, and every model's
   * identity for what reads it in {@code identities}.
   */
  List<ModelResult> run(List<Model> ordered, BuildListener listener, BuildState.Context context,
      BuildState previous, BuildState next, Map<String, String> identities) {
    Set<String> present = Warehouse.tables(connection);
    List<ModelResult> results = new ArrayList<>();
    for (Model model : ordered) {
      String fingerprint = BuildState.fingerprint(model, context, identities);
      Optional<BuildState.Entry> kept = model.kind() == ModelKind.TABLE
          ? previous.keepable(model.name(), fingerprint, model.relation(), present)
          : Optional.empty();
      ModelResult result = kept.isPresent()
          ? new ModelResult(model.name(), model.kind(), kept.get().rows(), 0, true)
          : build(model);
      if (model.kind() == ModelKind.TABLE) {
        String content = kept.isPresent() ? kept.get().content() : BuildState.content(connection, model.relation());
        next.put(model.name(), new BuildState.Entry(fingerprint, content, result.rows()));
        identities.put(model.name(), content);
      } else {
        identities.put(model.name(), fingerprint);
      }
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
    return new ModelResult(model.name(), model.kind(), rows, (System.nanoTime() - start) / 1e9, false);
  }

  /** The column comments the runner writes for {@code model}: its header's, a coded column's with its enum's values. */
  static Map<String, String> comments(Model model) {
    ModelHeader header = model.header();
    Map<String, String> comments = new LinkedHashMap<>(header.columns());
    for (ModelHeader.AcceptedValues values : header.acceptedValues()) {
      comments.put(values.column(), ContractEnums.comment(header.columns().get(values.column()), values));
    }
    return comments;
  }

  private void document(Model model, String objectKind) {
    ModelHeader header = model.header();
    try {
      if (header.grain() != null) {
        Sql.execute(connection, "comment on " + objectKind + " " + model.relation() + " is " + Placeholders.literal("Grain: " + header.grain()));
      }
      for (Map.Entry<String, String> column : comments(model).entrySet()) {
        Sql.execute(
            connection,
            "comment on column " + model.relation() + "." + column.getKey() + " is " + Placeholders.literal(column.getValue()));
      }
    } catch (SQLException e) {
      throw new ModelException(model.origin() + ": header comment does not match the model: " + e.getMessage(), e);
    }
  }
}
