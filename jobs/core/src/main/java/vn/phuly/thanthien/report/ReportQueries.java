package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.report.ReportData.FeedbackYear;
import vn.phuly.thanthien.report.ReportData.FindingCount;
import vn.phuly.thanthien.report.ReportData.GroupScore;
import vn.phuly.thanthien.report.ReportData.Period;
import vn.phuly.thanthien.report.ReportData.QuarantineCount;
import vn.phuly.thanthien.report.ReportData.SelfGap;
import vn.phuly.thanthien.report.ReportData.SourceDate;
import vn.phuly.thanthien.report.ReportData.Standing;
import vn.phuly.thanthien.report.ReportData.UnitMeasures;
import vn.phuly.thanthien.report.ReportData.WatchRow;

/**
 * Reads a report's {@link ReportData} from the marts over one read-only connection. The queries
 * only select, filter and add up counts of the marts; every score, percentage and mean is the
 * mart's value.
 */
final class ReportQueries {
  private ReportQueries() {}

  static ReportData read(Path warehouse, String period, String issuer, double selfGapThresholdPp) {
    Labels.year(period);
    try (Connection db = Marts.open(warehouse)) {
      Period p = period(db, warehouse, period);
      int year = p.year();
      List<RankingRow> ranking = Marts.ranking(db, period);
      if (ranking.stream().noneMatch(RankingRow::ranked)) {
        throw new BadInputException(
            warehouse + ": kỳ " + period + " (" + Labels.period(period) + ") chưa có dữ liệu chấm điểm"
                + " (không đơn vị nào có điểm trong mart_ranking)");
      }
      return new ReportData(
          p,
          issuer,
          list(db, "select source, as_of_date from mart_source_as_of order by source",
              r -> new SourceDate(r.getString(1), r.getDate(2).toLocalDate())),
          ranking,
          list(db, "select unit_id, previous_rank, ranked_units, completeness_pct from mart_ranking where period = ?"
                  + " order by unit_type, rank nulls last, unit_name, unit_id",
              r -> new Standing(r.getString(1), integer(r, 2), integer(r, 3), number(r, 4)), period),
          previousRankedUnits(db, p.previous()),
          Marts.trend(db, year),
          list(db, "select unit_id, unit_name, unit_type, group_id, group_name, score_pct, peer_mean_pct,"
                  + " gap_pp from mart_unit_group_score where period = ? order by unit_type, unit_name, unit_id, group_id",
              r -> new GroupScore(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                  r.getDouble(6), r.getDouble(7), r.getDouble(8)), period),
          list(db, "select unit_id, unit_name, unit_type, self_gap_pp from mart_unit_scorecard"
                  + " where period = ? and has_score and self_gap_pp is not null"
                  + " order by self_gap_pp desc, unit_name, unit_id",
              r -> new SelfGap(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4)), period),
          selfGapThresholdPp,
          list(db, "select distinct unit_type, year, peer_answered, peer_satisfaction_pct, peer_deadline_items,"
                  + " peer_resolved_on_time_pct from mart_feedback_period where period_kind = 'YEAR' and year <= ?"
                  + " order by unit_type, year",
              r -> new FeedbackYear(r.getString(1), r.getInt(2), r.getLong(3), number(r, 4), r.getLong(5), number(r, 6)),
              year),
          list(db, "select year, finding_code, sum(findings) from mart_inspection_followup where year <= ?"
                  + " group by all order by year, finding_code",
              r -> new FindingCount(r.getInt(1), r.getString(2), r.getLong(3)), year),
          list(db, "select unit_id, any_value(unit_name order by year desc), any_value(unit_type order by year desc),"
                  + " sum(findings), sum(measures_due), sum(measures_closed), sum(measures_overdue),"
                  + " sum(harassment_findings) from mart_inspection_followup where year <= ?"
                  + " group by unit_id order by sum(measures_overdue) desc, 2, unit_id",
              r -> new UnitMeasures(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                  r.getLong(6), r.getLong(7), r.getLong(8)), year),
          list(db, "select unit_id, unit_name, unit_type, reasons_text, self_gap_pp, satisfaction_pct,"
                  + " previous_satisfaction_pct, satisfaction_drop_pp, is_lineage_comparison, harassment_findings,"
                  + " overdue_measures from mart_watchlist where period = ? order by unit_type, unit_name, unit_id",
              r -> new WatchRow(r.getString(1), r.getString(2), r.getString(3),
                  Arrays.asList(r.getString(4).split(",\\s*")), number(r, 5), number(r, 6), number(r, 7), number(r, 8),
                  r.getBoolean(9), r.getLong(10), r.getLong(11)), period),
          list(db, "select source, reason_code, sum(rows) from quarantine_summary group by all"
                  + " order by source, sum(rows) desc, reason_code",
              r -> new QuarantineCount(r.getString(1), r.getString(2), r.getLong(3))));
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": không đọc được các mart của báo cáo (" + e.getMessage() + ")", e);
    }
  }

  /** The period's row of dim_period; bad input naming the years the warehouse knows when absent. */
  static Period period(Connection db, Path warehouse, String period) throws SQLException {
    Labels.year(period);
    Optional<Period> found =
        list(db, "select period, period_kind, year, start_date, end_date, previous_period from dim_period where period = ?",
            r -> new Period(r.getString(1), r.getString(2), r.getInt(3), r.getDate(4).toLocalDate(),
                r.getDate(5).toLocalDate(), r.getString(6)), period).stream().findFirst();
    if (found.isEmpty()) {
      List<Integer> years = list(db, "select min(year), max(year) from dim_period", r -> r.getInt(1) * 10000 + r.getInt(2));
      int span = years.isEmpty() ? 0 : years.get(0);
      throw new BadInputException(
          warehouse + ": kỳ " + period + " không có trong dim_period"
              + (span == 0 ? " (kho dữ liệu chưa có kỳ nào)" : " (kho dữ liệu có các kỳ từ năm " + span / 10000
                  + " đến năm " + span % 10000 + ")"));
    }
    return found.get();
  }

  /** Every period of dim_period, by end date then code. */
  static List<Period> periods(Connection db) throws SQLException {
    return list(db, "select period, period_kind, year, start_date, end_date, previous_period from dim_period"
            + " order by end_date, start_date desc, period",
        r -> new Period(r.getString(1), r.getString(2), r.getInt(3), r.getDate(4).toLocalDate(),
            r.getDate(5).toLocalDate(), r.getString(6)));
  }

  /** Periods with at least one ranked unit in mart_ranking. */
  static List<String> periodsWithData(Connection db) throws SQLException {
    return list(db, "select distinct period from mart_ranking where rank is not null order by period", r -> r.getString(1));
  }

  private static Map<String, Integer> previousRankedUnits(Connection db, String previous) throws SQLException {
    Map<String, Integer> byType = new LinkedHashMap<>();
    if (previous != null) {
      for (Object[] row : list(db, "select unit_type, max(ranked_units) from mart_ranking where period = ?"
              + " and rank is not null group by unit_type order by unit_type",
          r -> new Object[] {r.getString(1), r.getInt(2)}, previous)) {
        byType.put((String) row[0], (Integer) row[1]);
      }
    }
    return byType;
  }

  interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  static <T> List<T> list(Connection db, String sql, RowReader<T> reader, Object... parameters) throws SQLException {
    List<T> rows = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
    }
    return rows;
  }

  static Double number(ResultSet r, int column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  static Integer integer(ResultSet r, int column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }
}
