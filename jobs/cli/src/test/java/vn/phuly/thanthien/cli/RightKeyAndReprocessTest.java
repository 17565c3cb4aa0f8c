package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LedgerEntry;
import vn.phuly.thanthien.lake.RunManifest;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.spark.Sparks;

/**
 * Issue 11 item 6: the lake records its key's fingerprint and refuses another key before writing
 * anything; {@code ingest --reprocess} redoes the days judged under another profile, so a row
 * quarantined as UNKNOWN_UNIT is accepted once its alias is added, exactly once.
 */
class RightKeyAndReprocessTest {
  private static final LocalDate DAY1 = LocalDate.of(2024, 1, 10);
  private static final LocalDate DAY2 = LocalDate.of(2024, 1, 20);
  /** A unit name no unit of the profile has, nor any alias; the alias added below is for Lê Hồng Phong. */
  private static final String NEW_SPELLING = "UBND phường LHP";

  @TempDir static Path work;
  static Path profile;

  @BeforeAll
  static void profileCopy() throws IOException {
    Sparks.session("local[2]");
    profile = work.resolve("profile");
    Files.createDirectories(profile);
    try (Stream<Path> files = Files.list(Profile.shipped().directory())) {
      for (Path file : files.toList()) {
        Files.copy(file, profile.resolve(file.getFileName().toString()));
      }
    }
  }

  @Test
  void aRunUnderAnotherKeyIsRefusedAndWritesNothing() throws Exception {
    Path landing = landing("key");
    Path lake = work.resolve("key/lake");
    assertEquals(Main.OK, ingest(landing, lake, "--through", DAY1.toString()).exitCode());
    String keyFile = Files.readString(lake.resolve("_key.json"));
    assertTrue(keyFile.matches("(?s).*\"fingerprint\" : \"[0-9a-f]{64}\".*"), keyFile);
    assertFalse(keyFile.contains(CliProcess.key()), "the fingerprint file never holds the key");
    Map<String, String> before = tree(lake);

    CliProcess.Result wrong = CliProcess.runWithKey(work.resolve("key/wrong.log"), "another key of at least sixteen bytes",
        "ingest", "--landing", landing.toString(), "--lake", lake.toString(), "--reference", profile.toString());

    assertEquals(Main.BAD_INPUT, wrong.exitCode(), wrong.output());
    assertTrue(wrong.output().contains("Khóa bút danh (THANTHIEN_PII_KEY) không khớp với khóa đã dùng cho hồ dữ liệu"), wrong.output());
    assertTrue(wrong.output().contains("đặt lại đúng khóa") && wrong.output().contains("hồ dữ liệu mới"), wrong.output());
    assertFalse(wrong.output().contains("\tat "), "no stack trace: " + wrong.output());
    assertEquals(before, tree(lake), "nothing written, not even a lock file");

    CliProcess.Result right = CliProcess.run(work.resolve("key/right.log"), true,
        "ingest", "--landing", landing.toString(), "--lake", lake.toString(), "--reference", profile.toString());
    assertEquals(Main.QUALITY_GATE, right.exitCode(), "day 2's unknown unit is over the gate: " + right.output());
    assertEquals(Set.of(DAY1, DAY2), new Lake(lake).ingestedDays("submissions"));
  }

