package vn.phuly.thanthien.ingest;

/**
 * A source whose quarantined share of the rows read in a run exceeded the profile's {@code
 * quarantine_rate_max}; the run's data is committed anyway.
 */
public record QualityGateFailure(String source, long rowsRead, long rowsQuarantined, double threshold) {
  public double rate() {
    return (double) rowsQuarantined / rowsRead;
  }
}
