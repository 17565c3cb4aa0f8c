package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * Issue 10, items 2 and 4, through the command line: a profile of only units.csv, criteria.csv and
 * bands.csv ingests and builds, and a unit belongs to every period it was valid in on at least one
 * day. The units are Phủ Lý's in small: Quang Trung (code 13285 until 2025-06-30), Phủ Lý ward
 * (the same code from 2025-07-01), Phòng Kinh tế (ended 2025-02-28) and Phòng Nội vụ (ended
 * 2025-06-30). Each catalogue has one criterion of 100 points, so a score is its percentage.
 */
class MinimalProfileTest {
  static final String HEADER =
      "Mã phiếu,Kỳ đánh giá,Mã đơn vị,Tên đơn vị,Hình thức chấm,Mã tiêu chí,Điểm,Minh chứng,Ngày nộp,Lần nộp\n";

  @TempDir Path work;
  Path profile;
  Path landing;

  @BeforeEach
  void writeProfileAndLanding() throws Exception {
    profile = work.resolve("profile");
    write(profile.resolve("units.csv"),
        """
        # three files only: no aliases, lineage, emulation weights or thresholds
        unit_id,unit_code,name,unit_type,parent_id,valid_from,valid_to,population,note
        quang-trung,13285,Quang Trung,PHUONG,,2021-01-01,2025-06-30,11800,code reused from 2025-07-01
        phu-ly,13285,Phủ Lý,PHUONG,,2025-07-01,,58600,
        pkt,PKT,Phòng Kinh tế,PHONG_BAN,,2021-01-01,2025-02-28,,ceased on 2025-02-28
        pnv,PNV,Phòng Nội vụ,PHONG_BAN,,2021-01-01,2025-06-30,,
        """);
    write(profile.resolve("criteria.csv"),
        """
        catalogue_id,valid_from,valid_to,unit_type,criterion_id,group_id,group_name,name,max_points,assessor_source
        W,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí phường,100,SELF
        P,2021-01-01,,PHONG_BAN,TC1,G,Nhóm,Tiêu chí phòng,100,SELF
        """);
    write(profile.resolve("bands.csv"), "catalogue_id,band,min_pct\nW,Đạt,50\nW,Chưa đạt,0\nP,Đạt,50\nP,Chưa đạt,0\n");
    landing = work.resolve("landing");
    write(landing.resolve("submissions/2026-01-15/diem.csv"),
        HEADER
            // Phòng Kinh tế ceased on 28/2 but belongs to 2025-Q1 (unknown on 31/3 before the fix)
            + row("S-1", "2025-Q1", "PKT", "80", "05/04/2025")
            + row("S-2", "2025-Q1", "PNV", "70", "05/04/2025")
            // 13285 meant only Quang Trung within 2025-H1, whatever the day it was submitted on
            + row("S-3", "2025-H1", "13285", "60", "05/07/2025")
            // within 2025 it meant two units: the record's own date decides
            + row("S-4", "2025", "13285", "90", "15/12/2025")
            + row("S-5", "2025", "13285", "40", "20/06/2025"));
  }

  private static String row(String id, String period, String code, String score, String submitted) {
    return String.join(",", id, period, code, "", "Tự chấm", "TC1", score, "", submitted, "1") + "\n";
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void aThreeFileProfileIngestsAndBuildsAndUnitsBelongToEveryPeriodTheyExistedIn() throws Exception {
    Sparks.session("local[2]");
    Path lake = work.resolve("lake");
    Path warehouse = work.resolve("warehouse/thanthien.duckdb");

    CliFixtures.Outcome ingest = CliFixtures.run("ingest", "--landing", landing.toString(), "--lake", lake.toString(),
        "--reference", profile.toString());
    assertEquals(Main.OK, ingest.exitCode(), ingest.err());
    assertTrue(ingest.out().contains("đọc 5 dòng: nhận 5, cách ly 0"), ingest.out());
    CliFixtures.Outcome build = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(),
        "--reference", profile.toString());
    assertEquals(Main.OK, build.exitCode(), build.err());

    assertEquals(
        List.of(
            "2025|PHONG_BAN|pkt|null|null",
            "2025|PHONG_BAN|pnv|null|null",
            "2025|PHUONG|phu-ly|90.0|1",
            "2025|PHUONG|quang-trung|40.0|2",
            "2025-H1|PHONG_BAN|pkt|null|null",
            "2025-H1|PHONG_BAN|pnv|null|null",
            "2025-H1|PHUONG|quang-trung|60.0|1",
            "2025-Q1|PHONG_BAN|pkt|80.0|1",
            "2025-Q1|PHONG_BAN|pnv|70.0|2",
            "2025-Q1|PHUONG|quang-trung|null|null"),
        QueryRows.readOnly(warehouse,
            "select period, unit_type, unit_id, cast(score_pct as double), rank from mart_ranking"
                + " order by period, unit_type, unit_id"));
    assertEquals(List.of("0"), QueryRows.readOnly(warehouse, "select count(*) from mart_emulation_annual"));
  }

  @Test
  void aProfileErrorExitsTwoNamingTheFileAndTheLine() throws Exception {
    write(profile.resolve("thresholds.csv"), "key,value,description\nquarantine_rate_max,0.1,\nwatch_selfgap_pp,10,typo\n");

    CliFixtures.Outcome ingest = CliFixtures.run("ingest", "--landing", landing.toString(), "--lake",
        work.resolve("lake").toString(), "--reference", profile.toString());

    assertEquals(Main.BAD_INPUT, ingest.exitCode(), ingest.out());
    assertTrue(ingest.err().contains("thresholds.csv") && ingest.err().contains("dòng 3")
        && ingest.err().contains("watch_selfgap_pp"), ingest.err());
  }
}
