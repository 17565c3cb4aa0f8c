package vn.phuly.thanthien.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.phuly.thanthien.ingest.DayOutcome;
import vn.phuly.thanthien.ingest.IngestListener;
import vn.phuly.thanthien.ingest.LandingFile;
import vn.phuly.thanthien.ingest.LandingNotice;
import vn.phuly.thanthien.lake.FileReport;

/**
 * Prints an ingest run as it happens: what the landing zone holds that is not read, a line when a
 * source's pass starts, on a terminal a live line of the pass (Spark tasks done of total, rate,
 * time left), one line per committed landing day and its rejected files, then per source its drift
 * (each note once, with the number of files it was seen in: the manifest keeps it per file) and one
 * summary line. Logs (output not a terminal) get no live line.
 */
final class IngestProgress implements IngestListener {
  private final boolean live = Console.terminal();

  @Override
  public void sourceStarted(String source, List<LocalDate> days) {
    Console.line("  " + source + ": nạp " + Console.number(days.size()) + " ngày landing ("
        + days.get(0) + (days.size() > 1 ? " … " + days.get(days.size() - 1) : "") + ")");
  }

  @Override
  public void passProgress(String source, long tasksDone, long tasksTotal, double seconds) {
    if (live) {
      Console.status("  " + source + ": " + Console.progress(tasksDone, tasksTotal, "phần việc Spark", seconds));
    }
  }
  @Override
  public void noticed(LandingNotice notice) {
    String what = notice.kind() == LandingNotice.Kind.SKIPPED ? "bỏ qua " : "cảnh báo ";
    Console.line("  ! " + what + notice.path() + ": " + notice.reasonVi());
  }

  @Override
  public void dayCommitted(DayOutcome outcome) {
    if (live) {
      Console.clearStatus();
    }
    Console.line("  " + outcome.source() + " " + outcome.day() + ": " + Console.number(outcome.files().size())
        + " tệp, đọc " + Console.number(outcome.rowsRead()) + " dòng: nhận " + Console.number(outcome.rowsAccepted())
        + ", cách ly " + Console.number(outcome.rowsQuarantined()) + ", bị thay thế "
        + Console.number(outcome.rowsSuperseded()));
    for (FileReport file : outcome.files()) {
      LandingFile rejected = outcome.rejected().get(file.file());
      if (rejected == null) {
        continue;
      }
      String quarantined = rejected.isUnreadable()
          ? "cả tệp vào khu cách ly với mã " + rejected.rejectedCode()
          : Console.number(file.rowsRead()) + " dòng vào khu cách ly";
      Console.line("    ✗ " + file.file() + ": bị loại cả tệp, " + rejected.rejectedVi() + "; " + quarantined);
    }
  }

  @Override
  public void sourceFinished(String source, List<DayOutcome> outcomes, double seconds) {
    // each drift note once, with the files it was seen in
    Map<String, List<String>> drift = new TreeMap<>();
    for (DayOutcome outcome : outcomes) {
      for (FileReport file : outcome.files()) {
        file.drift().forEach(note -> drift.computeIfAbsent(note, n -> new ArrayList<>()).add(file.file()));
      }
    }
    drift.forEach((note, files) -> Console.line("    ! " + source + ": khác với hợp đồng dữ liệu (được ghi nhận): " + note
        + (files.size() == 1 ? " (tệp " + files.get(0) + ")" : " (" + Console.number(files.size()) + " tệp)")));
    List<LocalDate> days = outcomes.stream().map(DayOutcome::day).toList();
    Console.stage("Nạp " + source,
        Console.number(days.size()) + " ngày landing, đọc "
            + Console.number(outcomes.stream().mapToLong(DayOutcome::rowsRead).sum()) + " dòng, cách ly "
            + Console.number(outcomes.stream().mapToLong(DayOutcome::rowsQuarantined).sum()),
        seconds);
  }
}
