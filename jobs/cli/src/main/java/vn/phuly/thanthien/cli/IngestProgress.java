package vn.phuly.thanthien.cli;

import java.time.LocalDate;
import java.util.List;
import vn.phuly.thanthien.ingest.DayOutcome;
import vn.phuly.thanthien.ingest.IngestListener;
import vn.phuly.thanthien.lake.FileReport;

/** Prints an ingest run as it happens: one line per committed landing day and its notes, one per source. */
final class IngestProgress implements IngestListener {
  @Override
  public void dayCommitted(DayOutcome outcome) {
    Console.line("  " + outcome.source() + " " + outcome.day() + ": " + Console.number(outcome.files().size())
        + " tệp, đọc " + Console.number(outcome.rowsRead()) + " dòng: nhận " + Console.number(outcome.rowsAccepted())
        + ", cách ly " + Console.number(outcome.rowsQuarantined()) + ", bị thay thế "
        + Console.number(outcome.rowsSuperseded()));
    for (FileReport file : outcome.files()) {
      if (file.rejected() != null) {
        Console.line("    ✗ " + file.file() + ": bị loại cả tệp, " + outcome.rejectedVi().get(file.file()) + "; "
            + Console.number(file.rowsRead()) + " dòng vào khu cách ly");
      } else if (!file.drift().isEmpty()) {
        Console.line("    ! " + file.file() + ": khác với hợp đồng dữ liệu (được ghi nhận): "
            + String.join("; ", file.drift()));
      }
    }
  }

  @Override
  public void sourceFinished(String source, List<DayOutcome> outcomes, double seconds) {
    List<LocalDate> days = outcomes.stream().map(DayOutcome::day).toList();
    Console.stage("Nạp " + source,
        Console.number(days.size()) + " ngày landing, đọc "
            + Console.number(outcomes.stream().mapToLong(DayOutcome::rowsRead).sum()) + " dòng, cách ly "
            + Console.number(outcomes.stream().mapToLong(DayOutcome::rowsQuarantined).sum()),
        seconds);
  }
}
