package vn.phuly.thanthien.lake;

import java.util.List;

/** One landing file of a run, as the run manifest reports it. {@code rejected}: null, or why the whole file was refused. */
public record FileReport(String source, String file, String landingDate, long rowsRead, long rowsAccepted,
    long rowsQuarantined, long rowsSuperseded, List<String> drift, String rejected, double seconds) {

  public FileReport {
    drift = drift == null ? List.of() : List.copyOf(drift);
  }

  /** Every row read is accounted for exactly once: accepted, quarantined or superseded. */
  public boolean reconciles() {
    return rowsRead == rowsAccepted + rowsQuarantined + rowsSuperseded;
  }
}
