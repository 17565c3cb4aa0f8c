package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Finds the unit an export row refers to (DESIGN.md §2): by official code on the record's date
 * (codes are reused after mergers), else by name or alias, ignoring case, Unicode form and
 * administrative prefixes, and finally ignoring diacritics when that leaves exactly one unit.
 * Anything ambiguous fails rather than guesses.
 *
 * <p>All lookup maps are built once here; the resolver is broadcast to Spark executors and called
 * once per row.
 */
public final class UnitResolver implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Lower-case prefixes stripped from the front of a name, accented and unaccented, since exports
   * come both ways ("uỷ" is the old tone placement of "ủy"). Abbreviations end with their dot, so
   * "tp." and "p." cannot clash.
   */
  private static final List<String> PREFIXES =
      List.of(
          "ủy ban nhân dân",
          "uỷ ban nhân dân",
          "uy ban nhan dan",
          "ubnd",
          "thị trấn",
          "thi tran",
          "thành phố",
          "thanh pho",
          "phường",
          "phuong",
          "tỉnh",
          "tinh",
          "xã",
          "xa",
          "tp.",
          "p.",
          "x.");

  /** Each version of a unit that carries a given code or name. */
  private final Map<String, List<Unit>> byCode = new HashMap<>();

  private final Map<String, List<Unit>> byName = new HashMap<>();
  /** Aliases point at a unit, valid whenever any version of that unit is. */
  private final Map<String, List<Unit>> byAlias = new HashMap<>();
  /** Names and aliases together, diacritics folded. */
  private final Map<String, List<Unit>> byFolded = new HashMap<>();
  /**
   * The days on which some unit's validity starts or ends (its first day, the day after its last),
   * as epoch days in ascending order: between two of them every unit is valid or not throughout.
   */
  private final long[] validityChanges;

  public UnitResolver(List<Unit> units, List<UnitAlias> aliases) {
    Map<String, List<Unit>> versions = new HashMap<>();
    for (Unit unit : units) {
      versions.computeIfAbsent(unit.unitId(), id -> new ArrayList<>()).add(unit);
      if (unit.unitCode() != null && !unit.unitCode().isBlank()) {
        add(byCode, unit.unitCode().trim(), unit);
      }
      String name = nameKey(unit.name());
      if (name != null) {
        add(byName, name, unit);
        add(byFolded, Vietnamese.fold(name), unit);
      }
    }
    validityChanges =
        units.stream()
            .flatMap(unit -> Stream.of(
                unit.validFrom(), unit.validTo() == null ? null : unit.validTo().plusDays(1)))
            .filter(Objects::nonNull)
            .mapToLong(LocalDate::toEpochDay)
            .sorted()
            .distinct()
            .toArray();
    for (UnitAlias alias : aliases) {
      List<Unit> aliased = versions.get(alias.unitId());
      String key = nameKey(alias.alias());
      if (aliased == null) {
        throw new ProfileException(
            "unit_aliases.csv: alias '" + alias.alias() + "' names unknown unit " + alias.unitId());
      }
      if (key == null) {
        continue;
      }
      for (Unit unit : aliased) {
        add(byAlias, key, unit);
        add(byFolded, Vietnamese.fold(key), unit);
      }
    }
  }

  public static UnitResolver of(Profile profile) {
    return new UnitResolver(profile.units(), profile.aliases());
  }

  /**
   * The validity period a day falls in: days with the same period have the same valid units, so a
   * reference resolves to the same unit on each of them (failures name the day in their detail).
   */
  public int validityPeriod(LocalDate day) {
    int at = Arrays.binarySearch(validityChanges, day.toEpochDay());
    return at >= 0 ? at + 1 : -at - 1;
  }

  /**
   * Resolves a unit reference.
   *
   * @param code official code as exported, or null/blank
   * @param name unit name as exported, or null/blank
   * @param date the record's date: only units valid on it are candidates
   */
  public Resolution resolve(String code, String name, LocalDate date) {
    Objects.requireNonNull(date, "a unit is resolved on a date");
    List<String> tried = new ArrayList<>();
    String trimmedCode = code == null ? "" : code.trim();
    boolean codeAmbiguous = false;
    if (!trimmedCode.isEmpty()) {
      Set<String> ids = validIds(byCode.get(trimmedCode), date);
      if (ids.size() == 1) {
        return Resolution.found(ids.iterator().next(), Resolution.CODE, "code '" + trimmedCode + "'");
      }
      codeAmbiguous = ids.size() > 1;
      tried.add("code '" + trimmedCode + "' matches " + describe(ids));
    }
    String key = nameKey(name);
    if (key == null) {
      if (tried.isEmpty()) {
        tried.add("no code and no name");
      }
      return Resolution.failed(
          codeAmbiguous ? ReasonCode.AMBIGUOUS_UNIT : ReasonCode.UNKNOWN_UNIT, on(date, tried));
    }
    Set<String> byNameIds = validIds(byName.get(key), date);
    Set<String> byAliasIds = validIds(byAlias.get(key), date);
    Set<String> exact = new TreeSet<>(byNameIds);
    exact.addAll(byAliasIds);
    if (exact.size() == 1) {
      String match = byNameIds.isEmpty() ? Resolution.ALIAS : Resolution.NAME;
      return Resolution.found(exact.iterator().next(), match, "name '" + key + "'");
    }
    if (exact.size() > 1) {
      tried.add("name '" + key + "' matches " + describe(exact));
      return Resolution.failed(ReasonCode.AMBIGUOUS_UNIT, on(date, tried));
    }
    String folded = Vietnamese.fold(key);
    Set<String> foldedIds = validIds(byFolded.get(folded), date);
    if (foldedIds.size() == 1) {
      return Resolution.found(
          foldedIds.iterator().next(), Resolution.NAME_NO_DIACRITICS, "name '" + folded + "'");
    }
    tried.add("name '" + folded + "' without diacritics matches " + describe(foldedIds));
    return Resolution.failed(
        foldedIds.isEmpty() ? ReasonCode.UNKNOWN_UNIT : ReasonCode.AMBIGUOUS_UNIT,
        on(date, tried));
  }

  /**
   * Lower case, NFC, single spaces, administrative prefixes removed (repeatedly: "UBND phường X");
   * a name made only of prefixes is kept as it is. Null when there is no name.
   */
  static String nameKey(String text) {
    String key = Vietnamese.lower(text);
    if (key == null || key.isEmpty()) {
      return null;
    }
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String prefix : PREFIXES) {
        if (startsWithPrefix(key, prefix)) {
          String rest = key.substring(prefix.length()).strip();
          if (!rest.isEmpty()) {
            key = rest;
            stripped = true;
          }
          break;
        }
      }
    }
    return key;
  }

  /** A word prefix must end at a space; an abbreviation ("p.") ends with its dot ("P.Lam Hạ"). */
  private static boolean startsWithPrefix(String key, String prefix) {
    if (!key.startsWith(prefix)) {
      return false;
    }
    return prefix.endsWith(".")
        || key.length() == prefix.length()
        || key.charAt(prefix.length()) == ' ';
  }

  private static void add(Map<String, List<Unit>> map, String key, Unit unit) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
  }

  private static Set<String> validIds(List<Unit> versions, LocalDate date) {
    Set<String> ids = new TreeSet<>();
    if (versions != null) {
      for (Unit unit : versions) {
        if (unit.validOn(date)) {
          ids.add(unit.unitId());
        }
      }
    }
    return ids;
  }

  private static String describe(Set<String> ids) {
    if (ids.isEmpty()) {
      return "no unit";
    }
    return (ids.size() == 1 ? "unit " : "units ") + String.join(", ", ids);
  }

  private static String on(LocalDate date, List<String> tried) {
    return "on " + date + ": " + String.join("; ", tried);
  }
}
