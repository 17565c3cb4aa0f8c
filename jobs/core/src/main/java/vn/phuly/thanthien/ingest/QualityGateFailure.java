package vn.phuly.thanthien.ingest;

import java.util.List;

/**
 * A source that failed the quality gate of a run: the quarantined share of its rows read exceeded
 * the profile's {@code quarantine_rate_max}, or a file of it was rejected whole (a night of
 * unreadable exports never ends green). The run's data is committed anyway.
 *
 * @param rejectedFiles the source's files rejected whole, in the order read
 */
public record QualityGateFailure(
    String source, long rowsRead, long rowsQuarantined, double threshold, List<String> rejectedFiles) {
  public QualityGateFailure {
    rejectedFiles = List.copyOf(rejectedFiles);
  }

  public double rate() {
    return rowsRead == 0 ? 0 : (double) rowsQuarantined / rowsRead;
  }

  public boolean overThreshold() {
    return rate() > threshold;
  }

  /** The gate's verdict on a source's run, or null when it passes. */
  static QualityGateFailure judge(String source, long rowsRead, long rowsQuarantined, double threshold,
      List<String> rejectedFiles) {
    QualityGateFailure failure = new QualityGateFailure(source, rowsRead, rowsQuarantined, threshold, rejectedFiles);
    return failure.overThreshold() || !rejectedFiles.isEmpty() ? failure : null;
  }
}
