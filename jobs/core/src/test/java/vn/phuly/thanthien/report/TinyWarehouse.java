package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written warehouse with every table the report reads, at the marts' precision
 * (DECIMAL(18,6)). Period 2024, wards: Lê Hồng Phong 1st (up 2), Lam Hạ and Quang Trung tied 2nd,
 * Hai Bà Trưng 4th (down 3), Minh Khai without a score; communes: Liêm Tuyền 1st, Kim Bình 2nd
 * (55.000) and Tiên Tân 3rd (54.960), which both show as 55,0 %. Trần Hưng Đạo existed in 2022
 * and 2023 only: it counts in those years' peer means but has no line in a 2024 chart.
 * Watch list 2024: Hai Bà Trưng (self-assessment gap 12.5 pp, 3 overdue measures), Liêm Tuyền
 * (satisfaction 80 % → 65 %, 1 harassment finding). Sources as of 2025-01-10 (submissions),
 * 2024-12-31 (inspections), 2025-01-05 (feedback); 2025-H1 has no scores at all.
 */
public final class TinyWarehouse {
  private TinyWarehouse() {}

  public static Path create(Path dir) throws SQLException {
    Path file = dir.resolve("tiny.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = db.createStatement()) {
      sql.execute(
          "create table mart_ranking_base (unit_id varchar, unit_code varchar, unit_name varchar,"
              + " unit_type varchar, period varchar, score_points decimal(18,6), max_points decimal(18,6),"
              + " score_pct decimal(18,6), band varchar, rank integer, rank_change integer,"
              + " peer_mean_pct decimal(18,6))");
      // peer means: wards 2024 (92.5 + 81 + 81 + 47.5) / 4; communes (70 + 55 + 54.96) / 3;
      // wards 2023 (78 + 85 + 88 + 60 + 50) / 5
      sql.execute(
          "insert into mart_ranking_base values"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2024',92.5,100,92.5,'Xuất sắc',1,2,75.5),"
              + " ('U02','13303','Lam Hạ','PHUONG','2024',81,100,81,'Tốt',2,0,75.5),"
              + " ('U03','13285','Quang Trung','PHUONG','2024',81,100,81,'Tốt',2,-1,75.5),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2024',47.5,100,47.5,'Yếu',4,-3,75.5),"
              + " ('U05','13294','Minh Khai','PHUONG','2024',null,100,null,null,null,null,75.5),"
              + " ('U11','13318','Liêm Tuyền','XA','2024',70,100,70,'Khá',1,null,59.986667),"
              + " ('U12','13324','Kim Bình','XA','2024',55,100,55,'Trung bình',2,null,59.986667),"
              + " ('U13','13321','Tiên Tân','XA','2024',54.96,100,54.96,'Trung bình',3,null,59.986667),"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2023',78,100,78,'Khá',3,null,72.2),"
              + " ('U02','13303','Lam Hạ','PHUONG','2023',85,100,85,'Tốt',2,null,72.2),"
              + " ('U03','13285','Quang Trung','PHUONG','2023',88,100,88,'Tốt',1,null,72.2),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2023',60,100,60,'Trung bình',4,null,72.2),"
              + " ('U06','13282','Trần Hưng Đạo','PHUONG','2023',50,100,50,'Yếu',5,null,72.2)");
      // previous_rank, ranked_units and completeness as the mart derives them
      sql.execute(
          "create table mart_ranking as select *, rank + rank_change as previous_rank,"
              + " count(rank) over (partition by unit_type, period) as ranked_units,"
              + " case when unit_id = 'U03' and period = '2024' then 90.0 when rank is null then 0.0 else 100.0 end"
              + " as completeness_pct"
              + " from mart_ranking_base");
      sql.execute("drop table mart_ranking_base");
      sql.execute(
          "create table dim_period as select * from (values"
              + " ('2023','YEAR',2023,date '2023-01-01',date '2023-12-31','2022'),"
              + " ('2024-H1','HALF',2024,date '2024-01-01',date '2024-06-30','2023-H2'),"
              + " ('2024-H2','HALF',2024,date '2024-07-01',date '2024-12-31','2024-H1'),"
              + " ('2024','YEAR',2024,date '2024-01-01',date '2024-12-31','2023'),"
              + " ('2025-H1','HALF',2025,date '2025-01-01',date '2025-06-30','2024-H2'),"
              + " ('2025','YEAR',2025,date '2025-01-01',date '2025-12-31','2024'))"
              + " t(period, period_kind, year, start_date, end_date, previous_period)");
      sql.execute(
          "create table mart_source_as_of as select * from (values"
              + " ('feedback', date '2025-01-05'), ('inspections', date '2024-12-31'), ('submissions', date '2025-01-10'))"
              + " t(source, as_of_date)");
      sql.execute(
          "create table mart_group_score as select * from (values"
              + " ('U01','Lê Hồng Phong','PHUONG','2024','CCHC','Chỉ số cải cách hành chính',95.0,80.0,15.0),"
              + " ('U01','Lê Hồng Phong','PHUONG','2024','VAN_HOA','Văn hóa công sở',90.0,75.0,15.0),"
              + " ('U04','Hai Bà Trưng','PHUONG','2024','CCHC','Chỉ số cải cách hành chính',50.0,80.0,-30.0),"
              + " ('U04','Hai Bà Trưng','PHUONG','2024','VAN_HOA','Văn hóa công sở',45.0,75.0,-30.0),"
              + " ('U11','Liêm Tuyền','XA','2024','CCHC','Chỉ số cải cách hành chính',70.0,60.0,10.0))"
              + " t(unit_id, unit_name, unit_type, period, group_id, group_name, score_pct, peer_mean_pct, gap_to_peer_pp)");
      sql.execute(
          "create table mart_unit_scorecard as select * from (values"
              + " ('U04','Hai Bà Trưng','PHUONG','2024',true,12.5),"
              + " ('U01','Lê Hồng Phong','PHUONG','2024',true,2.0),"
              + " ('U11','Liêm Tuyền','XA','2024',true,-1.5))"
              + " t(unit_id, unit_name, unit_type, period, has_score, self_gap_pp)");
      sql.execute(
          "create table mart_feedback_annual as select * from (values"
              + " ('PHUONG',2023,100,85.0,90,92.5),('PHUONG',2024,120,80.0,100,88.0),"
              + " ('XA',2023,50,75.0,40,70.0),('XA',2024,60,66.666667,50,72.0))"
              + " t(unit_type, year, answered, satisfaction_pct, deadline_items, resolved_on_time_pct)");
      sql.execute(
          "create table mart_inspection_followup as select * from (values"
              + " ('U04','Hai Bà Trưng','PHUONG',2024,'TRE_HAN',3,3,0,3,0),"
              + " ('U11','Liêm Tuyền','XA',2024,'GAY_PHIEN_HA',1,1,1,0,1),"
              + " ('U02','Lam Hạ','PHUONG',2023,'THAI_DO',2,2,2,0,0))"
              + " t(unit_id, unit_name, unit_type, year, finding_code, findings, measures_due, measures_closed,"
              + " measures_overdue, harassment_findings)");
      sql.execute(
          "create table mart_watchlist as select * from (values"
              + " ('U04','Hai Bà Trưng','PHUONG','2024','SELF_GAP, OVERDUE_MEASURES',12.5,null,null,null,false,0,3),"
              + " ('U11','Liêm Tuyền','XA','2024','SATISFACTION_DROP, HARASSMENT',null,65.0,80.0,15.0,false,1,0))"
              + " t(unit_id, unit_name, unit_type, period, reasons_text, self_gap_pp, satisfaction_pct,"
              + " previous_satisfaction_pct, satisfaction_drop_pp, is_lineage_comparison, harassment_findings,"
              + " overdue_measures)");
      sql.execute(
          "create table quarantine_summary as select * from (values"
              + " ('r1','submissions','a.csv','UNKNOWN_UNIT',4),('r2','submissions','b.csv','UNKNOWN_UNIT',1),"
              + " ('r1','feedback','f.csv','BAD_DATE',2))"
              + " t(run_id, source, file, reason_code, rows)");
      sql.execute(
          "create table mart_trend (unit_id varchar, unit_name varchar, unit_type varchar,"
              + " year integer, score_pct decimal(18,6), change_pp decimal(18,6), rank integer,"
              + " places_change integer, slope_pp_per_year double, city_mean_pct decimal(18,6))");
      // city means: wards 2022 (70 + 80 + 75 + 62 + 50) / 5, 2023 (78 + 85 + 88 + 60 + 50) / 5,
      // 2024 (92.5 + 81 + 81 + 47.5) / 4, 2025 Hai Bà Trưng alone
      sql.execute(
          "insert into mart_trend values"
              + " ('U01','Lê Hồng Phong','PHUONG',2022,70,null,3,null,11.25,67.4),"
              + " ('U01','Lê Hồng Phong','PHUONG',2023,78,8,3,0,11.25,72.2),"
              + " ('U01','Lê Hồng Phong','PHUONG',2024,92.5,14.5,1,2,11.25,75.5),"
              + " ('U02','Lam Hạ','PHUONG',2022,80,null,1,null,0.5,67.4),"
              + " ('U02','Lam Hạ','PHUONG',2023,85,5,2,-1,0.5,72.2),"
              + " ('U02','Lam Hạ','PHUONG',2024,81,-4,2,0,0.5,75.5),"
              + " ('U03','Quang Trung','PHUONG',2022,75,null,2,null,3,67.4),"
              + " ('U03','Quang Trung','PHUONG',2023,88,13,1,1,3,72.2),"
              + " ('U03','Quang Trung','PHUONG',2024,81,-7,2,-1,3,75.5),"
              + " ('U04','Hai Bà Trưng','PHUONG',2022,62,null,4,null,-7.25,67.4),"
              + " ('U04','Hai Bà Trưng','PHUONG',2023,60,-2,4,0,-7.25,72.2),"
              + " ('U04','Hai Bà Trưng','PHUONG',2024,47.5,-12.5,4,0,-7.25,75.5),"
              + " ('U04','Hai Bà Trưng','PHUONG',2025,50,2.5,4,0,-7.25,50),"
              + " ('U06','Trần Hưng Đạo','PHUONG',2022,50,null,5,null,0,67.4),"
              + " ('U06','Trần Hưng Đạo','PHUONG',2023,50,0,5,0,0,72.2),"
              + " ('U11','Liêm Tuyền','XA',2024,70,null,1,null,null,59.986667),"
              + " ('U12','Kim Bình','XA',2024,55,null,2,null,null,59.986667),"
              + " ('U13','Tiên Tân','XA',2024,54.96,null,3,null,null,59.986667)");
    }
    return file;
  }
}
