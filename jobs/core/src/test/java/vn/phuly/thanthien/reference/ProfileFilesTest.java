package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN §2: a profile needs only units.csv, criteria.csv and bands.csv; every other file is
 * optional with its documented default; '#' comment lines on top and a free-text note column are
 * allowed anywhere; a missing column, an unknown threshold or a value that does not parse is an
 * error naming the file and the line.
 */
class ProfileFilesTest {
  static final String UNITS =
      """
      # a profile of three files; comments on top
      # second comment line
      unit_id,unit_code,name,unit_type,parent_id,valid_from,valid_to,population,note
      w1,1,Phường Một,PHUONG,,2021-01-01,,1000,"a note, with a comma"
      o1,PNV,Phòng Nội vụ,PHONG_BAN,,2021-01-01,2025-06-30,,
      """;
  static final String CRITERIA =
      """
      catalogue_id,valid_from,valid_to,unit_type,criterion_id,group_id,group_name,name,max_points,assessor_source,note
      C,2021-01-01,,PHUONG,TC1,G,Nhóm,Tiêu chí 1,60,SELF,
      C,2021-01-01,,PHUONG,TC2,G,Nhóm,Tiêu chí 2,40,SURVEY,scored by survey only
      """;
  static final String BANDS = "# bands\ncatalogue_id,band,min_pct\nC,Đạt,50\nC,Chưa đạt,0\n";

  @TempDir Path dir;

  private Path profile(Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private Path threeFiles() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("units.csv", UNITS);
    files.put("criteria.csv", CRITERIA);
    files.put("bands.csv", BANDS);
    return profile(files);
  }

  private Path threeFilesAnd(String file, String text) throws IOException {
    threeFiles();
    Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    return dir;
  }

  private String refused(Path profile) {
    return assertThrows(ProfileException.class, () -> Profile.load(profile)).getMessage();
  }

  private static void assertNames(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "'" + part + "' not in: " + message);
    }
  }

  @Test
  void threeFilesAreAProfileAndTheOthersTakeTheirDefaults() throws IOException {
    Profile p = Profile.load(threeFiles());

    assertEquals(List.of("w1", "o1"), p.units().stream().map(Unit::unitId).toList());
    assertEquals("a note, with a comma", p.units().get(0).note());
    assertEquals(2, p.criteria().size());
    assertEquals(2, p.bands().size());
    assertEquals(List.of(), p.aliases());
    assertEquals(List.of(), p.lineage());
    assertEquals(List.of(), p.emulation());
    Map<String, Double> defaults = new LinkedHashMap<>();
    defaults.put("quarantine_rate_max", 0.05);
    defaults.put("watch_self_gap_pp", 10.0);
    defaults.put("watch_satisfaction_drop_pp", 10.0);
    defaults.put("watch_harassment_findings", 1.0);
    defaults.put("watch_overdue_measures", 2.0);
    defaults.put("watch_min_responses", 20.0);
    defaults.put("stale_source_days", 7.0);
    defaults.put("max_record_bytes", 1048576.0);
    assertEquals(defaults, p.thresholds());
    assertEquals(0.05, p.threshold("quarantine_rate_max"));
  }

  @Test
  void aThresholdsFileSetsSomeKeysAndTheRestKeepTheirDefaults() throws IOException {
    Profile p =
        Profile.load(threeFilesAnd("thresholds.csv",
            "# only two\nkey,value,description,note\nquarantine_rate_max,0.1,,\nwatch_min_responses,5,fewer answers,\n"));

    assertEquals(0.1, p.threshold("quarantine_rate_max"));
    assertEquals(5.0, p.threshold("watch_min_responses"));
    assertEquals(10.0, p.threshold("watch_self_gap_pp"));
    assertEquals(7.0, p.threshold("stale_source_days"));
  }

  @Test
  void theOptionalFilesOfDesignSectionTwoAreRead() throws IOException {
    threeFilesAnd("unit_aliases.csv", "unit_id,alias\nw1,P. Một\n");
    Files.writeString(dir.resolve("report.csv"), "key,value\nissuer,UBND thành phố\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("contacts.csv"), "unit_id,email,note\nw1,mot@example.org,\n", StandardCharsets.UTF_8);

    Profile p = Profile.load(dir);

    assertEquals(List.of(new UnitAlias("w1", "P. Một")), p.aliases());
  }

  @Test
  void aMissingRequiredFileIsNamed() throws IOException {
    threeFiles();
    Files.delete(dir.resolve("bands.csv"));

    assertNames(refused(dir), "bands.csv");
  }

  @Test
  void aFileLackingARequiredColumnNamesTheFileAndItsHeaderLine() throws IOException {
    threeFiles();
    Files.writeString(dir.resolve("criteria.csv"), "# no max_points\n" + CRITERIA.replace(",max_points", "")
        .replace(",60,", ",").replace(",40,", ","), StandardCharsets.UTF_8);

    assertNames(refused(dir), "criteria.csv", "dòng 2", "max_points");
  }

  @Test
  void anUnknownThresholdKeyNamesTheFileAndTheLine() throws IOException {
    String message =
        refused(threeFilesAnd("thresholds.csv", "key,value\nquarantine_rate_max,0.1\nwatch_selfgap_pp,10\n"));

    assertNames(message, "thresholds.csv", "dòng 3", "watch_selfgap_pp");
  }

  @Test
  void aThresholdValueThatDoesNotParseOrIsOutOfRangeNamesTheLine() throws IOException {
    assertNames(refused(threeFilesAnd("thresholds.csv", "key,value\nwatch_self_gap_pp,mười\n")),
        "thresholds.csv", "dòng 2", "watch_self_gap_pp", "mười");
    assertNames(refused(threeFilesAnd("thresholds.csv", "key,value\nquarantine_rate_max,1.5\n")),
        "thresholds.csv", "dòng 2", "quarantine_rate_max", "1.5");
    assertNames(refused(threeFilesAnd("thresholds.csv", "key,value\nwatch_min_responses,2.5\n")),
        "thresholds.csv", "dòng 2", "watch_min_responses", "2.5");
  }

  @Test
  void aDateThatDoesNotParseNamesTheFileTheLineAndTheColumn() throws IOException {
    threeFiles();
    Files.writeString(dir.resolve("units.csv"), UNITS.replace("2021-01-01,,1000", "2021-13-01,,1000"),
        StandardCharsets.UTF_8);

    assertNames(refused(dir), "units.csv", "dòng 4", "valid_from", "2021-13-01");
  }

  @Test
  void aNumberThatDoesNotParseNamesTheFileTheLineAndTheColumn() throws IOException {
    threeFiles();
    Files.writeString(dir.resolve("criteria.csv"), CRITERIA.replace(",40,", ",bốn mươi,"), StandardCharsets.UTF_8);

    assertNames(refused(dir), "criteria.csv", "dòng 3", "max_points", "bốn mươi");
  }

  @Test
  void anEmptyShareOfALineageStepIsAnError() throws IOException {
    assertNames(
        refused(threeFilesAnd("unit_lineage.csv",
            "from_unit_id,to_unit_id,effective_date,share\nw1,o1,2025-01-01,\n")),
        "unit_lineage.csv", "dòng 2", "share");
  }

  @Test
  void aCommentLineBelowTheHeaderIsAnError() throws IOException {
    threeFiles();
    Files.writeString(dir.resolve("bands.csv"), BANDS + "# a late comment\nC,Giỏi,80\n", StandardCharsets.UTF_8);

    assertNames(refused(dir), "bands.csv", "dòng 5", "#");
  }
}
