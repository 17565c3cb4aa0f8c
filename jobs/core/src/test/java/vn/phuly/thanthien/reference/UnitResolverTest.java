package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.ReasonCode;

class UnitResolverTest {
  private static final UnitResolver PHU_LY = UnitResolver.of(Profile.shipped());
  private static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 1);
  private static final LocalDate SEPTEMBER_2025 = LocalDate.of(2025, 9, 1);

  private static void assertResolved(String unitId, String match, Resolution r) {
    assertEquals(unitId, r.unitId(), r.detail());
    assertEquals(match, r.match(), r.detail());
    assertNull(r.failure());
    assertTrue(r.resolved());
  }

  private static void assertFailed(ReasonCode failure, Resolution r) {
    assertEquals(failure, r.failure(), r.detail());
    assertNull(r.unitId());
    assertNull(r.match());
    assertFalse(r.resolved());
  }

  @Test
  void aReusedCodeMeansTheUnitValidOnTheRecordsDate() {
    assertResolved("phuong-quang-trung", "CODE", PHU_LY.resolve("13285", null, MAY_2024));
    assertResolved("phuong-phu-ly-2025", "CODE", PHU_LY.resolve("13285", null, SEPTEMBER_2025));
    assertResolved("xa-tien-tan", "CODE", PHU_LY.resolve(" 13366 ", "", MAY_2024));
    assertResolved("phuong-ha-nam-2025", "CODE", PHU_LY.resolve("13366", null, SEPTEMBER_2025));
  }

  @Test
  void theCodeWinsOverTheName() {
    assertResolved(
        "phuong-le-hong-phong", "CODE", PHU_LY.resolve("13291", "UBND phường Lam Hạ", MAY_2024));
  }

  @Test
  void aCodeValidOnlyOnAnotherDateWithNoNameIsUnknown() {
    Resolution r = PHU_LY.resolve("PL-CC", null, MAY_2024);
    assertFailed(ReasonCode.UNKNOWN_UNIT, r);
    assertEquals("on 2024-05-01: code 'PL-CC' matches no unit", r.detail());
    assertFailed(ReasonCode.UNKNOWN_UNIT, PHU_LY.resolve("13303", null, SEPTEMBER_2025));
  }

  @Test
  void anUnknownCodeFallsBackToTheName() {
    assertResolved("phuong-lam-ha", "NAME", PHU_LY.resolve("99999", "Phường Lam Hạ", MAY_2024));
  }

  @Test
  void aliasesWithPrefixesAndTheGsoMisspelling() {
    assertResolved("phuong-lam-ha", "ALIAS", PHU_LY.resolve(null, "UBND phường Lam Hà", MAY_2024));
    assertResolved("phuong-lam-ha", "ALIAS", PHU_LY.resolve(null, "lam hà", MAY_2024));
    assertResolved("phuong-lam-ha", "ALIAS", PHU_LY.resolve("", "Phuong Lam Ha", MAY_2024));
    assertResolved("pb-lao-dong-tbxh", "ALIAS", PHU_LY.resolve(null, "Phòng LĐ-TB&XH", MAY_2024));
    assertResolved("pb-lao-dong-tbxh", "ALIAS", PHU_LY.resolve(null, "Phòng LĐTBXH", MAY_2024));
  }

  @Test
  void namesIgnoreCaseSpacesAndRepeatedPrefixes() {
    assertResolved("phuong-lam-ha", "NAME", PHU_LY.resolve(null, "  UBND   PHƯỜNG  LAM HẠ ", MAY_2024));
    assertResolved("xa-kim-binh", "NAME", PHU_LY.resolve(null, "Ủy ban nhân dân xã Kim Bình", MAY_2024));
    assertResolved("xa-kim-binh", "NAME", PHU_LY.resolve(null, "X.Kim Bình", MAY_2024));
    assertResolved("pb-noi-vu", "NAME", PHU_LY.resolve(null, "Phòng Nội vụ", MAY_2024));
    // "Quang Trung" has no diacritics, so the alias "Phuong Quang Trung" is the name itself
    assertResolved("phuong-quang-trung", "NAME", PHU_LY.resolve(null, "Phuong Quang Trung", MAY_2024));
  }

  @Test
  void decomposedInputResolves() {
    // "Lê Hồng Phong" in NFD: base letters followed by combining marks
    String nfd = "Phu\u031Bo\u031B\u0300ng Le\u0302 Ho\u0302\u0300ng Phong";
    assertResolved("phuong-le-hong-phong", "NAME", PHU_LY.resolve(null, nfd, MAY_2024));
  }

  @Test
  void withoutDiacriticsOnlyWhenOneUnitIsLeft() {
    // "Lam Ha" is listed as an alias ("Phuong Lam Ha"); a spelling listed nowhere is folded
    assertResolved("phuong-lam-ha", "NAME_NO_DIACRITICS", PHU_LY.resolve(null, "Lâm Hạ", MAY_2024));
    assertResolved(
        "phuong-le-hong-phong", "NAME_NO_DIACRITICS", PHU_LY.resolve(null, "Le Hong Phong", MAY_2024));
    assertResolved("xa-dinh-xa", "NAME_NO_DIACRITICS", PHU_LY.resolve(null, "xa Dinh Xa", MAY_2024));
  }

  @Test
  void aNameMeansTheUnitValidOnTheDate() {
    assertResolved("xa-phu-van", "NAME", PHU_LY.resolve(null, "Xã Phù Vân", MAY_2024));
    assertResolved("phuong-phu-van-2025", "NAME", PHU_LY.resolve(null, "Phường Phù Vân", SEPTEMBER_2025));
    assertFailed(ReasonCode.UNKNOWN_UNIT, PHU_LY.resolve(null, "Lam Hạ", SEPTEMBER_2025));
  }

  @Test
  void unknownCodeAndUnknownNameAreUnknown() {
    Resolution r = PHU_LY.resolve("00000", "Phường Hoàn Kiếm", MAY_2024);
    assertFailed(ReasonCode.UNKNOWN_UNIT, r);
    assertEquals(
        "on 2024-05-01: code '00000' matches no unit; name 'hoan kiem' without diacritics matches no unit",
        r.detail());
    assertFailed(ReasonCode.UNKNOWN_UNIT, PHU_LY.resolve(null, null, MAY_2024));
    assertFailed(ReasonCode.UNKNOWN_UNIT, PHU_LY.resolve(" ", " ", MAY_2024));
  }

  @Test
  void theShippedCodesNamesAndAliasesAreUnambiguousOnEveryBoundaryDay() {
    Profile profile = Profile.shipped();
    for (LocalDate day :
        List.of(
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 2, 28),
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 6, 30),
            LocalDate.of(2025, 7, 1))) {
      for (Unit unit : profile.unitsValidOn(day)) {
        assertEquals(unit.unitId(), PHU_LY.resolve(unit.unitCode(), null, day).unitId(), day + " code");
        assertEquals(unit.unitId(), PHU_LY.resolve(null, unit.name(), day).unitId(), day + " name");
        for (UnitAlias alias : profile.aliases()) {
          if (alias.unitId().equals(unit.unitId())) {
            assertEquals(unit.unitId(), PHU_LY.resolve(null, alias.alias(), day).unitId(), alias.alias());
          }
        }
      }
    }
  }

  private static final LocalDate START = LocalDate.of(2021, 1, 1);
  private static final UnitResolver TWINS =
      new UnitResolver(
          List.of(
              new Unit("xa-an-hoa", "1", "An Hòa", "XA", null, START, null, null, null),
              new Unit("xa-an-hoa-2", "2", "An Hóa", "XA", null, START, null, null, null),
              new Unit("xa-binh", "3", "Bình", "XA", null, START, null, null, null),
              new Unit("xa-binh-moi", "3", "Bình Mới", "XA", null, START, null, null, null)),
          List.of(new UnitAlias("xa-binh-moi", "Bình")));

  @Test
  void aFoldedNameOfTwoUnitsIsAmbiguous() {
    assertFailed(ReasonCode.AMBIGUOUS_UNIT, TWINS.resolve(null, "An Hoa", MAY_2024));
    assertResolved("xa-an-hoa", "NAME", TWINS.resolve(null, "An Hòa", MAY_2024));
  }

  @Test
  void anExactNameOfTwoUnitsOrACodeOfTwoUnitsIsAmbiguous() {
    assertFailed(ReasonCode.AMBIGUOUS_UNIT, TWINS.resolve(null, "xã Bình", MAY_2024));
    Resolution r = TWINS.resolve("3", null, MAY_2024);
    assertFailed(ReasonCode.AMBIGUOUS_UNIT, r);
    assertEquals("on 2024-05-01: code '3' matches units xa-binh, xa-binh-moi", r.detail());
    assertResolved("xa-binh-moi", "NAME", TWINS.resolve("3", "Bình Mới", MAY_2024));
  }

  @Test
  void validityPeriodsChangeOnlyWhereSomeUnitStartsOrEnds() {
    assertEquals(PHU_LY.validityPeriod(LocalDate.of(2021, 1, 1)), PHU_LY.validityPeriod(MAY_2024));
    assertEquals(PHU_LY.validityPeriod(LocalDate.of(2024, 12, 31)), PHU_LY.validityPeriod(MAY_2024));
    assertEquals(PHU_LY.validityPeriod(LocalDate.of(2020, 12, 31)) + 1, PHU_LY.validityPeriod(MAY_2024));
    assertEquals(PHU_LY.validityPeriod(MAY_2024) + 1, PHU_LY.validityPeriod(LocalDate.of(2025, 1, 1)));
    assertEquals(
        PHU_LY.validityPeriod(LocalDate.of(2025, 7, 1)), PHU_LY.validityPeriod(SEPTEMBER_2025));
  }

  @Test
  void everyNameAndCodeResolvesAlikeOnEveryDayOfAValidityPeriod() {
    Profile profile = Profile.shipped();
    List<String[]> references = new ArrayList<>();
    profile.units().forEach(u -> references.add(new String[] {u.unitCode(), null}));
    profile.units().forEach(u -> references.add(new String[] {null, u.name()}));
    profile.aliases().forEach(a -> references.add(new String[] {null, a.alias()}));
    int changes = 0;
    for (LocalDate day = LocalDate.of(2020, 12, 1); day.isBefore(LocalDate.of(2026, 2, 1)); day = day.plusDays(1)) {
      LocalDate before = day.minusDays(1);
      boolean samePeriod = PHU_LY.validityPeriod(day) == PHU_LY.validityPeriod(before);
      for (String[] reference : references) {
        Resolution today = PHU_LY.resolve(reference[0], reference[1], day);
        Resolution yesterday = PHU_LY.resolve(reference[0], reference[1], before);
        boolean alike = Objects.equals(today.unitId(), yesterday.unitId())
            && Objects.equals(today.match(), yesterday.match())
            && Objects.equals(today.failure(), yesterday.failure());
        if (samePeriod) {
          assertTrue(alike, reference[0] + "/" + reference[1] + " differs on " + before + " and " + day);
        } else if (!alike) {
          changes++;
        }
      }
    }
    assertTrue(changes > 0, "the profile's mergers change some resolutions at period boundaries");
  }

  @Test
  void survivesJavaSerialisationForSparkBroadcast() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PHU_LY);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      UnitResolver copy = (UnitResolver) in.readObject();
      assertResolved("phuong-phu-ly-2025", "CODE", copy.resolve("13285", null, SEPTEMBER_2025));
    }
  }
}
