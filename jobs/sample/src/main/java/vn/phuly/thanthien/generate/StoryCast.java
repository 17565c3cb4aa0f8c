package vn.phuly.thanthien.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.phuly.thanthien.reference.Unit;

/**
 * How well each unit performs, year by year, and the three planted stories an analyst should
 * find. Story units are chosen from the profile (never hard-coded): among the units assessed at
 * the end of the first year that has any, of the peer group with the most units that have a population (the
 * wards rather than the offices), preferring units whose lineage reaches the last year, drawn by
 * the seed. Their successors by lineage carry the story on after a merger.
 *
 * <ul>
 *   <li>{@link Role#IMPROVING}: appraised score rises steadily, about 60% to 93%.
 *   <li>{@link Role#SELF_INFLATING}: scores itself about 97% while appraisal gives about 64%.
 *   <li>{@link Role#HARASSMENT}: repeated GAY_PHIEN_HA findings every year, citizens'
 *       satisfaction (survey scores and feedback) falling year after year.
 * </ul>
 *
 * Every other unit scores around 70–90% with yearly noise and a small self-assessment bias.
 */
final class StoryCast {
  enum Role {
    IMPROVING("improving", "appraised score rises steadily from about 60% to about 93%"),
    SELF_INFLATING("self_inflating", "SELF scores about 97% while APPRAISAL gives about 64%"),
    HARASSMENT(
        "harassment",
        "GAY_PHIEN_HA findings every year; survey scores and feedback satisfaction fall each year"),
    NONE("none", "");

    final String key;
    final String pattern;

    Role(String key, String pattern) {
      this.key = key;
      this.pattern = pattern;
    }
  }

  private final Seeds seeds;
  private final int fromYear;
  private final int toYear;
  private final Map<Role, Unit> cast = new LinkedHashMap<>();
  private final Map<Role, Set<String>> closures = new LinkedHashMap<>();
  private final Map<String, Double> satisfaction = new LinkedHashMap<>();

  StoryCast(UnitDirectory units, Seeds seeds, int fromYear, int toYear) {
    this.seeds = seeds;
    this.fromYear = fromYear;
    this.toYear = toYear;
    LocalDate last = LocalDate.of(toYear, 12, 31);
    List<Unit> assessed = List.of();
    for (int year = fromYear; year <= toYear && assessed.isEmpty(); year++) {
      assessed = units.assessedOn(LocalDate.of(year, 12, 31));
    }
    Map<String, List<Unit>> byType = new LinkedHashMap<>();
    for (Unit u : assessed) {
      if (u.population() != null) {
        byType.computeIfAbsent(u.unitType(), k -> new ArrayList<>()).add(u);
      }
    }
    List<Unit> peers =
        byType.values().stream()
            .max(Comparator.comparingInt(List::size))
            .orElse(assessed);
    List<Unit> shuffled = new ArrayList<>(peers);
    SplittableRandom rng = seeds.rng("story");
    for (int i = shuffled.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      shuffled.set(i, shuffled.set(j, shuffled.get(i)));
    }
    // Units whose story can be followed to the last year come first (stable sort keeps the draw).
    Set<String> lastIds = new LinkedHashSet<>();
    units.validOn(last).forEach(v -> lastIds.add(v.unitId()));
    Map<String, Boolean> lost = new LinkedHashMap<>();
    shuffled.sort(
        Comparator.comparing(
            (Unit u) ->
                lost.computeIfAbsent(
                    u.unitId(), id -> units.withSuccessors(id).stream().noneMatch(lastIds::contains))));
    for (Role role : List.of(Role.IMPROVING, Role.SELF_INFLATING, Role.HARASSMENT)) {
      Unit chosen = pickDisjoint(units, shuffled, true);
      if (chosen == null) {
        chosen = pickDisjoint(units, shuffled, false);
      }
      if (chosen != null) {
        cast.put(role, chosen);
        closures.put(role, units.withSuccessors(chosen.unitId()));
      }
    }
  }

  private Unit pickDisjoint(UnitDirectory units, List<Unit> candidates, boolean disjoint) {
    Set<String> taken = new LinkedHashSet<>();
    closures.values().forEach(taken::addAll);
    for (Unit u : candidates) {
      if (cast.containsValue(u)) {
        continue;
      }
      Set<String> closure = units.withSuccessors(u.unitId());
      if (!disjoint || closure.stream().noneMatch(taken::contains)) {
        return u;
      }
    }
    return null;
  }

  Role role(String unitId) {
    for (Map.Entry<Role, Set<String>> e : closures.entrySet()) {
      if (e.getValue().contains(unitId)) {
        return e.getKey();
      }
    }
    return Role.NONE;
  }

  Unit unit(Role role) {
    return cast.get(role);
  }

  /** For the manifest: role key → unit and pattern. */
  Map<String, StoryUnit> story() {
    Map<String, StoryUnit> story = new LinkedHashMap<>();
    cast.forEach(
        (role, u) -> {
          List<String> successors = new ArrayList<>(closures.get(role));
          successors.remove(u.unitId());
          story.put(role.key, new StoryUnit(u.unitId(), u.unitCode(), u.name(), successors, role.pattern));
        });
    return story;
  }

  private double progress(int year) {
    return toYear == fromYear ? 0.5 : (double) (year - fromYear) / (toYear - fromYear);
  }

  private double noise(String unitId, int year, String purpose, double spread) {
    return (seeds.rng(purpose, unitId, year).nextDouble() * 2 - 1) * spread;
  }

  /** The appraised level of a unit in a year, in percent of the maximum. */
  double appraisedPct(String unitId, int year) {
    return switch (role(unitId)) {
      case IMPROVING -> 60 + 33 * progress(year) + noise(unitId, year, "level", 1);
      case SELF_INFLATING -> 64 + noise(unitId, year, "level", 2);
      case HARASSMENT -> 84 - 14 * progress(year) + noise(unitId, year, "level", 1);
      case NONE -> 70 + 20 * seeds.rng("base", unitId).nextDouble() + noise(unitId, year, "level", 2.5);
    };
  }

  /** What the unit gives itself: a small upward bias, or far more for the inflating unit. */
  double selfPct(String unitId, int year) {
    if (role(unitId) == Role.SELF_INFLATING) {
      return 97;
    }
    return appraisedPct(unitId, year) + 1 + 4 * seeds.rng("bias", unitId).nextDouble();
  }

  /** Citizens' satisfaction with the unit, in percent (survey criteria and feedback). */
  double satisfactionPct(String unitId, int year) {
    return satisfaction.computeIfAbsent(unitId + "/" + year, k -> computeSatisfactionPct(unitId, year));
  }

  private double computeSatisfactionPct(String unitId, int year) {
    if (role(unitId) == Role.HARASSMENT) {
      return 86 - 32 * progress(year) + noise(unitId, year, "satisfaction", 1);
    }
    return appraisedPct(unitId, year) + noise(unitId, year, "satisfaction", 3);
  }

  /** Most units are appraised every period; story units always are (their story needs it). */
  boolean appraised(String unitId, String period) {
    return role(unitId) != Role.NONE || seeds.rng("appraised", unitId, period).nextInt(100) >= 10;
  }
}
