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

    XYDataset data =
        TrendChart.chart("PHUONG", points, TrendChart.peerMeanByYear(Marts.trend(warehouse, 2024), "PHUONG"), "2024")
            .getXYPlot().getDataset();

    assertEquals(5, data.getSeriesCount(), "4 wards with scores (not Minh Khai) + the mean");
    assertEquals("Lê Hồng Phong", data.getSeriesKey(0));
    assertEquals("Trung bình khối phường", data.getSeriesKey(4));
    assertEquals(3, data.getItemCount(3), "Hai Bà Trưng: 2022–2024, its 2025 row is after the period");
    assertEquals(2022.0, data.getXValue(4, 0));
    assertEquals(3, data.getItemCount(4), "the mean of 2022–2024");
    // the mart's city_mean_pct: 2022 counts Trần Hưng Đạo, which has no line in a 2024 chart;
    // the average of the four lines drawn would be (70 + 80 + 75 + 62) / 4 = 71.75
    assertEquals(67.4, data.getYValue(4, 0), 1e-9);
    assertEquals(72.2, data.getYValue(4, 1), 1e-9);
    assertEquals(75.5, data.getYValue(4, 2), 1e-9);
  }

  @Test
  void yearsAreWholeNumbersWithoutSeparators() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    List<TrendPoint> trend = Marts.trend(warehouse, 2024);
    List<TrendPoint> points = TrendChart.pointsOf(Marts.ranking(warehouse, "2024"), trend);
    JFreeChart chart = TrendChart.chart("PHUONG", points, TrendChart.peerMeanByYear(trend, "PHUONG"), "2024");

    NumberAxis years = (NumberAxis) chart.getXYPlot().getDomainAxis();

    assertEquals("2021", years.getTickUnit().valueToString(2021));
    assertEquals(1.0, years.getTickUnit().getSize());
  }

  @Test
  void theMeanLineIsTheMartsPeerMeanNotAnAverageOfTheLines() {
    // the mart's mean of communes in 2021 is 58.0 (a commune not drawn counts in it), of wards 80.0
    List<TrendPoint> trend =
        List.of(
            new TrendPoint("A", "A", "XA", 2021, 60.0, null, 1, null, null, 58.0),
            new TrendPoint("B", "B", "XA", 2021, 50.0, null, 2, null, null, 58.0),
            new TrendPoint("A", "A", "XA", 2022, 70.0, 10.0, 1, 0, null, 70.0),
            new TrendPoint("W", "W", "PHUONG", 2021, 90.0, null, 1, null, null, 80.0));

    assertEquals(Map.of(2021, 58.0, 2022, 70.0), TrendChart.peerMeanByYear(trend, "XA"));
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
