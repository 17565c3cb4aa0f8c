package vn.phuly.thanthien.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.QuarantineCount;

/**
 * What one committed landing day of a source reports to the run manifest and the operator.
 *
 * @param rejected each file rejected whole, as sniffed: its reason code and its reason in
 *     Vietnamese (its manifest entry holds the English one)
 */
public record DayOutcome(
    String source,
    LocalDate day,
    List<FileReport> files,
    List<QuarantineCount> quarantine,
    Map<String, LandingFile> rejected) {

  public DayOutcome {
    files = List.copyOf(files);
    quarantine = List.copyOf(quarantine);
    rejected = Map.copyOf(rejected);
  }

  public long rowsRead() {
    return files.stream().mapToLong(FileReport::rowsRead).sum();
  }

  public long rowsAccepted() {
    return files.stream().mapToLong(FileReport::rowsAccepted).sum();
  }

  public long rowsQuarantined() {
    return files.stream().mapToLong(FileReport::rowsQuarantined).sum();
  }

  public long rowsSuperseded() {
    return files.stream().mapToLong(FileReport::rowsSuperseded).sum();
  }
}
