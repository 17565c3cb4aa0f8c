package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.flatten;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.QuarantineCount;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ProfileHash;
import vn.phuly.thanthien.reference.UnitResolver;

/**
 * The landing days of one source in one Spark pass: sniff the files, read them in parallel, judge
 * the rows, write curated and quarantine Parquet into the run's staging folder split by landing
 * day, count, then commit each day on its own, oldest first (the ledger entry of a day is its
 * commit point). One pass instead of one per day: Spark's fixed cost per job dominates small days.
 */
final class SourceIngest {
  private final SparkSession spark;
  private final Lake lake;
  private final FileSystem lakeFiles;
  private final Path landingRoot;
  private final Profile profile;
  private final Broadcast<UnitResolver> resolver;
  private final Pseudonymizer pseudonymizer;
  private final String runId;
  private final RecordLimits limits;
  private final String profileHash;

  SourceIngest(SparkSession spark, Lake lake, Path landingRoot, Profile profile,
      Broadcast<UnitResolver> resolver, Pseudonymizer pseudonymizer, String runId, RecordLimits limits) {
    this.spark = spark;
    this.lake = lake;
    this.lakeFiles = Locations.fileSystem(lake.root(), spark.sparkContext().hadoopConfiguration());
    this.landingRoot = landingRoot;
    this.profile = profile;
    this.resolver = resolver;
    this.pseudonymizer = pseudonymizer;
    this.runId = runId;
    this.limits = limits;
    this.profileHash = ProfileHash.ofIngestInputs(profile);
  }

