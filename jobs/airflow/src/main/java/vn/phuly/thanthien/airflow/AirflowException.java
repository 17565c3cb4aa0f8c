package vn.phuly.thanthien.airflow;

/**
 * A request to Airflow that did not give what was asked, with the kind of problem; the command
 * line turns the kind into a message and an exit code. Messages name the URL, the user, the DAG or
 * the run, never the password.
 */
public final class AirflowException extends RuntimeException {
  /** What went wrong. */
  public enum Problem {
    /** No answer (connection refused, reset, timed out), or 502/503/504 after the retries. */
    UNREACHABLE,
    /** 401/403: the user or password is wrong, or the user may not do this. */
    UNAUTHORISED,
    DAG_NOT_FOUND,
    /** The DAG is paused: a run of it would stay queued for ever. */
    DAG_PAUSED,
    RUN_NOT_FOUND,
    /** 409 that is not an existing run of ours (e.g. another backfill of the DAG is running). */
    CONFLICT,
    /** The run did not finish before the deadline. */
    TIMEOUT,
    /** The server refused the request as invalid (400, 404 of a path, 422). */
    REJECTED,
    /** Any other answer (500, an unreadable body). */
    SERVER_ERROR
  }

  private final Problem problem;

  public AirflowException(Problem problem, String message) {
    super(message);
    this.problem = problem;
  }

  public AirflowException(Problem problem, String message, Throwable cause) {
    super(message, cause);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
