package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.phuly.thanthien.ingest.IngestJob;
import vn.phuly.thanthien.ingest.IngestRequest;
import vn.phuly.thanthien.ingest.IngestResult;
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
final class Pipeline {
  private Pipeline() {}

  static IngestResult ingest(
      PipelinePaths paths, Profile profile, PiiKey key, List<String> sources, LocalDate date, String master) {
    long start = System.nanoTime();
    IngestResult result =
        IngestJob.run(
            new IngestRequest(
                paths.landing(), paths.lake(), sources, date, profile, new Pseudonymizer(key.bytes()),
                Sparks.session(master), null));
    long read = result.files().stream().mapToLong(f -> f.rowsRead()).sum();
    long quarantined = result.files().stream().mapToLong(f -> f.rowsQuarantined()).sum();
    Console.stage(
        "Nạp dữ liệu xong, lượt " + result.runId(),
        Console.number(result.files().size()) + " tệp, " + Console.number(read) + " dòng, "
            + Console.number(quarantined) + " dòng cách ly",
        Console.since(start));
    return result;
  }

  static BuildReport build(PipelinePaths paths, Profile profile, boolean verbose) throws Exception {
    long start = System.nanoTime();
    WarehouseInputs inputs = WarehouseInputs.fromLake(new Lake(paths.lake()), profile.directory());
    BuildReport report = Warehouse.build(inputs, paths.warehouse(), paths.lake().resolve("marts"));
    BuildCommand.print(report, verbose, Console.since(start));
    return report;
  }

  /** The report of {@code period} (null: the latest year in mart_ranking) under {@code reports/<period>/}. */
  static List<Path> report(PipelinePaths paths, String period) {
    long start = System.nanoTime();
    String chosen = period == null ? Marts.latestYear(paths.warehouse()) : period;
    Path dir = paths.reports().resolve(chosen);
    List<Path> files = ReportWriter.write(paths.warehouse(), chosen, dir).files();
    ReportCommand.print(chosen, dir, files, Console.since(start));
    return files;
  }
}
