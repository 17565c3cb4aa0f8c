package vn.phuly.thanthien.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.warehouse.Sql;

/** Reads the marts a report needs from a published warehouse file, opened read-only. */
public final class Marts {
  private Marts() {}

  /** The ranking of one period, ranked units first by rank then name, unranked ones last. */
  public static List<RankingRow> ranking(Path warehouse, String period) {
    List<RankingRow> rows;
    try (Connection db = open(warehouse)) {
      rows = ranking(db, period);
    } catch (SQLException e) {
      throw new BadInputException(
          warehouse + ": cannot read mart_ranking (" + e.getMessage() + ")", e);
    }
    if (rows.isEmpty()) {
      throw new BadInputException(
          warehouse + ": period " + period + " is not in mart_ranking (known periods: "
              + String.join(", ", periods(warehouse)) + ")");
    }
    return rows;
  }

  static List<RankingRow> ranking(Connection db, String period) throws SQLException {
    String sql =
        "select unit_id, unit_code, unit_name, unit_type, period, score_points, max_points,"
            + " score_pct, band, rank, rank_change, peer_mean_pct from mart_ranking where period = ?"
            + " order by unit_type, rank nulls last, unit_name, unit_id";
    List<RankingRow> rows = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, period);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          rows.add(
              new RankingRow(
                  r.getString("unit_id"),
                  r.getString("unit_code"),
                  r.getString("unit_name"),
                  r.getString("unit_type"),
                  r.getString("period"),
                  nullableDouble(r, "score_points"),
                  nullableDouble(r, "max_points"),
                  nullableDouble(r, "score_pct"),
                  r.getString("band"),
                  nullableInt(r, "rank"),
                  nullableInt(r, "rank_change"),
                  nullableDouble(r, "peer_mean_pct")));
        }
      }
    }
    return rows;
  }

  /** Every year of every unit's trend up to {@code lastYear}, by unit then year. */
  public static List<TrendPoint> trend(Path warehouse, int lastYear) {
    try (Connection db = open(warehouse)) {
      return trend(db, lastYear);
    } catch (SQLException e) {
      throw new BadInputException(
          warehouse + ": cannot read mart_trend (" + e.getMessage() + ")", e);
    }
  }

  static List<TrendPoint> trend(Connection db, int lastYear) throws SQLException {
    String sql =
        "select unit_id, unit_name, unit_type, year, score_pct, change_pp, rank, places_change,"
            + " slope_pp_per_year, city_mean_pct from mart_trend where year <= ? order by unit_type, unit_id, year";
    List<TrendPoint> points = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setInt(1, lastYear);
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          points.add(
              new TrendPoint(
                  r.getString("unit_id"),
                  r.getString("unit_name"),
                  r.getString("unit_type"),
                  r.getInt("year"),
                  nullableDouble(r, "score_pct"),
                  nullableDouble(r, "change_pp"),
                  nullableInt(r, "rank"),
                  nullableInt(r, "places_change"),
                  nullableDouble(r, "slope_pp_per_year"),
                  nullableDouble(r, "city_mean_pct")));
        }
      }
    }
    return points;
  }

  /** The latest annual period of mart_ranking that has a ranked unit (the default report period). */
  public static String latestYear(Path warehouse) {
    try (Connection db = open(warehouse);
        PreparedStatement query =
            db.prepareStatement(
                "select max(period) from mart_ranking where period_kind = 'YEAR' and rank is not null");
        ResultSet r = query.executeQuery()) {
      r.next();
      String period = r.getString(1);
      if (period == null) {
        throw new BadInputException(warehouse + ": mart_ranking has no ranked annual period");
      }
      return period;
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": cannot read mart_ranking (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The date of the warehouse's data: the latest as-of date over the sources (mart_source_as_of),
   * never the clock. Bad input when the warehouse has none.
   */
  public static java.time.LocalDate dataDate(Path warehouse) {
    try (Connection db = open(warehouse);
        PreparedStatement query = db.prepareStatement("select max(as_of_date) from mart_source_as_of");
        ResultSet r = query.executeQuery()) {
      r.next();
      java.sql.Date day = r.getDate(1);
      if (day == null) {
        throw new BadInputException(warehouse + ": kho dữ liệu chưa có dữ liệu của nguồn nào (mart_source_as_of trống)");
      }
      return day.toLocalDate();
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": không đọc được mart_source_as_of (" + e.getMessage() + ")", e);
    }
  }

  static List<String> periods(Path warehouse) {
    List<String> periods = new ArrayList<>();
    try (Connection db = open(warehouse);
        PreparedStatement query =
            db.prepareStatement("select distinct period from mart_ranking order by period");
        ResultSet r = query.executeQuery()) {
      while (r.next()) {
        periods.add(r.getString(1));
      }
    } catch (SQLException e) {
      throw new BadInputException(
          warehouse + ": cannot read mart_ranking (" + e.getMessage() + ")", e);
    }
    return periods;
  }

  /**
   * Opens a published warehouse read-only, or fails with bad input (exit 2) naming the file: not
   * found, not a DuckDB file, or a DuckDB file without the tables every thanthien warehouse has.
   */
  static Connection open(Path warehouse) {
    if (!Files.isRegularFile(warehouse)) {
      throw new BadInputException(warehouse + ": không tìm thấy tệp kho dữ liệu (warehouse file not found)");
    }
    Connection db;
    try {
      db = Sql.openReadOnly(warehouse);
    } catch (SQLException e) {
      throw new BadInputException(
          warehouse + ": không phải kho dữ liệu thanthien (không mở được bằng DuckDB: " + firstLine(e) + ")", e);
    }
    try (PreparedStatement query =
            db.prepareStatement(
                "select count(distinct table_name) from information_schema.tables"
                    + " where table_name in ('dim_period', 'mart_ranking', 'mart_trend')");
        ResultSet r = query.executeQuery()) {
      r.next();
      if (r.getInt(1) < WAREHOUSE_TABLES) {
        db.close();
        throw new BadInputException(
            warehouse + ": không phải kho dữ liệu thanthien (thiếu bảng dim_period, mart_ranking hoặc mart_trend;"
                + " hãy dựng kho bằng bin/thanthien build)");
      }
      return db;
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": không đọc được kho dữ liệu (" + firstLine(e) + ")", e);
    }
  }

  private static final int WAREHOUSE_TABLES = 3;

  private static String firstLine(SQLException e) {
    String message = String.valueOf(e.getMessage());
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static Double nullableDouble(ResultSet r, String column) throws SQLException {
    double value = r.getDouble(column);
    return r.wasNull() ? null : value;
  }

  private static Integer nullableInt(ResultSet r, String column) throws SQLException {
    int value = r.getInt(column);
    return r.wasNull() ? null : value;
  }
}
