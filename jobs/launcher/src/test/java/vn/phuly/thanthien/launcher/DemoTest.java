package vn.phuly.thanthien.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.warehouse.Sql;

/** The demo end to end, on a small sample: generate → ingest → build → report. */
class DemoTest {
  @TempDir static Path out;
  static int exitCode;

  @BeforeAll
  static void runDemo() {
    exitCode = Launcher.run("demo", "--out", out.toString(), "--feedback-items", "1500");
  }

  @Test
  void exitsZeroAndPublishesTheWarehouse() {
    assertEquals(0, exitCode);
    assertTrue(Files.isRegularFile(out.resolve("warehouse/thanthien.duckdb")));
  }

  @Test
  void everyWardAndCommuneOfEachYearIsRanked() throws Exception {
    // Phủ Lý: 11 wards and 10 communes from 2021 to 2024; the five wards of 1/7/2025 in 2025. The
    // units that ended on 30/6/2025 belong to 2025 too (DESIGN §5) but have no 2025 score: listed, unranked.
    Map<String, Long> expected = new LinkedHashMap<>();
    for (String year : new String[] {"2021", "2022", "2023", "2024"}) {
      expected.put(year + " PHUONG", 11L);
      expected.put(year + " XA", 10L);
    }
    expected.put("2025 PHUONG", 5L);
    expected.put("2025 XA", 0L);
    Map<String, Long> ranked = new LinkedHashMap<>();
    try (Connection db = Sql.openReadOnly(out.resolve("warehouse/thanthien.duckdb"));
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "select period || ' ' || unit_type, count(rank) from mart_ranking"
                    + " where period_kind = 'YEAR' and unit_type in ('PHUONG', 'XA')"
                    + " group by all order by 1")) {
      while (r.next()) {
        ranked.put(r.getString(1), r.getLong(2));
      }
    }
    assertEquals(expected, ranked);
  }

  @Test
  void drawsTheRankingChartOfTheLatestYearAsPng() throws Exception {
    Path chart = out.resolve("reports/2025/xep-hang-phuong.png");
    assertTrue(Files.isRegularFile(chart), chart + " missing");
    byte[] magic = new byte[8];
    try (InputStream in = Files.newInputStream(chart)) {
      assertEquals(8, in.read(magic));
    }
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, magic);
  }

}
