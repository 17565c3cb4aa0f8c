package vn.phuly.thanthien.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.reference.Lineage;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Unit;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.warehouse.AuditResult;
import vn.phuly.thanthien.warehouse.BuildReport;
import vn.phuly.thanthien.warehouse.Warehouse;
import vn.phuly.thanthien.warehouse.WarehouseInputs;

class NationalProfileTest {
  private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
  private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);
  /** Two provinces, five communes of 1/7/2025 made of twelve former ones: the national code path, tiny. */
  private static final NationalProfile.Shape TINY = new NationalProfile.Shape(2, 5, 12);

  @Test
  void theNationalProfileHasTheProvincesAndCommunesOf2025WithTheirLineage(@TempDir Path dir) {
    Profile profile = NationalProfile.write(dir);

    List<Unit> provinces = profile.units().stream().filter(u -> u.unitType().equals("TINH")).toList();
    assertEquals(34, provinces.size());
    List<Unit> communes = profile.unitsValidOn(AFTER).stream().filter(u -> !u.unitType().equals("TINH")).toList();
    assertEquals(3_321, communes.size());
    List<Unit> former = profile.unitsValidOn(BEFORE).stream().filter(u -> !u.unitType().equals("TINH")).toList();
    assertEquals(10_035, former.size());
    assertEquals(10_035, profile.lineage().size());

    Set<String> formerIds = former.stream().map(Unit::unitId).collect(Collectors.toSet());
    Map<String, List<Lineage>> into = profile.lineage().stream().collect(Collectors.groupingBy(Lineage::toUnitId));
    for (Unit commune : communes) {
      List<Lineage> predecessors = into.get(commune.unitId());
      assertTrue(predecessors.size() >= 2 && predecessors.size() <= 4, commune.unitId());
      predecessors.forEach(l -> assertTrue(formerIds.contains(l.fromUnitId()), l.fromUnitId()));
      predecessors.forEach(l -> assertEquals(AFTER, l.effectiveDate()));
    }
    assertEquals(profile.lineage().size(),
        profile.lineage().stream().map(Lineage::fromUnitId).distinct().count(), "each former commune merges once");
  }

  /** The warehouse's audits judge a profile too (accepted unit types of every catalogue and weight). */
  @Test
  void theWarehousePassesItsAuditsOnTheNationalProfile(@TempDir Path dir) throws Exception {
    Profile profile = NationalProfile.write(dir.resolve("reference"), TINY);
    BuildReport report = Warehouse.build(
        new WarehouseInputs(Map.of(), List.of(), List.of(), profile.directory()), dir.resolve("w.duckdb"), null);
    assertEquals(List.of(), report.audits().stream()
        .filter(AuditResult::blocksPublish).map(AuditResult::name).toList());
  }

  @Test
  void everyCommuneIsFoundByItsNameAloneAndByItsReusedCodeOnItsDay(@TempDir Path dir) {
    Profile profile = NationalProfile.write(dir);
    UnitResolver resolver = UnitResolver.of(profile);
    for (LocalDate day : List.of(BEFORE, AFTER)) {
      for (Unit unit : profile.unitsValidOn(day)) {
        assertEquals(unit.unitId(), resolver.resolve(null, unit.name(), day).unitId(), unit.name() + " on " + day);
        assertEquals(unit.unitId(), resolver.resolve(unit.unitCode(), null, day).unitId(), unit.unitCode() + " on " + day);
      }
    }
  }

  @Test
  void sameSeedWritesTheSameBytesAndFeedbackRowsSetsTheItems(@TempDir Path dir) throws IOException {
    Profile profile = NationalProfile.write(dir.resolve("reference"), TINY);
    GeneratorOptions options = new GeneratorOptions(11L, Scale.NATIONAL, 2024, 2025, 0, 300);
    PlantedManifest manifest = SampleGenerator.generate(profile, dir.resolve("a"), options);
    SampleGenerator.generate(profile, dir.resolve("b"), options);
    SampleGenerator.generate(profile, dir.resolve("c"), new GeneratorOptions(12L, Scale.NATIONAL, 2024, 2025, 0, 300));

    Map<String, byte[]> a = contents(dir.resolve("a"));
    Map<String, byte[]> b = contents(dir.resolve("b"));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((file, bytes) -> assertArrayEquals(bytes, b.get(file), file));
    String feedback = "feedback/2024-06-30/phan_anh_2024_Q2.csv";
    assertTrue(a.containsKey(feedback), a.keySet().toString());
    assertFalse(java.util.Arrays.equals(a.get(feedback), contents(dir.resolve("c")).get(feedback)));

    Set<String> items = new LinkedHashSet<>();
    DatasetContract contract = DatasetContract.forSource("feedback");
    for (WrittenFile file : manifest.files()) {
      if (file.source().equals("feedback")) {
        for (LandingReader.Record r : LandingReader.records(dir.resolve("a"), file, contract)) {
          String id = r.fields().get("feedback_id");
          if (id != null && id.matches("PA-\\d{4}-\\d+")) {
            items.add(id);
          }
        }
      }
    }
    assertEquals(300, items.size(), "--feedback-rows 300: 300 items, planted rows and re-exports aside");
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
}
