package vn.phuly.thanthien.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.warehouse.AuditResult;
import vn.phuly.thanthien.warehouse.BuildLock;
import vn.phuly.thanthien.warehouse.BuildReport;
import vn.phuly.thanthien.warehouse.DictionaryWriter;
import vn.phuly.thanthien.warehouse.ModelKind;
import vn.phuly.thanthien.warehouse.ModelResult;
import vn.phuly.thanthien.warehouse.Sql;
import vn.phuly.thanthien.warehouse.Warehouse;
import vn.phuly.thanthien.warehouse.WarehouseInputs;

/** {@code build}: the DuckDB warehouse from the lake's committed files, audited, published atomically. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Dựng kho dữ liệu DuckDB từ hồ dữ liệu, kiểm tra chất lượng rồi công bố (thay file nguyên tử).")
public final class BuildCommand implements Callable<Integer> {
  /** The tables whose row counts the one-line summary shows. */
  private static final List<String> SUMMARISED = List.of("dim_unit", "fct_criterion_score", "mart_ranking");

  @Option(names = "--lake", paramLabel = "DIR", description = "Thư mục hồ dữ liệu (lake), trên đĩa cục bộ.")
  String lake;

  @Option(names = "--warehouse", required = true, description = "File kho dữ liệu DuckDB được công bố.")
  Path warehouse;

  @Option(names = "--reference", description = "Thư mục hồ sơ tham chiếu (mặc định: Phủ Lý).")
  Path reference;

  @Option(names = "--rollback", description = "Khôi phục bản kho dữ liệu trước đó (.history/).")
  boolean rollback;

  @Option(names = "--dictionary", description = "Ghi từ điển dữ liệu Markdown vào FILE (vd. docs/data-dictionary.md).")
  Path dictionary;

  @Option(names = "--wait", paramLabel = "SECONDS",
      description = "Nếu một lượt dựng khác đang chạy trên cùng kho dữ liệu: chờ tối đa ngần ấy giây rồi bỏ (mặc định: 600; 0 = không chờ).")
  long waitSeconds = Pipeline.BUILD_WAIT.toSeconds();

  @Option(names = "--full-refresh",
      description = "Dựng lại mọi bảng vào một file mới, không giữ bảng nào của kho dữ liệu đang công bố.")
  boolean fullRefresh;

  @Option(names = {"-v", "--verbose"}, description = "In từng mô hình (số dòng, thời gian).")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Path lakeFolder = lake == null ? null : WarehouseInputs.localLake(Locations.of(lake));
    Path marts = lakeFolder == null ? null : lakeFolder.resolve("marts");
    if (waitSeconds < 0) {
      throw new BadInputException("build: --wait phải là số giây không âm");
    }
    if (rollback) {
      try (BuildLock building = Pipeline.lockWarehouse(warehouse, Duration.ofSeconds(waitSeconds))) {
        Path restored = Warehouse.rollback(warehouse, marts);
        Console.stage("Khôi phục kho dữ liệu", restored.getFileName() + " → " + warehouse, Console.since(start));
      }
      return Main.OK;
    }
    if (lake == null) {
      throw new BadInputException("build: cần --lake DIR (hoặc --rollback)");
    }
    if (!Files.isDirectory(lakeFolder)) {
      throw new BadInputException(lakeFolder + ": không có thư mục hồ dữ liệu");
    }
    BuildReport report = Pipeline.build(new PipelinePaths(null, Locations.of(lakeFolder), warehouse, null), Profile.load(reference), verbose,
        Duration.ofSeconds(waitSeconds), fullRefresh);
    if (dictionary != null) {
      writeDictionary(report.published(), dictionary);
      Console.line("Từ điển dữ liệu: " + dictionary);
    }
    return Main.OK;
  }

  static void print(BuildReport report, boolean verbose, double seconds) {
    if (verbose) {
      for (ModelResult model : report.models()) {
        Console.line(
            "  " + model.name() + ": "
                + (model.kind() == ModelKind.VIEW ? "view" : Console.number(model.rows()) + " dòng")
                + (model.kept() ? " (giữ nguyên)" : " (" + Console.seconds(model.seconds()) + ")"));
      }
    }
    for (AuditResult warning : report.warnings()) {
      Console.line("  cảnh báo " + warning.name() + ": " + Console.number(warning.failingRows()) + " dòng, ví dụ " + warning.sample());
    }
    long tables = report.models().stream().filter(m -> m.kind() == ModelKind.TABLE).count();
    String marts =
        report.models().stream()
            .filter(m -> SUMMARISED.contains(m.name()))
            .map(m -> m.name() + " " + Console.number(m.rows()))
            .collect(Collectors.joining(", "));
    Console.stage(
        "Kho dữ liệu",
        tables + " bảng (" + marts + "), " + report.audits().size() + " kiểm tra, "
            + report.warnings().size() + " cảnh báo, " + report.exportedMarts().size() + " mart Parquet → "
            + report.published(),
        seconds);
  }

  private static void writeDictionary(Path published, Path file) throws Exception {
    try (Connection connection = Sql.openReadOnly(published)) {
      DictionaryWriter.write(connection, file);
    }
  }
}
