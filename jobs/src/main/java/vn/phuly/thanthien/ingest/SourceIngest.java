package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import vn.phuly.thanthien.cli.Console;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.QuarantineCount;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.UnitResolver;

/**
 * The landing days of one source in one Spark pass: sniff the files, read them in parallel, judge
 * the rows, write curated and quarantine Parquet into the run's staging folder split by landing
 * day, count, then commit each day on its own, oldest first (the ledger entry of a day is its
 * commit point). One pass instead of one per day: Spark's fixed cost per job dominates small days.
 */
final class SourceIngest {
  /** What one committed landing day reports to the run manifest and the console. */
  record DayOutcome(LocalDate day, List<FileReport> files, List<QuarantineCount> quarantine, List<String> notesVi) {}

  /** The staging partition column that splits one pass's output by landing day. */
  private static final String DAY = "day";

  private final SparkSession spark;
  private final Lake lake;
  private final Path landingRoot;
  private final Profile profile;
  private final Broadcast<UnitResolver> resolver;
  private final Pseudonymizer pseudonymizer;
  private final String runId;

  SourceIngest(SparkSession spark, Lake lake, Path landingRoot, Profile profile,
      Broadcast<UnitResolver> resolver, Pseudonymizer pseudonymizer, String runId) {
    this.spark = spark;
    this.lake = lake;
    this.landingRoot = landingRoot;
    this.profile = profile;
    this.resolver = resolver;
    this.pseudonymizer = pseudonymizer;
    this.runId = runId;
  }

