package vn.phuly.thanthien.report;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of {@code score_pct} for the units of one type in one period, in rank order,
 * coloured by band; units without a score are listed last as "chưa có dữ liệu".
 */
public final class RankingChart {
  static final int WIDTH = 1600;
  static final int MIN_HEIGHT = 1000;
  private static final String SERIES = "Tỷ lệ điểm";

  private RankingChart() {}

  /**
   * Writes one chart per unit type of the period's ranking, {@code xep-hang-<type>.png/.svg}, into
   * {@code outDir}; returns the files written.
   */
  public static List<Path> write(Path warehouse, String period, Path outDir) {
    return write(Marts.ranking(warehouse, period), period, outDir);
  }

  static List<Path> write(List<RankingRow> ranking, String period, Path outDir) {
    List<Path> files = new ArrayList<>();
    byType(ranking)
        .forEach(
            (type, rows) ->
                files.addAll(
                    ChartFiles.write(
                        chart(rows, period), outDir, fileName(type), WIDTH, height(rows.size()))));
    return files;
  }

  static String fileName(String unitType) {
    return "xep-hang-" + Labels.slug(unitType);
  }

  /** Rows grouped by unit type, in the order the mart returned them (type, then rank). */
  static Map<String, List<RankingRow>> byType(List<RankingRow> ranking) {
    Map<String, List<RankingRow>> byType = new LinkedHashMap<>();
    for (RankingRow row : ranking) {
      byType.computeIfAbsent(row.unitType(), t -> new ArrayList<>()).add(row);
    }
    return byType;
  }

  /** Bars need room for two lines of text each once a group is large (a province's communes). */
  static int height(int units) {
    return Math.max(MIN_HEIGHT, 200 + 40 * units);
  }

  /** The chart of one unit type; {@code rows} in rank order, unranked last. */
  static JFreeChart chart(List<RankingRow> rows, String period) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<Paint> barPaints = new ArrayList<>();
    Set<String> bands = new LinkedHashSet<>();
    boolean anyUnranked = false;
    for (RankingRow row : rows) {
      dataset.addValue(row.ranked() ? row.scorePct() : null, SERIES, new UnitKey(row));
      barPaints.add(ChartStyle.band(row.band()));
      if (row.ranked() && row.band() != null) {
        bands.add(row.band());
      }
      anyUnranked |= !row.ranked();
    }

    CategoryAxis units = new CategoryAxis();
    units.setMaximumCategoryLabelWidthRatio(0.45f);
    units.setMaximumCategoryLabelLines(2);
    units.setCategoryMargin(0.25);
    NumberAxis pct =
        ChartStyle.percentAxis(
            "Tỷ lệ điểm đạt được (%)",
            rows.stream().filter(RankingRow::ranked).mapToDouble(RankingRow::scorePct));

    BarRenderer bars = new BandBarRenderer(barPaints);
    bars.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", oneDecimal()));
    bars.setDefaultItemLabelsVisible(true);
    bars.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    bars.setMaximumBarWidth(0.08);

    CategoryPlot plot = new CategoryPlot(dataset, units, pct, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setFixedLegendItems(legend(bands, anyUnranked));

    JFreeChart chart =
        new JFreeChart(
            "Xếp hạng mức độ thực hiện " + Labels.MODEL + " — " + Labels.period(period),
            JFreeChart.DEFAULT_TITLE_FONT,
            plot,
            true);
    long ranked = rows.stream().filter(RankingRow::ranked).count();
    chart.addSubtitle(
        new TextTitle(
            Labels.unitGroup(rows.get(0).unitType())
                + " · " + ranked + " đơn vị được xếp hạng / " + rows.size() + " đơn vị · "
                + ChartStyle.rangeNote(pct, "%")));
    ChartStyle.apply(chart);
    chart.setPadding(new RectangleInsets(10, 10, 10, 40));
    bars.setDefaultItemLabelFont(Fonts.regular(20f));
    bars.setDefaultItemLabelPaint(Color.BLACK);
    return chart;
  }

  private static LegendItemCollection legend(Set<String> bands, boolean anyUnranked) {
    LegendItemCollection items = new LegendItemCollection();
    for (String band : bands) {
      items.add(legendItem(band, ChartStyle.band(band)));
    }
    if (anyUnranked) {
      items.add(legendItem(Labels.NO_DATA, ChartStyle.NO_DATA));
    }
    return items;
  }

  private static LegendItem legendItem(String label, Paint paint) {
    return new LegendItem(label, null, null, null, new Rectangle(-9, -9, 18, 18), paint);
  }

  private static DecimalFormat oneDecimal() {
    return Labels.decimalFormat("0.0");
  }

  /** A bar's category: shown as "Hạng 1 · Lê Hồng Phong", distinct per unit even if names repeat. */
  record UnitKey(String label, String unitId) implements Comparable<UnitKey> {
    UnitKey(RankingRow row) {
      this(Labels.rankedName(row), row.unitId());
    }

    @Override
    public int compareTo(UnitKey other) {
      int byLabel = label.compareTo(other.label);
      return byLabel != 0 ? byLabel : unitId.compareTo(other.unitId);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The ranking chart of every unit type, with a sentence on the leader and the spread. */
  static List<Figure> figures(ReportData data) {
    List<Figure> figures = new ArrayList<>();
    byType(data.ranking())
        .forEach(
            (type, rows) -> {
              List<RankingRow> ranked = rows.stream().filter(RankingRow::ranked).toList();
              if (ranked.isEmpty()) {
                return;
              }
              String caption =
                  "Dẫn đầu " + Labels.unitGroup(type).toLowerCase() + " là " + ranked.get(0).unitName() + " ("
                          + Labels.pct(ranked.get(0).scorePct()) + "%), cuối bảng là "
                          + ranked.get(ranked.size() - 1).unitName() + " ("
                          + Labels.pct(ranked.get(ranked.size() - 1).scorePct()) + "%). Màu cột là xếp loại."
                          + (ReportHtml.roundedLookAlikes(rows).isEmpty()
                              ? ""
                              : " Có đơn vị cùng hiển thị một điểm nhưng khác hạng (xem lưu ý dưới bảng).");
              figures.add(
                  new Figure(Figure.Section.RANKING, fileName(type), Labels.unitGroup(type), caption,
                      chart(rows, data.period().code()), WIDTH, height(rows.size())));
            });
    return figures;
  }

  /** Colours each bar by its unit's band instead of by series. */
  private static final class BandBarRenderer extends BarRenderer {
    private final List<Paint> paints;

    BandBarRenderer(List<Paint> paints) {
      this.paints = List.copyOf(paints);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return paints.get(column);
    }
  }
}
