package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written warehouse with every table the period report and the unit scorecards read, at the
 * marts' precision (DECIMAL(18,6)); the one fixture of the report's tests in core and cli.
 *
 * <p>Period 2024 (previous: 2023), wards: Lê Hồng Phong 1st (up 2), Lam Hạ and Quang Trung tied
 * 2nd, Hai Bà Trưng 4th (down 3), Minh Khai without a score; communes: Liêm Tuyền 1st, Kim Bình 2nd
 * (55.000) and Tiên Tân 3rd (54.960), which both show as 55,0 %, none ranked in 2023. Trần Hưng Đạo
 * existed in 2022 and 2023 only: it counts in those years' peer means but has no line in a 2024
 * chart. Lam Hạ's 2022 score is reconstructed from 2 predecessors.
 *
 * <p>Criterion groups 2024: wards CCHC (50 points), VAN_HOA (30), HAI_LONG (20); communes CCHC (60)
 * and the ungrouped criterion TC09 (40), its own group. Hai Bà Trưng (21, 17, 9.5 points against
 * peer means 37.5, 23.5, 14.5) improves CCHC first; Lê Hồng Phong is above its peers everywhere,
 * least in HAI_LONG (+3 points).
 *
 * <p>Watch list 2024: Hai Bà Trưng (self-assessment gap 12.5 pp, 3 overdue measures), Liêm Tuyền
 * (satisfaction 80 % → 65 %, 1 harassment finding). Feedback pooled by type: wards 2024 96 of 120
 * satisfied (80 %), 88 of 100 on time; communes 2024 40 of 60 (66.67 %), 36 of 50; communes 2023 38
 * of 50, 28 of 40; wards 2023 85 of 100, 83 of 90. Sources as of 2025-01-10 (submissions),
 * 2024-12-31 (inspections), 2025-01-05 (feedback); 2025-H1 has no scores at all.
 */
