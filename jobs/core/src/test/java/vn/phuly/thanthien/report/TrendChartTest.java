package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrendChartTest {
  @TempDir Path tmp;

  @Test
  void oneLinePerScoredUnitUpToThePeriodPlusTheMean() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    List<RankingRow> wards =
        Marts.ranking(warehouse, "2024").stream().filter(r -> r.unitType().equals("PHUONG")).toList();
    List<TrendPoint> points = TrendChart.pointsOf(wards, Marts.trend(warehouse, 2024));

    XYDataset data = TrendChart.chart("PHUONG", points, "2024").getXYPlot().getDataset();

    assertEquals(5, data.getSeriesCount(), "4 wards with scores (not Minh Khai) + the mean");
    assertEquals("Lê Hồng Phong", data.getSeriesKey(0));
    assertEquals("Trung bình khối phường", data.getSeriesKey(4));
    assertEquals(3, data.getItemCount(3), "Hai Bà Trưng: 2022–2024, its 2025 row is after the period");
    assertEquals(2022.0, data.getXValue(4, 0));
    assertEquals(71.75, data.getYValue(4, 0), 1e-9); // (70 + 80 + 75 + 62) / 4
    assertEquals(75.5, data.getYValue(4, 2), 1e-9); // (92.5 + 81 + 81 + 47.5) / 4
  }

  @Test
  void yearsAreWholeNumbersWithoutSeparators() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    List<TrendPoint> points =
        TrendChart.pointsOf(Marts.ranking(warehouse, "2024"), Marts.trend(warehouse, 2024));
    JFreeChart chart = TrendChart.chart("PHUONG", points, "2024");

    NumberAxis years = (NumberAxis) chart.getXYPlot().getDomainAxis();

    assertEquals("2021", years.getTickUnit().valueToString(2021));
    assertEquals(1.0, years.getTickUnit().getSize());
  }

  @Test
  void meanByYearAveragesTheUnitsOfEachYear() {
    List<TrendPoint> points =
        List.of(
            new TrendPoint("A", "A", "XA", 2021, 60.0, null, 1, null, null),
            new TrendPoint("B", "B", "XA", 2021, 50.0, null, 2, null, null),
            new TrendPoint("A", "A", "XA", 2022, 70.0, 10.0, 1, 0, null));

    assertEquals(Map.of(2021, 55.0, 2022, 70.0), TrendChart.meanByYear(points));
  }

  @Test
  void svgNamesTheMeanLineInVietnamese() throws Exception {
    TrendChart.write(TinyWarehouse.create(tmp), "2024", tmp);

    String svg = Files.readString(tmp.resolve("xu-huong-phuong.svg"), StandardCharsets.UTF_8);

    assertTrue(svg.contains(">Trung bình khối phường<"));
    assertTrue(svg.contains(">Xu hướng mức độ thực hiện mô hình Chính quyền thân thiện 2021–2024<"));
    assertTrue(svg.contains(">2021<") && !svg.contains("2,021") && !svg.contains("2.021"));
  }
}
