package vn.phuly.thanthien.report.scorecard;

import java.util.List;

/**
 * Everything one unit's scorecard shows for a period, as the marts hold it (nothing is computed
 * here): its ranking row, its criterion groups against the peer mean, its annual trend (following
 * lineage), the watch-list flags that apply, its open corrective measures and its feedback.
 *
 * @param ranking the unit's row of {@code mart_ranking} for the period
 * @param groups its rows of {@code mart_unit_group_score}, by improvement_rank (empty without a score)
 * @param trend its rows of {@code mart_trend} up to the period's year, by year
 * @param watch its row of {@code mart_watchlist}, or null when it is not on the watch list
 * @param openMeasures its rows of {@code mart_inspection_followup} with open measures, up to the period's year
 * @param feedback its row of {@code mart_feedback_period}, or null when it received no feedback
 */
public record UnitScorecard(
    Ranking ranking,
    List<GroupScore> groups,
    List<TrendYear> trend,
    Watch watch,
    List<OpenMeasures> openMeasures,
    Feedback feedback) {

  /** {@code mart_ranking}, with the previous period's number of ranked units (for "5/12 → 3/9"). */
  public record Ranking(
      String unitId,
      String unitCode,
      String unitName,
      String unitType,
      String period,
      String previousPeriod,
      Double scorePoints,
      Double maxPoints,
      Double scorePct,
      String band,
      Integer rank,
      Integer rankedUnits,
      Integer previousRank,
      Integer previousRankedUnits,
      Integer rankChange,
      Double peerMeanPct,
      Double completenessPct) {
    public boolean ranked() {
      return rank != null && scorePct != null;
    }
  }

  /** {@code mart_unit_group_score}. */
  public record GroupScore(
      String groupId,
      String groupName,
      double points,
      double maxPoints,
      double scorePct,
      double peerMeanPct,
      double gapPoints,
      double gapPp,
      int improvementRank) {}

  /** {@code mart_trend}: the unit's annual score, reconstructed from its predecessors before it existed. */
  public record TrendYear(
      int year, Double scorePct, boolean reconstructed, Integer predecessors, Double peerMeanPct) {}

  /** {@code mart_watchlist}: the reason codes, in the mart's order, with the values behind them. */
  public record Watch(
      List<String> reasons,
      Double selfGapPp,
      Double satisfactionPct,
      Double previousSatisfactionPct,
      Double satisfactionDropPp,
      boolean lineageComparison,
      long harassmentFindings,
      long overdueMeasures) {}

  /** {@code mart_inspection_followup}: the open measures of one year, finding code and severity. */
  public record OpenMeasures(int year, String findingCode, String severity, long open, long overdue) {}

  /** {@code mart_feedback_period}. */
  public record Feedback(
      long received, long answered, Double satisfactionPct, long deadlineItems, Double resolvedOnTimePct,
      long overdueOpen) {}
}
