package vn.phuly.thanthien.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Resolution;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.text.Vietnamese;

class SampleGeneratorTest {
  private static final GeneratorOptions SMALL = new GeneratorOptions(7L, Scale.CITY, 2021, 2025, 800);
  private static final Path PROVINCES = testProfile("provinces");

  @TempDir static Path shared;
  private static Path out;
  private static Profile profile;
  private static PlantedManifest manifest;

  @BeforeAll
  static void generateOnce() {
    profile = Profile.shipped();
    out = shared.resolve("landing");
    manifest = SampleGenerator.generate(profile, out, SMALL);
  }

  @Test
  void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    Path again = dir.resolve("again");
    SampleGenerator.generate(profile, again, SMALL);
    Map<String, byte[]> first = contents(out);
    Map<String, byte[]> second = contents(again);
    assertEquals(first.keySet(), second.keySet());
    first.forEach((file, bytes) -> assertArrayEquals(bytes, second.get(file), file));

    Path other = dir.resolve("other");
    SampleGenerator.generate(profile, other, new GeneratorOptions(8L, Scale.CITY, 2021, 2025, 800));
    String feedback = "feedback/2023-06-30/phan_anh_2023_Q2.csv";
    assertFalse(java.util.Arrays.equals(first.get(feedback), contents(other).get(feedback)));
  }

  @Test
  void everyAssessedUnitHasSubmissionsInEveryYear() throws IOException {
    Map<String, Set<String>> unitsByPeriod = submittedUnits(out, profile, manifest);
    for (int year = 2021; year <= 2025; year++) {
      var end = java.time.LocalDate.of(year, 12, 31);
      Set<String> expected = new TreeSet<>();
      profile.unitsValidOn(end).stream()
          .filter(u -> !profile.criteriaFor(u.unitType(), end).isEmpty())
          .forEach(u -> expected.add(u.unitId()));
      assertEquals(expected, unitsByPeriod.get(Integer.toString(year)), "period " + year);
    }
    assertEquals(
        Set.of("phuong-phu-ly-2025", "phuong-phu-van-2025", "phuong-chau-son-2025",
            "phuong-ha-nam-2025", "phuong-liem-tuyen-2025"),
        unitsByPeriod.get("2025"));
    assertTrue(unitsByPeriod.get("2025-H1").containsAll(
        Set.of("phuong-chau-cau", "phuong-tan-hiep", "phuong-tan-liem", "phuong-le-hong-phong")));
    assertFalse(unitsByPeriod.get("2025-H1").contains("phuong-minh-khai"));
    assertTrue(unitsByPeriod.get("2021").contains("phuong-minh-khai"));
    // DESIGN §5: the offices closed on 28/2/2025 and those opened on 1/3/2025 belong to 2025-Q1 and
    // 2025-H1; the closed ones not to 2025-Q2
    for (String period : List.of("2025-Q1", "2025-H1")) {
      assertTrue(unitsByPeriod.get(period).containsAll(
          Set.of("pb-kinh-te", "pb-quan-ly-do-thi", "pb-noi-vu", "pb-kinh-te-ha-tang-do-thi")), period);
    }
    assertTrue(unitsByPeriod.get("2025-Q2").contains("pb-kinh-te-ha-tang-do-thi"));
    assertFalse(unitsByPeriod.get("2025-Q2").contains("pb-kinh-te"));
  }

  @Test
  void provincesProfileGetsTheSameShape(@TempDir Path dir) throws IOException {
    Profile provinces = Profile.load(PROVINCES);
    PlantedManifest m = SampleGenerator.generate(provinces, dir, SMALL);
    Map<String, Set<String>> unitsByPeriod = submittedUnits(dir, provinces, m);
    assertEquals(
        Set.of("tinh-tay-giang", "tinh-bac-son", "tinh-dong-lam", "tinh-hoa-bac", "tinh-song-ma", "tinh-thanh-ha"),
        unitsByPeriod.get("2021"));
    assertEquals(
        Set.of("tinh-tay-giang", "tinh-bac-son", "tinh-hoa-bac-2025", "tinh-song-ma", "tinh-thanh-ha"),
        unitsByPeriod.get("2025"));
    assertEquals(3, m.story().size());
    assertCleanExceptPlanted(dir, provinces, m);
  }

  @Test
  void windows1258FileDecodesBackToTheVietnameseText() throws IOException {
    WrittenFile file =
        manifest.files("submissions").stream()
            .filter(f -> f.encoding().equals("windows-1258"))
            .findFirst()
            .orElseThrow();
    byte[] bytes = Files.readAllBytes(out.resolve(file.file()));
    String decoded = new String(bytes, Charset.forName("windows-1258"));
    String nfc = Normalizer.normalize(decoded, Normalizer.Form.NFC);
    assertTrue(
        nfc.startsWith(
            "Mã phiếu;Kỳ đánh giá;Mã đơn vị;Tên đơn vị;Hình thức chấm;Mã tiêu chí;Điểm;Minh chứng;Ngày nộp;Lần nộp\r\n"),
        nfc.substring(0, 120));
    assertTrue(nfc.contains(";Tự chấm;"));
    assertTrue(nfc.contains(";Thẩm định;"));
    assertFalse(decoded.contains("?"), "no letter was replaced by '?'");
    // Windows-1258 carries "ự" as "ư" (0xFD) + combining dot below (0xF2).
    assertTrue(containsBytes(bytes, new byte[] {(byte) 0x54, (byte) 0xFD, (byte) 0xF2}), "T + ư + dot below");
    assertTrue(nfc.matches("(?s).*;\\d+,5;.*"), "scores use a decimal comma");
  }

  @Test
  void everyPlantedLineCarriesItsFaultAndNoOtherRowIsBad() throws IOException {
    assertCleanExceptPlanted(out, profile, manifest);
    for (String source : List.of("submissions", "inspections", "feedback")) {
      int planted = manifest.planted(source).size();
      assertTrue(planted >= 10 && planted <= 20, source + ": " + planted + " planted rows");
    }
    Set<ReasonCode> submissionReasons = EnumSet.noneOf(ReasonCode.class);
    manifest.planted("submissions").forEach(p -> submissionReasons.add(p.reason()));
    assertEquals(
        EnumSet.of(ReasonCode.UNKNOWN_UNIT, ReasonCode.OUT_OF_RANGE, ReasonCode.BAD_DATE, ReasonCode.MISSING_REQUIRED,
            ReasonCode.UNKNOWN_CRITERION, ReasonCode.BAD_ENUM, ReasonCode.PARSE_ERROR),
        submissionReasons);
  }

  @Test
  void theMessOfRealExportsIsAllThere() throws IOException {
    for (String source : List.of("submissions", "inspections", "feedback")) {
      Set<String> formats = new TreeSet<>();
      manifest.files(source).forEach(f -> formats.add(f.format()));
      assertTrue(formats.containsAll(Set.of("CSV", "CSV_BOM_CRLF", "CSV_1258", "CSV_PLAIN_HEADERS")), source + formats);
    }
    WrittenFile bom = manifest.files("feedback").stream().filter(f -> f.format().equals("CSV_BOM_CRLF")).findFirst().orElseThrow();
    byte[] bytes = Files.readAllBytes(out.resolve(bom.file()));
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertTrue(text.contains("\r\n"));
    assertTrue(text.matches("(?s).*,\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2},.*"), "ISO-8601 timestamps");

    WrittenFile plain = manifest.files("feedback").stream().filter(f -> f.format().equals("CSV_PLAIN_HEADERS")).findFirst().orElseThrow();
    assertEquals(
        "Muc do hai long,Trang thai,Thoi gian hoan thanh,Han xu ly,Noi dung,Dia chi,So CCCD,So dien thoai,"
            + "Ho ten nguoi gui,Don vi xu ly,Linh vuc,Loai,Kenh tiep nhan,Thoi gian tiep nhan,Ma phan anh",
        LandingReader.lines(out, plain).get(0));

    String all = allText();
    assertTrue(all.contains("\u0301"), "some text is decomposed (NFD)");
    assertTrue(all.contains(",  "), "some values carry stray spaces");
    assertTrue(all.contains("UBND phường Lam Hà"), "an alias from the profile names a unit");
    assertTrue(all.contains("\"\""), "quotes inside quoted text are doubled");
    assertTrue(all.matches("(?s).*\\d{2}/\\d{2}/\\d{4},.*"), "dd/MM/yyyy dates");
    assertTrue(all.contains("Mã đơn vị,Đơn vị được kiểm tra"), "some inspection exports carry the unit code");
    assertTrue(all.contains("Giao thông vận tải"), "a field label outside the contract (drift)");
  }

  @Test
  void resubmissionsAndReexportsComeOnLaterLandingDays() throws IOException {
    DatasetContract submissions = DatasetContract.forSource("submissions");
    boolean version2 = false;
    for (WrittenFile f : manifest.files("submissions")) {
      for (LandingReader.Record r : LandingReader.records(out, f, submissions)) {
        if ("2".equals(r.fields().get("version"))) {
          version2 = true;
          assertTrue(f.landingDate().endsWith("-12-28"), f.file());
        }
      }
    }
    assertTrue(version2);

    DatasetContract feedback = DatasetContract.forSource("feedback");
    Map<String, List<String>> statusesById = new LinkedHashMap<>();
    for (WrittenFile f : manifest.files("feedback")) {
      for (LandingReader.Record r : LandingReader.records(out, f, feedback)) {
        if (r.fields().get("feedback_id").isEmpty()) {
          continue; // planted rows without an id
        }
        statusesById.computeIfAbsent(r.fields().get("feedback_id"), k -> new ArrayList<>())
            .add(f.landingDate() + " " + Vietnamese.clean(r.fields().get("status")));
      }
    }
    List<List<String>> reexported = statusesById.values().stream().filter(s -> s.size() > 1).toList();
    assertFalse(reexported.isEmpty());
    for (List<String> history : reexported) {
      assertEquals(2, history.size(), history.toString());
      assertNotEquals(history.get(0).substring(0, 10), history.get(1).substring(0, 10));
      assertTrue(history.get(1).endsWith("Đã xử lý") || history.get(1).endsWith("Không thụ lý"), history.toString());
    }
  }

  @Test
  void manifestNamesThreeDistinctStoryUnitsAndTheyShowInTheData() throws IOException {
    Map<String, StoryUnit> story = manifest.story();
    assertEquals(Set.of("improving", "self_inflating", "harassment"), story.keySet());
    assertEquals(3, story.values().stream().map(StoryUnit::unitId).distinct().count());

    String inflating = story.get("self_inflating").unitId();
    Map<String, Double> totals = new TreeMap<>();
    DatasetContract contract = DatasetContract.forSource("submissions");
    UnitResolver resolver = UnitResolver.of(profile);
    for (WrittenFile f : manifest.files("submissions")) {
      for (LandingReader.Record r : LandingReader.records(out, f, contract)) {
        if (r.parseError() || !"2023".equals(r.fields().get("period")) || !"1".equals(r.fields().get("version"))) {
          continue;
        }
        Resolution res = RowChecker.resolve(resolver, contract, r);
        String assessor = Vietnamese.clean(r.fields().get("assessor"));
        if (res.resolved() && res.unitId().equals(inflating) && !"SURVEY".equals(assessor) && !"Khảo sát".equals(assessor)) {
          double score = Double.parseDouble(r.fields().get("score").replace(',', '.'));
          totals.merge(assessor.equals("SELF") || assessor.equals("Tự chấm") ? "SELF" : "APPRAISAL", score, Double::sum);
        }
      }
    }
    assertTrue(totals.get("SELF") - totals.get("APPRAISAL") > 15, totals.toString());

    String improving = story.get("improving").unitId();
    List<Double> appraisedPct = new ArrayList<>();
    for (int year = 2021; year <= 2024; year++) {
      appraisedPct.add(appraisedPct(improving, Integer.toString(year), resolver, contract));
    }
    for (int i = 1; i < appraisedPct.size(); i++) {
      assertTrue(appraisedPct.get(i) > appraisedPct.get(i - 1), "improving every year: " + appraisedPct);
    }
    assertTrue(appraisedPct.get(3) - appraisedPct.get(0) > 15, appraisedPct.toString());

    String harassment = story.get("harassment").unitId();
    String harassmentName = profile.units().stream().filter(u -> u.unitId().equals(harassment)).findFirst().orElseThrow().name();
    long harassmentFindings = 0;
    for (WrittenFile f : manifest.files("inspections")) {
      for (String line : LandingReader.lines(out, f)) {
        String clean = Normalizer.normalize(line, Normalizer.Form.NFC);
        if (clean.contains(harassmentName) && (clean.contains("GAY_PHIEN_HA") || clean.contains("Gây phiền hà"))) {
          harassmentFindings++;
        }
      }
    }
    assertTrue(harassmentFindings >= 10, "GAY_PHIEN_HA lines at the harassment unit: " + harassmentFindings);
  }

  /** APPRAISAL points as a percentage of the criteria's maxima, for one unit and period. */
  private static double appraisedPct(String unitId, String period, UnitResolver resolver, DatasetContract contract)
      throws IOException {
    var end = RowChecker.periodEnd(period);
    double points = 0;
    double max = 0;
    for (WrittenFile f : manifest.files("submissions")) {
      for (LandingReader.Record r : LandingReader.records(out, f, contract)) {
        if (r.parseError() || !period.equals(r.fields().get("period")) || !"1".equals(r.fields().get("version"))) {
          continue;
        }
        String assessor = Vietnamese.clean(r.fields().get("assessor"));
        Resolution res = RowChecker.resolve(resolver, contract, r);
        if (res.resolved() && res.unitId().equals(unitId) && (assessor.equals("APPRAISAL") || assessor.equals("Thẩm định"))) {
          points += Double.parseDouble(r.fields().get("score").replace(',', '.'));
          String criterion = r.fields().get("criterion_id");
          String type = profile.unitsValidOn(end).stream().filter(u -> u.unitId().equals(unitId)).findFirst().orElseThrow().unitType();
          max += profile.criteriaFor(type, end).stream().filter(c -> c.criterionId().equals(criterion)).findFirst().orElseThrow().maxPoints();
        }
      }
    }
    return 100 * points / max;
  }

  /** Every record is clean but the planted ones, each of which has exactly its one fault. */
  private static void assertCleanExceptPlanted(Path root, Profile p, PlantedManifest m) throws IOException {
    Map<String, ReasonCode> planted = new LinkedHashMap<>();
    m.planted().forEach(row -> planted.put(row.file() + ":" + row.line(), row.reason()));
    Set<String> seen = new TreeSet<>();
    for (WrittenFile f : m.files()) {
      DatasetContract contract = DatasetContract.forSource(f.source());
      RowChecker checker = new RowChecker(p, contract);
      List<LandingReader.Record> records = LandingReader.records(root, f, contract);
      assertEquals(f.rows(), records.size(), f.file() + " rows");
      Map<Long, List<Set<ReasonCode>>> faultsByLine = new TreeMap<>();
      for (LandingReader.Record r : records) {
        faultsByLine.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(checker.faults(r));
      }
      for (Map.Entry<Long, List<Set<ReasonCode>>> e : faultsByLine.entrySet()) {
        String where = f.file() + ":" + e.getKey();
        List<Set<ReasonCode>> faulty = e.getValue().stream().filter(s -> !s.isEmpty()).toList();
        ReasonCode expected = planted.get(where);
        if (expected == null) {
          assertTrue(faulty.isEmpty(), where + " is bad but not planted: " + faulty);
        } else {
          assertEquals(List.of(EnumSet.of(expected)), faulty, where);
          seen.add(where);
        }
      }
    }
    assertEquals(new TreeSet<>(planted.keySet()), seen, "every planted row was found");
  }

  private static Map<String, Set<String>> submittedUnits(Path root, Profile p, PlantedManifest m) throws IOException {
    DatasetContract contract = DatasetContract.forSource("submissions");
    UnitResolver resolver = UnitResolver.of(p);
    Set<String> plantedLines = new TreeSet<>();
    m.planted().forEach(row -> plantedLines.add(row.file() + ":" + row.line()));
    Map<String, Set<String>> byPeriod = new TreeMap<>();
    for (WrittenFile f : m.files("submissions")) {
      for (LandingReader.Record r : LandingReader.records(root, f, contract)) {
        if (plantedLines.contains(f.file() + ":" + r.line())) {
          continue;
        }
        String period = r.fields().get("period");
        Resolution res = RowChecker.resolve(resolver, contract, r);
        byPeriod.computeIfAbsent(period, k -> new TreeSet<>()).add(res.unitId());
      }
    }
    return byPeriod;
  }

  private static Path testProfile(String name) {
    try {
      return Path.of(SampleGeneratorTest.class.getResource("/profiles/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private String allText() throws IOException {
    StringBuilder all = new StringBuilder();
    for (WrittenFile f : manifest.files()) {
      if (!f.encoding().equals("windows-1258")) {
        all.append(LandingReader.text(out, f)).append('\n');
      }
    }
    return all.toString();
  }

  private static boolean containsBytes(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
