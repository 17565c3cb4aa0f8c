package vn.phuly.thanthien.ingest;

import java.util.List;
import vn.phuly.thanthien.QualityGateException;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.QuarantineCount;

/**
 * What a run did (the same content as its manifest {@code _runs/<runId>.json}).
 *
 * @param qualityGateFailures one Vietnamese sentence per source whose quarantine rate over the
 *     run exceeded the profile's {@code quarantine_rate_max}; the run's data is committed anyway
 */
public record IngestResult(
    String runId,
    String status,
    List<FileReport> files,
    List<QuarantineCount> quarantine,
    List<String> qualityGateFailures) {

  /** Throws {@link QualityGateException} (exit 3) when a source failed the gate. */
  public void checkQualityGate() {
    if (!qualityGateFailures.isEmpty()) {
      throw new QualityGateException(String.join("; ", qualityGateFailures));
    }
  }
}
