package vn.phuly.thanthien.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.reference.AssessmentPeriod;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ReportSettings;

/**
 * Which reports are due on a business date (what {@code report --due D}, {@code run} and the
 * Airflow report DAG write). A period of a kind listed in report.csv's {@code period_kinds} is
 * due on D when it has closed (its end date is before D), its delay ({@code delay_days_<kind>})
 * has passed ({@code end + delay <= D}), it has scored data, and its report under
 * {@code <reports>/<period>/} is missing or shows other data: the fingerprint of the data in the
 * written {@code bao-cao.html} differs from today's (or the PDF is missing). So a re-run on the
 * same warehouse writes nothing, a correction of last year's scores writes last year's report
 * again, and a backfill writes every closed period once.
 */
public final class DueReports {
  private static final Pattern FINGERPRINT =
      Pattern.compile("<meta name=\"" + ReportHtml.FINGERPRINT_META + "\" content=\"([0-9a-f]+)\"");

  private DueReports() {}

  /** What to do with one period, and why. */
  public record Decision(String period, boolean write, String reason) {}

  /** One decision per period of the reported kinds that has started by {@code day}, by end date. */
  public static List<Decision> plan(Path warehouse, Path reports, Profile profile, LocalDate day) {
    ReportSettings settings = profile.reportSettings();
    List<ReportData.Period> periods;
    List<String> withData;
    try (Connection db = Marts.open(warehouse)) {
      periods = ReportQueries.periods(db);
      withData = ReportQueries.periodsWithData(db);
    } catch (SQLException e) {
      throw new BadInputException(warehouse + ": không đọc được dim_period (" + e.getMessage() + ")", e);
    }
    List<Decision> decisions = new ArrayList<>();
    for (ReportData.Period p : periods) {
      AssessmentPeriod.Kind kind = AssessmentPeriod.Kind.valueOf(p.kind());
      if (!settings.periodKinds().contains(kind) || p.start().isAfter(day)) {
        continue;
      }
      LocalDate dueFrom = p.end().plusDays(settings.delayDays(kind));
      if (!p.end().isBefore(day)) {
        decisions.add(new Decision(p.code(), false, "chưa kết thúc (kỳ kết thúc ngày " + Labels.date(p.end()) + ")"));
      } else if (dueFrom.isAfter(day)) {
        decisions.add(new Decision(p.code(), false, "chưa đến hạn lập: từ ngày " + Labels.date(dueFrom) + " ("
            + settings.delayDays(kind) + " ngày sau khi kỳ kết thúc, report.csv)"));
      } else if (!withData.contains(p.code())) {
        decisions.add(new Decision(p.code(), false, "chưa có dữ liệu chấm điểm"));
      } else {
        String now = ReportWriter.read(warehouse, p.code(), profile).fingerprint();
        Path dir = reports.resolve(p.code());
        String written = writtenFingerprint(dir);
        if (now.equals(written) && Files.isRegularFile(dir.resolve(ReportPdf.FILE))) {
          decisions.add(new Decision(p.code(), false, "đã lập, dữ liệu không thay đổi"));
        } else {
          decisions.add(new Decision(p.code(), true, written == null ? "chưa lập" : "dữ liệu đã thay đổi"));
        }
      }
    }
    return decisions;
  }

  /** The fingerprint in a written report's HTML; null when there is none. */
  static String writtenFingerprint(Path dir) {
    Path html = dir.resolve(ReportHtml.FILE);
    if (!Files.isRegularFile(html)) {
      return null;
    }
    try {
      Matcher m = FINGERPRINT.matcher(Files.readString(html, StandardCharsets.UTF_8));
      return m.find() ? m.group(1) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
