package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.reference.Profile;

/**
 * {@code report --warehouse FILE (--period P | --due D) --out DIR [--units] [--send] [--reference DIR]}:
 * charts and the Vietnamese report of a period, written to {@code DIR/<period>/} (so {@code --out
 * reports} gives DESIGN's {@code reports/<period>/}); with {@code --units} one scorecard per unit in
 * {@code DIR/<period>/units/}; the files to send in the outbox {@code DIR/outbox/<period>/}, e-mailed
 * only with {@code --send}. With {@code --due D}, every report due on D (report.DueReports), each with
 * its scorecards ({@code --units}), its outbox and its e-mail ({@code --send}) like {@code --period};
 * what is skipped printed with the reason (the nightly report DAG's call).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Vẽ biểu đồ xếp hạng, xu hướng và lập báo cáo (HTML, PDF) cho một kỳ đánh giá.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "Tệp kho dữ liệu DuckDB đã công bố.")
  Path warehouse;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Which which;

  static final class Which {
    @Option(names = "--period", required = true, paramLabel = "P", description = "Kỳ đánh giá: 2024, 2024-H1, 2024-Q2.")
    String period;

    @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD",
        description = "Lập mọi báo cáo đến hạn vào ngày này (kỳ đã kết thúc, đủ số ngày trễ của report.csv, chưa lập hoặc dữ liệu đã đổi).")
    LocalDate due;
  }

  @Option(names = "--reference", paramLabel = "DIR", description = "Thư mục hồ sơ tham chiếu: report.csv (cơ quan ban hành, kỳ báo cáo, người nhận), contacts.csv (mặc định: Phủ Lý).")
  Path reference;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục báo cáo; kết quả ghi vào DIR/<kỳ>/.")
  Path out;

  @Option(names = "--units", description = "Thêm phiếu kết quả một trang A4 cho từng đơn vị: DIR/<kỳ>/units/<unit_id>.pdf.")
  boolean units;

  @Option(names = "--send", description = "Gửi thư điện tử trong hộp thư đi DIR/outbox/<kỳ>/ (máy chủ SMTP từ biến môi trường THANTHIEN_SMTP_*); không có tuỳ chọn này thì không gửi thư nào.")
  boolean send;

  /** Where {@code --send} reads the SMTP settings (tests give their own). */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() {
    PipelinePaths paths = new PipelinePaths(null, null, warehouse, out);
    Profile profile = Profile.load(reference);
    if (which.due != null) {
      Pipeline.reportsDue(paths, profile, which.due,
          period -> ReportDelivery.publish(paths, period, profile, units, send, environment));
    } else {
      ReportDelivery.publish(paths, which.period, profile, units, send, environment);
    }
    return Main.OK;
  }

  static void print(String period, Path dir, List<Path> files, double seconds) {
    Console.stage(
        "Báo cáo kỳ " + period, Console.number(files.size()) + " tệp trong " + dir.toAbsolutePath(), seconds);
    for (Path file : files) {
      Console.line("  " + kind(file) + ": " + file.toAbsolutePath());
    }
  }

  private static String kind(Path file) {
    String name = file.getFileName().toString();
    String what =
        name.startsWith("xep-hang-") ? "Biểu đồ xếp hạng"
            : name.startsWith("xu-huong-") ? "Biểu đồ xu hướng"
            : name.startsWith("bao-cao") ? "Báo cáo" : "Biểu đồ";
    return what + " (" + name.substring(name.lastIndexOf('.') + 1).toUpperCase() + ")";
  }
}
