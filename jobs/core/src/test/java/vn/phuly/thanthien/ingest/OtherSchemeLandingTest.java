package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.fs.OtherSchemeFileSystem;
import vn.phuly.thanthien.testing.HostileFiles;

/**
 * The landing read through Hadoop's file system API alone: the hostile landing zone of {@link
 * HostileFiles#landing} under the {@code other:} scheme, which {@code java.nio} cannot open, is
 * listed, noticed, sniffed and read (whole and in ranges) exactly as the same folder given as a
 * local path.
 */
class OtherSchemeLandingTest {
  static final DatasetContract FEEDBACK = DatasetContract.forSource("feedback");
  static final DatasetContract SUBMISSIONS = CsvSplitterTest.SUBMISSIONS;
  static final LocalDate DAY = LocalDate.of(2024, 3, 1);

  @TempDir static java.nio.file.Path work;
  static Path local;
  static Path other;

  @BeforeAll
  static void land() {
    java.nio.file.Path landing = work.resolve("landing");
    HostileFiles.landing(landing, true);
    local = Locations.of(landing);
    other = OtherSchemeFileSystem.of(landing);
  }

  @Test
  void theDaysAndFilesAreListedByNameUnderAnotherScheme() {
    assertEquals(List.of(LocalDate.of(2020, 12, 31), DAY, LocalDate.of(2099, 1, 1)),
        Landing.days(other, IngestFixtures.HADOOP, "feedback"));
    List<Path> files = Landing.files(other, IngestFixtures.HADOOP, FEEDBACK, DAY);
    assertEquals(Stream.of("a_good", "b_random", "c_archive", "d_utf16", "e_utf16_nobom", "f_nul", "g_long",
            "h_truncated", "i_header_only", "j_empty", "k_zip").map(name -> HostileFiles.DAY + name + ".csv").toList(),
        files.stream().map(file -> Landing.relative(other, file)).toList());
    assertTrue(files.stream().allMatch(file -> OtherSchemeFileSystem.SCHEME.equals(file.toUri().getScheme())), files::toString);
    assertEquals(Landing.files(local, IngestFixtures.HADOOP, FEEDBACK, DAY).stream().map(file -> Landing.relative(local, file)).toList(),
        files.stream().map(file -> Landing.relative(other, file)).toList());
    assertEquals(List.of(), Landing.days(other, IngestFixtures.HADOOP, "inspections"), "a source without a folder has no days");
  }

  @Test
  void whatIsNotReadIsNoticedAsForALocalLanding() {
    List<String> expected = List.of(
        "SKIPPED readme.txt: a file outside every source folder",
        "SKIPPED tmp: not a source: the folders under landing are submissions, inspections, feedback",
        "SKIPPED feedback/2024-1-5: not a landing day: a landing day's folder is named YYYY-MM-DD",
        "SKIPPED feedback/stray.csv: a file outside every landing day folder",
        "SKIPPED feedback/2024-03-01/export.jsonl: feedback reads .csv files, not .jsonl",
        "SKIPPED feedback/2024-03-01/notes.txt: feedback reads .csv files, not .txt",
        "SKIPPED feedback/2024-03-01/sub: a folder inside a landing day: only the day's own files are read",
        "WARNING feedback/2099-01-01: a landing day in the future (today is 2024-03-10): read all the same");
    assertEquals(expected, notices(other));
    assertEquals(expected, notices(local));
  }

  @Test
  void sniffingAndReadingGiveWhatTheLocalPathGives() {
    List<LandingFile> sniffed = new ArrayList<>();
    for (DatasetContract contract : List.of(FEEDBACK, SUBMISSIONS)) {
      for (LocalDate day : Landing.days(local, IngestFixtures.HADOOP, contract.source())) {
        for (Path file : Landing.files(other, IngestFixtures.HADOOP, contract, day)) {
          LandingFile there = HeaderSniffer.sniff(other, IngestFixtures.HADOOP, file, day, contract);
          LandingFile here = HeaderSniffer.sniff(local, IngestFixtures.HADOOP, localOf(file), day, contract);
          assertEquals(here, relocated(there, here.location()));
          assertEquals(rows(here, contract), rows(there, contract), there.file());
          sniffed.add(there);
        }
      }
    }
    assertEquals(15, sniffed.size());
    LandingFile utf16 = sniffed.stream().filter(f -> f.file().endsWith("d_utf16.csv")).findFirst().orElseThrow();
    assertEquals("UTF-16", utf16.charset());
    URI location = URI.create(utf16.location());
    assertEquals(OtherSchemeFileSystem.SCHEME, location.getScheme());
    assertEquals(work.resolve("landing/feedback/2024-03-01/d_utf16.csv").toAbsolutePath().toString(), location.getPath());
    assertThrows(FileSystemNotFoundException.class, () -> java.nio.file.Path.of(location),
        "java.nio cannot open what the executors open");
    assertEquals(List.of("2 ok", "3 ok"),
        rows(sniffed.stream().filter(f -> f.file().endsWith("a_good.csv")).findFirst().orElseThrow(), FEEDBACK).stream()
            .map(row -> row.substring(0, "2 ok".length())).toList());
    assertEquals("not text in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1258: a zip archive (unpack it before it lands)",
        sniffed.stream().filter(f -> f.file().endsWith("k_zip.csv")).findFirst().orElseThrow().rejected());
  }

