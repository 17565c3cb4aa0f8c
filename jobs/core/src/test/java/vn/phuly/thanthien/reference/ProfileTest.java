package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static final Profile SHIPPED = Profile.shipped();

  @Test
  void twentyOneWardsAndCommunesBeforeTheMergers() {
    List<Unit> local =
        SHIPPED.unitsValidOn(LocalDate.of(2024, 6, 30)).stream()
            .filter(u -> u.unitType().equals("PHUONG") || u.unitType().equals("XA"))
            .toList();
    assertEquals(21, local.size());
    assertEquals(11, local.stream().filter(u -> u.unitType().equals("PHUONG")).count());
  }

  @Test
  void fiveWardsFromJuly2025AndNoCityOffices() {
    Set<String> ids =
        SHIPPED.unitsValidOn(LocalDate.of(2025, 12, 31)).stream()
            .map(Unit::unitId)
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "phuong-phu-ly-2025",
            "phuong-phu-van-2025",
            "phuong-chau-son-2025",
            "phuong-ha-nam-2025",
            "phuong-liem-tuyen-2025"),
        ids);
  }

  @Test
  void januaryMergersLeaveEighteenWardsAndCommunes() {
    long count =
        SHIPPED.unitsValidOn(LocalDate.of(2025, 1, 1)).stream()
            .filter(u -> !u.unitType().equals("PHONG_BAN"))
            .count();
    // 21 − 10 ended (9 into the three new wards, Trần Hưng Đạo into Quang Trung) + 3 created
    assertEquals(14, count);
  }

  @Test
  void cityOfficesUnderEachRegime() {
    assertEquals(12, offices(LocalDate.of(2025, 2, 28)));
    assertEquals(10, offices(LocalDate.of(2025, 3, 1)));
    assertEquals(0, offices(LocalDate.of(2025, 7, 1)));
  }

  private static long offices(LocalDate day) {
    return SHIPPED.unitsValidOn(day).stream().filter(u -> u.unitType().equals("PHONG_BAN")).count();
  }

  @Test
  void everyCatalogueSumsToOneHundredPerUnitType() {
    Map<String, Double> sums = sumsByCatalogueAndType(SHIPPED);
    assertEquals(
        Map.of(
            "PB-2021/PHONG_BAN", 100.0,
            "XP-2021/PHUONG", 100.0,
            "XP-2021/XA", 100.0,
            "XP-2024/PHUONG", 100.0,
            "XP-2024/XA", 100.0),
        sums);
  }

  @Test
  void everyDayHasOneCatalogueForEachRankedUnitType() {
    assertEquals(10, SHIPPED.criteriaFor("XA", LocalDate.of(2023, 12, 31)).size());
    assertEquals(11, SHIPPED.criteriaFor("PHUONG", LocalDate.of(2024, 1, 1)).size());
    assertEquals(9, SHIPPED.criteriaFor("PHONG_BAN", LocalDate.of(2022, 6, 1)).size());
  }

  @Test
  void everyLineageEndExistsAndSharesOfASplitAddUp() {
    Set<String> ids = SHIPPED.units().stream().map(Unit::unitId).collect(Collectors.toSet());
    for (Lineage l : SHIPPED.lineage()) {
      assertTrue(ids.contains(l.fromUnitId()), l.fromUnitId());
      assertTrue(ids.contains(l.toUnitId()), l.toUnitId());
    }
    Map<String, Double> outgoing = new TreeMap<>();
    SHIPPED.lineage().forEach(l -> outgoing.merge(l.fromUnitId(), l.share(), Double::sum));
    outgoing.values().forEach(total -> assertEquals(1.0, total, 1e-9));
    assertEquals(4, SHIPPED.lineage().stream().filter(l -> l.toUnitId().equals("phuong-phu-ly-2025")).count());
  }

  @Test
  void everyAliasNamesAUnit() {
    Set<String> ids = SHIPPED.units().stream().map(Unit::unitId).collect(Collectors.toSet());
    SHIPPED.aliases().forEach(a -> assertTrue(ids.contains(a.unitId()), a.unitId()));
  }

  @Test
  void thresholdsAndBandsAreThere() {
    assertEquals(0.05, SHIPPED.threshold("quarantine_rate_max"));
    assertEquals(10.0, SHIPPED.threshold("watch_self_gap_pp"));
    assertEquals(10.0, SHIPPED.threshold("watch_satisfaction_drop_pp"));
    assertEquals(1.0, SHIPPED.threshold("watch_harassment_findings"));
    assertEquals(2.0, SHIPPED.threshold("watch_overdue_measures"));
    assertEquals(15, SHIPPED.bands().size());
    assertEquals(12, SHIPPED.emulation().size());
  }

  @Test
  void theProvincesProfileLoadsWithTheSameCode() throws URISyntaxException {
    Path dir =
        Path.of(getClass().getClassLoader().getResource("profiles/provinces/units.csv").toURI())
            .getParent();
    Profile provinces = Profile.load(dir);
    assertEquals(6, provinces.unitsValidOn(LocalDate.of(2025, 6, 30)).size());
    assertEquals(5, provinces.unitsValidOn(LocalDate.of(2025, 7, 1)).size());
    assertEquals(Map.of("TINH-2023/TINH", 80.0), sumsByCatalogueAndType(provinces));
    assertEquals(
        1,
        provinces.criteria().stream().filter(c -> c.assessorSource().equals("SURVEY")).count());
    assertEquals(10.0, provinces.threshold("watch_self_gap_pp"));
  }

  private static Map<String, Double> sumsByCatalogueAndType(Profile profile) {
    return profile.criteria().stream()
        .collect(
            Collectors.groupingBy(
                c -> c.catalogueId() + "/" + c.unitType(),
                Collectors.summingDouble(Criterion::maxPoints)));
  }
}
