package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;

/** Cutting a CSV file into ranges at record boundaries keeps every record and its line number. */
class CsvSplitterTest {
  static final DatasetContract SUBMISSIONS = HeaderSnifferTest.SUBMISSIONS;
  static final String HEADER =
      "submission_id,period,unit_code,unit_name,assessor,criterion_id,score,evidence,submitted_at,version";

  static final StructType RAW = RawRow.schema(SUBMISSIONS);

  @TempDir Path landing;

  /** BOM, CRLF, quoted fields spanning lines, an escaped quote and an empty line. */
  static final String EXPORT =
      "\uFEFF" + HEADER + "\r\n"                                                   // line 1
          + "S-1,2023,13303,A,Tự chấm,TC1,1,\"dòng một\r\ndòng hai\",05/12/2023,1\r\n" // lines 2-3
          + "S-2,2023,13303,B,Tự chấm,TC1,2,\"có \"\"ngoặc\"\"\",05/12/2023,1\r\n"    // line 4
          + "\r\n"                                                                   // line 5
          + "S-3,2023,13303,C,Tự chấm,TC1,3,\"a\r\nb\r\n\"\"c\"\"\",05/12/2023,1\r\n"  // lines 6-8
          + "S-4,2023,13303,D,Tự chấm,TC1,4,,05/12/2023,1\r\n";                      // line 9

  LandingFile landed(String name, String content) throws IOException {
    Path file = landing.resolve("submissions/2024-01-10/" + name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return HeaderSniffer.sniff(Locations.of(landing), IngestFixtures.HADOOP, Locations.of(file), HeaderSnifferTest.DAY,
        SUBMISSIONS);
  }

  /** "id@line evidence" of every raw row of the given ranges, in order. */
  static List<String> records(List<FileSplit> splits) {
    List<String> records = new ArrayList<>();
    for (FileSplit split : splits) {
      RawRecords.rows(split, IngestFixtures.HADOOP, SUBMISSIONS, IngestFixtures.PSEUDONYMIZER, RecordLimits.DEFAULT)
          .forEachRemaining(row -> records.add(describe(row)));
    }
    return records;
  }

  static String describe(Row row) {
    return row.get(RAW.fieldIndex("submission_id")) + "@" + row.getLong(RAW.fieldIndex(RawRow.SOURCE_LINE)) + " "
        + row.get(RAW.fieldIndex("evidence"));
  }

  static final List<String> EXPECTED =
      List.of("S-1@2 dòng một dòng hai", "S-2@4 có \"ngoặc\"", "S-3@6 a b \"c\"", "S-4@9 null");

  @Test
  void theWholeFileParsesAsExpected() throws IOException {
    LandingFile file = landed("export.csv", EXPORT);
    assertEquals(EXPECTED, records(List.of(FileSplit.whole(file))));
  }

  @Test
  void aRangeEndsAfterEveryRecordOnceTheTargetIsPassedAndRecordsKeepTheirLines() throws IOException {
    LandingFile file = landed("export.csv", EXPORT);
    List<FileSplit> splits = CsvSplitter.split(file, IngestFixtures.HADOOP, 1);
    // header, S-1, S-2, the empty line, S-3, S-4: one range each
    assertEquals(List.of(0L, 1L, 3L, 4L, 5L, 8L), splits.stream().map(FileSplit::linesBefore).toList());
    assertEquals(EXPECTED, records(splits));
  }

  @Test
  void aRangeGoesOnToTheNextRecordBoundaryPastTheTarget() throws IOException {
    LandingFile file = landed("export.csv", EXPORT);
    // 3 bytes of BOM + 98 of header + CRLF = 103: the first range ends after the header, the
    // second once past 102 more bytes: after S-1 (74 bytes, over two lines) and S-2 (67 bytes)
    List<FileSplit> splits = CsvSplitter.split(file, IngestFixtures.HADOOP, 102);
    assertEquals(103L, splits.get(0).end());
    assertEquals(103L + 74 + 67, splits.get(1).end());
    assertEquals(EXPECTED, records(splits));
  }

  @Test
  void aStrayQuoteKeepsTheFileWhole() throws IOException {
    LandingFile file =
        landed("stray.csv", HEADER + "\nS-1,2023,13303,A,Tự chấm,TC1,1,ab\"c,05/12/2023,1\nS-2,2023,,,,,,,,\n");
    assertEquals(List.of(FileSplit.whole(file)), CsvSplitter.split(file, IngestFixtures.HADOOP, 1));
  }

  @Test
  void mixedLineEndingsKeepTheFileWhole() throws IOException {
    LandingFile file = landed("mixed.csv", HEADER + "\r\nS-1,2023,13303,A,Tự chấm,TC1,1,,05/12/2023,1\nS-2\n");
    assertEquals(List.of(FileSplit.whole(file)), CsvSplitter.split(file, IngestFixtures.HADOOP, 1));
  }

  @Test
  void aFileNoBiggerThanTheTargetIsOneRange() throws IOException {
    LandingFile file = landed("export.csv", EXPORT);
    assertEquals(List.of(FileSplit.whole(file)), CsvSplitter.split(file, IngestFixtures.HADOOP, 10_000));
  }
}
