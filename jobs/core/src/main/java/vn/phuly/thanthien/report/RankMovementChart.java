package vn.phuly.thanthien.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import vn.phuly.thanthien.report.ReportData.Standing;

/**
 * Rank movement of one unit type: for every ranked unit, its rank in the previous period of the
 * same kind (hollow) and in this one (filled), joined by a line coloured by the direction. The
 * legend gives each period's number of ranked units (mart_ranking.ranked_units), since the 2025
 * reorganisation changed the peer groups: 3rd of 11 and 3rd of 5 are not the same place.
 */
final class RankMovementChart {
  private RankMovementChart() {}

  static String fileName(String unitType) {
    return "thay-doi-hang-" + Labels.slug(unitType);
  }

  static List<Figure> figures(ReportData data) {
    Map<String, Standing> standings =
        data.standings().stream().collect(Collectors.toMap(Standing::unitId, Function.identity(), (a, b) -> a));
    List<Figure> figures = new ArrayList<>();
    String previous = data.period().previous();
    RankingChart.byType(data.ranking())
        .forEach(
            (type, rows) -> {
              List<RankingRow> ranked = rows.stream().filter(RankingRow::ranked).toList();
              if (ranked.isEmpty()) {
                return;
              }
              Integer before = data.previousRankedUnits().get(type);
              if (before == null) {
                // nothing to move from: the type had no ranking in the previous period
                return;
              }
              Integer now = standings.get(ranked.get(0).unitId()).rankedUnits();
              figures.add(
                  new Figure(Figure.Section.MOVEMENT, fileName(type), Labels.unitGroup(type),
                      caption(ranked, standings, previous, before, now),
                      chart(type, ranked, standings, data.period().code(), previous, before, now),
                      CellMatrix.WIDTH, CellMatrix.height(ranked.size())));
            });
    return figures;
  }

  private static String caption(
      List<RankingRow> ranked, Map<String, Standing> standings, String previous, Integer before, Integer now) {
    List<RankingRow> moved =
        ranked.stream().filter(r -> r.rankChange() != null && r.rankChange() != 0)
            .sorted(Comparator.comparing(RankingRow::rankChange).thenComparing(RankingRow::unitName)).toList();
    StringBuilder text = new StringBuilder();
    text.append("Kỳ ").append(previous).append(" có ").append(before).append(" đơn vị được xếp hạng, kỳ này ")
        .append(now).append(". ");
    if (moved.isEmpty()) {
      text.append("Không đơn vị nào thay đổi thứ hạng.");
      return text.toString();
    }
    RankingRow up = moved.get(moved.size() - 1);
    RankingRow down = moved.get(0);
    if (up.rankChange() > 0) {
      text.append("Tăng nhiều bậc nhất: ").append(up.unitName()).append(" (từ hạng ")
          .append(standings.get(up.unitId()).previousRank()).append(" lên hạng ").append(up.rank()).append(")");
    }
    if (down.rankChange() < 0) {
      text.append(up.rankChange() > 0 ? "; giảm" : "Giảm").append(" nhiều bậc nhất: ").append(down.unitName())
          .append(" (từ hạng ").append(standings.get(down.unitId()).previousRank()).append(" xuống hạng ")
          .append(down.rank()).append(")");
    }
    return text.append(".").toString();
  }

