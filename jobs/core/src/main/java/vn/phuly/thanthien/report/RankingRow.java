package vn.phuly.thanthien.report;

/**
 * One row of {@code mart_ranking}: a unit valid in the period. {@code scorePct}, {@code rank}
 * and {@code band} are null for a unit with no current score ("chưa có dữ liệu");
 * {@code rankChange} is null when the unit had no rank in the previous period. {@code peerMeanPct}
 * is the mart's mean score of the unit type in the period ({@code peer_mean_pct}).
 */
public record RankingRow(
    String unitId,
    String unitCode,
    String unitName,
    String unitType,
    String period,
    Double scorePoints,
    Double maxPoints,
    Double scorePct,
    String band,
    Integer rank,
    Integer rankChange,
    Double peerMeanPct) {

  public boolean ranked() {
    return rank != null && scorePct != null;
  }
}
