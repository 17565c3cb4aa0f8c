package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.testing.HostileFiles;

/**
 * Issue 11 item 1 at the reader: whatever bytes a landing file holds, the sniffer and the reader
 * give one outcome for it — read rows, problem rows with their lines, or the file rejected whole
 * with its reason — and never an exception. (Through a whole run: {@code HostileLandingIngestTest}.)
 */
class HostileFilesTest {
  static final String HEADER = CsvSplitterTest.HEADER;
  static final String NOT_TEXT = "not text in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1258: ";
  static final StructType RAW = CsvSplitterTest.RAW;

  @TempDir Path landing;

  static String row(int n) {
    return "S-" + n + ",2023,13303,A,Tự chấm,TC1," + n + ",Minh chứng " + n + ",05/12/2023,1";
  }

  LandingFile landed(String name, byte[] bytes, RecordLimits limits) {
    Path file = landing.resolve("submissions/2024-01-10/" + name);
    HostileFiles.write(file, bytes);
    return HeaderSniffer.sniff(Locations.of(landing), IngestFixtures.HADOOP, Locations.of(file), HeaderSnifferTest.DAY,
        CsvSplitterTest.SUBMISSIONS, limits);
  }

  LandingFile landed(String name, String text, RecordLimits limits) {
    return landed(name, text.getBytes(StandardCharsets.UTF_8), limits);
  }

  LandingFile landed(String name, byte[] bytes) {
    return landed(name, bytes, RecordLimits.DEFAULT);
  }

