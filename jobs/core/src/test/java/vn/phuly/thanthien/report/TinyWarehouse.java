package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A hand-written warehouse with the two marts the report reads. Period 2024, wards: Lê Hồng Phong
 * 1st (up 2), Lam Hạ and Quang Trung tied 2nd, Hai Bà Trưng 4th (down 3), Minh Khai without a
 * score; communes: Phù Vân 1st, Kim Bình 2nd.
 */
final class TinyWarehouse {
  private TinyWarehouse() {}

  static Path create(Path dir) throws SQLException {
    Path file = dir.resolve("tiny.duckdb");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement sql = db.createStatement()) {
      sql.execute(
          "create table mart_ranking (unit_id varchar, unit_code varchar, unit_name varchar,"
              + " unit_type varchar, period varchar, score_points double, max_points double,"
              + " score_pct double, band varchar, rank bigint, rank_change bigint)");
      sql.execute(
          "insert into mart_ranking values"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2024',92.5,100,92.5,'Xuất sắc',1,2),"
              + " ('U02','13303','Lam Hạ','PHUONG','2024',81,100,81,'Tốt',2,0),"
              + " ('U03','13285','Quang Trung','PHUONG','2024',81,100,81,'Tốt',2,-1),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2024',47.5,100,47.5,'Yếu',4,-3),"
              + " ('U05','13294','Minh Khai','PHUONG','2024',null,100,null,null,null,null),"
              + " ('U11','13318','Phù Vân','XA','2024',70,100,70,'Khá',1,null),"
              + " ('U12','13324','Kim Bình','XA','2024',55,100,55,'Trung bình',2,null),"
              + " ('U01','13291','Lê Hồng Phong','PHUONG','2023',78,100,78,'Khá',3,null),"
              + " ('U02','13303','Lam Hạ','PHUONG','2023',85,100,85,'Tốt',2,null),"
              + " ('U03','13285','Quang Trung','PHUONG','2023',88,100,88,'Tốt',1,null),"
              + " ('U04','13288','Hai Bà Trưng','PHUONG','2023',60,100,60,'Trung bình',4,null)");
      sql.execute(
          "create table mart_trend (unit_id varchar, unit_name varchar, unit_type varchar,"
              + " year integer, score_pct double, change_pp double, rank bigint,"
              + " places_change bigint, slope_pp_per_year double)");
      sql.execute(
          "insert into mart_trend values"
              + " ('U01','Lê Hồng Phong','PHUONG',2022,70,null,3,null,11.25),"
              + " ('U01','Lê Hồng Phong','PHUONG',2023,78,8,3,0,11.25),"
              + " ('U01','Lê Hồng Phong','PHUONG',2024,92.5,14.5,1,2,11.25),"
              + " ('U02','Lam Hạ','PHUONG',2022,80,null,1,null,0.5),"
              + " ('U02','Lam Hạ','PHUONG',2023,85,5,2,-1,0.5),"
              + " ('U02','Lam Hạ','PHUONG',2024,81,-4,2,0,0.5),"
              + " ('U03','Quang Trung','PHUONG',2022,75,null,2,null,3),"
              + " ('U03','Quang Trung','PHUONG',2023,88,13,1,1,3),"
              + " ('U03','Quang Trung','PHUONG',2024,81,-7,2,-1,3),"
              + " ('U04','Hai Bà Trưng','PHUONG',2022,62,null,4,null,-7.25),"
              + " ('U04','Hai Bà Trưng','PHUONG',2023,60,-2,4,0,-7.25),"
              + " ('U04','Hai Bà Trưng','PHUONG',2024,47.5,-12.5,4,0,-7.25),"
              + " ('U04','Hai Bà Trưng','PHUONG',2025,50,2.5,4,0,-7.25),"
              + " ('U11','Phù Vân','XA',2024,70,null,1,null,null),"
              + " ('U12','Kim Bình','XA',2024,55,null,2,null,null)");
    }
    return file;
  }
}