public final class TinyWarehouse {
  public static final String PERIOD = "2024";

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
      // period_kind, previous_rank, ranked_units and completeness as the mart derives them
      sql.execute(
          "create table mart_ranking as select *, 'YEAR' as period_kind, rank + rank_change as previous_rank,"
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
      groupScores(sql);
      sql.execute(
          "create table mart_unit_scorecard as select * from (values"
              + " ('U04','Hai Bà Trưng','PHUONG','2024',true,12.5),"
              + " ('U01','Lê Hồng Phong','PHUONG','2024',true,2.0),"
              + " ('U11','Liêm Tuyền','XA','2024',true,-1.5))"
              + " t(unit_id, unit_name, unit_type, period, has_score, self_gap_pp)");
      feedback(sql);
      sql.execute(
          "create table mart_inspection_followup (unit_id varchar, unit_name varchar, unit_type varchar, year integer,"
              + " finding_code varchar, severity varchar, findings bigint, measures_due bigint, measures_closed bigint,"
              + " measures_overdue bigint, measures_open bigint, harassment_findings bigint)");
      // Hai Bà Trưng's 2025 finding is after the period: no report or scorecard of 2024 counts it
      sql.execute(
          "insert into mart_inspection_followup values"
              + " ('U04','Hai Bà Trưng','PHUONG',2024,'TRE_HAN','NHE',3,3,0,3,3,0),"
              + " ('U04','Hai Bà Trưng','PHUONG',2025,'THAI_DO','NHE',1,1,0,0,1,0),"
              + " ('U11','Liêm Tuyền','XA',2024,'GAY_PHIEN_HA','NGHIEM_TRONG',1,1,1,0,0,1),"
              + " ('U02','Lam Hạ','PHUONG',2023,'THAI_DO','NHE',2,2,2,0,0,0)");
      sql.execute(
          "create table mart_watchlist (unit_id varchar, unit_name varchar, unit_type varchar, period varchar,"
              + " reasons varchar[], reasons_text varchar, self_gap_pp decimal(18,6), satisfaction_pct decimal(18,6),"
              + " previous_satisfaction_pct decimal(18,6), satisfaction_drop_pp decimal(18,6),"
              + " is_lineage_comparison boolean, harassment_findings bigint, overdue_measures bigint)");
      sql.execute(
          "insert into mart_watchlist values"
              + " ('U04','Hai Bà Trưng','PHUONG','2024',['SELF_GAP','OVERDUE_MEASURES'],'SELF_GAP, OVERDUE_MEASURES',"
              + "12.5,null,null,null,false,0,3),"
              + " ('U11','Liêm Tuyền','XA','2024',['SATISFACTION_DROP','HARASSMENT'],'SATISFACTION_DROP, HARASSMENT',"
              + "null,65.0,80.0,15.0,false,1,0),"
              + " ('U02','Lam Hạ','PHUONG','2023',['HARASSMENT'],'HARASSMENT',null,null,null,null,false,1,0)");
      sql.execute(
          "create table quarantine_summary as select * from (values"
              + " ('r1','submissions','a.csv','UNKNOWN_UNIT',4),('r2','submissions','b.csv','UNKNOWN_UNIT',1),"
              + " ('r1','feedback','f.csv','BAD_DATE',2))"
              + " t(run_id, source, file, reason_code, rows)");
      trend(sql);
    }
    return file;
  }

  /**
   * Criterion groups of the scored unit-periods of 2024. Wards: every group's maximum is equal for
   * the four scored wards, so the peer mean of points is the mean of the column: CCHC (47 + 40 + 42
   * + 21) / 4 = 37.5, VAN_HOA (28 + 25 + 24 + 17) / 4 = 23.5, HAI_LONG (17.5 + 16 + 15 + 9.5) / 4 =
   * 14.5. Communes: CCHC (45 + 33 + 36) / 3 = 38, TC09 (25 + 22 + 18.96) / 3 = 21.986667. Improvement
   * rank: gap_points ascending, then group_id.
   */
  private static void groupScores(Statement sql) throws SQLException {
    sql.execute(
        "create table mart_unit_group_score (unit_id varchar, unit_name varchar, unit_type varchar, period varchar,"
            + " group_id varchar, group_name varchar, criteria_count bigint, scored_criteria bigint,"
            + " points decimal(18,6), max_points decimal(18,6), score_pct decimal(18,6),"
            + " peer_mean_points decimal(18,6), peer_mean_pct decimal(18,6), gap_points decimal(18,6),"
            + " gap_pp decimal(18,6), improvement_rank bigint)");
    String cchc = "'CCHC','Chỉ số cải cách hành chính'";
    String vanHoa = "'VAN_HOA','Văn hóa công sở'";
    String haiLong = "'HAI_LONG','Sự hài lòng của người dân'";
    String tc09 = "'TC09','Mức độ hài lòng của người dân với UBND xã'";
    sql.execute(
        "insert into mart_unit_group_score values"
            + " ('U01','Lê Hồng Phong','PHUONG','2024'," + cchc + ",5,5,47,50,94,37.5,75,9.5,19,3),"
            + " ('U01','Lê Hồng Phong','PHUONG','2024'," + vanHoa + ",4,4,28,30,93.333333,23.5,78.333333,4.5,15,2),"
            + " ('U01','Lê Hồng Phong','PHUONG','2024'," + haiLong + ",1,1,17.5,20,87.5,14.5,72.5,3,15,1),"
            + " ('U02','Lam Hạ','PHUONG','2024'," + cchc + ",5,5,40,50,80,37.5,75,2.5,5,3),"
            + " ('U02','Lam Hạ','PHUONG','2024'," + vanHoa + ",4,4,25,30,83.333333,23.5,78.333333,1.5,5,2),"
            + " ('U02','Lam Hạ','PHUONG','2024'," + haiLong + ",1,1,16,20,80,14.5,72.5,1.5,7.5,1),"
            + " ('U03','Quang Trung','PHUONG','2024'," + cchc + ",5,5,42,50,84,37.5,75,4.5,9,3),"
            + " ('U03','Quang Trung','PHUONG','2024'," + vanHoa + ",4,3,24,30,80,23.5,78.333333,0.5,1.666667,2),"
            + " ('U03','Quang Trung','PHUONG','2024'," + haiLong + ",1,1,15,20,75,14.5,72.5,0.5,2.5,1),"
            + " ('U04','Hai Bà Trưng','PHUONG','2024'," + cchc + ",5,5,21,50,42,37.5,75,-16.5,-33,1),"
            + " ('U04','Hai Bà Trưng','PHUONG','2024'," + vanHoa + ",4,4,17,30,56.666667,23.5,78.333333,-6.5,-21.666666,2),"
            + " ('U04','Hai Bà Trưng','PHUONG','2024'," + haiLong + ",1,1,9.5,20,47.5,14.5,72.5,-5,-25,3),"
            + " ('U11','Liêm Tuyền','XA','2024'," + cchc + ",6,6,45,60,75,38,63.333333,7,11.666667,2),"
            + " ('U11','Liêm Tuyền','XA','2024'," + tc09 + ",1,1,25,40,62.5,21.986667,54.966667,3.013333,7.533333,1),"
            + " ('U12','Kim Bình','XA','2024'," + cchc + ",6,6,33,60,55,38,63.333333,-5,-8.333333,1),"
            + " ('U12','Kim Bình','XA','2024'," + tc09 + ",1,1,22,40,55,21.986667,54.966667,0.013333,0.033333,2),"
            + " ('U13','Tiên Tân','XA','2024'," + cchc + ",6,6,36,60,60,38,63.333333,-2,-3.333333,2),"
            + " ('U13','Tiên Tân','XA','2024'," + tc09 + ",1,1,18.96,40,47.4,21.986667,54.966667,-3.026667,-7.566667,1)");
  }

  /**
   * Feedback by unit and period, with the pooled figures of the unit's type in the period (the
   * mart's peer_ columns, hand-added: wards 2024 (50 + 46) of (60 + 60) satisfied, (54 + 34) of
   * (60 + 40) on time; communes 2024 (13 + 0 + 27) of (20 + 0 + 40), (20 + 0 + 16) of (25 + 0 + 25)).
   * The half year 2024-H2 of Liêm Tuyền is in the mart too; neither the yearly trend nor the 2024
   * scorecard reads it.
   */
  private static void feedback(Statement sql) throws SQLException {
    sql.execute(
        "create table mart_feedback_period (unit_id varchar, unit_type varchar, period varchar, period_kind varchar,"
            + " year integer, received bigint, answered bigint, satisfied bigint, satisfaction_pct decimal(18,6),"
            + " deadline_items bigint, resolved_on_time bigint, resolved_on_time_pct decimal(18,6), overdue_open bigint,"
            + " peer_answered bigint, peer_satisfaction_pct decimal(18,6), peer_deadline_items bigint,"
            + " peer_resolved_on_time_pct decimal(18,6))");
    String wards2024 = "120,80,100,88";
    String communes2024 = "60,66.666667,50,72";
    String communes2023 = "50,76,40,70";
    sql.execute(
        "insert into mart_feedback_period values"
            + " ('U01','PHUONG','2024','YEAR',2024,70,60,50,83.333333,60,54,90,0," + wards2024 + "),"
            + " ('U04','PHUONG','2024','YEAR',2024,70,60,46,76.666667,40,34,85,3," + wards2024 + "),"
            + " ('U02','PHUONG','2023','YEAR',2023,110,100,85,85,90,83,92.222222,1,100,85,90,92.222222),"
            + " ('U11','XA','2024','YEAR',2024,40,20,13,65,25,20,80,2," + communes2024 + "),"
            + " ('U11','XA','2024-H2','HALF',2024,15,10,5,50,10,7,70,2,10,50,10,70),"
            + " ('U12','XA','2024','YEAR',2024,10,0,0,null,0,0,null,0," + communes2024 + "),"
            + " ('U13','XA','2024','YEAR',2024,45,40,27,67.5,25,16,64,0," + communes2024 + "),"
            + " ('U11','XA','2023','YEAR',2023,45,40,32,80,40,28,70,0," + communes2023 + "),"
            + " ('U12','XA','2023','YEAR',2023,12,10,6,60,0,0,null,0," + communes2023 + ")");
  }

  private static void trend(Statement sql) throws SQLException {
    sql.execute(
        "create table mart_trend (unit_id varchar, unit_name varchar, unit_type varchar,"
            + " year integer, score_pct decimal(18,6), is_reconstructed boolean, predecessors integer,"
            + " change_pp decimal(18,6), rank integer, places_change integer, slope_pp_per_year double,"
            + " city_mean_pct decimal(18,6))");
    // city means: wards 2022 (70 + 80 + 75 + 62 + 50) / 5, 2023 (78 + 85 + 88 + 60 + 50) / 5,
    // 2024 (92.5 + 81 + 81 + 47.5) / 4, 2025 Hai Bà Trưng alone
    sql.execute(
        "insert into mart_trend values"
            + " ('U01','Lê Hồng Phong','PHUONG',2022,70,false,null,null,3,null,11.25,67.4),"
            + " ('U01','Lê Hồng Phong','PHUONG',2023,78,false,null,8,3,0,11.25,72.2),"
            + " ('U01','Lê Hồng Phong','PHUONG',2024,92.5,false,null,14.5,1,2,11.25,75.5),"
            + " ('U02','Lam Hạ','PHUONG',2022,80,true,2,null,1,null,0.5,67.4),"
            + " ('U02','Lam Hạ','PHUONG',2023,85,false,null,5,2,-1,0.5,72.2),"
            + " ('U02','Lam Hạ','PHUONG',2024,81,false,null,-4,2,0,0.5,75.5),"
            + " ('U03','Quang Trung','PHUONG',2022,75,false,null,null,2,null,3,67.4),"
            + " ('U03','Quang Trung','PHUONG',2023,88,false,null,13,1,1,3,72.2),"
            + " ('U03','Quang Trung','PHUONG',2024,81,false,null,-7,2,-1,3,75.5),"
            + " ('U04','Hai Bà Trưng','PHUONG',2022,62,false,null,null,4,null,-7.25,67.4),"
            + " ('U04','Hai Bà Trưng','PHUONG',2023,60,false,null,-2,4,0,-7.25,72.2),"
            + " ('U04','Hai Bà Trưng','PHUONG',2024,47.5,false,null,-12.5,4,0,-7.25,75.5),"
            + " ('U04','Hai Bà Trưng','PHUONG',2025,50,false,null,2.5,4,0,-7.25,50),"
            + " ('U06','Trần Hưng Đạo','PHUONG',2022,50,false,null,null,5,null,0,67.4),"
            + " ('U06','Trần Hưng Đạo','PHUONG',2023,50,false,null,0,5,0,0,72.2),"
            + " ('U11','Liêm Tuyền','XA',2024,70,false,null,null,1,null,null,59.986667),"
            + " ('U12','Kim Bình','XA',2024,55,false,null,null,2,null,null,59.986667),"
            + " ('U13','Tiên Tân','XA',2024,54.96,false,null,null,3,null,null,59.986667)");
  }
}
