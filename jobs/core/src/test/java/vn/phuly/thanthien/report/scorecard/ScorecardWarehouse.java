package vn.phuly.thanthien.report.scorecard;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written warehouse with the marts the unit scorecards read (and the period report's
 * mart_ranking and mart_trend columns), at the marts' precision. Period 2024 (previous: 2023):
 * communes Kim Bình 1st of 2 (2nd of 3 in 2023), Liêm Tuyền 2nd (1st in 2023; watch list: self
 * gap and harassment; open measures; feedback), Đinh Xá without a score; ward Châu Cầu, created by
 * a merger, alone in its group, its 2021–2023 reconstructed from 3 predecessors.
 *
 * <p>Groups (points of 15 / 50 / 35): Kim Bình 14, 40, 26; Liêm Tuyền 12, 30, 18; peer means 13,
 * 35, 22. Liêm Tuyền's largest shortfall is the reform group (−5 points), Kim Bình's smallest lead
 * is propaganda (+1).
 */
public final class ScorecardWarehouse {
  public static final String PERIOD = "2024";

  private ScorecardWarehouse() {}

  public static Path create(Path dir) throws SQLException {
    Path file = dir.resolve("scorecards.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = db.createStatement()) {
      sql.execute("create table dim_period as select * from (values ('2024','YEAR','2023'), ('2023','YEAR','2022'))"
          + " t(period, period_kind, previous_period)");
      sql.execute(
          "create table mart_ranking (unit_id varchar, unit_code varchar, unit_name varchar, unit_type varchar,"
              + " period varchar, period_kind varchar, score_points decimal(18,6), max_points decimal(18,6),"
              + " score_pct decimal(18,6), band varchar, rank integer, rank_change integer, previous_rank integer,"
              + " ranked_units integer, completeness_pct decimal(18,6), peer_mean_pct decimal(18,6))");
      sql.execute(
          "insert into mart_ranking values"
              + " ('xa-kim-binh','13426','Kim Bình','XA','2024','YEAR',80,100,80,'Tốt',1,1,2,2,100,70),"
              + " ('xa-liem-tuyen','13444','Liêm Tuyền','XA','2024','YEAR',60,100,60,'Trung bình',2,-1,1,2,100,70),"
              + " ('xa-dinh-xa','13507','Đinh Xá','XA','2024','YEAR',null,100,null,null,null,null,3,2,0,70),"
              + " ('phuong-chau-cau','PL-CC','Châu Cầu','PHUONG','2024','YEAR',85,100,85,'Tốt',1,null,null,1,100,85),"
              + " ('xa-kim-binh','13426','Kim Bình','XA','2023','YEAR',70,100,70,'Khá',2,null,null,3,100,72),"
              + " ('xa-liem-tuyen','13444','Liêm Tuyền','XA','2023','YEAR',75,100,75,'Khá',1,null,null,3,100,72),"
              + " ('xa-dinh-xa','13507','Đinh Xá','XA','2023','YEAR',71,100,71,'Khá',3,null,null,3,100,72)");
      sql.execute(
          "create table mart_unit_group_score (unit_id varchar, period varchar, group_id varchar, group_name varchar,"
              + " points decimal(18,6), max_points decimal(18,6), score_pct decimal(18,6),"
              + " peer_mean_points decimal(18,6), peer_mean_pct decimal(18,6), gap_points decimal(18,6),"
              + " gap_pp decimal(18,6), improvement_rank bigint)");
      sql.execute(
          "insert into mart_unit_group_score values"
              + " ('xa-kim-binh','2024','TT','Tuyên truyền, phổ biến',14,15,93.333333,13,86.666667,1,6.666666,1),"
              + " ('xa-kim-binh','2024','HL','Sự hài lòng của người dân',26,35,74.285714,22,62.857143,4,11.428571,2),"
              + " ('xa-kim-binh','2024','CC','Cải cách hành chính',40,50,80,35,70,5,10,3),"
              + " ('xa-liem-tuyen','2024','CC','Cải cách hành chính',30,50,60,35,70,-5,-10,1),"
              + " ('xa-liem-tuyen','2024','HL','Sự hài lòng của người dân',18,35,51.428571,22,62.857143,-4,-11.428572,2),"
              + " ('xa-liem-tuyen','2024','TT','Tuyên truyền, phổ biến',12,15,80,13,86.666667,-1,-6.666667,3),"
              + " ('phuong-chau-cau','2024','CC','Cải cách hành chính',85,100,85,85,85,0,0,1)");
      sql.execute(
          "create table mart_trend (unit_id varchar, unit_name varchar, unit_type varchar, year integer,"
              + " score_pct decimal(18,6), is_reconstructed boolean, predecessors integer, change_pp decimal(18,6),"
              + " rank integer, places_change integer, slope_pp_per_year double, city_mean_pct decimal(18,6))");
      sql.execute(
          "insert into mart_trend values"
              + " ('xa-liem-tuyen','Liêm Tuyền','XA',2021,70,false,null,null,1,null,-2.9,68),"
              + " ('xa-liem-tuyen','Liêm Tuyền','XA',2022,72,false,null,2,1,0,-2.9,70),"
              + " ('xa-liem-tuyen','Liêm Tuyền','XA',2023,75,false,null,3,1,0,-2.9,72),"
              + " ('xa-liem-tuyen','Liêm Tuyền','XA',2024,60,false,null,-15,2,-1,-2.9,70),"
              + " ('xa-kim-binh','Kim Bình','XA',2021,65,false,null,null,3,null,4.7,68),"
              + " ('xa-kim-binh','Kim Bình','XA',2022,68,false,null,3,3,0,4.7,70),"
              + " ('xa-kim-binh','Kim Bình','XA',2023,70,false,null,2,2,1,4.7,72),"
              + " ('xa-kim-binh','Kim Bình','XA',2024,80,false,null,10,1,1,4.7,70),"
              + " ('xa-dinh-xa','Đinh Xá','XA',2021,69,false,null,null,2,null,1,68),"
              + " ('xa-dinh-xa','Đinh Xá','XA',2022,70,false,null,1,2,0,1,70),"
              + " ('xa-dinh-xa','Đinh Xá','XA',2023,71,false,null,1,3,-1,1,72),"
              + " ('xa-dinh-xa','Đinh Xá','XA',2024,null,false,null,null,null,null,1,70),"
              + " ('phuong-chau-cau','Châu Cầu','PHUONG',2021,78,true,3,null,2,null,2.3,75),"
              + " ('phuong-chau-cau','Châu Cầu','PHUONG',2022,80,true,3,2,2,0,2.3,77),"
              + " ('phuong-chau-cau','Châu Cầu','PHUONG',2023,82,true,3,2,1,1,2.3,79),"
              + " ('phuong-chau-cau','Châu Cầu','PHUONG',2024,85,false,null,3,1,0,2.3,85),"
              + " ('xa-liem-tuyen','Liêm Tuyền','XA',2025,90,false,null,30,1,1,-2.9,80)");
      sql.execute(
          "create table mart_watchlist (unit_id varchar, period varchar, reasons varchar[], self_gap_pp decimal(18,6),"
              + " satisfaction_pct decimal(18,6), previous_satisfaction_pct decimal(18,6),"
              + " satisfaction_drop_pp decimal(18,6), is_lineage_comparison boolean, harassment_findings bigint,"
              + " overdue_measures bigint)");
      sql.execute(
          "insert into mart_watchlist values"
              + " ('xa-liem-tuyen','2024',['SELF_GAP','HARASSMENT'],12.5,66.666667,70,3.333333,false,1,0),"
              + " ('xa-liem-tuyen','2023',['OVERDUE_MEASURES'],0,null,null,null,null,0,3)");
      sql.execute(
          "create table mart_inspection_followup (unit_id varchar, year integer, finding_code varchar, severity varchar,"
              + " findings bigint, measures_open bigint, measures_overdue bigint)");
      sql.execute(
          "insert into mart_inspection_followup values"
              + " ('xa-liem-tuyen',2023,'GAY_PHIEN_HA','NGHIEM_TRONG',1,1,1),"
              + " ('xa-liem-tuyen',2024,'TRE_HAN','NHE',3,2,0),"
              + " ('xa-liem-tuyen',2025,'THAI_DO','NHE',1,1,0),"
              + " ('xa-kim-binh',2024,'TRE_HAN','NHE',1,0,0)");
      sql.execute(
          "create table mart_feedback_period (unit_id varchar, period varchar, received bigint, answered bigint,"
              + " satisfaction_pct decimal(18,6), deadline_items bigint, resolved_on_time_pct decimal(18,6),"
              + " overdue_open bigint)");
      sql.execute(
          "insert into mart_feedback_period values"
              + " ('xa-liem-tuyen','2024',40,30,66.666667,25,80,2),"
              + " ('xa-kim-binh','2024',10,0,null,0,null,0),"
              + " ('xa-liem-tuyen','2023',5,5,100,5,100,0)");
    }
    return file;
  }
}
