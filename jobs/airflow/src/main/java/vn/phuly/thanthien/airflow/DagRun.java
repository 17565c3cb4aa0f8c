package vn.phuly.thanthien.airflow;

import java.util.Map;

/** A DAG run as {@code GET /api/v2/dags/{dag_id}/dagRuns/{dag_run_id}} gives it (fields we use). */
public record DagRun(
    String dagRunId,
    String dagId,
    String logicalDate,
    String runType,
    String state,
    String startDate,
    String endDate,
    Map<String, Object> conf) {
  public static final String SUCCESS = "success";
  public static final String FAILED = "failed";

  /** success or failed: nothing more will happen to it unless it is cleared. */
  public boolean finished() {
    return SUCCESS.equals(state) || FAILED.equals(state);
  }

  public boolean succeeded() {
    return SUCCESS.equals(state);
  }
}
