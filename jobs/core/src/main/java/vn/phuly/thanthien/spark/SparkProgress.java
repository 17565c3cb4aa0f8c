package vn.phuly.thanthien.spark;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.SparkStatusTracker;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Watches a session's running Spark stages once a second (Spark's public status tracker, what its
 * own console progress bar reads) and reports the biggest active stage: tasks done of its total
 * and the seconds since it was submitted. Closing it stops the watch.
 */
public final class SparkProgress implements AutoCloseable {
  /** Receives the progress of the biggest running stage. */
  public interface Reporter {
    void progress(long tasksDone, long tasksTotal, double seconds);
  }

  private final ScheduledExecutorService timer;

  private SparkProgress(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  public static SparkProgress watch(SparkSession spark, Reporter reporter) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "thanthien-spark-progress");
      thread.setDaemon(true);
      return thread;
    });
    SparkStatusTracker tracker = spark.sparkContext().statusTracker();
    timer.scheduleAtFixedRate(() -> report(tracker, reporter), 1, 1, TimeUnit.SECONDS);
    return new SparkProgress(timer);
  }

  private static void report(SparkStatusTracker tracker, Reporter reporter) {
    SparkStageInfo biggest = null;
    for (int id : tracker.getActiveStageIds()) {
      Option<SparkStageInfo> info = tracker.getStageInfo(id);
      if (info.isDefined() && (biggest == null || info.get().numTasks() > biggest.numTasks())) {
        biggest = info.get();
      }
    }
    if (biggest != null) {
      long submitted = biggest.submissionTime();
      reporter.progress(biggest.numCompletedTasks(), biggest.numTasks(),
          submitted > 0 ? (System.currentTimeMillis() - submitted) / 1e3 : 0);
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
