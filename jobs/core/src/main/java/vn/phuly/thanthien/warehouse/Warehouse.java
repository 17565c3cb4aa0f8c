package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The DuckDB warehouse: builds the {@code sql/} models over the lake and the profile, audits
 * them, publishes the file atomically and exports the marts as Parquet.
 */
public final class Warehouse {
  private Warehouse() {}

  /**
   * Builds a new warehouse from {@code inputs} and publishes it at {@code target}.
   *
   * @param martsDir where to export the marts ({@code lake/marts}); null: no export
   * @throws vn.phuly.thanthien.QualityGateException when an error audit fails; {@code target} is
   *     then untouched
   */
  public static BuildReport build(WarehouseInputs inputs, Path target, Path martsDir) throws Exception {
    return build(inputs, target, martsDir, BuildListener.NONE);
  }

  /** As {@link #build(WarehouseInputs, Path, Path)}, telling {@code listener} what happens as it happens. */
  public static BuildReport build(WarehouseInputs inputs, Path target, Path martsDir, BuildListener listener)
      throws Exception {
    return build(inputs, target, martsDir, ModelCatalog.fromClasspath(), listener, false);
  }

  /**
   * As {@link #build(WarehouseInputs, Path, Path, BuildListener)}; with {@code fullRefresh} every
   * model is built afresh into an empty file, else the build starts from a copy of the published
   * warehouse and keeps each table whose fingerprint is unchanged ({@link BuildState}).
   */
  public static BuildReport build(
      WarehouseInputs inputs, Path target, Path martsDir, BuildListener listener, boolean fullRefresh) throws Exception {
    return build(inputs, target, martsDir, ModelCatalog.fromClasspath(), listener, fullRefresh);
  }

  static BuildReport build(WarehouseInputs inputs, Path target, Path martsDir, ModelCatalog catalog) throws Exception {
    return build(inputs, target, martsDir, catalog, BuildListener.NONE, false);
  }

  private static BuildReport build(WarehouseInputs inputs, Path target, Path martsDir, ModelCatalog catalog,
      BuildListener listener, boolean fullRefresh) throws Exception {
    Publisher publisher = new Publisher(target);
    BuildState previous = fullRefresh ? BuildState.empty() : BuildState.of(publisher.target());
    List<BuildReport> built = new ArrayList<>();
    MartExport export = martsDir == null ? null : MartExport.begin(martsDir);
    try {
      publisher.publish(
          building -> {
            if (!previous.isEmpty()) {
              // the published file is closed or open read-only (the build lock keeps other builds out)
              Files.copy(publisher.target(), building);
            }
            try (Connection connection = Sql.open(building)) {
              BuildReport report = buildOn(connection, inputs, catalog, listener, previous);
              Audits.gate(report.audits());
              dropStaging(connection, catalog);
              if (export != null) {
                long start = System.nanoTime();
                export.write(connection);
                listener.martsExported(export.written(), (System.nanoTime() - start) / 1e9);
              }
              Sql.execute(connection, "checkpoint");
              built.add(report);
            }
          });
      List<String> exported = export == null ? List.of() : export.commit();
      BuildReport report = built.get(0);
      return new BuildReport(report.models(), report.audits(), publisher.target(), exported);
    } finally {
      if (export != null) {
        export.discard();
      }
    }
  }

  /** Builds models, the dictionary and the audits on {@code connection}; does not gate. */
  static BuildReport buildOn(Connection connection, WarehouseInputs inputs, ModelCatalog catalog) {
    return buildOn(connection, inputs, catalog, BuildListener.NONE, BuildState.empty());
  }

