package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a unit-period is scored on (DESIGN §5), decided as the warehouse decides it
 * ({@code int_unit_period}, {@code int_criterion_final}), so that ingest's criterion check accepts
 * exactly the scores the marts count: the unit's type in a period is that of its last version
 * valid in it; its criteria are those of that type valid (each by its own dates) on the period's
 * last day. Broadcast to Spark executors.
 */
public final class Catalogues implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Each unit's versions, latest first. */
  private final Map<String, List<Unit>> versions = new HashMap<>();
  /** The versions of each criterion of a unit type, keyed by {@link #key}. */
  private final Map<String, List<Criterion>> criteria = new HashMap<>();

  public Catalogues(List<Unit> units, List<Criterion> criteria) {
    for (Unit unit : units) {
      versions.computeIfAbsent(unit.unitId(), id -> new ArrayList<>()).add(unit);
    }
    versions.values().forEach(v -> v.sort(Comparator.comparing(Unit::validFrom).reversed()));
    for (Criterion criterion : criteria) {
      this.criteria.computeIfAbsent(key(criterion.unitType(), criterion.criterionId()), k -> new ArrayList<>())
          .add(criterion);
    }
  }

  public static Catalogues of(Profile profile) {
    return new Catalogues(profile.units(), profile.criteria());
  }

  private static String key(String unitType, String criterionId) {
    return unitType + "\u0000" + criterionId;
  }

  /** The type of the unit's last version valid on at least one day from {@code first} to {@code last}. */
  public Optional<String> unitType(String unitId, LocalDate first, LocalDate last) {
    return versions.getOrDefault(unitId, List.of()).stream()
        .filter(u -> u.validWithin(first, last))
        .map(Unit::unitType)
        .findFirst();
  }

  /** The criterion of that id a unit of {@code unitType} is scored on in a period ending on {@code periodEnd}. */
  public Optional<Criterion> criterion(String unitType, String criterionId, LocalDate periodEnd) {
    return criteria.getOrDefault(key(unitType, criterionId), List.of()).stream()
        .filter(c -> c.validOn(periodEnd))
        .findFirst();
  }
}
