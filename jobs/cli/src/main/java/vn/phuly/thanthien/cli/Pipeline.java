package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.phuly.thanthien.QualityGateException;
import vn.phuly.thanthien.ingest.IngestJob;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.ingest.IngestResult;
import vn.phuly.thanthien.ingest.LandingNotice;
import vn.phuly.thanthien.ingest.QualityGateFailure;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.report.DueReports;
import vn.phuly.thanthien.report.Marts;
import vn.phuly.thanthien.report.ReportWriter;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.warehouse.BuildLock;
import vn.phuly.thanthien.warehouse.BuildReport;
import vn.phuly.thanthien.warehouse.Warehouse;
import vn.phuly.thanthien.warehouse.WarehouseBusyException;
import vn.phuly.thanthien.warehouse.WarehouseInputs;

/** The stages shared by {@code ingest}, {@code build}, {@code report}, {@code run} and {@code demo}, with their summaries. */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Ingests, prints what happened, and throws {@link QualityGateException} (exit 3) when a source
   * failed the quality gate: the run's data is committed anyway.
   */
  public static IngestResult ingest(
      PipelinePaths paths, Profile profile, PiiKey key, List<String> sources, LocalDate date, LocalDate through,
      String master) {
    return ingest(paths, profile, key, sources, date, through, master, false);
  }

  /** {@link #ingest}, with {@code reprocess}: also redo the committed days judged under another profile. */
  public static IngestResult ingest(
      PipelinePaths paths, Profile profile, PiiKey key, List<String> sources, LocalDate date, LocalDate through,
      String master, boolean reprocess) {
    long start = System.nanoTime();
    IngestResult result =
        IngestJob.run(
            new IngestRequest(
                paths.landing(), paths.lake(), sources, date, profile, new Pseudonymizer(key.bytes()),
                Sparks.session(master), null, through, reprocess),
            new IngestProgress());
    long read = result.files().stream().mapToLong(f -> f.rowsRead()).sum();
    long quarantined = result.files().stream().mapToLong(f -> f.rowsQuarantined()).sum();
    long skipped = result.notices().stream().filter(n -> n.kind() == LandingNotice.Kind.SKIPPED).count();
    Console.stage(
        "Nạp dữ liệu xong, lượt " + result.runId(),
        Console.number(result.files().size()) + " tệp, " + Console.number(read) + " dòng, "
            + Console.number(quarantined) + " dòng cách ly"
            + (skipped == 0 ? "" : ", bỏ qua " + Console.number(skipped) + " mục trong landing"),
        Console.since(start));
    checkQualityGate(result);
    return result;
  }

  private static void checkQualityGate(IngestResult result) {
    if (!result.qualityGateFailures().isEmpty()) {
      throw new QualityGateException(
          result.qualityGateFailures().stream().map(Pipeline::describe).collect(Collectors.joining("; ")));
    }
  }

  private static String describe(QualityGateFailure failure) {
    List<String> why = new ArrayList<>();
    if (failure.overThreshold()) {
      why.add(String.format(Locale.ROOT, "%s/%s dòng bị cách ly (%.1f%%), vượt ngưỡng %.1f%%",
          Console.number(failure.rowsQuarantined()), Console.number(failure.rowsRead()), 100.0 * failure.rate(),
          100.0 * failure.threshold()));
    }
    if (!failure.rejectedFiles().isEmpty()) {
      why.add(Console.number(failure.rejectedFiles().size()) + " tệp bị loại cả tệp ("
          + String.join(", ", failure.rejectedFiles()) + ")");
    }
    return failure.source() + ": " + String.join(", ", why);
  }

  /** How long a build waits for another build of the same warehouse by default. */
  static final Duration BUILD_WAIT = Duration.ofMinutes(10);

  public static BuildReport build(PipelinePaths paths, Profile profile, boolean verbose) throws Exception {
    return build(paths, profile, verbose, BUILD_WAIT, false);
  }

  /**
   * Builds holding the warehouse's build lock (waiting up to {@code wait} for another build) and the
   * lake's read lock: the build reads one snapshot of the ledgers, and an ingest writing the lake
   * meanwhile deletes none of the files it lists. Unless {@code fullRefresh}, the tables nothing
   * changed for are kept from the published warehouse (warehouse.BuildState).
   */
  static BuildReport build(PipelinePaths paths, Profile profile, boolean verbose, Duration wait, boolean fullRefresh)
      throws Exception {
    long start = System.nanoTime();
    Path lakeFolder = WarehouseInputs.localLake(paths.lake());
    Lake lake = new Lake(lakeFolder);
    Path marts = lakeFolder.resolve("marts");
    try (BuildLock building = lockWarehouse(paths.warehouse(), wait);
        Lake.ReadLock reading = lake.lockForReading()) {
      building.removeExportLeftovers(marts);
      WarehouseInputs inputs = WarehouseInputs.fromLake(lake, profile.directory());
      BuildReport report = Warehouse.build(inputs, paths.warehouse(), marts, new BuildProgress(), fullRefresh);
      BuildCommand.print(report, verbose, Console.since(start));
      return report;
    }
  }

  /** The warehouse's build lock; another build holding it past {@code wait} is exit 1 with its message. */
  static BuildLock lockWarehouse(Path warehouse, Duration wait) {
    try {
      return BuildLock.acquire(warehouse, wait, (target, bound) -> Console.line(
          "Đang chờ lượt dựng kho dữ liệu khác trên " + target + " kết thúc (tối đa " + bound.toSeconds() + " giây)…"));
    } catch (WarehouseBusyException e) {
      throw new CommandFailure(Main.FAILURE, e.getMessage());
    }
  }

  /** The report of {@code period} (null: the latest year in mart_ranking) under {@code reports/<period>/}. */
  public static List<Path> report(PipelinePaths paths, String period) {
    return report(paths, period, Profile.shipped());
  }

  public static List<Path> report(PipelinePaths paths, String period, Profile profile) {
    long start = System.nanoTime();
    String chosen = period == null ? Marts.latestYear(paths.warehouse()) : period;
    Path dir = paths.reports().resolve(chosen);
    List<Path> files = ReportWriter.write(paths.warehouse(), chosen, dir, profile).files();
    ReportCommand.print(chosen, dir, files, Console.since(start));
    return files;
  }

  /**
   * The reports due on {@code day} (DueReports: closed, delay of report.csv passed, not written
   * yet or data changed); prints what it skipped and why, and hands each due period to {@code write}
   * (the report, and what goes with it: scorecards, outbox, e-mail). Returns the periods written.
   */
  public static List<String> reportsDue(PipelinePaths paths, Profile profile, LocalDate day, Consumer<String> write) {
    long start = System.nanoTime();
    List<DueReports.Decision> decisions = DueReports.plan(paths.warehouse(), paths.reports(), profile, day);
    List<String> written = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    for (DueReports.Decision d : decisions) {
      if (d.write()) {
        Console.line("Lập báo cáo kỳ " + d.period() + " (" + d.reason() + ")");
        write.accept(d.period());
        written.add(d.period());
      } else if (d.reason().startsWith("đã lập")) {
        unchanged.add(d.period());
      } else {
        Console.line("Bỏ qua kỳ " + d.period() + ": " + d.reason());
      }
    }
    if (!unchanged.isEmpty()) {
      Console.line("Bỏ qua " + unchanged.size() + " kỳ đã lập, dữ liệu không thay đổi: " + String.join(", ", unchanged));
    }
    Console.stage(
        "Báo cáo đến hạn ngày " + day,
        decisions.stream().filter(DueReports.Decision::write).count() + " kỳ được lập, "
            + decisions.stream().filter(d -> !d.write()).count() + " kỳ bỏ qua",
        Console.since(start));
    return written;
  }
}
