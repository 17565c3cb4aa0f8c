package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * One landing day of one source, end to end: sniff the files, read them in parallel, judge the
 * rows, write curated and quarantine Parquet into the run's staging folder, count, commit.
 */
final class DayIngest {
  /** What a committed day reports to the run manifest. */
  record Outcome(List<FileReport> files, List<QuarantineCount> quarantine, List<String> notesVi) {}

  private final SparkSession spark;
  private final Lake lake;
  private final Path landingRoot;
  private final Profile profile;
  private final Broadcast<UnitResolver> resolver;
  private final Pseudonymizer pseudonymizer;
  private final String runId;

  DayIngest(SparkSession spark, Lake lake, Path landingRoot, Profile profile,
      Broadcast<UnitResolver> resolver, Pseudonymizer pseudonymizer, String runId) {
    this.spark = spark;
    this.lake = lake;
    this.landingRoot = landingRoot;
    this.profile = profile;
    this.resolver = resolver;
    this.pseudonymizer = pseudonymizer;
    this.runId = runId;
  }

  Outcome ingest(DatasetContract contract, LocalDate day) {
    long start = System.nanoTime();
    List<LandingFile> files =
        Landing.files(landingRoot, contract.source(), day).stream()
            .map(file -> HeaderSniffer.sniff(landingRoot, file, day, contract))
            .toList();
    Dataset<Row> judged =
        Judgement.judge(RawReader.read(spark, files, contract), contract, spark, profile, resolver, pseudonymizer)
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Path staged = lake.staging(runId).resolve(contract.source()).resolve(day.toString());
      Path curatedDir = staged.resolve(contract.dataset());
      Path quarantineDir = staged.resolve("quarantine");
      Outputs.curated(judged, contract, runId).write().partitionBy(Outputs.YEAR).parquet(curatedDir.toString());
      Outputs.quarantine(judged, contract, runId).coalesce(1).write().parquet(quarantineDir.toString());
      Map<String, long[]> counts = new HashMap<>();
      Map<String, List<String>> drift = new HashMap<>();
      for (Row row : judged.groupBy(RawRecords.SOURCE_FILE)
          .agg(count(col(RawRecords.SOURCE_FILE)).as("read"),
              sum(when(Problems.ok(), 1).otherwise(0)).as("kept"),
              array_distinct(flatten(collect_list(col(ContractValidation.DRIFT)))).as("drift"))
          .collectAsList()) {
        counts.put(row.getString(0), new long[] {row.getLong(1), row.getLong(2)});
        drift.put(row.getString(0), new ArrayList<>(new TreeSet<>(row.<String>getList(3))));
      }
      List<QuarantineCount> quarantine = new ArrayList<>();
      for (Row row : judged.where(col(Problems.PROBLEM).isNotNull())
          .groupBy(col(RawRecords.SOURCE_FILE), col(Problems.PROBLEM + ".code"))
          .count()
          .orderBy(RawRecords.SOURCE_FILE, "code")
          .collectAsList()) {
        quarantine.add(new QuarantineCount(contract.source(), row.getString(0), row.getString(1), row.getLong(2)));
      }
      Map<String, Long> superseded = superseded(contract, day, curatedDir);
      lake.commit(contract.source(), day, runId, Map.of(contract.dataset(), curatedDir), quarantineDir);
      double seconds = (System.nanoTime() - start) / 1e9;
      List<FileReport> reports = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      for (LandingFile file : files) {
        long[] c = counts.getOrDefault(file.file(), new long[2]);
        long s = superseded.getOrDefault(file.file(), 0L);
        List<String> fileDrift = new ArrayList<>(file.drift());
        fileDrift.addAll(drift.getOrDefault(file.file(), List.of()));
        reports.add(new FileReport(contract.source(), file.file(), day.toString(), c[0], c[1] - s,
            c[0] - c[1], s, fileDrift, file.rejected(), seconds));
        if (file.rejected() != null) {
          notes.add("✗ " + file.file() + ": bị loại cả tệp, " + file.rejectedVi() + "; "
              + Console.number(c[0]) + " dòng vào khu cách ly");
        } else if (!fileDrift.isEmpty()) {
          notes.add("! " + file.file() + ": khác với hợp đồng dữ liệu (được ghi nhận): " + String.join("; ", fileDrift));
        }
      }
      return new Outcome(reports, quarantine, notes);
    } finally {
      judged.unpersist();
    }
  }

  /** Superseded rows per file of this day, against the committed history of the other days. */
  private Map<String, Long> superseded(DatasetContract contract, LocalDate day, Path curatedDir) {
    Map<String, Long> result = new HashMap<>();
    if (!Files.isDirectory(curatedDir)) {
      return result;
    }
    Dataset<Row> today = spark.read().schema(Outputs.curatedFileSchema(contract)).parquet(curatedDir.toString());
    List<String> committed = lake.committedFiles(contract.dataset()).stream().map(Path::toString).toList();
    Dataset<Row> history =
        committed.isEmpty()
            ? spark.createDataFrame(List.of(), Outputs.curatedFileSchema(contract))
            : spark.read().schema(Outputs.curatedFileSchema(contract))
                .parquet(committed.toArray(String[]::new))
                .where(col(RawRecords.LANDING_DATE).notEqual(java.sql.Date.valueOf(day)));
    for (Row row : Versions.supersededPerFile(today, history, contract).collectAsList()) {
      result.put(row.getString(0), row.getLong(1));
    }
    return result;
  }
}
