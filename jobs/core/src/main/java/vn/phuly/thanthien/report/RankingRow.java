package vn.phuly.thanthien.report;

/**
 * One row of {@code mart_ranking}: a unit valid in the period. {@code scorePct}, {@code rank}
 * and {@code band} are null for a unit with no current score ("chưa có dữ liệu");
 * {@code rankChange} is null when the unit had no rank in the previous period.
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
    Integer rankChange) {

  public boolean ranked() {
    return rank != null && scorePct != null;
  }
}
