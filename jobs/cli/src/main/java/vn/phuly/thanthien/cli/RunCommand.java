package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
  @Mixin IngestOptions ingest;

  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "File kho dữ liệu DuckDB được công bố.")
  Path warehouse;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục báo cáo; kết quả ghi vào DIR/<kỳ>/.")
  Path out;

  @Option(names = "--period", paramLabel = "P", description = "Kỳ báo cáo (mặc định: năm gần nhất có xếp hạng).")
  String period;

  @Override
  public Integer call() throws Exception {
    Logging.setVerbose(ingest.verbose);
    PipelinePaths paths = new PipelinePaths(ingest.landing, ingest.lake, warehouse, out);
    Profile profile = Profile.load(ingest.reference);
    Pipeline.ingest(paths, profile, PiiKey.fromEnvironment(), null, ingest.date, ingest.through, ingest.master,
        ingest.reprocess);
    Pipeline.build(paths, profile, ingest.verbose);
    Pipeline.report(paths, period);
    return Main.OK;
  }
}
