package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.reference.Profile;

/**
 * {@code run}: the nightly unit of work — ingest, build, report — in one JVM. A failed quality gate
 * at ingest stops before the build, so the previous warehouse stays published (exit 3).
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Chạy một lượt hằng đêm: nạp dữ liệu → dựng kho dữ liệu → báo cáo.")
public final class RunCommand implements Callable<Integer> {
  @Option(names = "--landing", required = true, paramLabel = "DIR", description = "Thư mục landing.")
  Path landing;

  @Option(names = "--lake", required = true, paramLabel = "DIR", description = "Thư mục hồ dữ liệu.")
  Path lake;

  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "File kho dữ liệu DuckDB được công bố.")
  Path warehouse;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục báo cáo; kết quả ghi vào DIR/<kỳ>/.")
  Path out;

  @Option(names = "--period", paramLabel = "P", description = "Kỳ báo cáo (mặc định: năm gần nhất có xếp hạng).")
  String period;

  @Option(names = "--date", description = "Nạp lại đúng ngày landing này (YYYY-MM-DD).")
  LocalDate date;

  @Option(names = "--reference", paramLabel = "DIR", description = "Thư mục hồ sơ tham chiếu (mặc định: Phủ Lý).")
  Path reference;

  @Option(names = "--master", description = "Spark master URL (mặc định: local[*]).")
  String master;

  @Option(names = "--verbose", description = "Hiện nhật ký của Spark và từng mô hình SQL.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Logging.setVerbose(verbose);
    PipelinePaths paths = new PipelinePaths(landing, lake, warehouse, out);
    Profile profile = Profile.load(reference);
    Pipeline.ingest(paths, profile, PiiKey.fromEnvironment(), null, date, master).checkQualityGate();
    Pipeline.build(paths, profile, verbose);
    Pipeline.report(paths, period);
    return Main.OK;
  }
}
