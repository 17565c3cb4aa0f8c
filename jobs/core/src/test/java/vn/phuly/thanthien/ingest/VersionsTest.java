package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * The version rules of ingest on tiny submission rows: contested keys, repeats within a landing
 * day ({@code DUPLICATE_KEY}) and superseded rows, with submission_score's version order
 * ({@code version desc, submitted_at desc, landing_date desc, source_file desc, source_line desc}).
 */
class VersionsTest {
  static final DatasetContract FEEDBACK = DatasetContract.load("feedback");
  static final DatasetContract SUBMISSIONS = DatasetContract.load("submission_score");
  static final Date MARCH_1 = Date.valueOf("2024-03-01");
  static final Date MARCH_2 = Date.valueOf("2024-03-02");
  static final LocalDateTime NINE = LocalDateTime.parse("2023-12-05T09:00");
  static final LocalDateTime TEN = LocalDateTime.parse("2023-12-05T10:00");

  @Test
  void onlyTheRowsOfKeysSeenMoreThanOnceAreContested() {
    StructType schema = new StructType().add("feedback_id", "string").add("source_line", "long");
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        RowFactory.create("PA-1", 2L), RowFactory.create("PA-2", 3L), RowFactory.create("PA-1", 4L),
        RowFactory.create("PA-3", 5L)), schema);

    Dataset<Row> contested = Versions.contestedKeys(rows, rows.limit(0), FEEDBACK);

    assertEquals(List.of("[PA-1]"), contested.collectAsList().stream().map(Row::toString).toList());
    // the keys are derived from the very rows they filter (a self-join)
    assertEquals(List.of("[PA-1,2]", "[PA-1,4]"), Versions.withKeyIn(rows, contested, FEEDBACK)
        .orderBy("source_line").collectAsList().stream().map(Row::toString).toList());
    // a key seen once in the pass and once in the history is contested too
    Dataset<Row> history = IngestFixtures.spark().createDataFrame(List.of(RowFactory.create("PA-3", 9L)), schema);
    assertEquals(List.of("[PA-1]", "[PA-3]"), Versions.contestedKeys(rows, history, FEEDBACK)
        .orderBy("feedback_id").collectAsList().stream().map(Row::toString).toList());
  }

  /** submission_score's business key (period, unit_id, assessor, criterion_id) and where a row was read. */
  static final StructType SUBMISSION_KEY =
      new StructType().add("period", "string").add("unit_id", "string").add("assessor", "string")
          .add("criterion_id", "string").add("source_line", "long");

  static Row submissionKey(String period, String unit, String criterion, long line) {
    return RowFactory.create(period, unit, "SELF", criterion, line);
  }

  @Test
  void theContestedKeysOfAPassAreItsRepeatedKeysAndItsKeysTheHistoryHolds() {
    Dataset<Row> pass = IngestFixtures.spark().createDataFrame(List.of(
        submissionKey("2023", "w1", "TC1", 2), submissionKey("2023", "w1", "TC1", 3),  // twice in the pass
        submissionKey("2023", "w1", "TC2", 4),                                           // also in the history
        submissionKey("2023", "w1", "TC3", 5),                                           // only in the pass
        submissionKey("2023", null, "TC4", 6),                                           // in the history, null and all
        submissionKey(null, "w1", "TC5", 7), submissionKey(null, "w1", "TC5", 8),        // a null part, twice
        submissionKey("2023", null, "TC6", 9),                                           // the history's unit is not null
        submissionKey("2023", "w1", "TC7", 10)),                                         // the history's unit differs
        SUBMISSION_KEY);
    Dataset<Row> history = IngestFixtures.spark().createDataFrame(List.of(
        submissionKey("2023", "w1", "TC2", 2),
        submissionKey("2023", null, "TC4", 3),
        submissionKey("2023", "w1", "TC6", 4),
        submissionKey("2023", "w2", "TC7", 5),
        submissionKey("2023", "w1", "TC8", 6), submissionKey("2023", "w1", "TC8", 7)),  // only in the history
        SUBMISSION_KEY);

    assertEquals(List.of("2023|w1|SELF|TC1", "2023|w1|SELF|TC2", "2023|∅|SELF|TC4", "∅|w1|SELF|TC5"),
        IngestFixtures.lines(Versions.contestedKeys(pass, history, SUBMISSIONS),
            "period", "unit_id", "assessor", "criterion_id"));
  }

  /**
   * A night: the history's scan reads only its key columns and feeds a semi-join that broadcasts
   * the pass's few keys, with no exchange (shuffle) of the history's rows before it. Spark's plan
   * as planned, before any stage runs: adaptive execution could not take back a shuffle it ran.
   */
  @Test
  void aNightReadsTheHistorysKeysWithoutShufflingThem(@TempDir Path lake) {
    SparkSession spark = IngestFixtures.spark();
    spark.range(50)
        .selectExpr("'2023' as period", "concat('w', id) as unit_id", "'SELF' as assessor", "'TC1' as criterion_id",
            "'old.csv' as source_file", "id as source_line")
        .write().parquet(lake.resolve("history").toString());
    spark.createDataFrame(List.of(submissionKey("2023", "w7", "TC1", 2)), SUBMISSION_KEY)
        .write().parquet(lake.resolve("pass").toString());

    Dataset<Row> contested = Versions.contestedKeys(spark.read().parquet(lake.resolve("pass").toString()),
        spark.read().parquet(lake.resolve("history").toString()), SUBMISSIONS);

    List<String> fromHistory = fromScanUp(contested.queryExecution().executedPlan().toString(), "/history]");
    assertTrue(fromHistory.get(0).contains("ReadSchema: struct<period:string,unit_id:string,assessor:string,"
        + "criterion_id:string>"), fromHistory.get(0));
    String firstJoinOrExchange =
        fromHistory.stream().filter(node -> node.contains("Join") || node.contains("Exchange")).findFirst().orElseThrow();
    assertTrue(firstJoinOrExchange.startsWith("BroadcastHashJoin") && firstJoinOrExchange.contains("LeftSemi, BuildRight"),
        String.join("\n", fromHistory));
    assertEquals(List.of("2023|w7|SELF|TC1"), IngestFixtures.lines(contested, "period", "unit_id", "assessor", "criterion_id"));
  }

  /** The operators of a plan's tree string from the file scan whose line contains {@code location} to the root. */
  static List<String> fromScanUp(String plan, String location) {
    List<String> lines = plan.lines().toList();
    int at = 0;
    while (!(lines.get(at).contains("FileScan") && lines.get(at).contains(location))) {
      at++;
    }
    List<String> path = new ArrayList<>();
    int depth = Integer.MAX_VALUE;
    for (int i = at; i >= 0; i--) {
      String line = lines.get(i);
      int indent = line.length() - line.replaceFirst("^[ :|+-]*", "").length();
      if (indent < depth) {
        path.add(line.substring(indent));
        depth = indent;
      }
    }
    return path;
  }

  /** What {@link Versions#repeats} reads of a good row: day, key, version terms, where it was read. */
  static final StructType KEYED =
      new StructType()
          .add("landing_date", "date").add("period", "string").add("unit_id", "string").add("assessor", "string")
          .add("criterion_id", "string").add("version", "int").add("submitted_at", "timestamp_ntz")
          .add("source_file", "string").add("source_line", "long").add("element_no", "int");

  static Row keyed(Date day, String criterion, Integer version, LocalDateTime submittedAt, String file, long line,
      Integer element) {
    return RowFactory.create(day, "2023", "w1", "SELF", criterion, version, submittedAt, file, line, element);
  }

  @Test
  void aRepeatIsEveryLaterRowOfTheSameDayKeyAndVersion() {
    Dataset<Row> good = IngestFixtures.spark().createDataFrame(List.of(
        keyed(MARCH_1, "TC1", 1, NINE, "twice.csv", 2, null),
        keyed(MARCH_1, "TC1", 1, NINE, "twice.csv", 5, null),        // the second of two identical rows
        keyed(MARCH_1, "TC1", 2, NINE, "twice.csv", 7, null),        // a new version
        keyed(MARCH_2, "TC1", 1, NINE, "next_day.csv", 2, null),     // the same, but landed another day
        keyed(MARCH_1, "TC2", 1, NINE, "a.csv", 9, null),
        keyed(MARCH_1, "TC2", 1, NINE, "b.csv", 2, null),            // later by file name, whatever the line
        keyed(MARCH_1, "TC3", 1, NINE, "s.jsonl", 3, 1),
        keyed(MARCH_1, "TC3", 1, NINE, "s.jsonl", 3, 2),             // the next element of the same record
        keyed(MARCH_1, "TC4", 1, NINE, "resent.csv", 2, null),
        keyed(MARCH_1, "TC4", 1, TEN, "resent.csv", 3, null)),       // submitted again: a version term differs
        KEYED);

    assertEquals(List.of("b.csv|2|∅", "s.jsonl|3|2", "twice.csv|5|∅"),
        IngestFixtures.lines(Versions.repeats(good, SUBMISSIONS), "source_file", "source_line", "element_no"));
  }

  /** Staged rows: the curated columns of the contract, where each was read, and its outcome. */
  static final StructType STAGED =
      new StructType()
          .add("submission_id", "string").add("period", "string").add("unit_code", "string").add("unit_name", "string")
          .add("assessor", "string").add("criterion_id", "string").add("score", "double").add("evidence", "string")
          .add("submitted_at", "timestamp_ntz").add("version", "int")
          .add("source_file", "string").add("source_line", "long").add("element_no", "int")
          .add("outcome", "string").add("reason_code", "string").add("detail_en", "string").add("detail_vi", "string")
          .add("fields_json", "string");

  static Row staged(String id, String file, long line, Integer element, String outcome, String reason, String fields) {
    return RowFactory.create(id, "2023", null, null, "SELF", "TC1", 12.5, null, null, 1, file, line, element, outcome,
        reason, reason == null ? null : "detail", reason == null ? null : "chi tiết", fields);
  }

  @Test
  void repeatsMoveToTheQuarantineWithTheirTypedFields() {
    Dataset<Row> staged = IngestFixtures.spark().createDataFrame(List.of(
        staged("S-1", "twice.csv", 2, null, "curated", null, null),
        staged("S-2", "twice.csv", 5, null, "curated", null, null),
        staged("S-3", "s.jsonl", 3, 1, "curated", null, null),
        staged("S-4", "s.jsonl", 3, 2, "curated", null, null),
        staged("S-5", "bad.csv", 4, null, "quarantine", "BAD_DATE", "{\"period\":\"2023\"}")),
        STAGED);
    Dataset<Row> repeats = IngestFixtures.spark().createDataFrame(List.of(
        RowFactory.create("twice.csv", 5L, null), RowFactory.create("s.jsonl", 3L, 2)),
        new StructType().add("source_file", "string").add("source_line", "long").add("element_no", "int"));

    Dataset<Row> after = Versions.quarantineRepeats(staged, repeats, SUBMISSIONS);

    String json = ",\"period\":\"2023\",\"assessor\":\"SELF\",\"criterion_id\":\"TC1\",\"score\":12.5,\"version\":1}";
    String en = "the same period, unit_id, assessor, criterion_id and version were already read in this landing day";
    String vi = "bản ghi trùng khóa (period, unit_id, assessor, criterion_id) và lần nộp với một bản ghi đã đọc trong cùng ngày";
    assertEquals(
        List.of(
            "S-1|twice.csv|2|∅|curated|∅|∅|∅|∅",
            "S-2|twice.csv|5|∅|quarantine|DUPLICATE_KEY|" + en + "|" + vi + "|{\"submission_id\":\"S-2\"" + json,
            "S-3|s.jsonl|3|1|curated|∅|∅|∅|∅",
            "S-4|s.jsonl|3|2|quarantine|DUPLICATE_KEY|" + en + "|" + vi + "|{\"submission_id\":\"S-4\"" + json,
            "S-5|bad.csv|4|∅|quarantine|BAD_DATE|detail|chi tiết|{\"period\":\"2023\"}"),
        IngestFixtures.lines(after, "submission_id", "source_file", "source_line", "element_no", "outcome",
            "reason_code", "detail_en", "detail_vi", "fields_json"));
    assertEquals(List.of(STAGED.fieldNames()), List.of(after.schema().fieldNames()));
  }

  /** What {@link Versions#supersededPerFile} reads: key, version terms, file and landing day. */
  static final StructType VERSIONED =
      new StructType()
          .add("period", "string").add("unit_id", "string").add("assessor", "string").add("criterion_id", "string")
          .add("version", "int").add("submitted_at", "timestamp_ntz").add("landing_date", "date")
          .add("source_file", "string").add("source_line", "long");

  static Row versioned(String criterion, Integer version, LocalDateTime submittedAt, Date day, String file, long line) {
    return RowFactory.create("2023", "w1", "SELF", criterion, version, submittedAt, day, file, line);
  }

  @Test
  void aRowIsSupersededByAnyRowAboveItInVersionOrderThatExistsOnItsDay() {
    Dataset<Row> pass = IngestFixtures.spark().createDataFrame(List.of(
        versioned("TC1", 1, NINE, MARCH_2, "history_wins.csv", 2),      // history has version 2
        versioned("TC2", 3, NINE, MARCH_2, "history_loses.csv", 2),     // history has version 2
        versioned("TC3", 1, NINE, MARCH_1, "earlier_day.csv", 2),       // version 2 lands only on March 2
        versioned("TC3", 2, NINE, MARCH_2, "later_day.csv", 2),
        versioned("TC4", 1, NINE, MARCH_2, "late_resubmit.csv", 2),     // version 2 landed the day before
        versioned("TC4", 2, NINE, MARCH_1, "early.csv", 2),
        versioned("TC5", 1, NINE, MARCH_1, "same_day.csv", 2),
        versioned("TC5", 2, NINE, MARCH_1, "same_day.csv", 3),
        versioned("TC5", 3, NINE, MARCH_1, "same_day.csv", 4),
        versioned("TC6", 1, TEN, MARCH_1, "resubmit_new.csv", 2),
        versioned("TC6", 1, NINE, MARCH_1, "resubmit_old.csv", 3),      // submitted earlier
        versioned("TC7", 1, NINE, MARCH_1, "tie_a.csv", 9),             // all equal but the file name
        versioned("TC7", 1, NINE, MARCH_1, "tie_b.csv", 2),
        versioned("TC8", 1, NINE, MARCH_1, "tie_lines.csv", 3),         // all equal but the line
        versioned("TC8", 1, NINE, MARCH_1, "tie_lines.csv", 7),
        versioned("TC9", null, NINE, MARCH_1, "z_no_version.csv", 2),   // a null version sorts last
        versioned("TC9", 1, NINE, MARCH_1, "a_version.csv", 2)),
        VERSIONED);
    Dataset<Row> history = IngestFixtures.spark().createDataFrame(List.of(
        versioned("TC1", 2, NINE, MARCH_1, "old.csv", 2),
        versioned("TC2", 2, NINE, MARCH_1, "old.csv", 3),
        versioned("TC10", 2, NINE, MARCH_1, "old_only.csv", 2)),    // history is never counted itself
        VERSIONED);

    assertEquals(
        List.of("history_wins.csv|1", "late_resubmit.csv|1", "resubmit_old.csv|1", "same_day.csv|2", "tie_a.csv|1",
            "tie_lines.csv|1", "z_no_version.csv|1"),
        IngestFixtures.lines(Versions.supersededPerFile(pass, history, SUBMISSIONS), "source_file", "count"));
  }
}
