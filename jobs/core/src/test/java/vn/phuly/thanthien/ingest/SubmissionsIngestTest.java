package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.lake.FileReport;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.RunManifest;

/**
 * Submissions end to end on the hand-written landing days of test resources
 * ({@code landing/submissions/2024-01-10} and {@code 2024-01-20}): every landing variant of
 * DESIGN §3, then a later day, a run with nothing new and a forced re-run of the first day.
 */
class SubmissionsIngestTest {
  static final String D1 = "submissions/2024-01-10/";
  static final Column[] ROW = {
    col("source_file"), col("source_line"), col("unit_id"), col("unit_match"), col("assessor"),
    col("criterion_id"), col("score"), col("version"), IngestFixtures.minutes("submitted_at"),
    col("period"), col("period_kind"), col("period_start"), col("period_end"), col("evidence")
  };

  @TempDir static Path lake;
  static IngestResult first;
  static List<String> curatedAfterFirst;
  static List<String> quarantineAfterFirst;
  static IngestResult second;
  static List<String> curatedAfterSecond;
  static IngestResult nothingNew;
  static IngestResult forced;
  static List<String> curatedAfterForced;

  @BeforeAll
  static void ingest() {
    Path landing = IngestFixtures.resource("landing");
    first = IngestJob.run(IngestFixtures.request(landing, lake, "submissions", LocalDate.of(2024, 1, 10)));
    curatedAfterFirst = IngestFixtures.curated(lake, "submission_score", ROW);
    quarantineAfterFirst = IngestFixtures.quarantine(lake);
    second = IngestJob.run(IngestFixtures.request(landing, lake, "submissions", null));
    curatedAfterSecond = IngestFixtures.curated(lake, "submission_score", ROW);
    nothingNew = IngestJob.run(IngestFixtures.request(landing, lake, "submissions", null));
    forced = IngestJob.run(IngestFixtures.request(landing, lake, "submissions", LocalDate.of(2024, 1, 10)));
    curatedAfterForced = IngestFixtures.curated(lake, "submission_score", ROW);
  }

  @Test
  void everyVariantOfTheFirstDayLandsWhereExpected() {
    assertEquals(
        List.of(
            D1 + "a_scores.jsonl|1|t-le-hong-phong|CODE|SELF|TC1|14.5|1|2023-12-05T09:30|2023|YEAR|2023-01-01|2023-12-31|Kế hoạch số 12/KH-UBND",
            D1 + "a_scores.jsonl|1|t-le-hong-phong|CODE|SELF|TC2|18.0|1|2023-12-05T09:30|2023|YEAR|2023-01-01|2023-12-31|Liên hệ [số điện thoại]",
            D1 + "a_scores.jsonl|4|t-le-hong-phong|CODE|SELF|TC1|15.0|2|2023-12-06T08:00|2023|YEAR|2023-01-01|2023-12-31|Bổ sung",
            D1 + "b_bom_crlf.csv|2|t-lam-ha|CODE|SELF|TC1|13.5|1|2023-12-05T14:20|2023|YEAR|2023-01-01|2023-12-31|Báo cáo \"số 5\" và phụ lục",
            D1 + "c_cp1258.csv|2|t-lam-ha|ALIAS|SURVEY|TC2|17.5|1|2023-12-10T00:00|2023|YEAR|2023-01-01|2023-12-31|Phiếu khảo sát người dân",
            D1 + "c_cp1258.csv|3|t-phu-ly|CODE|SELF|TC1|10.0|1|2025-12-01T08:00|2025|YEAR|2025-01-01|2025-12-31|∅",
            D1 + "c_cp1258.csv|4|t-quang-trung|CODE|SELF|TC1|9.0|1|2024-12-01T08:00|2024|YEAR|2024-01-01|2024-12-31|∅",
            D1 + "e_drift.csv|2|t-noi-vu|CODE|SELF|PB1|8.0|1|2024-01-05T00:00|2023|YEAR|2023-01-01|2023-12-31|Email gửi [email]"),
        curatedAfterFirst);
  }