  /** Ingests and commits {@code days} (sorted) of the contract's source, telling {@code listener} of each commit. */
  List<DayOutcome> ingest(DatasetContract contract, List<LocalDate> days, IngestListener listener) {
    long start = System.nanoTime();
    List<LandingFile> files = new ArrayList<>();
    for (LocalDate day : days) {
      Configuration conf = spark.sparkContext().hadoopConfiguration();
      Landing.files(landingRoot, conf, contract, day).stream()
          .map(file -> HeaderSniffer.sniff(landingRoot, conf, file, day, contract, limits))
          .forEach(files::add);
    }
    Path staged = new Path(lake.staging(runId), contract.source());
    Path pass = write(
        Outputs.staged(
            Judgement.judge(RawReader.read(spark, files, contract, pseudonymizer, limits), contract, spark, profile, resolver),
            contract, runId),
        contract, new Path(staged, "pass"));
    Dataset<Row> history = history(contract, days);
    // persisted and counted: Spark then knows how few they are and broadcasts them in the joins
    Dataset<Row> contested =
        Versions.contestedKeys(good(read(contract, pass)), history, contract).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      // when no key of the pass occurs twice in it or in the history, nothing repeats and nothing is superseded
      boolean anyContested = contested.count() > 0;
      if (anyContested) {
        pass = withoutRepeats(contract, pass, contested, new Path(staged, "pass-without-repeats"));
      }
      Dataset<Row> stagedRows = read(contract, pass);
      Path curatedDir = new Path(staged, contract.dataset());
      Path quarantineDir = new Path(staged, "quarantine");
      Path goodRows = new Path(pass, Outputs.OUTCOME + "=" + Outputs.CURATED);
      if (lake.isFolder(goodRows)) {
        CuratedFiles.cut(lake, lakeFiles, goodRows, curatedDir, Outputs.curatedFileSchema(contract));
      }
      if (lake.isFolder(new Path(pass, Outputs.OUTCOME + "=" + Outputs.QUARANTINED))) {
        // one file per landing day
        Outputs.quarantine(stagedRows, contract)
            .repartition(col(Outputs.DAY))
            .write()
            .partitionBy(Outputs.DAY)
            .parquet(quarantineDir.toString());
      }
      Counts counts = countRows(contract, stagedRows);
      Map<String, Long> superseded =
          anyContested ? superseded(contract, curatedDir, history, contested) : Map.of();
      double seconds = (System.nanoTime() - start) / 1e9;
      List<DayOutcome> outcomes = new ArrayList<>();
      for (LocalDate day : days) {
        lake.commit(contract.source(), day, runId,
            Map.of(contract.dataset(), new Path(curatedDir, Outputs.DAY + "=" + day)),
            new Path(quarantineDir, Outputs.DAY + "=" + day), profileHash);
        List<LandingFile> dayFiles = files.stream().filter(f -> f.landingDate().equals(day.toString())).toList();
        DayOutcome outcome = outcome(contract, day, dayFiles, counts, superseded, seconds);
        listener.dayCommitted(outcome);
        outcomes.add(outcome);
      }
      return outcomes;
    } finally {
      contested.unpersist();
    }
  }

  private static Dataset<Row> good(Dataset<Row> stagedRows) {
    return stagedRows.where(col(Outputs.OUTCOME).equalTo(Outputs.CURATED));
  }

  /**
   * The pass's staged rows were written with every row judged on its own; repeats of a key
   * ({@code DUPLICATE_KEY}) need the other rows, so they are looked for afterwards among the good
   * rows of the contested keys. Repeats are rare: only when there are some are the staged rows
   * written again, to {@code folder}, with them quarantined. Returns the folder of the final rows.
   */
  private Path withoutRepeats(DatasetContract contract, Path pass, Dataset<Row> contested, Path folder) {
    Dataset<Row> stagedRows = read(contract, pass);
    Dataset<Row> repeats = Versions.repeats(Versions.withKeyIn(good(stagedRows), contested, contract), contract)
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return repeats.count() == 0
          ? pass
          : write(Versions.quarantineRepeats(stagedRows, repeats, contract), contract, folder);
    } finally {
      repeats.unpersist();
    }
  }

  private static Path write(Dataset<Row> stagedRows, DatasetContract contract, Path folder) {
    stagedRows.write()
        .options(Outputs.writerOptions(contract))
        .partitionBy(Outputs.OUTCOME, Outputs.DAY, Outputs.YEAR)
        .parquet(folder.toString());
    return folder;
  }

  private Dataset<Row> read(DatasetContract contract, Path folder) {
    return spark.read().schema(Outputs.stagedSchema(contract)).parquet(folder.toString());
  }

  /** Per file: rows read and kept, the quarantined rows per reason, the drift. */
  private record Counts(Map<String, long[]> rows, Map<String, List<String>> drift,
      Map<String, List<QuarantineCount>> quarantine) {}

  /**
   * Every count of the manifest in one pass over a few columns of the staged rows: per file and
   * outcome (kept, or the problem's code), with the distinct drift arrays.
   */
  private static Counts countRows(DatasetContract contract, Dataset<Row> stagedRows) {
    Map<String, long[]> rows = new HashMap<>();
    Map<String, TreeSet<String>> driftSets = new HashMap<>();
    Map<String, List<QuarantineCount>> quarantine = new HashMap<>();
    for (Row row : stagedRows.groupBy(
            col(RawRow.SOURCE_FILE), col(Outputs.OUTCOME).equalTo(Outputs.CURATED).as("ok"),
            col(Outputs.REASON_CODE))
        .agg(count(col(RawRow.SOURCE_FILE)).as("rows"),
            // collect_set: the few distinct drift arrays, not one (mostly empty) array per row.
            array_distinct(flatten(collect_set(col(ContractValidation.DRIFT)))).as("drift"))
        .collectAsList()) {
      String file = row.getString(0);
      long n = row.getLong(3);
      long[] fileCounts = rows.computeIfAbsent(file, f -> new long[2]);
      fileCounts[0] += n;
      if (row.getBoolean(1)) {
        fileCounts[1] += n;
      } else {
        quarantine.computeIfAbsent(file, f -> new ArrayList<>())
            .add(new QuarantineCount(contract.source(), file, row.getString(2), n));
      }
      driftSets.computeIfAbsent(file, f -> new TreeSet<>()).addAll(row.<String>getList(4));
    }
    quarantine.values().forEach(list -> list.sort(
        Comparator.comparing(QuarantineCount::reasonCode, Comparator.nullsFirst(Comparator.naturalOrder()))));
    Map<String, List<String>> drift = new HashMap<>();
    driftSets.forEach((file, set) -> drift.put(file, new ArrayList<>(set)));
    return new Counts(rows, drift, quarantine);
  }

  private static DayOutcome outcome(DatasetContract contract, LocalDate day, List<LandingFile> files,
      Counts counts, Map<String, Long> superseded, double seconds) {
    List<FileReport> reports = new ArrayList<>();
    List<QuarantineCount> reasons = new ArrayList<>();
    Map<String, LandingFile> rejected = new HashMap<>();
    for (LandingFile file : files) {
      long[] c = counts.rows().getOrDefault(file.file(), new long[2]);
      long s = superseded.getOrDefault(file.file(), 0L);
      List<String> fileDrift = new ArrayList<>(file.drift());
      fileDrift.addAll(counts.drift().getOrDefault(file.file(), List.of()));
      reports.add(new FileReport(contract.source(), file.file(), day.toString(), c[0], c[1] - s, c[0] - c[1], s,
          fileDrift, file.rejected(), seconds));
      reasons.addAll(counts.quarantine().getOrDefault(file.file(), List.of()));
      if (file.rejected() != null) {
        rejected.put(file.file(), file);
      }
    }
    return new DayOutcome(contract.source(), day, reports, reasons, rejected);
  }

  /**
   * Superseded rows per file of the days of this pass, against the committed history of the
   * other days and the earlier days of the pass (each day as if committed one after the other).
   * Only the rows of contested keys can be superseded.
   */
  private Map<String, Long> superseded(DatasetContract contract, Path curatedDir, Dataset<Row> history,
      Dataset<Row> contested) {
    Map<String, Long> result = new HashMap<>();
    if (!lake.isFolder(curatedDir)) {
      return result;
    }
    Dataset<Row> passRows = spark.read().schema(Outputs.curatedFileSchema(contract)).parquet(curatedDir.toString());
    for (Row row : Versions.supersededPerFile(Versions.withKeyIn(passRows, contested, contract),
        Versions.withKeyIn(history, contested, contract), contract).collectAsList()) {
      result.put(row.getString(0), row.getLong(1));
    }
    return result;
  }

  /** The committed curated rows of the other days than {@code days}. */
  private Dataset<Row> history(DatasetContract contract, List<LocalDate> days) {
    List<String> committed = lake.committedFiles(contract.dataset()).stream().map(Path::toString).toList();
    Object[] passDays = days.stream().map(Date::valueOf).toArray();
    return committed.isEmpty()
        ? spark.createDataFrame(List.of(), Outputs.curatedFileSchema(contract))
        : spark.read().schema(Outputs.curatedFileSchema(contract))
            .parquet(committed.toArray(String[]::new))
            .where(col(RawRow.LANDING_DATE).isin(passDays).unary_$bang());
  }
}