  static JFreeChart chart(
      String type, List<RankingRow> ranked, Map<String, Standing> standings, String period, String previous,
      Integer before, Integer now) {
    XYSeriesCollection dataset = new XYSeriesCollection();
    RowAxis rows = new RowAxis(ranked.stream().map(r -> label(r, standings.get(r.unitId()))).toList());
    List<Color> colours = new ArrayList<>();
    int maxRank = 1;
    for (int i = 0; i < ranked.size(); i++) {
      RankingRow r = ranked.get(i);
      Integer was = standings.get(r.unitId()).previousRank();
      XYSeries line = new XYSeries(Integer.valueOf(i), false, true);
      if (was != null) {
        line.add(was.doubleValue(), rows.center(i));
        maxRank = Math.max(maxRank, was);
      }
      line.add(r.rank().doubleValue(), rows.center(i));
      maxRank = Math.max(maxRank, r.rank());
      dataset.addSeries(line);
      colours.add(was == null || was.equals(r.rank()) ? ChartStyle.NEUTRAL : was > r.rank() ? ChartStyle.GOOD : ChartStyle.BAD);
    }
    NumberAxis rank = new NumberAxis("Hạng (1 = cao nhất)");
    rank.setRange(0.5, maxRank + 0.5);
    rank.setTickUnit(new NumberTickUnit(1, Labels.decimalFormat("0")));

    XYLineAndShapeRenderer renderer =
        new XYLineAndShapeRenderer(true, true) {
          @Override
          public boolean getItemShapeFilled(int series, int item) {
            return item == getPlot().getDataset().getItemCount(series) - 1;
          }
        };
    renderer.setDrawOutlines(true);
    renderer.setUseOutlinePaint(false);
    XYPlot plot = new XYPlot(dataset, rank, rows, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setRangeGridlinesVisible(false);
    plot.setFixedLegendItems(legend(period, previous, before, now));
    JFreeChart chart =
        new JFreeChart(
            "Thay đổi thứ hạng từ " + Labels.period(previous) + " đến " + Labels.period(period),
            JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.addSubtitle(ChartStyle.subtitle(Labels.unitGroup(type) + " · chấm rỗng: hạng kỳ trước, chấm đặc: hạng kỳ này"));
    ChartStyle.apply(chart);
    // after the theme, which resets series paints
    for (int i = 0; i < colours.size(); i++) {
      renderer.setSeriesPaint(i, colours.get(i));
      renderer.setSeriesStroke(i, new BasicStroke(4f));
      renderer.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-9, -9, 18, 18));
      renderer.setSeriesOutlineStroke(i, new BasicStroke(3f));
    }
    rows.setTickLabelFont(Fonts.regular(21f));
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    chart.setPadding(new RectangleInsets(10, 10, 10, 30));
    return chart;
  }

  /** "Lam Hạ: từ 5 lên 3", "Hai Bà Trưng: từ 1 xuống 4", "Lam Hạ: giữ hạng 2", "Phủ Lý: hạng 1, kỳ trước chưa xếp hạng". */
  private static String label(RankingRow r, Standing standing) {
    Integer was = standing.previousRank();
    String move =
        was == null ? "hạng " + r.rank() + ", kỳ trước chưa xếp hạng"
            : was.equals(r.rank()) ? "giữ hạng " + r.rank()
            : "từ " + was + (was > r.rank() ? " lên " : " xuống ") + r.rank();
    return r.unitName() + ": " + move;
  }

  private static LegendItemCollection legend(String period, String previous, Integer before, Integer now) {
    LegendItemCollection items = new LegendItemCollection();
    items.add(item("Kỳ " + previous + ": " + before + " đơn vị được xếp hạng", ChartStyle.NEUTRAL, false));
    items.add(item("Kỳ " + period + ": " + now + " đơn vị được xếp hạng", ChartStyle.NEUTRAL, true));
    items.add(item("tăng hạng", ChartStyle.GOOD, true));
    items.add(item("giảm hạng", ChartStyle.BAD, true));
    items.add(item("giữ hạng hoặc kỳ trước chưa xếp hạng", ChartStyle.NEUTRAL, true));
    return items;
  }

  private static LegendItem item(String label, Color colour, boolean filled) {
    LegendItem item =
        new LegendItem(label, null, null, null, true, new java.awt.geom.Ellipse2D.Double(-9, -9, 18, 18), filled,
            colour, true, colour, new BasicStroke(3f), false, new Rectangle(), new BasicStroke(1f), colour);
    return item;
  }
}
