package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One audit header format: {@code -- severity: error|warn}, then {@code -- description: …}. */
class ModelHeaderTest {
  private static final String WANT =
      "an audit starts with '-- severity: error' (or warn), then '-- description: <what it checks>'";

  @TempDir Path tmp;
  private int catalogs;

  /** A catalogue of one file, in a folder of its own. */
  private ModelCatalog catalog(String file, String sql) throws Exception {
    Path root = tmp.resolve("catalog-" + ++catalogs).resolve("sql");
    Fixtures.write(root.resolve(file), sql);
    return ModelCatalog.fromDirectory(root);
  }

  private String rejection(String file, String sql) {
    return assertThrows(ModelException.class, () -> catalog(file, sql)).getMessage();
  }

  @Test
  void anAuditDeclaresItsSeverityThenWhatItChecks() throws Exception {
    ModelCatalog catalog =
        catalog(
            "audits/warn_empty.sql",
            "-- severity: warn\n-- description: the table is not empty; a description\n-- may go on.\n"
                + "select 1 as x where false");
    assertEquals(
        List.of("warn_empty|WARN"),
        catalog.audits().stream().map(a -> a.name() + "|" + a.header().severity()).toList());
  }

  @Test
  void theOldAuditFormIsRejected() {
    assertEquals(
        "sql/audits/old.sql: '-- audit:' is not an audit header; " + WANT,
        rejection("audits/old.sql", "-- audit: no unit is unnamed\nselect * from dim_unit where unit_name is null"));
    assertEquals(
        "sql/audits/mixed.sql: '-- audit:' is not an audit header; " + WANT,
        rejection("audits/mixed.sql", "-- severity: warn\n-- audit: no unit is unnamed\nselect 1 as x"));
  }

  @Test
  void anAuditWithoutAHeaderIsRejected() {
    assertEquals(
        "sql/audits/bare.sql: no header comment; " + WANT,
        rejection("audits/bare.sql", "select * from dim_unit where unit_name is null"));
    assertEquals(
        "sql/audits/free.sql: the header starts with '-- Units have names.'; " + WANT,
        rejection("audits/free.sql", "-- Units have names.\n-- severity: error\nselect 1 as x"));
  }

  @Test
  void anAuditNeedsADescriptionRightAfterItsSeverity() {
    String want = "no '-- description: …' line after the severity; " + WANT;
    assertEquals("sql/audits/a.sql: " + want, rejection("audits/a.sql", "-- severity: error\nselect 1 as x"));
    assertEquals(
        "sql/audits/b.sql: " + want,
        rejection("audits/b.sql", "-- severity: error\n-- Units have names.\n-- description: x\nselect 1 as x"));
    assertEquals("sql/audits/c.sql: " + want, rejection("audits/c.sql", "-- severity: error\n-- description:\nselect 1 as x"));
  }

  @Test
  void aSeverityOutsideTheAuditsIsRejected() {
    assertEquals(
        "sql/core/dim_a.sql: '-- severity:' belongs to audits (sql/audits/), not to a table",
        rejection("core/dim_a.sql", "-- grain: one row per letter\n-- severity: warn\nselect 'a' as letter"));
  }

  @Test
  void theShippedAuditsKeepTheirSeverities() {
    List<String> audits =
        ModelCatalog.fromClasspath().audits().stream().map(a -> a.name() + "|" + a.header().severity()).toList();
    assertEquals(
        List.of(
            "assert_accepted_values|ERROR",
            "assert_band_thresholds_distinct|ERROR",
            "assert_catalogue_versions|ERROR",
            "assert_fact_unit_valid_on_date|ERROR",
            "assert_lineage_shares|ERROR",
            "assert_one_current_per_key|ERROR",
            "assert_percentages_in_range|ERROR",
            "assert_ranks_consistent|ERROR",
            "assert_score_within_max|ERROR",
            "fct_inspection_finding_has_code|ERROR",
            "mart_emulation_annual_values|ERROR",
            "mart_feedback_monthly_values|ERROR",
            "mart_feedback_period_values|ERROR",
            "mart_inspection_followup_values|ERROR",
            "mart_trend_values|ERROR",
            "mart_unit_group_score_values|ERROR",
            "mart_watchlist_reasons|ERROR",
            "warn_feedback_resolution_dates|WARN",
            "warn_score_outside_catalogue|WARN"),
        audits);
  }

  @Test
  void anAcceptedValuesLineNamesAColumnAndAContractEnum() throws Exception {
    ModelCatalog catalog =
        catalog("core/fct_kinds.sql",
            "-- grain: one row per kind\n-- accepted_values: kind from feedback.kind\nselect 'GOP_Y' as kind");
    assertEquals(
        List.of(new ModelHeader.AcceptedValues("kind", "feedback", "kind")),
        catalog.buildOrder().get(0).header().acceptedValues());
    assertEquals(
        List.of("fct_kinds__kind__accepted_values"),
        Audits.generated(catalog.buildOrder()).stream().map(Model::name).toList());
  }

  @Test
  void anAcceptedValuesLineThatNamesNoContractEnumIsRejected() {
    assertEquals(
        "sql/core/x.sql: accepted_values names feedback.received_at, which is no enum column of schemas/feedback.yaml",
        rejection("core/x.sql", "-- accepted_values: received_at from feedback.received_at\nselect 1 as received_at"));
    assertEquals(
        "sql/core/y.sql: accepted_values names the unknown dataset 'complaints' (one of [submission_score,"
            + " inspection_finding, feedback])",
        rejection("core/y.sql", "-- accepted_values: kind from complaints.kind\nselect 1 as kind"));
    assertEquals(
        "sql/core/z.sql: bad accepted_values line 'kind in feedback.kind' (want: col from dataset.column)",
        rejection("core/z.sql", "-- accepted_values: kind in feedback.kind\nselect 1 as kind"));
  }
}
