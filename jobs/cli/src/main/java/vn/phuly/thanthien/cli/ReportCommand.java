package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code report --warehouse FILE --period P --out DIR}: charts and the Vietnamese report of a
 * period, written to {@code DIR/<period>/} (so {@code --out reports} gives DESIGN's
 * {@code reports/<period>/}).
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Vẽ biểu đồ xếp hạng, xu hướng và lập báo cáo (HTML, PDF) cho một kỳ đánh giá.")
public final class ReportCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "Tệp kho dữ liệu DuckDB đã công bố.")
  Path warehouse;

  @Option(names = "--period", required = true, paramLabel = "P", description = "Kỳ đánh giá: 2024, 2024-H1, 2024-Q2.")
  String period;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục báo cáo; kết quả ghi vào DIR/<kỳ>/.")
  Path out;

  @Override
  public Integer call() {
    Pipeline.report(new PipelinePaths(null, null, warehouse, out), period);
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
        name.startsWith("xep-hang-") ? "Biểu đồ xếp hạng" : name.startsWith("xu-huong-") ? "Biểu đồ xu hướng" : "Báo cáo";
    return what + " (" + name.substring(name.lastIndexOf('.') + 1).toUpperCase() + ")";
  }
}
