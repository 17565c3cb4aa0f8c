package vn.phuly.thanthien.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.cli.Console;
import vn.phuly.thanthien.cli.Logging;
import vn.phuly.thanthien.cli.Main;
import vn.phuly.thanthien.cli.Pipeline;
import vn.phuly.thanthien.cli.PipelinePaths;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.generate.GeneratorOptions;
import vn.phuly.thanthien.generate.SampleGenerator;
import vn.phuly.thanthien.generate.Scale;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.reference.Profile;

/**
 * {@code demo}: the whole pipeline on the shipped profile and generated sample data, in one JVM
 * and one SparkSession: generate → ingest → build → report. The landing and the lake are made anew
 * each time (the sample is deterministic); the warehouse is published over the previous one.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Chạy toàn bộ quy trình trên dữ liệu mẫu 2021–2025: sinh dữ liệu → nạp (Spark) → kho dữ liệu (DuckDB) → biểu đồ và báo cáo.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", description = "Thư mục kết quả (mặc định ${DEFAULT-VALUE}).")
  Path out = Path.of("demo-out");

  @Option(names = "--seed", description = "Hạt giống dữ liệu mẫu (mặc định ${DEFAULT-VALUE}).")
  long seed = GeneratorOptions.DEFAULT_SEED;

  @Option(names = "--feedback-items", paramLabel = "N", description = "Số phản ánh mẫu trong 5 năm (mặc định ${DEFAULT-VALUE}).")
  int feedbackItems = GeneratorOptions.DEFAULT_FEEDBACK_ITEMS;

  @Option(names = "--verbose", description = "Hiện nhật ký của Spark và từng mô hình SQL.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Logging.setVerbose(verbose);
    long start = System.nanoTime();
    PipelinePaths paths = PipelinePaths.under(out);
    Path landing = Locations.local(paths.landing());
    deleteRecursively(landing);
    Path lake = Locations.local(paths.lake());
    deleteRecursively(lake);

    Profile profile = Profile.shipped();
    SampleGenerator.generate(
        profile, landing, new GeneratorOptions(seed, Scale.CITY, 2021, 2025, feedbackItems),
        GenerateCommand::progress);
    PiiKey key = PiiKey.forDemo(PiiKey.defaultDemoKeyFile());
    Pipeline.ingest(paths, profile, key, null, null, null, null);
    Pipeline.build(paths, profile, verbose);
    List<Path> reports = Pipeline.report(paths, null);

    Console.line("");
    Console.line("Hoàn tất trong " + Console.seconds(Console.since(start)) + ". Kết quả:");
    Console.line("  Dữ liệu mẫu (landing):      " + landing);
    Console.line("  Hồ dữ liệu (Parquet):       " + lake.resolve("curated").toAbsolutePath());
    Console.line("  Dòng bị cách ly:            " + lake.resolve("quarantine").toAbsolutePath());
    Console.line("  Kho dữ liệu (DuckDB):       " + paths.warehouse().toAbsolutePath());
    Console.line("  Mart dạng Parquet:          " + lake.resolve("marts").toAbsolutePath());
    Console.line("  Biểu đồ và báo cáo:         " + reports.get(0).getParent().toAbsolutePath());
    Console.line("  Khóa giả danh hóa (0600):   " + PiiKey.defaultDemoKeyFile());
    return Main.OK;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
