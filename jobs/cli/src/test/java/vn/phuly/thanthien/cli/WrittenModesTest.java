package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: everything {@code ingest} and {@code build} write — lake folders, curated and
 * quarantine Parquet, ledgers, manifests, the key's fingerprint, locks, the published warehouse,
 * its history and the exported marts — is 0640 (files) or 0750 (folders), even when the caller's
 * umask would let anyone read it (both run as child processes under {@code umask 000}); and below a
 * setgid folder of the analysts' group (docs/runbook.md) every file and folder has that group, every
 * folder the setgid bit.
 */
class WrittenModesTest {
  @TempDir Path work;

  @Test
  void everythingIngestAndBuildWriteIsOwnerAndGroupOnly() throws Exception {
    Path landing = work.resolve("landing");
    Path day = Files.createDirectories(landing.resolve("submissions/2024-01-10"));
    Files.writeString(day.resolve("scores.jsonl"),
        "{\"submission_id\":\"S-1\",\"period\":\"2023\",\"unit_code\":\"13291\",\"assessor\":\"SELF\",\"version\":1,"
            + "\"submitted_at\":\"2023-12-05T09:30:00+07:00\",\"scores\":[{\"criterion_id\":\"TC1\",\"score\":4}]}\n"
            + "{\"submission_id\":\"S-2\",\"period\":\"2023\",\"unit_name\":\"Phường Không Có\",\"assessor\":\"SELF\",\"version\":1,"
            + "\"submitted_at\":\"2023-12-05T09:30:00+07:00\",\"scores\":[{\"criterion_id\":\"TC1\",\"score\":4}]}\n",
        StandardCharsets.UTF_8);
    // the runbook's recipe: the output folder belongs to the analysts' group and is setgid
    Path out = Files.createDirectory(work.resolve("out"));
    String group = analystsGroup(out);
    Files.setAttribute(out, "unix:mode", 02750);
    Path lake = out.resolve("lake");
    Path warehouse = out.resolve("warehouse/thanthien.duckdb");

    CliProcess.Result ingest = CliProcess.runUnderUmask(work.resolve("ingest.log"), "000",
        "ingest", "--landing", landing.toString(), "--lake", lake.toString(), "--master", "local[1]");
    assertEquals(Main.QUALITY_GATE, ingest.exitCode(), "one of two rows is quarantined: " + ingest.output());
    for (int n = 1; n <= 2; n++) {
      CliProcess.Result build = CliProcess.runUnderUmask(work.resolve("build-" + n + ".log"), "000",
          "build", "--lake", lake.toString(), "--warehouse", warehouse.toString());
      assertEquals(Main.OK, build.exitCode(), build.output());
    }

    List<String> written = modes(out);
    List<String> wrong = written.stream()
        .filter(line -> !(line.startsWith("2750 " + group + " dir ") || line.startsWith("640 " + group + " file ")))
        .toList();
    assertEquals(List.of(), wrong, "all written: " + written);
    for (String expected : List.of("file lake/_key.json", "file lake/_writer.lock", "dir lake/quarantine/submissions",
        "dir lake/_ledger/submissions", "dir lake/_runs", "dir lake/marts/mart_ranking", "file lake/marts/mart_ranking/data.parquet",
        "file warehouse/thanthien.duckdb", "dir warehouse/.history")) {
      assertTrue(written.stream().anyMatch(line -> line.endsWith(expected)), expected + " in " + written);
    }
    assertTrue(written.stream().anyMatch(line -> line.matches("640 " + group + " file lake/curated/submission_score/year=2023/.*\\.parquet")), written.toString());
    assertTrue(written.stream().anyMatch(line -> line.matches("640 " + group + " file lake/quarantine/submissions/landing=2024-01-10/.*\\.parquet")), written.toString());
    assertTrue(written.stream().anyMatch(line -> line.matches("640 " + group + " file warehouse/\\.history/thanthien-.*\\.duckdb")), written.toString());
  }

  /**
   * A group other than the test's own when it may give one (as root), so that inheriting it is seen;
   * else its own group (the setgid bits are checked all the same).
   */
  private static String analystsGroup(Path folder) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
    for (String name : List.of("daemon", "nogroup", "users")) {
      try {
        view.setGroup(folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(name));
        break;
      } catch (IOException e) {
        // no such group, or not allowed: try the next, else keep the own group
      }
    }
    return view.readAttributes().group().getName();
  }

  /** "mode group kind path" (mode in octal, with the setgid bit) for every folder and file under {@code root}, sorted. */
  private static List<String> modes(Path root) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        int mode = (Integer) Files.getAttribute(path, "unix:mode") & 07777;
        String group = Files.readAttributes(path, PosixFileAttributes.class).group().getName();
        lines.add(Integer.toOctalString(mode) + " " + group + (Files.isDirectory(path) ? " dir " : " file ")
            + (path.equals(root) ? "." : root.relativize(path)));
      }
    }
    lines.sort(null);
    return lines;
  }
}
