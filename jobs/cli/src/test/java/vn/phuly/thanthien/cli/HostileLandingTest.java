package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.HostileFiles;
import vn.phuly.thanthien.testing.QueryRows;

/**
 * Issue 11, "done when": a landing zone holding every case of items 1 and 2 beside good files
 * ({@link HostileFiles#landing}) is ingested by a child JVM (its whole output, Spark's logs
 * included, is read): the good files completely, every bad file and folder named with its reason
 * in Vietnamese, no stack trace, exit 3; the build then lists them in {@code ingest_runs}. The same
 * zone without the unreadable files exits 0.
 */
class HostileLandingTest {
  static final String DAY = HostileFiles.DAY;

  @TempDir static Path work;
  static CliProcess.Result ingest;
  static int build;

  @BeforeAll
  static void ingestAndBuild() throws Exception {
    Sparks.session("local[2]");
    Path landing = work.resolve("landing");
    HostileFiles.landing(landing, true);
    ingest = CliProcess.run(work.resolve("ingest.log"), true,
        "ingest", "--landing", landing.toString(), "--lake", work.resolve("lake").toString(),
        "--reference", CliFixtures.resource("profiles/ingest").toString(), "--master", "local[2]");
    build = Main.run("build", "--lake", work.resolve("lake").toString(), "--warehouse", warehouse().toString(),
        "--reference", CliFixtures.resource("profiles/ingest").toString());
  }

  static Path warehouse() {
    return work.resolve("warehouse/thanthien.duckdb");
  }

  @Test
  void theRunCommitsTheGoodFilesAndEndsWithExitThreeWithoutAStackTrace() throws Exception {
    assertEquals(Main.QUALITY_GATE, ingest.exitCode(), ingest.output());
    assertFalse(ingest.output().contains("\tat ") || ingest.output().contains("Exception"), "no stack trace:\n" + ingest.output());
    assertEquals(List.of("PA-1", "PA-10", "PA-2", "PA-3", "PA-4", "PA-6", "PA-7", "PA-9"), committed("feedback", "feedback_id"));
    assertEquals(List.of("S-1"), committed("submission_score", "submission_id"));
    assertTrue(ingest.output().contains("Không đạt kiểm tra chất lượng dữ liệu: submissions: 1 tệp bị loại cả tệp"
        + " (submissions/2024-01-10/b_random.jsonl); feedback: 6 tệp bị loại cả tệp (" + DAY + "b_random.csv, "), ingest.output());
  }

  @Test
  void everyBadFileAndFolderIsNamedWithItsReasonInVietnamese() {
    List<String> missing = new ArrayList<>();
    for (String line : List.of(
        "    ✗ " + DAY + "b_random.csv: bị loại cả tệp, không phải văn bản UTF-8, UTF-8 có BOM, UTF-16 hay Windows-1258:"
            + " có byte NUL ở vị trí ",
        "    ✗ " + DAY + "c_archive.csv: bị loại cả tệp, không phải văn bản UTF-8, UTF-8 có BOM, UTF-16 hay Windows-1258:"
            + " tệp nén gzip (cần giải nén trước khi đưa vào); cả tệp vào khu cách ly với mã UNREADABLE_FILE",
        "    ✗ " + DAY + "e_utf16_nobom.csv: bị loại cả tệp, ",
        "    ✗ " + DAY + "f_nul.csv: bị loại cả tệp, ",
        "    ✗ " + DAY + "j_empty.csv: bị loại cả tệp, tệp rỗng, không có dòng tiêu đề",
        "    ✗ " + DAY + "k_zip.csv: bị loại cả tệp, ",
        "    ✗ submissions/2024-01-10/b_random.jsonl: bị loại cả tệp, ",
        "  ! bỏ qua readme.txt: tệp nằm ngoài các thư mục nguồn",
        "  ! bỏ qua tmp: không phải nguồn dữ liệu: các thư mục trong landing là submissions, inspections, feedback",
        "  ! bỏ qua feedback/2024-1-5: không phải ngày landing: tên thư mục ngày phải có dạng YYYY-MM-DD",
        "  ! bỏ qua feedback/stray.csv: tệp nằm ngoài các thư mục ngày landing",
        "  ! bỏ qua " + DAY + "export.jsonl: nguồn feedback chỉ đọc tệp .csv, không đọc tệp .jsonl",
        "  ! bỏ qua " + DAY + "notes.txt: nguồn feedback chỉ đọc tệp .csv, không đọc tệp .txt",
        "  ! bỏ qua " + DAY + "sub: thư mục con trong ngày landing: chỉ các tệp của chính ngày đó được đọc",
        "  ! cảnh báo feedback/2020-12-31: ngày landing trước đơn vị đầu tiên của hồ sơ tham chiếu (hiệu lực từ 2021-01-01)",
        "  ! cảnh báo feedback/2099-01-01: ngày landing ở tương lai (hôm nay là ",
        " dòng cách ly, bỏ qua 7 mục trong landing (")) {
      if (!ingest.output().contains(line)) {
        missing.add(line);
      }
    }
    assertEquals(List.of(), missing, ingest.output());
    assertFalse(ingest.output().contains(".upload.csv") || ingest.output().contains("_planted.json"), "hidden names stay silent");
  }

