package vn.phuly.thanthien.airflow;

/** A backfill of Airflow ({@code /api/v2/backfills}); {@code completedAt} null while it runs. */
public record Backfill(
    long id, String dagId, String fromDate, String toDate, boolean isPaused, String reprocessBehavior,
    int maxActiveRuns, String createdAt, String completedAt) {
  public boolean completed() {
    return completedAt != null;
  }
}
