package vn.phuly.thanthien.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The headline numbers of one unit type in one period: units ranked, mean score, top and bottom
 * three, and the units whose score rose most since the previous year. The mean is the mart's
 * ({@code mart_ranking.peer_mean_pct}, the same rule as {@code mart_trend.city_mean_pct}), not
 * recomputed here.
 *
 * @param ranking the type's rows in rank order, unranked last
 * @param gains ranked units with a positive {@code change_pp} in the period's year, largest first
 */
record GroupSummary(
    String unitType,
    List<RankingRow> ranking,
    int rankedCount,
    OptionalDouble meanPct,
    List<RankingRow> top,
    List<RankingRow> bottom,
    List<Gain> gains) {
  static final int PODIUM = 3;

  /** A unit's rise in score over the previous year, in percentage points. */
  record Gain(RankingRow unit, double changePp) {}

  static GroupSummary of(String unitType, List<RankingRow> ranking, List<TrendPoint> trend, int year) {
    List<RankingRow> ranked = ranking.stream().filter(RankingRow::ranked).toList();
    Map<String, Double> changes =
        trend.stream()
            .filter(p -> p.year() == year && p.changePp() != null)
            .collect(Collectors.toMap(TrendPoint::unitId, TrendPoint::changePp, (a, b) -> a));
    List<Gain> gains =
        ranked.stream()
            .filter(r -> changes.getOrDefault(r.unitId(), 0.0) > 0)
            .map(r -> new Gain(r, changes.get(r.unitId())))
            .sorted(
                Comparator.comparingDouble(Gain::changePp)
                    .reversed()
                    .thenComparing(g -> g.unit().unitName()))
            .limit(PODIUM)
            .toList();
    return new GroupSummary(
        unitType,
        ranking,
        ranked.size(),
        ranked.stream()
            .map(RankingRow::peerMeanPct)
            .filter(Objects::nonNull)
            .mapToDouble(Double::doubleValue)
            .findFirst(),
        ranked.subList(0, Math.min(PODIUM, ranked.size())),
        ranked.subList(Math.max(0, ranked.size() - PODIUM), ranked.size()),
        gains);
  }
}
