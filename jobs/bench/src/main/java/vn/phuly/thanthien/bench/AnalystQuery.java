package vn.phuly.thanthien.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One of the analysts' typical questions, as SQL over the marts. Table names are written
 * {@code {mart_x}} so that the same question runs on the warehouse's tables or on the exported
 * Parquet files; {@code {year}} and {@code {unit}} are the chosen year and unit.
 */
record AnalystQuery(String name, String template) {

  /** The questions the analysts ask most (docs: ranking, trend, watchlist, feedback, follow-up). */
  static final List<AnalystQuery> TYPICAL =
      List.of(
          new AnalystQuery(
              "ranking_by_type",
              "select unit_type, rank, unit_name, score_pct, band, rank_change, ranked_units"
                  + " from {mart_ranking} where period_kind = 'YEAR' and year = {year}"
                  + " order by unit_type, rank nulls last, unit_name"),
          new AnalystQuery(
              "unit_trend",
              "select year, score_pct, is_reconstructed, change_pp, rank, ranked_units, places_change,"
                  + " slope_pp_per_year, city_mean_pct"
                  + " from {mart_trend} where unit_id = {unit} and year between 2021 and 2025 order by year"),
          new AnalystQuery(
              "watchlist_year",
              "select unit_type, unit_name, reasons_text, self_gap_pp, satisfaction_drop_pp,"
                  + " harassment_findings, overdue_measures"
                  + " from {mart_watchlist} where period_kind = 'YEAR' and year = {year} order by unit_type, unit_name"),
          new AnalystQuery(
              "feedback_by_field_monthly",
              "select field, month, sum(received) as received, sum(resolved) as resolved,"
                  + " round(100.0 * sum(resolved_on_time) / nullif(sum(deadline_items), 0), 2) as on_time_pct,"
                  + " round(100.0 * sum(satisfied) / nullif(sum(answered), 0), 2) as satisfaction_pct,"
                  + " sum(overdue_open) as overdue_open"
                  + " from {mart_feedback_monthly} where year = {year} group by field, month order by field, month"),
          new AnalystQuery(
              "followup_overdue_by_unit",
              "select unit_type, unit_name, sum(findings) as findings, sum(measures_due) as measures_due,"
                  + " sum(measures_overdue) as measures_overdue, sum(harassment_findings) as harassment"
                  + " from {mart_inspection_followup} group by unit_id, unit_type, unit_name"
                  + " having sum(measures_overdue) > 0 order by measures_overdue desc, unit_name"),
          new AnalystQuery(
              "scorecard_x_trend",
              "select s.unit_type, s.unit_name, s.score_pct, s.band, s.completeness_pct, s.self_gap_pp,"
                  + " t.change_pp, t.slope_pp_per_year, t.rank, t.city_mean_pct"
                  + " from {mart_unit_scorecard} s join {mart_trend} t on t.unit_id = s.unit_id and t.year = s.year"
                  + " where s.period_kind = 'YEAR' and s.year = {year}"
                  + " order by s.unit_type, t.rank nulls last, s.unit_name"));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(mart_\\w+)}");
  /** A mart named in an analysis file, optionally schema-qualified, not inside a longer identifier. */
  private static final Pattern MART = Pattern.compile("(?<![\\w.])(?:main\\.)?(mart_\\w+)\\b");

  /** The SQL with every {@code {mart_x}} replaced by {@code relation.apply("mart_x")}. */
  String sql(UnaryOperator<String> relation, int year, String unitId) {
    String sql = template.replace("{year}", Integer.toString(year)).replace("{unit}", quote(unitId));
    return PLACEHOLDER.matcher(sql).replaceAll(m -> Matcher.quoteReplacement(relation.apply(m.group(1))));
  }

  /**
   * The analysts' query files ({@code sql/analyses/*.sql}, by name), each run as written: its marts
   * become placeholders so it runs on the warehouse or on the Parquet marts; empty when the folder
   * has no file.
   */
  static List<AnalystQuery> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      List<AnalystQuery> queries = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String sql = Files.readString(file).strip();
        sql = sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
        String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
        queries.add(new AnalystQuery(name, MART.matcher(sql).replaceAll("{$1}")));
      }
      return queries;
    }
  }

  static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
