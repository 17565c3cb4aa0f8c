package vn.phuly.thanthien.ingest;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.cli.Console;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LedgerEntry;
import vn.phuly.thanthien.lake.QuarantineCount;
import vn.phuly.thanthien.lake.RunIds;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.reference.UnitResolver;

/**
 * An ingest run: the landing days to do, each committed on its own (the ledger entry is the commit
 * point), then the run manifest. The quality gate is judged after everything is committed and the
 * manifest written: good rows of a noisy day are history like any other, and the warehouse build
 * (which refuses to publish on failing audits) is what protects the published marts.
 */
public final class IngestJob {
  public static final String QUARANTINE_RATE_MAX = "quarantine_rate_max";

  private IngestJob() {}

  public static IngestResult run(IngestRequest request) {
    if (!Files.isDirectory(request.landing())) {
      throw new BadInputException(request.landing() + ": landing folder not found");
    }
    if (request.date() != null
        && request.sources().stream().noneMatch(s -> Landing.days(request.landing(), s).contains(request.date()))) {
      throw new BadInputException(
          Landing.dayDirectory(request.landing(), String.join("|", request.sources()), request.date())
              + ": no such landing day");
    }
    Lake lake = new Lake(request.lake());
    try (Lake.WriterLock lock = lake.lockForWriting()) {
      return runLocked(request, lake);
    }
  }

  /** The run proper, while this process is the lake's only writer. */
  private static IngestResult runLocked(IngestRequest request, Lake lake) {
    lake.removeOrphans();
    String runId = RunIds.newRunId(request.clock());
    String startedAt = request.clock().instant().toString();
    List<FileReport> files = new ArrayList<>();
    List<QuarantineCount> quarantine = new ArrayList<>();
    double threshold = request.profile().threshold(QUARANTINE_RATE_MAX);
    Broadcast<UnitResolver> resolver =
        JavaSparkContext.fromSparkContext(request.spark().sparkContext())
            .broadcast(UnitResolver.of(request.profile()));
    SourceIngest ingest =
        new SourceIngest(request.spark(), lake, request.landing(), request.profile(), resolver,
            request.pseudonymizer(), runId);
    List<String> gate = new ArrayList<>();
    try {
      for (String source : request.sources()) {
        DatasetContract contract = DatasetContract.forSource(source);
        long read = 0;
        long quarantined = 0;
        List<LocalDate> days = daysToIngest(request, lake, source);
        if (days.isEmpty()) {
          continue;
        }
        long start = System.nanoTime();
        for (SourceIngest.DayOutcome outcome : ingest.ingest(contract, days)) {
          files.addAll(outcome.files());
          quarantine.addAll(outcome.quarantine());
          read += outcome.files().stream().mapToLong(FileReport::rowsRead).sum();
          quarantined += outcome.files().stream().mapToLong(FileReport::rowsQuarantined).sum();
          report(source, outcome);
        }
        Console.stage("Nạp " + source, Console.number(days.size()) + " ngày landing, đọc " + Console.number(read)
            + " dòng, cách ly " + Console.number(quarantined), Console.since(start));
        if (read > 0 && (double) quarantined / read > threshold) {
          gate.add(String.format(Locale.ROOT,
              "%s: %s/%s dòng bị cách ly (%.1f%%), vượt ngưỡng %.1f%%", source,
              Console.number(quarantined), Console.number(read), 100.0 * quarantined / read, 100.0 * threshold));
        }
      }
    } catch (RuntimeException e) {
      new RunManifest(runId, startedAt, request.clock().instant().toString(), RunManifest.FAILED, files, quarantine)
          .write(lake);
      throw e;
    } finally {
      resolver.destroy();
    }
    String status = gate.isEmpty() ? RunManifest.SUCCEEDED : RunManifest.QUALITY_GATE;
    new RunManifest(runId, startedAt, request.clock().instant().toString(), status, files, quarantine).write(lake);
    // after a failure the staging folder stays for inspection until the next run's removeOrphans
    lake.discardStaging(runId);
    return new IngestResult(runId, status, List.copyOf(files), List.copyOf(quarantine), List.copyOf(gate));
  }

  /**
   * Without --date: landing days with no ledger entry, or whose entry was committed by a run that
   * never wrote its manifest (killed): such a day's data is whole, but no manifest accounts for its
   * rows and the quality gate never judged it, so it is ingested again. With --date: that day
   * where it exists.
   */
  static List<LocalDate> daysToIngest(IngestRequest request, Lake lake, String source) {
    List<LocalDate> landed = Landing.days(request.landing(), source);
    if (request.date() == null) {
      Set<String> accounted = lake.runsWithManifest();
      Set<LocalDate> done = lake.entries(source).stream()
          .filter(entry -> accounted.contains(entry.runId()))
          .map(LedgerEntry::landingDate)
          .collect(Collectors.toSet());
      return landed.stream().filter(day -> !done.contains(day)).toList();
    }
    return landed.contains(request.date()) ? List.of(request.date()) : List.of();
  }

  private static void report(String source, SourceIngest.DayOutcome outcome) {
    long read = outcome.files().stream().mapToLong(FileReport::rowsRead).sum();
    long accepted = outcome.files().stream().mapToLong(FileReport::rowsAccepted).sum();
    long quarantined = outcome.files().stream().mapToLong(FileReport::rowsQuarantined).sum();
    long superseded = outcome.files().stream().mapToLong(FileReport::rowsSuperseded).sum();
    Console.line("  " + source + " " + outcome.day() + ": " + Console.number(outcome.files().size())
        + " tệp, đọc " + Console.number(read) + " dòng: nhận " + Console.number(accepted) + ", cách ly "
        + Console.number(quarantined) + ", bị thay thế " + Console.number(superseded));
    outcome.notesVi().forEach(note -> Console.line("    " + note));
  }
}
