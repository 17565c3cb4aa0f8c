package vn.phuly.thanthien.report.scorecard;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.report.Labels;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Feedback;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.GroupScore;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.OpenMeasures;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Ranking;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.TrendYear;
import vn.phuly.thanthien.report.scorecard.UnitScorecard.Watch;
import vn.phuly.thanthien.warehouse.Sql;

/**
 * Reads the scorecards of every unit of a period from a published warehouse (read-only), one query
 * per mart. The queries select and join rows; every number is a mart's.
 */
final class ScorecardMarts {
  private static final String RANKING =
      "select r.unit_id, r.unit_code, r.unit_name, r.unit_type, r.period, p.previous_period, r.score_points,"
          + " r.max_points, r.score_pct, r.band, r.rank, r.ranked_units, r.previous_rank, r.rank_change,"
          + " r.peer_mean_pct, r.completeness_pct, prev.ranked_units as previous_ranked_units"
          + " from mart_ranking as r"
          + " inner join dim_period as p on p.period = r.period"
          + " left join mart_ranking as prev on prev.period = p.previous_period and prev.unit_id = r.unit_id"
          + " where r.period = ? order by r.unit_id";
  private static final String GROUPS =
      "select unit_id, group_id, group_name, points, max_points, score_pct, peer_mean_pct, gap_points, gap_pp,"
          + " improvement_rank from mart_unit_group_score where period = ? order by unit_id, improvement_rank";
  private static final String TREND =
      "select unit_id, year, score_pct, is_reconstructed, predecessors, city_mean_pct from mart_trend"
          + " where year <= ? order by unit_id, year";
  private static final String WATCH =
      "select unit_id, reasons, self_gap_pp, satisfaction_pct, previous_satisfaction_pct, satisfaction_drop_pp,"
          + " is_lineage_comparison, harassment_findings, overdue_measures from mart_watchlist where period = ?";
  private static final String MEASURES =
      "select unit_id, year, finding_code, severity, measures_open, measures_overdue from mart_inspection_followup"
          + " where year <= ? and measures_open > 0 order by unit_id, year, measures_overdue desc, finding_code, severity";
  private static final String FEEDBACK =
      "select unit_id, received, answered, satisfaction_pct, deadline_items, resolved_on_time_pct, overdue_open"
          + " from mart_feedback_period where period = ?";

  private ScorecardMarts() {}

  /** The scorecard of every unit of {@code period} in mart_ranking, by unit_id. */
  static List<UnitScorecard> read(Path warehouse, String period) {
    if (!Files.isRegularFile(warehouse)) {
      throw new BadInputException(warehouse + ": warehouse file not found");
    }
    int year = Labels.year(period);
    try (Connection db = Sql.openReadOnly(warehouse)) {
      Map<String, Ranking> ranking = new LinkedHashMap<>();
      query(db, RANKING, period, r -> ranking.put(r.getString("unit_id"), ranking(r)));
      if (ranking.isEmpty()) {
        throw new BadInputException(warehouse + ": period " + period + " is not in mart_ranking");
      }
      Map<String, List<GroupScore>> groups = new LinkedHashMap<>();
      query(db, GROUPS, period, r -> listOf(groups, r).add(group(r)));
      Map<String, List<TrendYear>> trend = new LinkedHashMap<>();
      query(db, TREND, year, r -> listOf(trend, r).add(trendYear(r)));
      Map<String, Watch> watch = new LinkedHashMap<>();
      query(db, WATCH, period, r -> watch.put(r.getString("unit_id"), watch(r)));
      Map<String, List<OpenMeasures>> measures = new LinkedHashMap<>();
      query(db, MEASURES, year, r -> listOf(measures, r).add(openMeasures(r)));
      Map<String, Feedback> feedback = new LinkedHashMap<>();
      query(db, FEEDBACK, period, r -> feedback.put(r.getString("unit_id"), feedback(r)));
      List<UnitScorecard> cards = new ArrayList<>();
      ranking.forEach(
          (unitId, row) ->
              cards.add(
                  new UnitScorecard(
                      row,
                      groups.getOrDefault(unitId, List.of()),
                      trend.getOrDefault(unitId, List.of()),
                      watch.get(unitId),
                      measures.getOrDefault(unitId, List.of()),
                      feedback.get(unitId))));
      return cards;
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": cannot read the scorecard marts (" + e.getMessage() + ")", e);
    }
  }

  private interface RowReader {
    void read(ResultSet r) throws SQLException;
  }

  private static void query(Connection db, String sql, Object parameter, RowReader reader) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setObject(1, parameter);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          reader.read(r);
        }
      }
    }
  }

  private static <T> List<T> listOf(Map<String, List<T>> byUnit, ResultSet r) throws SQLException {
    return byUnit.computeIfAbsent(r.getString("unit_id"), id -> new ArrayList<>());
  }

  private static Ranking ranking(ResultSet r) throws SQLException {
    return new Ranking(
        r.getString("unit_id"), r.getString("unit_code"), r.getString("unit_name"), r.getString("unit_type"),
        r.getString("period"), r.getString("previous_period"), decimal(r, "score_points"),
        decimal(r, "max_points"), decimal(r, "score_pct"), r.getString("band"), integer(r, "rank"),
        integer(r, "ranked_units"), integer(r, "previous_rank"), integer(r, "previous_ranked_units"),
        integer(r, "rank_change"), decimal(r, "peer_mean_pct"), decimal(r, "completeness_pct"));
  }

  private static GroupScore group(ResultSet r) throws SQLException {
    return new GroupScore(
        r.getString("group_id"), r.getString("group_name"), decimal(r, "points"), decimal(r, "max_points"),
        decimal(r, "score_pct"), decimal(r, "peer_mean_pct"), decimal(r, "gap_points"), decimal(r, "gap_pp"),
        r.getInt("improvement_rank"));
  }

  private static TrendYear trendYear(ResultSet r) throws SQLException {
    return new TrendYear(
        r.getInt("year"), decimal(r, "score_pct"), r.getBoolean("is_reconstructed"), integer(r, "predecessors"),
        decimal(r, "city_mean_pct"));
  }

  private static Watch watch(ResultSet r) throws SQLException {
    Array reasons = r.getArray("reasons");
    return new Watch(
        Arrays.stream((Object[]) reasons.getArray()).map(String::valueOf).toList(),
        decimal(r, "self_gap_pp"), decimal(r, "satisfaction_pct"), decimal(r, "previous_satisfaction_pct"),
        decimal(r, "satisfaction_drop_pp"), r.getBoolean("is_lineage_comparison"), r.getLong("harassment_findings"),
        r.getLong("overdue_measures"));
  }

  private static OpenMeasures openMeasures(ResultSet r) throws SQLException {
    return new OpenMeasures(
        r.getInt("year"), r.getString("finding_code"), r.getString("severity"), r.getLong("measures_open"),
        r.getLong("measures_overdue"));
  }

  private static Feedback feedback(ResultSet r) throws SQLException {
    return new Feedback(
        r.getLong("received"), r.getLong("answered"), decimal(r, "satisfaction_pct"), r.getLong("deadline_items"),
        decimal(r, "resolved_on_time_pct"), r.getLong("overdue_open"));
  }

  private static Double decimal(ResultSet r, String column) throws SQLException {
    Object value = r.getObject(column);
    return value == null ? null : value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
  }

  private static Integer integer(ResultSet r, String column) throws SQLException {
    Object value = r.getObject(column);
    return value == null ? null : ((Number) value).intValue();
  }
}