  @Test
  void rangesAreReadBySeekingAndKeepTheirLines() throws Exception {
    java.nio.file.Path file = work.resolve("ranges/submissions/2024-01-10/export.csv");
    Files.createDirectories(file.getParent());
    Files.writeString(file, CsvSplitterTest.EXPORT, StandardCharsets.UTF_8);
    Path root = OtherSchemeFileSystem.of(work.resolve("ranges"));
    LandingFile landed = HeaderSniffer.sniff(root, IngestFixtures.HADOOP, OtherSchemeFileSystem.of(file),
        HeaderSnifferTest.DAY, SUBMISSIONS);
    assertEquals("submissions/2024-01-10/export.csv", landed.file());
    List<FileSplit> splits = CsvSplitter.split(landed, IngestFixtures.HADOOP, 102);
    assertEquals(List.of(0L, 103L, 103L + 74 + 67), splits.stream().map(FileSplit::start).toList());
    assertEquals(CsvSplitterTest.EXPECTED, CsvSplitterTest.records(splits));
    assertEquals(CsvSplitterTest.EXPECTED, CsvSplitterTest.records(CsvSplitter.split(landed, IngestFixtures.HADOOP, 1)));
  }

  /** The notices of an ingest of feedback's 2024-03-01 and 2099-01-01 on 2024-03-10, as "KIND path: reason". */
  static List<String> notices(Path root) {
    List<LandingNotice> notices = new ArrayList<>();
    notices.addAll(Landing.outsideSources(root, IngestFixtures.HADOOP, IngestRequest.ALL_SOURCES));
    notices.addAll(Landing.outsideDays(root, IngestFixtures.HADOOP, "feedback"));
    notices.addAll(Landing.unread(root, IngestFixtures.HADOOP, FEEDBACK, DAY));
    Landing.dateWarning(root, "feedback", DAY, LocalDate.of(2024, 3, 10), LocalDate.of(2021, 1, 1)).ifPresent(notices::add);
    Landing.dateWarning(root, "feedback", LocalDate.of(2099, 1, 1), LocalDate.of(2024, 3, 10), LocalDate.of(2021, 1, 1))
        .ifPresent(notices::add);
    return notices.stream().map(n -> n.kind() + " " + n.path() + ": " + n.reason()).toList();
  }

  /** The raw rows of a whole file as strings ("line code id …", {@link HostileFilesTest#describe} with the rest of the row). */
  static List<String> rows(LandingFile file, DatasetContract contract) {
    List<String> rows = new ArrayList<>();
    int line = RawRow.schema(contract).fieldIndex(RawRow.SOURCE_LINE);
    int code = RawRow.schema(contract).fieldIndex(RawRow.PROBLEM_CODE);
    RawRecords.rows(file, IngestFixtures.HADOOP, contract, IngestFixtures.PSEUDONYMIZER).forEachRemaining(
        (Row row) -> rows.add(row.getLong(line) + " " + (row.isNullAt(code) ? "ok" : row.getString(code)) + " " + row));
    return rows;
  }

  private static Path localOf(Path file) {
    return new Path(local, Landing.relative(other, file));
  }

  private static LandingFile relocated(LandingFile file, String location) {
    return new LandingFile(file.source(), file.file(), location, file.landingDate(), file.format(), file.charset(),
        file.separator(), file.headerColumns(), file.drift(), file.rejectedCode(), file.rejected(), file.rejectedVi());
  }
}
