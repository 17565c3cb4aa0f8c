package vn.phuly.thanthien.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What an ingest run tells whoever runs it, as it happens (the command line prints it; ingest
 * itself never prints). Every method has an empty default, so a caller listens only to what it
 * needs.
 */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  /** An entry of the landing zone the run does not read, or a landing day it reads with a warning. */
  default void noticed(LandingNotice notice) {}

  /** A source's pending landing days are about to be read, in one pass. */
  default void sourceStarted(String source, List<LocalDate> days) {}

  /**
   * How far the source's Spark pass is, about once a second while it runs: tasks done of the
   * running stage's total (a task is one file or one part of up to 32 MB of a big CSV) and the
   * seconds since that stage started. Called from a watcher thread.
   */
  default void passProgress(String source, long tasksDone, long tasksTotal, double seconds) {}

  /** One landing day of a source is committed (its ledger entry written). */
  default void dayCommitted(DayOutcome outcome) {}

  /** Every pending day of {@code source} is committed. */
  default void sourceFinished(String source, List<DayOutcome> outcomes, double seconds) {}
}
