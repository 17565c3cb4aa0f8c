package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
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

  @Option(names = "--landing", required = true, description = "Thư mục landing (landing/<nguồn>/<YYYY-MM-DD>/).")
  Path landing;

  @Option(names = "--lake", required = true, description = "Thư mục hồ dữ liệu.")
  Path lake;

  @Option(names = "--source", description = "Chỉ nạp một nguồn: ${COMPLETION-CANDIDATES} (mặc định: cả ba).")
  Source source;

  @Option(names = "--date", description = "Nạp lại đúng ngày landing này (YYYY-MM-DD), thay phần đã nạp của ngày đó.")
  LocalDate date;

  @Option(names = "--reference", description = "Thư mục hồ sơ tham chiếu (mặc định: Phủ Lý).")
  Path reference;

  @Option(names = "--master", description = "Spark master URL (mặc định: local[*]).")
  String master;

  @Option(names = "--verbose", description = "Hiện nhật ký của Spark.")
  boolean verbose;

  @Override
  public Integer call() {
    Logging.setVerbose(verbose);
    PiiKey key = PiiKey.fromEnvironment();
    Pipeline.ingest(
            new PipelinePaths(landing, lake, null, null),
            Profile.load(reference),
            key,
            source == null ? null : List.of(source.name()),
            date,
            master)
        .checkQualityGate();
    return Main.OK;
  }
}
