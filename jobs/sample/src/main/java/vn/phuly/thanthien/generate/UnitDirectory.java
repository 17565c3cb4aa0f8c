package vn.phuly.thanthien.generate;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import vn.phuly.thanthien.reference.Lineage;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Resolution;
import vn.phuly.thanthien.reference.Unit;
import vn.phuly.thanthien.reference.UnitAlias;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * The profile's units as the generator needs them: who exists on a day, and which spellings
 * identify a unit without its code. A name is only written without a code when the profile's
 * {@link UnitResolver} (the one ingest uses) resolves it to that unit on that day, so every such
 * row resolves; unknown names are checked against the loosest matching (no case, Unicode form,
 * administrative prefixes or diacritics) on every day.
 */
final class UnitDirectory {
  private static final Pattern PREFIX =
      Pattern.compile(
          "^((ubnd|uy ban nhan dan|phuong|xa|thi tran|tinh|thanh pho)(\\s+|$)|(tp|p|x|tt)\\.\\s*)");
  private static final List<String> UNKNOWN_NAMES =
      List.of("Phường Sao Mai Xanh", "Xã Đồi Thông Vàng", "Phòng Hàng không Vũ trụ", "Xã Bến Mây Trắng");

  private final Profile profile;
  private final Map<String, List<String>> aliasesByUnit = new LinkedHashMap<>();
  private final Map<String, List<String>> successorsByUnit = new LinkedHashMap<>();
  // Keyed by the resolver's validity period, not the day: the same units are valid on every day of
  // one, and a national profile over five years would otherwise keep a list per day and unit.
  private final Map<Integer, List<Unit>> validCache = new LinkedHashMap<>();
  private final UnitResolver resolver;
  private final Map<Integer, Map<String, List<String>>> aliasCache = new LinkedHashMap<>();

  UnitDirectory(Profile profile) {
    this.profile = profile;
    this.resolver = UnitResolver.of(profile);
    for (UnitAlias alias : profile.aliases()) {
      aliasesByUnit.computeIfAbsent(alias.unitId(), k -> new ArrayList<>()).add(alias.alias());
    }
    for (Lineage l : profile.lineage()) {
      successorsByUnit.computeIfAbsent(l.fromUnitId(), k -> new ArrayList<>()).add(l.toUnitId());
    }
  }

  Profile profile() {
    return profile;
  }

  List<Unit> validOn(LocalDate day) {
    return validCache.computeIfAbsent(validityPeriod(day), period -> profile.unitsValidOn(day));
  }

  /** Days of one validity period have the same valid units, so the same resolutions and candidates. */
  int validityPeriod(LocalDate day) {
    return resolver.validityPeriod(day);
  }

  /** Units valid on {@code day} whose type has a criteria catalogue valid that day. */
  List<Unit> assessedOn(LocalDate day) {
    return validOn(day).stream()
        .filter(u -> !profile.criteriaFor(u.unitType(), day).isEmpty())
        .filter(u -> hasCode(u) || nameUnique(u, day))
        .toList();
  }

  /**
   * The units that submit for {@code period}. A year is assessed in December, by the units that
   * exist then; a half or a quarter right after it ends, by every unit that belongs to it (DESIGN
   * §5: valid on at least one day of it), a unit that ceased within it included: so a city office
   * closed on 28/2/2025 has 2025-Q1 and 2025-H1 scores. A unit with several versions in the period
   * is its last one, as the warehouse lists it.
   */
  List<Unit> assessedIn(Period period) {
    if (period.annual()) {
      return assessedOn(period.end());
    }
    Map<String, Unit> last = new LinkedHashMap<>();
    for (Unit u : profile.units()) {
      if (u.validWithin(period.start(), period.end())) {
        last.merge(u.unitId(), u, (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
      }
    }
    return last.values().stream()
        .filter(u -> !profile.criteriaFor(u.unitType(), period.end()).isEmpty())
        .filter(u -> hasCode(u) || resolvesTo(u, period, null, u.name(), period.end().plusDays(1)))
        .toList();
  }

  /**
   * Whether ingest resolves a submission for {@code period} written with this code and name, on
   * {@code submitted}, to {@code unit}: a code that meant two units within the period goes to the
   * one valid on the submission's date.
   */
  boolean resolvesTo(Unit unit, Period period, String code, String name, LocalDate submitted) {
    Resolution resolution = resolver.resolve(code, name, period.start(), period.end(), submitted);
    return resolution.resolved() && resolution.unitId().equals(unit.unitId());
  }

  static boolean hasCode(Unit unit) {
    return unit.unitCode() != null && !unit.unitCode().isBlank();
  }

  /** The unit's own name identifies it alone on {@code day}. */
  boolean nameUnique(Unit unit, LocalDate day) {
    return spellingUnique(unit, unit.name(), day);
  }

  /** The unit's aliases that identify it alone on {@code day}. */
  List<String> usableAliases(Unit unit, LocalDate day) {
    return aliasCache
        .computeIfAbsent(validityPeriod(day), period -> new LinkedHashMap<>())
        .computeIfAbsent(
            unit.unitId(),
            id ->
                aliasesByUnit.getOrDefault(id, List.of()).stream()
                    .filter(a -> spellingUnique(unit, a, day))
                    .toList());
  }

  private boolean spellingUnique(Unit unit, String spelling, LocalDate day) {
    Resolution resolution = resolver.resolve(null, spelling, day);
    return resolution.resolved() && resolution.unitId().equals(unit.unitId());
  }

  /** The loosest matching key: folded (no case, form or diacritics) and without prefixes. */
  static String key(String name) {
    String folded = Vietnamese.fold(name);
    String previous;
    do {
      previous = folded;
      folded = PREFIX.matcher(folded).replaceFirst("").trim();
    } while (!folded.equals(previous));
    return folded;
  }

  /** A name (i-th of a few) that matches no unit or alias of the profile on any day. */
  String unknownName(int i) {
    Set<String> known = new LinkedHashSet<>();
    for (Unit u : profile.units()) {
      known.add(key(u.name()));
    }
    for (UnitAlias a : profile.aliases()) {
      known.add(key(a.alias()));
    }
    List<String> free = UNKNOWN_NAMES.stream().filter(n -> !known.contains(key(n))).toList();
    return free.get(i % free.size());
  }

  /** A code that no unit of the profile has ever had. */
  String unknownCode(int i) {
    Set<String> codes = new LinkedHashSet<>();
    profile.units().forEach(u -> codes.add(u.unitCode()));
    int candidate = 99_999 - i;
    while (codes.contains(Integer.toString(candidate))) {
      candidate -= 7;
    }
    return Integer.toString(candidate);
  }

  /** The unit and everything it became through lineage (mergers, renames), transitively. */
  Set<String> withSuccessors(String unitId) {
    Set<String> all = new LinkedHashSet<>();
    List<String> frontier = new ArrayList<>(List.of(unitId));
    while (!frontier.isEmpty()) {
      String current = frontier.remove(0);
      if (all.add(current)) {
        frontier.addAll(successorsByUnit.getOrDefault(current, List.of()));
      }
    }
    return all;
  }


  /** A name as exports mangle it now and then: stray spaces (5%) or decomposed Unicode (5%). */
  static String messy(SplittableRandom rng, String name) {
    int draw = rng.nextInt(100);
    if (draw < 5) {
      return "  " + name.replace(" ", "  ") + " ";
    }
    if (draw < 10) {
      return Normalizer.normalize(name, Normalizer.Form.NFD);
    }
    return name;
  }
}