  /** Ingests and commits {@code days} (sorted) of the contract's source. */
  List<DayOutcome> ingest(DatasetContract contract, List<LocalDate> days) {
    long start = System.nanoTime();
    List<LandingFile> files = new ArrayList<>();
    for (LocalDate day : days) {
      Landing.files(landingRoot, contract.source(), day).stream()
          .map(file -> HeaderSniffer.sniff(landingRoot, file, day, contract))
          .forEach(files::add);
    }
    // Kept once for the writes and counts below. fields_json only serves quarantined rows: not
    // keeping it for good ones keeps the cached pass much smaller.
    Dataset<Row> judged =
        Judgement.judge(RawReader.read(spark, files, contract), contract, spark, profile, resolver, pseudonymizer)
            .withColumn(PersonalData.FIELDS_JSON,
                when(col(Problems.PROBLEM).isNotNull(), col(PersonalData.FIELDS_JSON)))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Path staged = lake.staging(runId).resolve(contract.source());
      Path curatedDir = staged.resolve(contract.dataset());
      Path quarantineDir = staged.resolve("quarantine");
      // One file per landing day and year: the lake keeps every day's files, so no tiny shards.
      Outputs.curated(judged, contract, runId)
          .withColumn(DAY, date_format(col(RawRecords.LANDING_DATE), "yyyy-MM-dd"))
          .repartition(col(DAY), col(Outputs.YEAR))
          .write()
          .partitionBy(DAY, Outputs.YEAR)
          .parquet(curatedDir.toString());
      Outputs.quarantine(judged, contract, runId)
          .withColumn(DAY, date_format(col(RawRecords.LANDING_DATE), "yyyy-MM-dd"))
          .repartition(col(DAY))
          .write()
          .partitionBy(DAY)
          .parquet(quarantineDir.toString());
      // One pass over the cached rows for every count of the manifest: per file and outcome
      // (kept, or the problem's code), with the distinct drift arrays.
      Map<String, long[]> counts = new HashMap<>();
      Map<String, TreeSet<String>> driftSets = new HashMap<>();
      Map<String, List<QuarantineCount>> quarantine = new HashMap<>();
      for (Row row : judged.groupBy(
              col(RawRecords.SOURCE_FILE), Problems.ok().as("ok"), col(Problems.PROBLEM + ".code").as("code"))
          .agg(count(col(RawRecords.SOURCE_FILE)).as("rows"),
              // collect_set: the few distinct drift arrays, not one (mostly empty) array per row.
              array_distinct(flatten(collect_set(col(ContractValidation.DRIFT)))).as("drift"))
          .collectAsList()) {
        String file = row.getString(0);
        long rows = row.getLong(3);
        long[] fileCounts = counts.computeIfAbsent(file, f -> new long[2]);
        fileCounts[0] += rows;
        if (row.getBoolean(1)) {
          fileCounts[1] += rows;
        } else {
          quarantine.computeIfAbsent(file, f -> new ArrayList<>())
              .add(new QuarantineCount(contract.source(), file, row.getString(2), rows));
        }
        driftSets.computeIfAbsent(file, f -> new TreeSet<>()).addAll(row.<String>getList(4));
      }
      quarantine.values().forEach(list -> list.sort(
          Comparator.comparing(QuarantineCount::reasonCode, Comparator.nullsFirst(Comparator.naturalOrder()))));
      Map<String, List<String>> drift = new HashMap<>();
      driftSets.forEach((file, set) -> drift.put(file, new ArrayList<>(set)));
      Map<String, Long> superseded = superseded(contract, days, curatedDir);
      double seconds = Console.since(start);
      List<DayOutcome> outcomes = new ArrayList<>();
      for (LocalDate day : days) {
        lake.commit(contract.source(), day, runId,
            Map.of(contract.dataset(), curatedDir.resolve(DAY + "=" + day)), quarantineDir.resolve(DAY + "=" + day));
        List<LandingFile> dayFiles = files.stream().filter(f -> f.landingDate().equals(day.toString())).toList();
        outcomes.add(outcome(contract, day, dayFiles, counts, drift, quarantine, superseded, seconds));
      }
      return outcomes;
    } finally {
      judged.unpersist();
    }
  }

  private static DayOutcome outcome(DatasetContract contract, LocalDate day, List<LandingFile> files,
      Map<String, long[]> counts, Map<String, List<String>> drift, Map<String, List<QuarantineCount>> quarantine,
      Map<String, Long> superseded, double seconds) {
    List<FileReport> reports = new ArrayList<>();
    List<QuarantineCount> reasons = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (LandingFile file : files) {
      long[] c = counts.getOrDefault(file.file(), new long[2]);
      long s = superseded.getOrDefault(file.file(), 0L);
      List<String> fileDrift = new ArrayList<>(file.drift());
      fileDrift.addAll(drift.getOrDefault(file.file(), List.of()));
      reports.add(new FileReport(contract.source(), file.file(), day.toString(), c[0], c[1] - s, c[0] - c[1], s,
          fileDrift, file.rejected(), seconds));
      reasons.addAll(quarantine.getOrDefault(file.file(), List.of()));
      if (file.rejected() != null) {
        notes.add("✗ " + file.file() + ": bị loại cả tệp, " + file.rejectedVi() + "; "
            + Console.number(c[0]) + " dòng vào khu cách ly");
      } else if (!fileDrift.isEmpty()) {
        notes.add("! " + file.file() + ": khác với hợp đồng dữ liệu (được ghi nhận): " + String.join("; ", fileDrift));
      }
    }
    return new DayOutcome(day, reports, reasons, notes);
  }

  /**
   * Superseded rows per file of the days of this pass, against the committed history of the
   * other days and the earlier days of the pass (each day as if committed one after the other).
   */
  private Map<String, Long> superseded(DatasetContract contract, List<LocalDate> days, Path curatedDir) {
    Map<String, Long> result = new HashMap<>();
    if (!java.nio.file.Files.isDirectory(curatedDir)) {
      return result;
    }
    Dataset<Row> passRows = spark.read().schema(Outputs.curatedFileSchema(contract)).parquet(curatedDir.toString());
    List<String> committed = lake.committedFiles(contract.dataset()).stream().map(Path::toString).toList();
    Object[] passDays = days.stream().map(Date::valueOf).toArray();
    Dataset<Row> history =
        committed.isEmpty()
            ? spark.createDataFrame(List.of(), Outputs.curatedFileSchema(contract))
            : spark.read().schema(Outputs.curatedFileSchema(contract))
                .parquet(committed.toArray(String[]::new))
                .where(col(RawRecords.LANDING_DATE).isin(passDays).unary_$bang());
    for (Row row : Versions.supersededPerFile(passRows, history, contract).collectAsList()) {
      result.put(row.getString(0), row.getLong(1));
    }
    return result;
  }
}
