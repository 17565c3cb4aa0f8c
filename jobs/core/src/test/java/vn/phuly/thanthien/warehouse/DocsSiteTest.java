package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.warehouse.docs.DocsSite;

/** The docs site of a small published warehouse of the shipped models (the browser test is bin/test.d/65-docs-site). */
class DocsSiteTest {
  @TempDir static Path tmp;
  private static Path site;
  private static DocsSite.Summary summary;

  @BeforeAll
  static void build() throws Exception {
    Path profile =
        Fixtures.profile(
            tmp.resolve("profile"),
            "W1,1,Phường An,PHUONG,,2021-01-01,,\nW2,2,Phường Bình,PHUONG,,2021-01-01,,\n",
            "CW,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,60,SELF\nCW,2021-01-01,,PHUONG,TC2,G,Nhóm,Tiêu chí 2,40,SURVEY\n",
            "CW,Tốt,80\nCW,Khá,0\n");
    List<Path> files = Fixtures.submissions(tmp.resolve("lake"), "s", "('A', '2023', 'W1', 'APPRAISAL', 'TC1', 30, 1)");
    Path warehouse = tmp.resolve("warehouse/thanthien.duckdb");
    Warehouse.build(Fixtures.inputs(profile, files), warehouse, null);
    site = tmp.resolve("site");
    try (Connection db = Sql.openReadOnly(warehouse)) {
      summary = DocsSite.write(warehouse, db, site);
    }
  }

  private static String page(String name) throws Exception {
    return Files.readString(site.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void theIndexLinksEveryModelAndDrawsTheWholeLineage() throws Exception {
    String index = page("index.html");
    for (String model : List.of("stg_units", "dim_unit", "int_unit_period", "fct_feedback", "mart_ranking", "mart_trend",
        "ingest_runs", "quarantine_summary")) {
      assertTrue(index.contains("<a href=\"" + model + ".html\">" + model + "</a>"), model);
      assertTrue(Files.isRegularFile(site.resolve(model + ".html")), model);
    }
    // 12 staging views + 15 core tables + 13 marts
    assertEquals(40, summary.models());
    assertTrue(index.contains("<a href=\"source_submission_score.html\"><g class=\"node source landing\""), index);
    assertTrue(index.contains("Dòng dữ liệu <span class=\"en\">Lineage</span>"));
  }

  @Test
  void theRankingPageListsItsColumnsAndItsLineage() throws Exception {
    String ranking = page("mart_ranking.html");
    for (String column : List.of("unit_id", "unit_code", "unit_name", "unit_type", "period", "score_points", "max_points",
        "score_pct", "band", "rank", "rank_change")) {
      assertTrue(ranking.contains("<td><code>" + column + "</code></td>"), column);
    }
    assertTrue(ranking.contains("<td><code>rank</code></td><td><code>integer</code></td><td>Rank within the unit type"), ranking);
    assertTrue(ranking.contains("one row per unit valid on at least one day of a period"), "grain");
    assertTrue(ranking.contains("<code>unit_id, period</code>"), "primary key");
    String svg = between(ranking, "<svg", "</svg>");
    // upstream through core and staging to the landing dataset, the mart itself highlighted
    for (String node : List.of("curated:submission_score", "stg_submission_score", "int_unit_period", "dim_unit", "mart_ranking")) {
      assertTrue(svg.contains("data-id=\"" + node + "\""), node);
    }
    assertTrue(svg.contains("<g class=\"node mart focus\" data-id=\"mart_ranking\">"));
    assertTrue(svg.contains("data-from=\"mart_unit_scorecard\" data-to=\"mart_ranking\""));
    assertTrue(svg.contains("data-from=\"int_peer_mean\" data-to=\"mart_ranking\""));
    // a model unrelated to the ranking is not drawn on its page
    assertFalse(svg.contains("data-id=\"fct_feedback\""));
    assertTrue(ranking.contains("mart_ranking__primary_key"), "its audits");
    assertTrue(ranking.contains("select * from mart_unit_scorecard"), "its SQL");
  }

  @Test
  void theAuditsRunsAndQuarantineHaveTheirPages() throws Exception {
    String audits = page("audits.html");
    assertTrue(audits.contains("<code>assert_ranks_consistent</code>"));
    assertTrue(audits.contains("<span class=\"status pass\">đạt"));
    assertEquals(summary.audits(), count(audits, "<tr class=\"(pass|warn|fail)\">"));
    String runs = page("runs.html");
    assertTrue(runs.contains("Các lượt nạp gần nhất <span class=\"en\">Last ingest runs</span>"));
    assertTrue(runs.contains("from quarantine_summary"));
  }

  @Test
  void nothingIsFetchedFromOutsideTheSite() throws Exception {
    try (Stream<Path> files = Files.list(site)) {
      for (Path file : files.toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher links = Pattern.compile("(?:href|src)=\"([^\"]+)\"").matcher(text);
        while (links.find()) {
          String target = links.group(1).replaceAll("#.*", "");
          assertTrue(target.isEmpty() || Files.isRegularFile(site.resolve(target)), file.getFileName() + " links " + links.group(1));
        }
        assertFalse(text.contains("<script"), file.toString());
      }
    }
  }

  @Test
  void aDuckDbFileThatIsNoWarehouseIsBadInput() throws Exception {
    Path other = tmp.resolve("other.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = db.createStatement()) {
      s.execute("create table t (x integer)");
    }
    try (Connection db = Sql.openReadOnly(other)) {
      BadInputException e = assertThrows(BadInputException.class, () -> DocsSite.write(other, db, tmp.resolve("nosite")));
      assertTrue(e.getMessage().startsWith(other + ": không phải kho dữ liệu thanthien"), e.getMessage());
    }
    assertFalse(Files.exists(tmp.resolve("nosite")));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    return text.substring(from, text.indexOf(end, from) + end.length());
  }

  private static int count(String text, String regex) {
    return (int) Pattern.compile(regex).matcher(text).results().count();
  }
}
