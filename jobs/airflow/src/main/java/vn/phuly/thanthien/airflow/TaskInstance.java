package vn.phuly.thanthien.airflow;

/** A task of a run and its state ({@code null}: not scheduled yet). */
public record TaskInstance(
    String taskId, Integer mapIndex, String state, int tryNumber, int maxTries, String startDate, String endDate) {
  public static final String FAILED = "failed";

  public boolean failed() {
    return FAILED.equals(state);
  }
}