  @Test
  void badRowsAreQuarantinedWithTheFirstReasonThatApplies() {
    assertEquals(
        List.of(
            D1 + "a_scores.jsonl|2|PARSE_ERROR",
            D1 + "a_scores.jsonl|3|OUT_OF_RANGE",
            D1 + "a_scores.jsonl|3|UNKNOWN_CRITERION",
            D1 + "a_scores.jsonl|5|DUPLICATE_KEY",
            D1 + "b_bom_crlf.csv|10|OUT_OF_RANGE",
            D1 + "b_bom_crlf.csv|4|BAD_TYPE",
            D1 + "b_bom_crlf.csv|5|BAD_DATE",
            D1 + "b_bom_crlf.csv|6|BAD_ENUM",
            D1 + "b_bom_crlf.csv|7|BAD_PERIOD",
            D1 + "b_bom_crlf.csv|8|UNKNOWN_UNIT",
            D1 + "b_bom_crlf.csv|9|MISSING_REQUIRED",
            D1 + "d_missing.csv|2|MISSING_COLUMN",
            D1 + "d_missing.csv|3|MISSING_COLUMN"),
        quarantineAfterFirst);
    Set<String> codes = Arrays.stream(ReasonCode.values()).map(ReasonCode::name).collect(Collectors.toSet());
    assertTrue(first.quarantine().stream().allMatch(q -> codes.contains(q.reasonCode())));
  }

  @Test
  void eachFileReconcilesAndReportsRejectionAndDrift() {
    Map<String, FileReport> files = byFile(first.files());
    assertCounts(files.get(D1 + "a_scores.jsonl"), 7, 2, 4, 1);
    assertCounts(files.get(D1 + "b_bom_crlf.csv"), 8, 1, 7, 0);
    assertCounts(files.get(D1 + "c_cp1258.csv"), 3, 3, 0, 0);
    assertCounts(files.get(D1 + "d_missing.csv"), 2, 0, 2, 0);
    assertCounts(files.get(D1 + "e_drift.csv"), 1, 1, 0, 0);
    assertEquals("missing required column(s): Điểm (score)", files.get(D1 + "d_missing.csv").rejected());
    assertNull(files.get(D1 + "e_drift.csv").rejected());
    assertEquals(List.of("unknown column 'Ghi chú'"), files.get(D1 + "e_drift.csv").drift());
    assertEquals(List.of(), files.get(D1 + "c_cp1258.csv").drift());
    // a file rejected whole fails the quality gate of its source, whatever the quarantine rate
    assertEquals(RunManifest.QUALITY_GATE, first.status());
    assertEquals(List.of(D1 + "d_missing.csv"), first.qualityGateFailures().get(0).rejectedFiles());
  }

  @Test
  void theManifestIsWrittenWithTheSameCounts() {
    RunManifest manifest =
        RunManifest.readAll(new Lake(lake)).stream().filter(m -> m.runId().equals(first.runId())).findFirst().orElseThrow();
    assertEquals(first.files(), manifest.files());
    assertEquals(first.quarantine(), manifest.quarantine());
    assertTrue(manifest.files().stream().allMatch(FileReport::reconciles));
  }

  @Test
  void aLaterDayCountsWhatTheHistorySupersedes() {
    assertEquals(List.of("submissions/2024-01-20/f_later.jsonl"), second.files().stream().map(FileReport::file).toList());
    // line 1: version 3 of TC2 (current); line 2: version 1 of TC1, already at version 2 on the first day
    assertCounts(second.files().get(0), 2, 1, 0, 1);
    assertTrue(curatedAfterSecond.contains(
        "submissions/2024-01-20/f_later.jsonl|1|t-le-hong-phong|CODE|SELF|TC2|19.5|3|2024-01-15T10:00|2023|YEAR|2023-01-01|2023-12-31|∅"));
    assertEquals(curatedAfterFirst.size() + 2, curatedAfterSecond.size());
  }

  @Test
  void aRunWithoutDateAfterwardsIngestsNothing() {
    assertEquals(List.of(), nothingNew.files());
    assertEquals(RunManifest.SUCCEEDED, nothingNew.status());
  }

  @Test
  void aForcedRerunOfADayReplacesExactlyItsContribution() {
    assertEquals(curatedAfterSecond, curatedAfterForced);
    assertNotNull(forced.runId());
    assertEquals(first.files().stream().map(FileReport::file).toList(), forced.files().stream().map(FileReport::file).toList());
    assertEquals(quarantineAfterFirst, IngestFixtures.quarantine(lake));
    // TC2 version 1 of a_scores line 1 is now also superseded, by version 3 of the later day
    assertCounts(byFile(forced.files()).get(D1 + "a_scores.jsonl"), 7, 1, 4, 2);
  }

  static Map<String, FileReport> byFile(List<FileReport> files) {
    return files.stream().collect(Collectors.toMap(FileReport::file, Function.identity()));
  }

  static void assertCounts(FileReport file, long read, long accepted, long quarantined, long superseded) {
    assertEquals(List.of(read, accepted, quarantined, superseded),
        List.of(file.rowsRead(), file.rowsAccepted(), file.rowsQuarantined(), file.rowsSuperseded()), file.file());
  }
}
