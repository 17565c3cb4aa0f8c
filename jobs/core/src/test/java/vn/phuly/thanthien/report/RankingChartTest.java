package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankingChartTest {
  @TempDir Path tmp;

  @Test
  void writesOnePngAndOneSvgPerUnitType() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    Path out = tmp.resolve("out");

    List<Path> files = RankingChart.write(warehouse, "2024", out);

    assertEquals(
        List.of(
            out.resolve("xep-hang-phuong.png"),
            out.resolve("xep-hang-phuong.svg"),
            out.resolve("xep-hang-xa.png"),
            out.resolve("xep-hang-xa.svg")),
        files);
    BufferedImage png = ImageIO.read(out.resolve("xep-hang-phuong.png").toFile());
    assertEquals(1600, png.getWidth());
    assertEquals(1000, png.getHeight());
  }

  @Test
  void svgHoldsTheVietnameseNamesAsText() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    RankingChart.write(warehouse, "2024", tmp);

    String svg = Files.readString(tmp.resolve("xep-hang-phuong.svg"), StandardCharsets.UTF_8);

    assertTrue(svg.contains(">Hạng 1 · Lê Hồng Phong<"), "ranked label as text");
    assertTrue(svg.contains(">Minh Khai · chưa có dữ liệu<"), "unranked label as text");
    assertTrue(
        svg.contains(">Xếp hạng mức độ thực hiện mô hình Chính quyền thân thiện — năm 2024<"),
        "title as text");
    assertTrue(svg.contains("font-family: Noto Sans, sans-serif"), "bundled font family named in the SVG");
  }

  @Test
  void barsAreInRankOrderWithTheUnrankedUnitLast() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    List<RankingRow> wards =
        Marts.ranking(warehouse, "2024").stream().filter(r -> r.unitType().equals("PHUONG")).toList();

    CategoryPlot plot = RankingChart.chart(wards, "2024").getCategoryPlot();

    assertEquals(
        List.of(
            "Hạng 1 · Lê Hồng Phong",
            "Hạng 2 · Lam Hạ",
            "Hạng 2 · Quang Trung",
            "Hạng 4 · Hai Bà Trưng",
            "Minh Khai · chưa có dữ liệu"),
        plot.getDataset().getColumnKeys().stream().map(Object::toString).toList());
    assertEquals(null, plot.getDataset().getValue(0, 4));
  }

  @Test
  void everyTextUsesTheBundledFont() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    JFreeChart chart = RankingChart.chart(Marts.ranking(warehouse, "2024").subList(0, 5), "2024");

    assertEquals("Noto Sans", chart.getTitle().getFont().getFamily());
    assertEquals("Noto Sans Bold", chart.getTitle().getFont().getFontName());
    assertEquals("Noto Sans", chart.getCategoryPlot().getDomainAxis().getTickLabelFont().getFamily());
    assertEquals("Noto Sans", chart.getLegend().getItemFont().getFamily());
    assertEquals(-1, chart.getTitle().getFont().canDisplayUpTo("Xếp hạng Lê Hồng Phong đạt ưu"));
  }

  @Test
  void sameDataGivesIdenticalBytes() throws Exception {
    Path warehouse = TinyWarehouse.create(tmp);
    RankingChart.write(warehouse, "2024", tmp.resolve("a"));
    RankingChart.write(warehouse, "2024", tmp.resolve("b"));

    for (String file : List.of("xep-hang-phuong.svg", "xep-hang-phuong.png")) {
      assertArrayEquals(
          Files.readAllBytes(tmp.resolve("a").resolve(file)),
          Files.readAllBytes(tmp.resolve("b").resolve(file)),
          file);
    }
  }
}