  @Test
  void reprocessAcceptsARowOnceItsAliasIsAddedAndThenChangesNothing() throws Exception {
    Path landing = landing("reprocess");
    Path lake = work.resolve("reprocess/lake");
    Path reference = work.resolve("reprocess/profile");
    copy(profile, reference);
    // 3: one of the three rows is quarantined, over the gate; committed all the same
    assertEquals(Main.QUALITY_GATE, ingest(landing, lake, reference).exitCode());
    assertEquals(List.of(DAY2 + "|UNKNOWN_UNIT"), quarantined(lake));
    assertEquals(List.of("S-KNOWN|TC1", "S-KNOWN|TC2"), accepted(lake));
    LedgerEntry day1 = new Lake(lake).entry("submissions", DAY1).orElseThrow();
    LedgerEntry day2 = new Lake(lake).entry("submissions", DAY2).orElseThrow();

    // nothing changed in the profile: --reprocess has nothing to redo
    CliFixtures.Outcome unchanged = ingest(landing, lake, reference, "--reprocess");
    assertEquals(Main.OK, unchanged.exitCode(), unchanged.err());
    assertEquals(day1, new Lake(lake).entry("submissions", DAY1).orElseThrow());

    Files.writeString(reference.resolve("unit_aliases.csv"), "phuong-le-hong-phong," + NEW_SPELLING + "\n", StandardOpenOption.APPEND);
    CliFixtures.Outcome reprocessed = ingest(landing, lake, reference, "--reprocess");

    assertEquals(Main.OK, reprocessed.exitCode(), reprocessed.err());
    assertEquals(List.of(), quarantined(lake), "the row is no longer quarantined");
    assertEquals(List.of("S-KNOWN|TC1", "S-KNOWN|TC2", "S-NEW-SPELLING|TC1"), accepted(lake), "accepted once, the old outcome replaced");
    LedgerEntry redone = new Lake(lake).entry("submissions", DAY1).orElseThrow();
    assertNotEquals(day1.runId(), redone.runId());
    assertNotEquals(day1.profileHash(), redone.profileHash());
    assertNotEquals(day2.runId(), new Lake(lake).entry("submissions", DAY2).orElseThrow().runId(),
        "every day judged under the old profile is redone");
    // the run that redid the days (run ids of one second do not sort in start order: find it by id)
    RunManifest redoing = RunManifest.readAll(new Lake(lake)).stream()
        .filter(m -> m.runId().equals(redone.runId()))
        .findFirst()
        .orElseThrow();
    assertEquals(2, redoing.files().stream().filter(f -> f.source().equals("submissions")).count());
    redoing.files().forEach(f -> assertEquals(f.rowsRead(), f.rowsAccepted() + f.rowsQuarantined() + f.rowsSuperseded(), f.file()));
    assertEquals(3, redoing.files().stream().mapToLong(f -> f.rowsAccepted()).sum());

    CliFixtures.Outcome again = ingest(landing, lake, reference, "--reprocess");
    assertEquals(Main.OK, again.exitCode(), again.err());
    assertEquals(redone, new Lake(lake).entry("submissions", DAY1).orElseThrow(), "a second --reprocess changes nothing");
    assertEquals(List.of("S-KNOWN|TC1", "S-KNOWN|TC2", "S-NEW-SPELLING|TC1"), accepted(lake));
  }

  @Test
  void reprocessAndDateExcludeEachOther() throws Exception {
    CliFixtures.Outcome both = ingest(landing("both"), work.resolve("both/lake"), "--reprocess", "--date", DAY1.toString());
    assertEquals(Main.BAD_INPUT, both.exitCode(), both.err());
    assertTrue(both.err().contains("--date và --reprocess loại trừ nhau"), both.err());
  }

  /** Two landing days of submissions: a known unit's scores, and one score under a spelling no profile file knows. */
  private static Path landing(String name) throws IOException {
    Path landing = work.resolve(name).resolve("landing");
    write(landing.resolve("submissions/" + DAY1 + "/scores.jsonl"),
        "{\"submission_id\":\"S-KNOWN\",\"period\":\"2023\",\"unit_code\":\"13291\",\"unit_name\":\"UBND phường Lê Hồng Phong\","
            + "\"assessor\":\"SELF\",\"version\":1,\"submitted_at\":\"2023-12-05T09:30:00+07:00\","
            + "\"scores\":[{\"criterion_id\":\"TC1\",\"score\":4},{\"criterion_id\":\"TC2\",\"score\":3}]}\n");
    write(landing.resolve("submissions/" + DAY2 + "/scores.jsonl"),
        "{\"submission_id\":\"S-NEW-SPELLING\",\"period\":\"2023\",\"unit_name\":\"" + NEW_SPELLING + "\","
            + "\"assessor\":\"APPRAISAL\",\"version\":1,\"submitted_at\":\"2023-12-20T09:30:00+07:00\","
            + "\"scores\":[{\"criterion_id\":\"TC1\",\"score\":5}]}\n");
    return landing;
  }

  private static CliFixtures.Outcome ingest(Path landing, Path lake, String... more) {
    return ingest(landing, lake, profile, more);
  }

  private static CliFixtures.Outcome ingest(Path landing, Path lake, Path reference, String... more) {
    List<String> args = new ArrayList<>(List.of("ingest", "--landing", landing.toString(), "--lake", lake.toString(),
        "--reference", reference.toString(), "--source", "submissions"));
    args.addAll(List.of(more));
    return CliFixtures.run(args.toArray(String[]::new));
  }

  private static List<String> quarantined(Path lake) throws Exception {
    return LakeReads.query(LakeReads.local(new Lake(lake).committedQuarantine()),
        "select split_part(source_file, '/', 2) || '|' || reason_code");
  }

  private static List<String> accepted(Path lake) throws Exception {
    return LakeReads.query(LakeReads.local(new Lake(lake).committedFiles("submission_score")), "select submission_id || '|' || criterion_id");
  }

  /** Every file of the lake, relative path → size and modification time. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        tree.put(root.relativize(path).toString(),
            Files.isDirectory(path) ? "dir" : Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
      }
    }
    return tree;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()));
      }
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
