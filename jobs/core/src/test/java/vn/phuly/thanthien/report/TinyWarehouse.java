package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written warehouse with the two marts the report reads, at the marts' precision
 * (DECIMAL(18,6)). Period 2024, wards: Lê Hồng Phong 1st (up 2), Lam Hạ and Quang Trung tied 2nd,
 * Hai Bà Trưng 4th (down 3), Minh Khai without a score; communes: Phù Vân 1st, Kim Bình 2nd
 * (55.000) and Tiên Tân 3rd (54.960), which both show as 55,0 %. Trần Hưng Đạo existed in 2022
 * and 2023 only: it counts in those years' peer means but has no line in a 2024 chart.
 */
final class TinyWarehouse {
  private TinyWarehouse() {}

  static Path create(Path dir) throws SQLException {
    Path file = dir.resolve("tiny.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = db.createStatement()) {
      sql.execute(
          "create table mart_ranking (unit_id varchar, unit_code varchar, unit_name varchar,"
              + " unit_type varchar, period varchar, score_points decimal(18,6), max_points decimal(18,6),"
              + " score_pct decimal(18,6), band varchar, rank integer, rank_change integer,"
              + " peer_mean_pct decimal(18,6))");
      // peer means: wards 2024 (92.5 + 81 + 81 + 47.5) / 4; communes (70 + 55 + 54.96) / 3;
      // wards 2023 (78 + 85 + 88 + 60 + 50) / 5
      sql.execute(
          "insert into mart_ranking values"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2024',92.5,100,92.5,'Xuất sắc',1,2,75.5),"
              + " ('U02','13303','Lam Hạ','PHUONG','2024',81,100,81,'Tốt',2,0,75.5),"
              + " ('U03','13285','Quang Trung','PHUONG','2024',81,100,81,'Tốt',2,-1,75.5),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2024',47.5,100,47.5,'Yếu',4,-3,75.5),"
              + " ('U05','13294','Minh Khai','PHUONG','2024',null,100,null,null,null,null,75.5),"
              + " ('U11','13318','Phù Vân','XA','2024',70,100,70,'Khá',1,null,59.986667),"
              + " ('U12','13324','Kim Bình','XA','2024',55,100,55,'Trung bình',2,null,59.986667),"
              + " ('U13','13321','Tiên Tân','XA','2024',54.96,100,54.96,'Trung bình',3,null,59.986667),"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2023',78,100,78,'Khá',3,null,72.2),"
              + " ('U02','13303','Lam Hạ','PHUONG','2023',85,100,85,'Tốt',2,null,72.2),"
              + " ('U03','13285','Quang Trung','PHUONG','2023',88,100,88,'Tốt',1,null,72.2),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2023',60,100,60,'Trung bình',4,null,72.2),"
              + " ('U06','13282','Trần Hưng Đạo','PHUONG','2023',50,100,50,'Yếu',5,null,72.2)");
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
              + " ('U11','Phù Vân','XA',2024,70,null,1,null,null,59.986667),"
              + " ('U12','Kim Bình','XA',2024,55,null,2,null,null,59.986667),"
              + " ('U13','Tiên Tân','XA',2024,54.96,null,3,null,null,59.986667)");
    }
    return file;
  }
}
