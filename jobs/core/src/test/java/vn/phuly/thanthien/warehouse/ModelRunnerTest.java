package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.testing.QueryRows;

class ModelRunnerTest {
  @TempDir Path tmp;

  private Path models(String... fileAndSql) throws Exception {
    Path root = tmp.resolve("sql");
    for (int i = 0; i < fileAndSql.length; i += 2) {
      Fixtures.write(root.resolve(fileAndSql[i]), fileAndSql[i + 1]);
    }
    return root;
  }

  private WarehouseInputs emptyInputs() throws Exception {
    Path profile = Fixtures.profile(tmp.resolve("profile"), "U1,1,Phường A,PHUONG,,2021-01-01,,100\n", "", "");
    return Fixtures.inputs(profile, List.of());
  }

  @Test
  void buildsModelsAfterTheModelsTheyMention() throws Exception {
    Path root =
        models(
            "marts/mart_b.sql", "select x + 1 as y from dim_a -- not a dependency: mart_c",
            "core/dim_a.sql", "select x from stg_z",
            "staging/stg_z.sql", "select 1 as x",
            "marts/mart_c.sql", "select y from mart_b");
    List<String> order = ModelCatalog.fromDirectory(root).buildOrder().stream().map(Model::name).toList();
    assertEquals(List.of("stg_z", "dim_a", "mart_b", "mart_c"), order);
  }

  @Test
  void commentedMentionsAreNoDependency() throws Exception {
    Path root =
        models(
            "core/dim_a.sql", "-- column x: see mart_b\nselect 1 as x",
            "marts/mart_b.sql", "select x from dim_a");
    List<String> order = ModelCatalog.fromDirectory(root).buildOrder().stream().map(Model::name).toList();
    assertEquals(List.of("dim_a", "mart_b"), order);
  }

  @Test
  void aCycleNamesItsFiles() throws Exception {
    Path root =
        models(
            "core/dim_a.sql", "select * from mart_b",
            "marts/mart_b.sql", "select * from dim_a",
            "marts/mart_c.sql", "select * from mart_b",
            "staging/stg_ok.sql", "select 1 as x");
    ModelException e = assertThrows(ModelException.class, () -> ModelCatalog.fromDirectory(root).buildOrder());
    assertEquals("dependency cycle between sql/core/dim_a.sql, sql/marts/mart_b.sql", e.getMessage());
  }

  @Test
  void anUnknownPlaceholderNamesTheFile() throws Exception {
    Path root = models("staging/stg_x.sql", "select * from {{lake:everything}}");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      ModelException e =
          assertThrows(ModelException.class, () -> Warehouse.buildOn(c, emptyInputs(), ModelCatalog.fromDirectory(root)));
      assertEquals("sql/staging/stg_x.sql: unknown placeholder {{lake:everything}}", e.getMessage());
    }
  }

  @Test
  void anUnknownDatasetNamesTheFile() throws Exception {
    Path root = models("staging/stg_x.sql", "select * from {{curated:scores}}");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      ModelException e =
          assertThrows(ModelException.class, () -> Warehouse.buildOn(c, emptyInputs(), ModelCatalog.fromDirectory(root)));
      assertTrue(e.getMessage().startsWith("sql/staging/stg_x.sql: unknown dataset 'scores'"), e.getMessage());
    }
  }

  @Test
  void headerCommentsBecomeCommentsAndAudits() throws Exception {
    Path root =
        models(
            "core/dim_a.sql",
            "-- grain: one row per letter\n-- primary_key: letter\n-- column letter: The letter.\n"
                + "select * from (values ('a'), ('b'), ('b')) as t(letter)",
            "marts/mart_b.sql",
            "-- references: letter -> dim_a.letter\nselect * from (values ('a'), ('z'), ('z')) as t(letter)");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      BuildReport report = Warehouse.buildOn(c, emptyInputs(), ModelCatalog.fromDirectory(root));
      assertEquals(
          List.of("dim_a__primary_key|1", "mart_b__letter__references_dim_a|1"),
          report.audits().stream().map(a -> a.name() + "|" + a.failingRows()).toList());
      assertEquals(List.of("b|2"), QueryRows.of(c, "select * from audit.dim_a__primary_key"));
      assertEquals(List.of("z|2"), QueryRows.of(c, "select * from audit.mart_b__letter__references_dim_a"));
      assertEquals(
          List.of("Grain: one row per letter|The letter."),
          QueryRows.of(c, "select t.comment, c.comment from duckdb_tables() t join duckdb_columns() c using (table_name) where table_name = 'dim_a'"));
    }
  }

  @Test
  void aColumnCommentForAMissingColumnNamesTheFile() throws Exception {
    Path root = models("core/dim_a.sql", "-- column lettre: typo\nselect 'a' as letter");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      ModelException e =
          assertThrows(ModelException.class, () -> Warehouse.buildOn(c, emptyInputs(), ModelCatalog.fromDirectory(root)));
      assertTrue(e.getMessage().startsWith("sql/core/dim_a.sql: header comment does not match"), e.getMessage());
    }
  }

  @Test
  void theShippedStagingModelsBuildOnAnEmptyLake() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      Warehouse.buildOn(c, emptyInputs(), ModelCatalog.fromClasspath());
      assertEquals(List.of("0"), Fixtures.strings(c, "select count(*) from stg_submission_score"));
      assertEquals(List.of("U1|Phường A|PHUONG|2021-01-01|null"),
          QueryRows.of(c, "select unit_id, unit_name, unit_type, valid_from, valid_to from stg_units"));
    }
  }
}
