package vn.phuly.thanthien.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.reference.Profile;

/** {@code thanthien ingest}: landing exports → curated lake (DESIGN §1, §3, §4). */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Nạp dữ liệu xuất từ các hệ thống (landing) vào hồ dữ liệu (lake): kiểm tra, chuẩn hóa, "
        + "giả danh hóa dữ liệu cá nhân, cách ly dòng lỗi.")
public final class IngestCommand implements Callable<Integer> {
  enum Source { submissions, inspections, feedback }

  @Mixin IngestOptions options;

  @Option(names = "--source", description = "Chỉ nạp một nguồn: ${COMPLETION-CANDIDATES} (mặc định: cả ba).")
  Source source;

  @Override
  public Integer call() {
    Logging.setVerbose(options.verbose);
    PiiKey key = PiiKey.fromEnvironment();
    Pipeline.ingest(
            new PipelinePaths(Locations.of(options.landing), Locations.of(options.lake), null, null),
            Profile.load(options.reference),
            key,
            source == null ? null : List.of(source.name()),
            options.date,
            options.through,
            options.master,
            options.reprocess);
    return Main.OK;
  }
}
