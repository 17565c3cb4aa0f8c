package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.report.Marts;
import vn.phuly.thanthien.warehouse.WarehouseInputs;

/**
 * {@code run}: the nightly unit of work — ingest, build, report — in one JVM. Without
 * {@code --period} it writes the reports due on the run's business date ({@code --through} or
 * {@code --date}, else the date of the data), like {@code report --due}; each report written gets
 * its outbox, its scorecards with {@code --units} and its e-mail with {@code --send}. A failed quality gate
 * at ingest stops before the build, so the previous warehouse stays published (exit 3).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Chạy một lượt hằng đêm: nạp dữ liệu → dựng kho dữ liệu → báo cáo.")
public final class RunCommand implements Callable<Integer> {
  @Mixin IngestOptions ingest;

  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "File kho dữ liệu DuckDB được công bố.")
  Path warehouse;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục báo cáo; kết quả ghi vào DIR/<kỳ>/.")
  Path out;

  @Option(names = "--period", paramLabel = "P",
      description = "Kỳ báo cáo; mặc định: các báo cáo đến hạn vào ngày --through/--date, không có thì ngày của dữ liệu.")
  String period;

  @Option(names = "--units", description = "Thêm phiếu kết quả một trang A4 cho từng đơn vị của mỗi kỳ được lập.")
  boolean units;

  @Option(names = "--send", description = "Gửi thư điện tử trong hộp thư đi của mỗi kỳ được lập (máy chủ SMTP từ biến môi trường THANTHIEN_SMTP_*).")
  boolean send;

  /** Where {@code --send} reads the SMTP settings (tests give their own). */
  Map<String, String> environment = System.getenv();

  @Override
  public Integer call() throws Exception {
    Logging.setVerbose(ingest.verbose);
    PipelinePaths paths = new PipelinePaths(Locations.of(ingest.landing), Locations.of(ingest.lake), warehouse, out);
    // the run's build reads the lake from the local disk: refused before anything is ingested
    WarehouseInputs.localLake(paths.lake());
    Profile profile = Profile.load(ingest.reference);
    Pipeline.ingest(paths, profile, PiiKey.fromEnvironment(), null, ingest.date, ingest.through, ingest.master,
        ingest.reprocess);
    Pipeline.build(paths, profile, ingest.verbose);
    if (period != null) {
      ReportDelivery.publish(paths, period, profile, units, send, environment);
    } else {
      // The same rule as report --due: the business date of the run, else the date of the data.
      LocalDate day = ingest.through != null ? ingest.through : ingest.date != null ? ingest.date : Marts.dataDate(warehouse);
      Pipeline.reportsDue(paths, profile, day, p -> ReportDelivery.publish(paths, p, profile, units, send, environment));
    }
    return Main.OK;
  }
}
