package vn.phuly.thanthien.ingest;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import vn.phuly.thanthien.BadInputException;
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
    return run(request, IngestListener.NONE);
  }

  /** The run, telling {@code listener} what happens as it happens. */
  public static IngestResult run(IngestRequest request, IngestListener listener) {
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
      return runLocked(request, lake, listener);
    }
  }

  /** The run proper, while this process is the lake's only writer. */
  private static IngestResult runLocked(IngestRequest request, Lake lake, IngestListener listener) {
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
    List<QualityGateFailure> gate = new ArrayList<>();
    try {
      for (String source : request.sources()) {
        DatasetContract contract = DatasetContract.forSource(source);
        List<LocalDate> days = daysToIngest(request, lake, source);
        if (days.isEmpty()) {
          continue;
        }
        long start = System.nanoTime();
        listener.sourceStarted(source, days);
        List<DayOutcome> outcomes = ingest.ingest(contract, days, listener);
        for (DayOutcome outcome : outcomes) {
          files.addAll(outcome.files());
          quarantine.addAll(outcome.quarantine());
        }
        listener.sourceFinished(source, outcomes, (System.nanoTime() - start) / 1e9);
        long read = outcomes.stream().mapToLong(DayOutcome::rowsRead).sum();
        long quarantined = outcomes.stream().mapToLong(DayOutcome::rowsQuarantined).sum();
        if (read > 0 && (double) quarantined / read > threshold) {
          gate.add(new QualityGateFailure(source, read, quarantined, threshold));
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
   * rows and the quality gate never judged it, so it is ingested again; with --through D, only
   * those up to D. With --date: that day where it exists.
   */
  static List<LocalDate> daysToIngest(IngestRequest request, Lake lake, String source) {
    List<LocalDate> landed = Landing.days(request.landing(), source);
    if (request.date() == null) {
      Set<String> accounted = lake.runsWithManifest();
      Set<LocalDate> done = lake.entries(source).stream()
          .filter(entry -> accounted.contains(entry.runId()))
          .map(LedgerEntry::landingDate)
          .collect(Collectors.toSet());
      LocalDate through = request.through();
      return landed.stream()
          .filter(day -> !done.contains(day) && (through == null || !day.isAfter(through)))
          .toList();
    }
    return landed.contains(request.date()) ? List.of(request.date()) : List.of();
  }
}
