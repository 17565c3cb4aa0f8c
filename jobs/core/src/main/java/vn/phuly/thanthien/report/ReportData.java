package vn.phuly.thanthien.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Everything one report shows, read from the marts of one warehouse (ReportQueries): the charts
 * and the text are drawn from this and nothing else, so its {@link #fingerprint} says whether a
 * written report is still the report of today's data. Every list comes in a fixed order.
 */
record ReportData(
    Period period,
    String issuer,
    List<SourceDate> sources,
    List<RankingRow> ranking,
    List<Standing> standings,
    Map<String, Integer> previousRankedUnits,
    List<TrendPoint> trend,
    List<GroupScore> groupScores,
    List<SelfGap> selfGaps,
    double selfGapThresholdPp,
    List<FeedbackYear> feedback,
    List<FindingCount> findings,
    List<UnitMeasures> measures,
    List<WatchRow> watchlist,
    List<QuarantineCount> quarantine) {

  /** A row of dim_period. */
  record Period(String code, String kind, int year, LocalDate start, LocalDate end, String previous) {}

  /** mart_source_as_of: the date a source's figures are as of. */
  record SourceDate(String source, LocalDate asOf) {}

  /** mart_ranking's columns beyond RankingRow: previous rank, ranked units, completeness. */
  record Standing(String unitId, Integer previousRank, Integer rankedUnits, Double completenessPct) {}

  /** mart_unit_group_score of the period. */
  record GroupScore(
      String unitId, String unitName, String unitType, String groupId, String groupName, double scorePct,
      double peerMeanPct, double gapToPeerPp) {}

  /** mart_unit_scorecard.self_gap_pp of a scored unit of the period. */
  record SelfGap(String unitId, String unitName, String unitType, double selfGapPp) {}

  /** mart_feedback_period: the pooled rates of each unit type and year. */
  record FeedbackYear(
      String unitType, int year, long answered, Double satisfactionPct, long deadlineItems, Double onTimePct) {}

  /** mart_inspection_followup findings of one code in one year, over the units. */
  record FindingCount(int year, String code, long findings) {}

  /** mart_inspection_followup of one unit over the years up to the period's: measures and findings. */
  record UnitMeasures(
      String unitId, String unitName, String unitType, long findings, long measuresDue, long measuresClosed,
      long measuresOverdue, long harassmentFindings) {}

  /** mart_watchlist of the period. */
  record WatchRow(
      String unitId, String unitName, String unitType, List<String> reasons, Double selfGapPp,
      Double satisfactionPct, Double previousSatisfactionPct, Double satisfactionDropPp, boolean lineageComparison,
      long harassmentFindings, long overdueMeasures) {}

  /** quarantine_summary rows of one source and reason. */
  record QuarantineCount(String source, String reasonCode, long rows) {}

  /** The latest as-of date over the sources: the date of the report's data. */
  LocalDate dataDate() {
    return sources.stream().map(SourceDate::asOf).max(LocalDate::compareTo).orElse(null);
  }

  /** SHA-256 of the data, hex: equal data give an equal fingerprint on every run. */
  String fingerprint() {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest((ReportHtml.FORMAT + "\n" + this).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
