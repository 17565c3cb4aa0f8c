package vn.phuly.thanthien.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import vn.phuly.thanthien.report.ReportData.GroupScore;

/**
 * Heat map of one unit type: units (in rank order) × criterion groups, each cell the unit's
 * percentage of the group's points (mart_unit_group_score), coloured on viridis from the lowest to the
 * highest cell; each column names the group and its peer mean.
 */
final class GroupHeatMap {
  private GroupHeatMap() {}

  static String fileName(String unitType) {
    return "nhom-tieu-chi-" + Labels.slug(unitType);
  }

  static List<Figure> figures(ReportData data) {
    List<Figure> figures = new ArrayList<>();
    RankingChart.byType(data.ranking())
        .forEach(
            (type, rows) -> {
              Map<String, Map<String, GroupScore>> byUnit = new LinkedHashMap<>();
              Map<String, GroupScore> groups = new TreeMap<>();
              for (RankingRow row : rows) {
                byUnit.put(row.unitId(), new TreeMap<>());
              }
              data.groupScores().stream()
                  .filter(g -> g.unitType().equals(type) && byUnit.containsKey(g.unitId()))
                  .forEach(g -> {
                    byUnit.get(g.unitId()).put(g.groupId(), g);
                    groups.putIfAbsent(g.groupId(), g);
                  });
              byUnit.values().removeIf(Map::isEmpty);
              if (byUnit.isEmpty()) {
                return;
              }
              figures.add(
                  new Figure(Figure.Section.GROUPS, fileName(type), Labels.unitGroup(type), caption(type, groups, byUnit),
                      chart(type, rows, byUnit, groups, data.period().code()), CellMatrix.WIDTH,
                      CellMatrix.height(byUnit.size())));
            });
    return figures;
  }

  private static String caption(
      String type, Map<String, GroupScore> groups, Map<String, Map<String, GroupScore>> byUnit) {
    GroupScore weakest =
        groups.values().stream().min(Comparator.comparingDouble(GroupScore::peerMeanPct)).orElseThrow();
    GroupScore furthest =
        byUnit.values().stream().flatMap(m -> m.values().stream())
            .min(Comparator.comparingDouble(GroupScore::gapToPeerPp).thenComparing(GroupScore::unitName))
            .orElseThrow();
    return "Nhóm tiêu chí " + Labels.unitGroup(type).toLowerCase() + " đạt thấp nhất là “" + weakest.groupName()
        + "” (trung bình " + Labels.pct(weakest.peerMeanPct()) + "%). Cách xa mức trung bình nhất: "
        + furthest.unitName() + " ở nhóm “" + furthest.groupName() + "” ("
        + Labels.signedPct(furthest.gapToPeerPp()) + " điểm %).";
  }

  static JFreeChart chart(
      String type, List<RankingRow> order, Map<String, Map<String, GroupScore>> byUnit,
      Map<String, GroupScore> groups, String period) {
    List<String> columns =
        groups.values().stream()
            .map(g -> g.groupName() + "\n(trung bình " + Labels.pct(g.peerMeanPct()) + "%)")
            .toList();
    List<String> rows = new ArrayList<>();
    List<Map<String, GroupScore>> cellsByRow = new ArrayList<>();
    for (RankingRow unit : order) {
      Map<String, GroupScore> scores = byUnit.get(unit.unitId());
      if (scores != null) {
        rows.add(unit.ranked() ? unit.rank() + ". " + unit.unitName() : unit.unitName());
        cellsByRow.add(scores);
      }
    }
    double min = byUnit.values().stream().flatMap(m -> m.values().stream()).mapToDouble(GroupScore::scorePct).min().orElse(0);
    double max = byUnit.values().stream().flatMap(m -> m.values().stream()).mapToDouble(GroupScore::scorePct).max().orElse(100);
    CellMatrix.Cell[][] cells = new CellMatrix.Cell[rows.size()][columns.size()];
    List<String> groupIds = new ArrayList<>(groups.keySet());
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < groupIds.size(); j++) {
        GroupScore g = cellsByRow.get(i).get(groupIds.get(j));
        cells[i][j] =
            g == null
                ? new CellMatrix.Cell(Color.WHITE, "")
                : new CellMatrix.Cell(
                    ChartStyle.viridis(max > min ? (g.scorePct() - min) / (max - min) : 1), Labels.pct(g.scorePct()) + "%");
      }
    }
    JFreeChart chart =
        CellMatrix.chart(
            "Tỷ lệ điểm theo nhóm tiêu chí — " + Labels.period(period), rows, columns, cells, Labels.NO_DATA);
    chart.addSubtitle(
        ChartStyle.subtitle(
            Labels.unitGroup(type) + " · màu từ tím (thấp nhất, " + Labels.pct(min) + "%) đến vàng (cao nhất, "
                + Labels.pct(max) + "%)"));
    return chart;
  }
}