  @Test
  void ingestRunsListsTheRejectedFilesAndTheSkippedEntriesWithTheirReasons() throws Exception {
    assertEquals(Main.OK, build);
    String notText = "|REJECTED|1|1|not text in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1258: ";
    String nul = " (binary data, or UTF-16 without a byte order mark)";
    assertEquals(List.of(
            "feedback|" + DAY + "b_random.csv" + notText + "a NUL byte at offset " + firstNul(HostileFiles.randomBytes(11, 4096)) + nul,
            "feedback|" + DAY + "c_archive.csv" + notText + "a gzip archive (decompress it before it lands)",
            "feedback|" + DAY + "e_utf16_nobom.csv" + notText + "a NUL byte at offset 1" + nul,
            "feedback|" + DAY + "export.jsonl|SKIPPED|0|0|feedback reads .csv files, not .jsonl",
            "feedback|" + DAY + "f_nul.csv" + notText + "a NUL byte at offset 200" + nul,
            "feedback|" + DAY + "j_empty.csv|REJECTED|1|1|empty file: no header line",
            "feedback|" + DAY + "k_zip.csv" + notText + "a zip archive (unpack it before it lands)",
            "feedback|" + DAY + "notes.txt|SKIPPED|0|0|feedback reads .csv files, not .txt",
            "feedback|" + DAY + "sub|SKIPPED|0|0|a folder inside a landing day: only the day's own files are read",
            "feedback|feedback/2024-1-5|SKIPPED|0|0|not a landing day: a landing day's folder is named YYYY-MM-DD",
            "feedback|feedback/stray.csv|SKIPPED|0|0|a file outside every landing day folder",
            "readme.txt|readme.txt|SKIPPED|0|0|a file outside every source folder",
            "submissions|submissions/2024-01-10/b_random.jsonl" + notText + "a NUL byte at offset "
                + firstNul(HostileFiles.randomBytes(12, 2048)) + nul,
            "tmp|tmp|SKIPPED|0|0|not a source: the folders under landing are submissions, inspections, feedback"),
        QueryRows.readOnly(warehouse(),
            "select source, file, status, rows_read, rows_quarantined, rejected_reason from ingest_runs"
                + " where status in ('SKIPPED', 'REJECTED') order by source, file"));
  }

  @Test
  void theSameZoneWithEveryFileReadableExitsZero() {
    Path landing = work.resolve("readable");
    HostileFiles.landing(landing, false);
    CliFixtures.Outcome outcome = CliFixtures.run("ingest", "--landing", landing.toString(),
        "--lake", work.resolve("readable-lake").toString(), "--reference", CliFixtures.resource("profiles/ingest").toString());
    assertEquals(Main.OK, outcome.exitCode(), outcome.err());
    assertTrue(outcome.out().contains("  ! bỏ qua feedback/2024-1-5: "), outcome.out());
    assertTrue(outcome.out().contains("  feedback 2024-03-01: 5 tệp, đọc 8 dòng: nhận 6, cách ly 2, bị thay thế 0"), outcome.out());
  }

  static int firstNul(byte[] bytes) {
    int at = 0;
    while (bytes[at] != 0) {
      at++;
    }
    return at;
  }

  /** The values of one column of the committed rows of a dataset, sorted. */
  static List<String> committed(String dataset, String column) throws Exception {
    List<Path> files = LakeReads.local(new Lake(work.resolve("lake")).committedFiles(dataset));
    return files.isEmpty() ? List.of() : QueryRows.inMemory("select " + column + " from read_parquet(["
        + String.join(", ", files.stream().map(p -> "'" + p + "'").toList()) + "]) order by " + column);
  }
}
