package vn.phuly.thanthien.airflow;

/** {@code GET /api/v2/monitor/health}: the status of each component ("healthy" or not). */
public record Health(Component metadatabase, Component scheduler, Component triggerer, Component dagProcessor) {
  /** One component's status. */
  public record Component(String status) {}

  public static final String HEALTHY = "healthy";

  /** The metadata database and the scheduler are healthy: runs will be scheduled. */
  public boolean healthy() {
    return metadatabase != null && HEALTHY.equals(metadatabase.status())
        && scheduler != null && HEALTHY.equals(scheduler.status());
  }
}
