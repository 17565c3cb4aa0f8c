package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.spark.Sparks;
import vn.phuly.thanthien.testing.QueryRows;

/** The exit codes of DESIGN §7 through the real command line: 2 bad usage or input, 3 a quality gate. */
class ExitCodesTest {
  @TempDir Path work;

  @BeforeAll
  static void spark() {
    Sparks.session("local[2]");
  }

  @Test
  void ingestWithoutTheKeyIsBadInputNamingTheVariable() throws Exception {
    Files.createDirectories(work.resolve("landing"));
    CliProcess.Result result = CliProcess.run(work.resolve("ingest.log"), false,
        "ingest", "--landing", work.resolve("landing").toString(), "--lake", work.resolve("lake").toString());
    assertEquals(Main.BAD_INPUT, result.exitCode(), result.output());
    assertTrue(result.output().contains("Thiếu khóa bút danh: biến môi trường " + PiiKey.ENV + " chưa được đặt"),
        result.output());
  }

  @Test
  void ingestOfAMissingLandingIsBadInputNamingTheFolder() {
    Path missing = work.resolve("nonexistent");
    CliFixtures.Outcome outcome = CliFixtures.run("ingest", "--landing", missing.toString(), "--lake", work.resolve("lake").toString());
    assertEquals(Main.BAD_INPUT, outcome.exitCode());
    assertTrue(outcome.err().contains(missing.toString()), outcome.err());
  }

  @Test
  void aBuildFromALakeNotOnTheLocalDiskIsBadInputPointingAtTheSync() {
    CliFixtures.Outcome outcome = CliFixtures.run("build", "--lake", "s3a://bucket/lake",
        "--warehouse", work.resolve("wh/thanthien.duckdb").toString());
    assertEquals(Main.BAD_INPUT, outcome.exitCode());
    assertTrue(outcome.err().contains("s3a://bucket/lake"), outcome.err());
    assertTrue(outcome.err().contains("sync the committed files to local disk first (docs/cluster.md)"), outcome.err());
  }

  @Test
  void aLandingOfMostlyBadRowsFailsTheQualityGate() throws Exception {
    // the test profile's gate is 90 %: all three rows have an impossible date
    Files.createDirectories(work.resolve("landing/feedback/2024-03-05"));
    Files.writeString(work.resolve("landing/feedback/2024-03-05/export.csv"),
        PersonalDataEverywhereTest.FEEDBACK_HEADER
            + "PA-1,31/02/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n"
            + "PA-2,32/01/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n"
            + "PA-3,00/01/2024 10:00,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,,Góp ý,,,Đã tiếp nhận,\n",
        StandardCharsets.UTF_8);
    CliFixtures.Outcome outcome = CliFixtures.run("ingest", "--landing", work.resolve("landing").toString(), "--lake", work.resolve("lake").toString(),
        "--reference", CliFixtures.resource("profiles/ingest").toString());
    assertEquals(Main.QUALITY_GATE, outcome.exitCode());
    assertTrue(outcome.err().contains("feedback: 3/3 dòng bị cách ly (100.0%), vượt ngưỡng 90.0%"), outcome.err());
  }

  @Test
  void aBuildWithAFailingErrorAuditExitsThreeAndKeepsThePublishedWarehouse() throws Exception {
    Path lake = work.resolve("lake");
    Path warehouse = work.resolve("warehouse/thanthien.duckdb");
    // f_later.jsonl: Lê Hồng Phong's self-scores TC2 19.5 and TC1 14.5, valid under the test profile (20 and 15 points)
    assertEquals(Main.OK, CliFixtures.run("ingest", "--landing", CliFixtures.resource("landing").toString(), "--lake", lake.toString(),
        "--source", "submissions", "--date", "2024-01-20", "--reference", CliFixtures.resource("profiles/ingest").toString()).exitCode());
    assertEquals(Main.OK, CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(),
        "--reference", CliFixtures.resource("profiles/ingest").toString()).exitCode());
    byte[] published = Files.readAllBytes(warehouse);

    // the same lake under a catalogue where TC2 is worth 10 points: a score of 19.5 breaks assert_score_within_max
    Path shrunk = work.resolve("profile-tc2-10");
    Files.createDirectories(shrunk);
    try (Stream<Path> files = Files.list(CliFixtures.resource("profiles/ingest"))) {
      for (Path file : files.toList()) {
        Files.copy(file, shrunk.resolve(file.getFileName()));
      }
    }
    Path criteria = shrunk.resolve("criteria.csv");
    Files.writeString(criteria, Files.readString(criteria).replace("Văn hóa công sở,20,SELF", "Văn hóa công sở,10,SELF"));
    CliFixtures.Outcome failed = CliFixtures.run("build", "--lake", lake.toString(), "--warehouse", warehouse.toString(), "--reference", shrunk.toString());

    assertEquals(Main.QUALITY_GATE, failed.exitCode(), failed.err());
    assertTrue(failed.err().contains("assert_score_within_max"), failed.err());
    assertTrue(failed.err().contains("kho dữ liệu cũ được giữ nguyên"), failed.err());
    assertEquals(-1, Arrays.mismatch(published, Files.readAllBytes(warehouse)), "the published file is unchanged");
    assertEquals(List.of("t-le-hong-phong|34.000000|35.000000"),
        QueryRows.readOnly(warehouse, "select unit_id, score_points, max_points from mart_ranking where unit_id = 't-le-hong-phong' and period = '2023'"));
  }

  @Test
  void dateAndThroughTogetherAreBadUsage() {
    CliFixtures.Outcome outcome = CliFixtures.run("ingest", "--landing", CliFixtures.resource("landing").toString(),
        "--lake", work.resolve("lake").toString(), "--date", "2024-01-10", "--through", "2024-01-20");
    assertEquals(Main.BAD_INPUT, outcome.exitCode(), outcome.err());
    assertTrue(outcome.err().contains("--date and --through"), outcome.err());
  }

  @Test
  void anUnknownOptionOrAMissingRequiredOneIsBadUsage() {
    CliFixtures.Outcome unknown = CliFixtures.run("ingest", "--landing", "x", "--lake", "y", "--no-such-option");
    assertEquals(Main.BAD_INPUT, unknown.exitCode());
    assertTrue(unknown.err().contains("--no-such-option"), unknown.err());
    CliFixtures.Outcome missing = CliFixtures.run("build", "--lake", work.toString());
    assertEquals(Main.BAD_INPUT, missing.exitCode());
    assertTrue(missing.err().contains("--warehouse"), missing.err());
  }
}