  LandingFile landed(String name, String text) {
    return landed(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** "line code id evidence" of every raw row (code: the reader's problem, or ok). */
  static List<String> rows(LandingFile file, RecordLimits limits) {
    List<String> rows = new ArrayList<>();
    RawRecords.rows(FileSplit.whole(file), IngestFixtures.HADOOP, CsvSplitterTest.SUBMISSIONS, IngestFixtures.PSEUDONYMIZER,
            limits)
        .forEachRemaining(row -> rows.add(describe(row)));
    return rows;
  }

  static List<String> rows(LandingFile file) {
    return rows(file, RecordLimits.DEFAULT);
  }

  static String describe(Row row) {
    Object code = row.get(RAW.fieldIndex(RawRow.PROBLEM_CODE));
    return row.getLong(RAW.fieldIndex(RawRow.SOURCE_LINE)) + " " + (code == null ? "ok" : code) + " "
        + row.get(RAW.fieldIndex("submission_id")) + " " + row.get(RAW.fieldIndex("evidence"));
  }

  static void assertRejectedWhole(LandingFile file, String reason) {
    assertEquals("UNREADABLE_FILE", file.rejectedCode(), file.rejected());
    assertEquals(reason, file.rejected());
    assertEquals(List.of("0 UNREADABLE_FILE null null"), rows(file), "the file is its one quarantined row");
  }

  @Test
  void randomBytesAreRejectedWholeNamingTheFirstNul() {
    byte[] bytes = HostileFiles.randomBytes(11, 4096);
    int nul = 0;
    while (bytes[nul] != 0) {
      nul++;
    }
    LandingFile file = landed("random.csv", bytes);
    assertRejectedWhole(file, NOT_TEXT + "a NUL byte at offset " + nul + " (binary data, or UTF-16 without a byte order mark)");
    assertEquals("không phải văn bản UTF-8, UTF-8 có BOM, UTF-16 hay Windows-1258: có byte NUL ở vị trí " + nul
        + " (dữ liệu nhị phân, hoặc UTF-16 không có BOM)", file.rejectedVi());
  }

  @Test
  void bytesNeitherUtf8NorWindows1258AreRejectedWhole() {
    // 0xEA is "ê" in Windows-1258 and makes the file not UTF-8; 0x81 is undefined in Windows-1258
    LandingFile file = landed("undecodable.csv", HostileFiles.utf8With(HEADER + "\n" + row(1) + "\n", 120, (byte) 0xEA, (byte) 0x81));
    assertRejectedWhole(file, NOT_TEXT + "byte 0x81 at offset 121 is neither UTF-8 nor Windows-1258");
  }

  @Test
  void aNulByteInOtherwiseGoodTextRejectsTheFile() {
    LandingFile file = landed("nul.csv", HostileFiles.utf8With(HEADER + "\n" + row(1) + "\n", 100, (byte) 0));
    assertRejectedWhole(file, NOT_TEXT + "a NUL byte at offset 100 (binary data, or UTF-16 without a byte order mark)");
  }

  @Test
  void archivesNamedCsvAreRejectedWholeAsArchives() {
    String export = HEADER + "\n" + row(1) + "\n";
    assertRejectedWhole(landed("export.csv", HostileFiles.gzip(export)), NOT_TEXT + "a gzip archive (decompress it before it lands)");
    assertRejectedWhole(landed("export2.csv", HostileFiles.zip("export.csv", export)), NOT_TEXT + "a zip archive (unpack it before it lands)");
  }

  @Test
  void utf16WithItsByteOrderMarkIsReadAndWithoutItRejected() {
    String export = HEADER + "\r\n" + row(1) + "\r\n" + row(2).replace("Minh chứng 2", "\"hai\r\ndòng\"") + "\r\n" + row(3) + "\r\n";
    LandingFile file = landed("utf16.csv", HostileFiles.utf16le(export, true));
    assertNull(file.rejected());
    assertEquals("UTF-16", file.charset());
    assertEquals("submission_id", file.headerColumns().get(0));
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 ok S-2 hai dòng", "5 ok S-3 Minh chứng 3"), rows(file));

    assertRejectedWhole(landed("utf16-nobom.csv", HostileFiles.utf16le(export, false)),
        NOT_TEXT + "a NUL byte at offset 1 (binary data, or UTF-16 without a byte order mark)");
    byte[] cut = HostileFiles.utf16le(export, true);
    assertRejectedWhole(landed("utf16-cut.csv", java.util.Arrays.copyOf(cut, cut.length - 1)),
        NOT_TEXT + "UTF-16 with a byte order mark that does not decode cleanly");
    String withNul = export.replace("Minh chứng 3", "a\u0000b");
    assertRejectedWhole(landed("utf16-nul.csv", HostileFiles.utf16le(withNul, true)),
        NOT_TEXT + "UTF-16 holding a NUL character (character " + withNul.indexOf('\u0000') + ")");
  }

  @Test
  void anEmptyFileIsRejectedAndAHeaderOnlyHasNoRows() {
    assertRejectedWhole(landed("empty.csv", new byte[0]), "empty file: no header line");
    LandingFile headerOnly = landed("header.csv", HEADER + "\r\n");
    assertNull(headerOnly.rejected());
    assertEquals(List.of(), rows(headerOnly));
    assertEquals(List.of(), rows(landed("header-no-eol.csv", HEADER)));
    assertEquals(List.of(), rows(landed("empty.jsonl", new byte[0])), "a JSON Lines file needs no header");
  }

  @Test
  void aTruncatedLastLineIsAParseErrorOfItsLine() {
    String export = HEADER + "\n" + row(1) + "\n" + row(2) + "\n";
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 ok S-2 Minh chứng 2", "4 PARSE_ERROR S-3 null"),
        rows(landed("cut.csv", export + "S-3,2023,13303,A,Tự")));
    // cut inside a quoted field: the rest of the file is that one field
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 ok S-2 Minh chứng 2", "4 PARSE_ERROR S-3 null"),
        rows(landed("cut-quoted.csv", export + "S-3,2023,13303,\"A,Tự")));
  }

  @Test
  void aRecordOverTheLimitIsQuarantinedWithItsLineAndTheNextLinesKeepTheirs() {
    String huge = HostileFiles.longText(3 << 20);
    String export = HEADER + "\r\n" + row(1) + "\r\n" + row(2).replace("Minh chứng 2", huge) + "\r\n" + row(3) + "\r\n";
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 RECORD_TOO_LONG null null", "4 ok S-3 Minh chứng 3"),
        rows(landed("huge.csv", export)));

    // spanning lines inside quotes, under a small limit: the lines after it keep their numbers
    RecordLimits small = new RecordLimits(200);
    String multi = HEADER + "\n" + row(1) + "\n" + row(2).replace("Minh chứng 2", "\"" + "dài\n".repeat(60) + "\"") + "\n"
        + row(3) + "\n" + row(4).replace("Minh chứng 4", "\"hai\ndòng\"") + "\n";
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 RECORD_TOO_LONG null null", "64 ok S-3 Minh chứng 3",
        "65 ok S-4 hai dòng"), rows(landed("multi.csv", multi, small), small));
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 RECORD_TOO_LONG null null", "64 ok S-3 Minh chứng 3",
        "65 ok S-4 hai dòng"), rows(landed("multi-crlf.csv", multi.replace("\n", "\r\n"), small), small));
    // the last record, too long and never ended
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 RECORD_TOO_LONG null null"),
        rows(landed("last.csv", HEADER + "\n" + row(1) + "\n" + huge, RecordLimits.DEFAULT)));
  }

  @Test
  void aRecordOfMoreFieldsThanTheParserTakesIsAParseError() {
    String export = HEADER + "\n" + row(1) + "\n" + ",".repeat(5000) + "\n" + row(3) + "\n";
    assertEquals(List.of("2 ok S-1 Minh chứng 1", "3 PARSE_ERROR null null", "4 ok S-3 Minh chứng 3"),
        rows(landed("fields.csv", export)));
  }

  @Test
  void aJsonLineOverTheLimitIsQuarantinedWithItsLine() {
    String good = "{\"submission_id\":\"S-%d\",\"period\":\"2023\",\"unit_code\":\"13303\",\"assessor\":\"SELF\",\"version\":1,"
        + "\"submitted_at\":\"2023-12-05\",\"scores\":[{\"criterion_id\":\"TC1\",\"score\":1,\"evidence\":\"E%d\"}]}\n";
    String huge = "{\"submission_id\":\"S-2\",\"note\":\"" + HostileFiles.longText(2 << 20) + "\"}\n";
    LandingFile file = landed("scores.jsonl", String.format(good, 1, 1) + huge + String.format(good, 3, 3));
    assertEquals(List.of("1 ok S-1 E1", "2 RECORD_TOO_LONG null null", "3 ok S-3 E3"), rows(file));
  }

  @Test
  void aLineStartingWithAHashIsARecordNotAComment() {
    assertEquals(List.of("2 ok #S-1 Minh chứng 1", "3 ok S-2 Minh chứng 2"),
        rows(landed("hash.csv", HEADER + "\n#" + row(1) + "\n" + row(2) + "\n")));
  }

  @Test
  void aFirstLineOverTheLimitIsNoHeaderAndTheFileIsRejected() {
    RecordLimits small = new RecordLimits(100);
    assertRejectedWhole(landed("endless.csv", HostileFiles.longText(5000).getBytes(StandardCharsets.UTF_8), small),
        "no header line: its first line is longer than 100 bytes (max_record_bytes)");
  }

  @Test
  void aHeaderOfMoreFieldsThanTheParserTakesRejectsTheFile() {
    assertRejectedWhole(landed("wide.csv", HEADER + ",".repeat(2000) + "\n" + row(1) + "\n"),
        "the header line is not CSV of at most 1024 fields");
  }
}
