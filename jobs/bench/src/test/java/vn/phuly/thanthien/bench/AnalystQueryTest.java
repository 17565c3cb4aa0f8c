package vn.phuly.thanthien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalystQueryTest {
  @Test
  void anAnalysisFileRunsOnTheWarehouseOrOnTheParquetMarts(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("02_trend.sql"),
        "select r.unit_name, t.score_pct\nfrom main.mart_ranking as r\njoin mart_trend as t using (unit_id)\n"
            + "where r.rank <= 3 and t.my_mart_trend_flag;\n");
    Files.writeString(dir.resolve("01_watch.sql"), "select count(*) from mart_watchlist");
    Files.writeString(dir.resolve("notes.md"), "not a query");

    List<AnalystQuery> queries = AnalystQuery.files(dir);

    assertEquals(List.of("01_watch", "02_trend"), queries.stream().map(AnalystQuery::name).toList());
    assertEquals(
        "select r.unit_name, t.score_pct\nfrom read_parquet('m/mart_ranking') as r\njoin read_parquet('m/mart_trend') as t"
            + " using (unit_id)\nwhere r.rank <= 3 and t.my_mart_trend_flag",
        queries.get(1).sql(table -> "read_parquet('m/" + table + "')", 2024, "u"));
    assertEquals("select count(*) from mart_watchlist", queries.get(0).sql(table -> table, 2024, "u"));
    assertEquals(List.of(), AnalystQuery.files(dir.resolve("absent")));
  }
}
