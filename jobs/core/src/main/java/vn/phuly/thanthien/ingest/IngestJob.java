package vn.phuly.thanthien.ingest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LakeKey;
import vn.phuly.thanthien.lake.LedgerEntry;
import vn.phuly.thanthien.lake.QuarantineCount;
import vn.phuly.thanthien.lake.RunIds;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.reference.ProfileHash;
import vn.phuly.thanthien.reference.Unit;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.spark.SparkProgress;

/**
 * An ingest run: the landing days to do, each committed on its own (the ledger entry is the commit
 * point), then the run manifest. The quality gate is judged after everything is committed and the
 * manifest written: good rows of a noisy day are history like any other, and the warehouse build
 * (which refuses to publish on failing audits) is what protects the published marts. A file that
 * cannot be read is that file's outcome (rejected whole), never the run's end: the run goes on
 * with every other file and source, and the gate then fails for the file's source.
 */
public final class IngestJob {
  public static final String QUARANTINE_RATE_MAX = "quarantine_rate_max";

  private IngestJob() {}

  public static IngestResult run(IngestRequest request) {
    return run(request, IngestListener.NONE);
  }

  /** The run, telling {@code listener} what happens as it happens. */
  public static IngestResult run(IngestRequest request, IngestListener listener) {
    if (!Landing.exists(request.landing(), request.hadoopConf())) {
      throw new BadInputException(Locations.display(request.landing()) + ": landing folder not found");
    }
    if (request.date() != null
        && request.sources().stream().noneMatch(s -> Landing.days(request.landing(), request.hadoopConf(), s).contains(request.date()))) {
      throw new BadInputException(
          Locations.display(Landing.dayDirectory(request.landing(), String.join("|", request.sources()), request.date()))
              + ": no such landing day");
    }
    Lake lake = new Lake(request.lake(), request.hadoopConf());
    String keyFingerprint = request.pseudonymizer().keyFingerprint();
    // before anything is written, not even the lock file
    LakeKey.verify(lake, keyFingerprint);
    try (Lake.WriterLock lock = lake.lockForWriting()) {
      LakeKey.verifyOrRecord(lake, keyFingerprint, request.clock());
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
    List<LandingNotice> notices = new ArrayList<>();
    double threshold = request.profile().threshold(QUARANTINE_RATE_MAX);
    Broadcast<UnitResolver> resolver =
        JavaSparkContext.fromSparkContext(request.spark().sparkContext())
            .broadcast(UnitResolver.of(request.profile()));
    SourceIngest ingest =
        new SourceIngest(request.spark(), lake, request.landing(), request.profile(), resolver,
            request.pseudonymizer(), runId, RecordLimits.of(request.profile()));
    List<QualityGateFailure> gate = new ArrayList<>();
    try {
      notice(Landing.outsideSources(request.landing(), request.hadoopConf(), IngestRequest.ALL_SOURCES), notices, listener);
      for (String source : request.sources()) {
        DatasetContract contract = DatasetContract.forSource(source);
        notice(Landing.outsideDays(request.landing(), request.hadoopConf(), source), notices, listener);
        List<LocalDate> days = daysToIngest(request, lake, source);
        if (days.isEmpty()) {
          continue;
        }
        notice(dayNotices(request, contract, days), notices, listener);
        long start = System.nanoTime();
        listener.sourceStarted(source, days);
        List<DayOutcome> outcomes;
        try (SparkProgress watch = SparkProgress.watch(request.spark(),
            (done, total, seconds) -> listener.passProgress(source, done, total, seconds))) {
          outcomes = ingest.ingest(contract, days, listener);
        }
        for (DayOutcome outcome : outcomes) {
          files.addAll(outcome.files());
          quarantine.addAll(outcome.quarantine());
        }
        listener.sourceFinished(source, outcomes, (System.nanoTime() - start) / 1e9);
        QualityGateFailure failure = QualityGateFailure.judge(source,
            outcomes.stream().mapToLong(DayOutcome::rowsRead).sum(),
            outcomes.stream().mapToLong(DayOutcome::rowsQuarantined).sum(),
            threshold,
            outcomes.stream().flatMap(o -> o.files().stream()).filter(f -> f.rejected() != null)
                .map(FileReport::file).toList());
        if (failure != null) {
          gate.add(failure);
        }
      }
    } catch (RuntimeException e) {
      manifest(runId, startedAt, request, RunManifest.FAILED, files, quarantine, notices).write(lake);
      throw e;
    } finally {
      resolver.destroy();
    }
    String status = gate.isEmpty() ? RunManifest.SUCCEEDED : RunManifest.QUALITY_GATE;
    manifest(runId, startedAt, request, status, files, quarantine, notices).write(lake);
    // after a failure the staging folder stays for inspection until the next run's removeOrphans
    lake.discardStaging(runId);
    return new IngestResult(runId, status, List.copyOf(files), List.copyOf(quarantine), List.copyOf(gate),
        List.copyOf(notices));
  }

  private static void notice(List<LandingNotice> found, List<LandingNotice> notices, IngestListener listener) {
    found.forEach(listener::noticed);
    notices.addAll(found);
  }

  /**
   * The entries of the days to ingest that are not read, and the days whose date cannot be right:
   * after today on the request's clock (in local time), or before the profile's first unit.
   */
  private static List<LandingNotice> dayNotices(IngestRequest request, DatasetContract contract, List<LocalDate> days) {
    LocalDate today = LocalDate.ofInstant(request.clock().instant(), ZoneId.of(ContractValidation.LOCAL_ZONE));
    LocalDate firstUnitDay = request.profile().units().stream().map(Unit::validFrom).min(LocalDate::compareTo).orElse(null);
    List<LandingNotice> found = new ArrayList<>();
    for (LocalDate day : days) {
      Landing.dateWarning(request.landing(), contract.source(), day, today, firstUnitDay).ifPresent(found::add);
      found.addAll(Landing.unread(request.landing(), request.hadoopConf(), contract, day));
    }
    return found;
  }

  private static RunManifest manifest(String runId, String startedAt, IngestRequest request, String status,
      List<FileReport> files, List<QuarantineCount> quarantine, List<LandingNotice> notices) {
    return new RunManifest(runId, startedAt, request.clock().instant().toString(), status, files, quarantine,
        notices.stream().filter(n -> n.kind() == LandingNotice.Kind.SKIPPED).map(LandingNotice::note).toList(),
        notices.stream().filter(n -> n.kind() == LandingNotice.Kind.WARNING).map(LandingNotice::note).toList());
  }

  /**
   * Without --date: landing days with no ledger entry, or whose entry was committed by a run that
   * never wrote its manifest (killed): such a day's data is whole, but no manifest accounts for its
   * rows and the quality gate never judged it, so it is ingested again; with --through D, only
   * those up to D. With --reprocess, also the days whose entry was judged under another profile
   * (its profile hash differs from today's, or it has none). With --date: that day where it exists.
   */
  static List<LocalDate> daysToIngest(IngestRequest request, Lake lake, String source) {
    List<LocalDate> landed = Landing.days(request.landing(), request.hadoopConf(), source);
    if (request.date() == null) {
      Set<String> accounted = lake.runsWithManifest();
      String profileHash = ProfileHash.ofIngestInputs(request.profile());
      Set<LocalDate> done = lake.entries(source).stream()
          .filter(entry -> accounted.contains(entry.runId()))
          .filter(entry -> !request.reprocess() || profileHash.equals(entry.profileHash()))
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
