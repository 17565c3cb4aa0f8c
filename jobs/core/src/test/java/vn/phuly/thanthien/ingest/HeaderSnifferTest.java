package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;

/** Encoding, separator and header detection on the hand-written submissions files. */
class HeaderSnifferTest {
  static final DatasetContract SUBMISSIONS = DatasetContract.load("submission_score");
  static final LocalDate DAY = LocalDate.of(2024, 1, 10);

  static LandingFile sniff(String name) {
    Path landing = IngestFixtures.resource("landing");
    return HeaderSniffer.sniff(Locations.of(landing), IngestFixtures.HADOOP,
        Locations.of(landing.resolve("submissions/2024-01-10/" + name)), DAY, SUBMISSIONS);
  }

  static Charset encoding(Path file) throws IOException {
    org.apache.hadoop.fs.Path location = Locations.of(file);
    return TextEncoding.of(Locations.fileSystem(location, IngestFixtures.HADOOP), location).charset();
  }

  @Test
  void utf8WithBomCommaAndVietnameseHeaders() {
    LandingFile file = sniff("b_bom_crlf.csv");
    assertEquals("submissions/2024-01-10/b_bom_crlf.csv", file.file());
    assertEquals("UTF-8", file.charset());
    assertEquals(',', file.separator());
    assertEquals(
        List.of("submission_id", "period", "unit_code", "unit_name", "assessor", "criterion_id", "score",
            "evidence", "submitted_at", "version"),
        file.headerColumns());
    assertNull(file.rejected());
  }

  /** The check reads 1 MiB blocks: a character cut by a block's end must not count as malformed. */
  @Test
  void theEncodingIsJudgedOnTheWholeFileAcrossBlockBoundaries(@TempDir Path dir) throws Exception {
    int block = 1 << 20;
    byte[] letter = "ạ".getBytes(StandardCharsets.UTF_8);
    for (int cut = 1; cut < letter.length; cut++) {
      byte[] bytes = new byte[2 * block];
      Arrays.fill(bytes, (byte) 'a');
      System.arraycopy(letter, 0, bytes, block - cut, letter.length);
      Path file = Files.write(dir.resolve("cut" + cut + ".csv"), bytes);
      assertEquals(StandardCharsets.UTF_8, encoding(file), "character cut after byte " + cut);
    }
    // a big file is checked in parts at once: a character cut by the middle must not count either
    byte[] big = new byte[32 * block];
    Arrays.fill(big, (byte) 'a');
    for (int cut = 1; cut < letter.length; cut++) {
      System.arraycopy(letter, 0, big, big.length / 2 - cut, letter.length);
      Path file = Files.write(dir.resolve("big" + cut + ".csv"), big);
      assertEquals(StandardCharsets.UTF_8, encoding(file), "big file, character cut after byte " + cut);
      Arrays.fill(big, big.length / 2 - cut, big.length / 2 - cut + letter.length, (byte) 'a');
    }
    big[big.length / 2] = (byte) 0x80; // a lone continuation byte right where the parts meet
    assertEquals(TextEncoding.WINDOWS_1258, encoding(Files.write(dir.resolve("bigbad.csv"), big)));
    byte[] late = new byte[3 * block];
    Arrays.fill(late, (byte) 'a');
    late[late.length - 2] = (byte) 0xEA; // "ê" in Windows-1258, never valid UTF-8 before 'a'
    assertEquals(TextEncoding.WINDOWS_1258, encoding(Files.write(dir.resolve("late.csv"), late)));
    byte[] truncated = Arrays.copyOf(letter, 2);
    assertEquals(TextEncoding.WINDOWS_1258,
        encoding(Files.write(dir.resolve("truncated.csv"), truncated)),
        "a file ending inside a character is not UTF-8");
  }

  @Test
  void windows1258SemicolonAndHeadersWithoutDiacriticsInAnotherOrder() {
    LandingFile file = sniff("c_cp1258.csv");
    assertEquals("windows-1258", file.charset());
    assertEquals(';', file.separator());
    assertEquals(
        List.of("version", "criterion_id", "score", "submission_id", "period", "unit_name", "assessor",
            "submitted_at", "unit_code", "evidence"),
        file.headerColumns());
    assertEquals(List.of(), file.drift());
  }

  @Test
  void aMissingRequiredColumnRejectsTheFileAndAnExtraOneIsDrift() {
    assertEquals("missing required column(s): Điểm (score)", sniff("d_missing.csv").rejected());
    LandingFile drift = sniff("e_drift.csv");
    assertNull(drift.rejected());
    assertEquals(List.of("unknown column 'Ghi chú'"), drift.drift());
    assertNull(drift.headerColumns().get(10));
  }

  @Test
  void jsonLinesGetTheirEncodingDetectedToo() {
    LandingFile file = sniff("a_scores.jsonl");
    assertEquals("jsonl", file.format());
    assertEquals("UTF-8", file.charset());
  }

  @Test
  void theSeparatorIsWhatTheHeaderLineUsesMost() {
    assertEquals(';', HeaderSniffer.separator("Mã phiếu;Điểm;Ghi chú, nếu có"));
    assertEquals(',', HeaderSniffer.separator("Mã phiếu,Điểm,Ngày nộp"));
  }

  @Test
  void rawRecordsCarryTheLineWhereEachRecordStarts() {
    LandingFile file = sniff("b_bom_crlf.csv");
    List<Long> lines = new java.util.ArrayList<>();
    int line = RawRow.schema(SUBMISSIONS).fieldIndex(RawRow.SOURCE_LINE);
    RawRecords.rows(file, IngestFixtures.HADOOP, SUBMISSIONS, IngestFixtures.PSEUDONYMIZER)
        .forEachRemaining(row -> lines.add(row.getLong(line)));
    // the record of line 2 spans lines 2 and 3 (a quoted CRLF in Minh chứng)
    assertEquals(Arrays.asList(2L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), lines);
  }
}
