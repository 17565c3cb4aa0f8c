package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import vn.phuly.thanthien.report.Marts;
import vn.phuly.thanthien.report.ReportWriter;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.warehouse.BuildReport;
import vn.phuly.thanthien.warehouse.Warehouse;
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
    long start = System.nanoTime();
    IngestResult result =
        IngestJob.run(
            new IngestRequest(
                paths.landing(), paths.lake(), sources, date, profile, new Pseudonymizer(key.bytes()),
                Sparks.session(master), null, through),
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

  public static BuildReport build(PipelinePaths paths, Profile profile, boolean verbose) throws Exception {
    long start = System.nanoTime();
    WarehouseInputs inputs = WarehouseInputs.fromLake(new Lake(paths.lake()), profile.directory());
    BuildReport report = Warehouse.build(inputs, paths.warehouse(), paths.lake().resolve("marts"), new BuildProgress());
    BuildCommand.print(report, verbose, Console.since(start));
    return report;
  }

  /** The report of {@code period} (null: the latest year in mart_ranking) under {@code reports/<period>/}. */
  public static List<Path> report(PipelinePaths paths, String period) {
    long start = System.nanoTime();
    String chosen = period == null ? Marts.latestYear(paths.warehouse()) : period;
    Path dir = paths.reports().resolve(chosen);
    List<Path> files = ReportWriter.write(paths.warehouse(), chosen, dir).files();
    ReportCommand.print(chosen, dir, files, Console.since(start));
    return files;
  }
}