  private static BuildReport buildOn(
      Connection connection, WarehouseInputs inputs, ModelCatalog catalog, BuildListener listener, BuildState previous) {
    createSchemas(connection);
    Placeholders placeholders = new Placeholders(inputs);
    List<Model> ordered = catalog.buildOrder();
    List<Model> audits = new ArrayList<>(catalog.audits());
    audits.addAll(Audits.generated(ordered));
    BuildState.Context context = new BuildState.Context(
        placeholders, duckdbVersion(connection), ordered.stream().map(Model::name).collect(Collectors.toSet()));
    BuildState next = BuildState.empty();
    Map<String, String> identities = new HashMap<>();
    List<ModelResult> models =
        new ModelRunner(connection, placeholders).run(ordered, listener, context, previous, next, identities);
    DictionaryWriter.createTable(connection, ordered);
    long start = System.nanoTime();
    Set<String> present = tables(connection);
    List<AuditResult> results = new ArrayList<>();
    for (Model audit : audits) {
      String fingerprint = BuildState.fingerprint(audit, context, identities);
      boolean keep = previous.keepable(audit.name(), fingerprint, Audits.failingRowsTable(audit), present).isPresent();
      AuditResult result = Audits.run(connection, placeholders, audit, keep);
      next.put(audit.name(), new BuildState.Entry(fingerprint, null, result.failingRows()));
      results.add(result);
    }
    Audits.record(connection, audits, results);
    listener.auditsRun(results.size(), (System.nanoTime() - start) / 1e9);
    dropLeftovers(connection, ordered, audits);
    next.write(connection);
    return new BuildReport(models, results, null, List.of());
  }

  private static String duckdbVersion(Connection connection) {
    try {
      return Sql.strings(connection, "select version()").get(0);
    } catch (SQLException e) {
      throw new ModelException("version(): " + e.getMessage(), e);
    }
  }

  static Set<String> tables(Connection connection) {
    try {
      return new HashSet<>(Sql.strings(connection, "select schema_name || '.' || table_name from duckdb_tables()"));
    } catch (SQLException e) {
      throw new ModelException("duckdb_tables: " + e.getMessage(), e);
    }
  }

  /**
   * Drops the tables a copied previous warehouse holds that this build does not make (a model or
   * audit since removed or renamed), so the file holds what a full build would.
   */
  private static void dropLeftovers(Connection connection, List<Model> models, List<Model> audits) {
    Set<String> made = new HashSet<>(List.of(Schemas.DICTIONARY, Schemas.AUDIT_RESULTS, BuildState.TABLE));
    models.stream().filter(m -> m.kind() == ModelKind.TABLE).forEach(m -> made.add(m.relation()));
    audits.forEach(a -> made.add(Audits.failingRowsTable(a)));
    for (String table : tables(connection)) {
      if (!made.contains(table)) {
        try {
          Sql.execute(connection, "drop table " + table);
        } catch (SQLException e) {
          throw new ModelException(table + ": " + e.getMessage(), e);
        }
      }
    }
  }

  /**
   * The published file's schemas (docs/architecture.md "The warehouse"): {@code main} holds what
   * analysts query, {@code internal} the intermediate models and the dictionary, {@code audit} the
   * audits' failing rows and {@code audit_results}. The search path lets the models and audits
   * name an intermediate model without its schema; it is a setting of this connection only, not
   * of the file.
   */
  private static void createSchemas(Connection connection) {
    try {
      Sql.execute(connection, "create schema if not exists " + Schemas.INTERNAL);
      Sql.execute(connection, "create schema if not exists " + Schemas.AUDIT);
      Sql.execute(connection, "set search_path = '" + Schemas.MAIN + "," + Schemas.INTERNAL + "'");
    } catch (SQLException e) {
      throw new ModelException("schemas: " + e.getMessage(), e);
    }
  }

  /**
   * Staging views read the lake's and the profile's files by absolute path; they are a build-time
   * layer, dropped so that the published file stands alone.
   */
  private static void dropStaging(Connection connection, ModelCatalog catalog) throws SQLException {
    for (Model model : catalog.buildOrder()) {
      if (model.kind() == ModelKind.VIEW) {
        Sql.execute(connection, "drop view if exists " + model.name() + " cascade");
      }
    }
  }

  /** Puts the previous warehouse back; re-exports its marts when {@code martsDir} is given. */
  public static Path rollback(Path target, Path martsDir) throws Exception {
    Publisher publisher = new Publisher(target);
    Path restored = publisher.rollback();
    if (martsDir != null) {
      MartExport export = MartExport.begin(martsDir);
      try {
        try (Connection connection = Sql.openReadOnly(publisher.target())) {
          export.write(connection);
        }
        export.commit();
      } finally {
        export.discard();
      }
    }
    return restored;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
