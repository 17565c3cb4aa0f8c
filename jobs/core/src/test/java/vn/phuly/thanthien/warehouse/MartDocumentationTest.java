package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DESIGN §6: every mart has a documented grain and a comment on each column. */
class MartDocumentationTest {
  private static final String MODELS =
      "'fct_inspection_finding', 'fct_feedback', 'mart_trend', 'mart_feedback_monthly',"
          + " 'mart_inspection_followup', 'mart_repeat_officials', 'mart_emulation_annual',"
          + " 'mart_watchlist', 'int_as_of_date'";

  @Test
  void everyTableHasAGrainAndEveryColumnAComment() throws Exception {
    try (MartFixture empty =
        new MartFixture().unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L).build()) {
      assertEquals(
          List.of(Map.of("documented_tables", 9L)),
          empty.query(
              "select count(*) as documented_tables from duckdb_tables()"
                  + " where table_name in (" + MODELS + ") and comment like 'Grain: %'"));
      assertEquals(
          List.of(),
          empty.query(
              "select table_name, column_name from duckdb_columns()"
                  + " where table_name in (" + MODELS + ") and (comment is null or comment = '')"));
    }
  }
}
