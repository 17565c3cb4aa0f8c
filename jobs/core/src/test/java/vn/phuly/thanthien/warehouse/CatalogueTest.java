package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * Issue 13 item 1, DESIGN §6: the published warehouse's {@code main} holds the analysts' tables
 * only, every one of their columns commented; the intermediate models and the dictionary live in
 * {@code internal}, the audits' rows and results in {@code audit}.
 */
class CatalogueTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  /** The shipped models, built and published once for the class. */
  private static Path warehouse;

  @BeforeAll
  static void publish() throws Exception {
    Path profile =
        Fixtures.profile(
            shared.resolve("profile"),
            "W1,1,Phường An,PHUONG,,2021-01-01,,\nW2,2,Phường Bình,PHUONG,,2021-01-01,,\n",
            "CW,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,60,SELF\nCW,2021-01-01,,PHUONG,TC2,G,Nhóm,Tiêu chí 2,40,SURVEY\n",
            "CW,Tốt,80\nCW,Khá,0\n");
    List<Path> files = Fixtures.submissions(shared.resolve("lake"), "s", "('A', '2023', 'W1', 'APPRAISAL', 'TC1', 30, 1)");
    warehouse = shared.resolve("warehouse/thanthien.duckdb");
    Warehouse.build(Fixtures.inputs(profile, files), warehouse, null);
  }

  private static final String SCHEMA_TABLES =
      "select table_name from duckdb_tables() where schema_name = '%s' and not internal order by table_name";

  @Test
  void mainHoldsTheDimsFactsAndMartsOnly() throws Exception {
    assertEquals(
        List.of("dim_criterion", "dim_period", "dim_unit", "fct_criterion_score", "fct_feedback", "fct_inspection_finding",
            "ingest_runs", "mart_emulation_annual", "mart_feedback_monthly", "mart_feedback_period",
            "mart_inspection_followup", "mart_ranking", "mart_repeat_officials", "mart_source_as_of",
            "mart_trend", "mart_unit_group_score", "mart_unit_scorecard", "mart_watchlist", "quarantine_summary"),
        QueryRows.readOnly(warehouse, SCHEMA_TABLES.formatted("main")));
    assertEquals(List.of(), QueryRows.readOnly(warehouse, "select view_name from duckdb_views() where not internal"));
    assertEquals(
        List.of("build_state", "dictionary", "int_as_of_date", "int_criterion_final", "int_lineage_walk", "int_peer_mean", "int_trend_ranks",
            "int_trend_reconstructed", "int_trend_rows", "int_trend_year_end_units", "int_unit_period"),
        QueryRows.readOnly(warehouse, SCHEMA_TABLES.formatted("internal")));
  }

  @Test
  void everyColumnOfMainAndOfTheAuditResultsHasAComment() throws Exception {
    assertEquals(
        List.of(),
        QueryRows.readOnly(warehouse,
            "select schema_name, table_name, column_name from duckdb_columns() where not internal"
                + " and (schema_name = 'main' or (schema_name = 'audit' and table_name = 'audit_results'))"
                + " and coalesce(comment, '') = '' order by all"));
    // what DBeaver shows: the same text as the data dictionary
    assertEquals(
        List.of("Rank within the unit type and period by score_pct descending, on the full DECIMAL(18,6) value;"
            + " ties share the rank and the next rank skips (1, 2, 2, 4); null without a score."),
        QueryRows.readOnly(warehouse,
            "select column_comment from information_schema.columns where table_schema = 'main' and table_name = 'mart_ranking'"
                + " and column_name = 'rank'"));
  }

  @Test
  void everyAuditIsListedWithItsSeverityDescriptionAndResult() throws Exception {
    assertEquals(
        List.of(
            "assert_ranks_consistent|error|Ranks lie between 1 and the number of ranked units of the type in the period,"
                + " exist exactly for the units with a score, and rank 1 exists wherever a unit is ranked.|sql/audits/assert_ranks_consistent.sql|pass|0|audit.assert_ranks_consistent",
            "mart_ranking__primary_key|error|No two rows of mart_ranking share (unit_id, period), and no part of it is null."
                + "|generated from sql/marts/mart_ranking.sql|pass|0|audit.mart_ranking__primary_key",
            "mart_ranking__unit_id__references_dim_unit|error|Every unit_id of mart_ranking is a unit_id of dim_unit."
                + "|generated from sql/marts/mart_ranking.sql|pass|0|audit.mart_ranking__unit_id__references_dim_unit",
            "warn_score_outside_catalogue|warn|Current scores for a criterion that is not valid for the unit's type on the"
                + " period's end date (no criterion of that id whose own valid_from/valid_to cover the day): they count in no total."
                + "|sql/audits/warn_score_outside_catalogue.sql|pass|0|audit.warn_score_outside_catalogue"),
        QueryRows.readOnly(warehouse,
            "select * from audit.audit_results where audit_name in ('assert_ranks_consistent', 'mart_ranking__primary_key',"
                + " 'mart_ranking__unit_id__references_dim_unit', 'warn_score_outside_catalogue') order by audit_name"));
    // one table of failing rows per audit, and nothing else in the audit schema
    assertEquals(
        List.of("0|0"),
        QueryRows.readOnly(warehouse,
            "select count(*) filter (where r.audit_name is null and t.table_name <> 'audit_results'),"
                + " count(*) filter (where t.table_name is null)"
                + " from (select table_name from duckdb_tables() where schema_name = 'audit') t"
                + " full join audit.audit_results r on t.table_name = r.audit_name"));
  }

  @Test
  void aWarnAuditWithFailingRowsIsPublishedWithStatusWarn() throws Exception {
    Path root = tmp.resolve("sql");
    Fixtures.write(root.resolve("core/int_letters.sql"), "-- grain: one row per letter\nselect * from (values ('a'), ('x'), ('z')) as t(letter)");
    Fixtures.write(root.resolve("marts/mart_letters.sql"), "-- column letter: A letter.\nselect letter from int_letters");
    Fixtures.write(root.resolve("audits/warn_late_letters.sql"),
        "-- severity: warn\n-- description: Letters after m\n-- are unusual.\nselect letter from mart_letters where letter > 'm'");
    Path profile = Fixtures.profile(tmp.resolve("profile"), "U1,1,Phường A,PHUONG,,2021-01-01,,100\n", "", "");
    Path target = tmp.resolve("small.duckdb");
    Warehouse.build(Fixtures.inputs(profile, List.of()), target, null, ModelCatalog.fromDirectory(root));
    try (Connection c = Sql.openReadOnly(target)) {
      assertEquals(
          List.of("warn_late_letters|warn|Letters after m are unusual.|sql/audits/warn_late_letters.sql|warn|2|audit.warn_late_letters"),
          QueryRows.of(c, "select * from audit.audit_results"));
      assertEquals(List.of("x", "z"), QueryRows.of(c, "select * from audit.warn_late_letters order by all"));
      assertEquals(List.of("main|mart_letters", "internal|int_letters"),
          QueryRows.of(c, "select schema_name, table_name from duckdb_tables() where table_name in ('mart_letters', 'int_letters') order by schema_name desc"));
    }
  }
}
