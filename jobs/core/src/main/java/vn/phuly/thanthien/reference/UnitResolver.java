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
 * Finds the unit an export row refers to (DESIGN.md §2, §5): by official code among the units
 * valid in the record's period or on its date (codes are reused after mergers), else by name or
 * alias, ignoring case, Unicode form and administrative prefixes, and finally ignoring diacritics
 * when that leaves exactly one unit. When a reference meant two units within a period, the
 * record's own date decides; anything still ambiguous fails rather than guesses.
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
   * Resolves a unit reference of a record dated {@code date} (feedback, inspections): only units
   * valid on that day are candidates.
   */
  public Resolution resolve(String code, String name, LocalDate date) {
    Objects.requireNonNull(date, "a unit is resolved on a date");
    return resolve(code, name, date, date, date);
  }

  /**
   * Resolves a unit reference of a record that belongs to the period {@code first}..{@code last}
   * (DESIGN §5): the candidates are the units valid on at least one day of it; only when the code
   * (or name) meant two units within the period does the record's own date decide, and if it
   * cannot (neither or both valid on it, or no date), the reference is ambiguous.
   *
   * @param code official code as exported, or null/blank
   * @param name unit name as exported, or null/blank
   * @param recordDate the record's own date (a submission's submitted_at), or null
   */
  public Resolution resolve(String code, String name, LocalDate first, LocalDate last, LocalDate recordDate) {
    Window window = new Window(Objects.requireNonNull(first), Objects.requireNonNull(last), recordDate);
    List<String> tried = new ArrayList<>();
    String trimmedCode = code == null ? "" : code.trim();
    boolean codeAmbiguous = false;
    if (!trimmedCode.isEmpty()) {
      Match byCodeMatch = window.match(byCode.get(trimmedCode));
      if (byCodeMatch.resolved()) {
        return Resolution.found(byCodeMatch.unitId(), Resolution.CODE, "code '" + trimmedCode + "'");
      }
      codeAmbiguous = byCodeMatch.ambiguous();
      tried.add("code '" + trimmedCode + "' matches " + byCodeMatch.describe(window));
    }
    String key = nameKey(name);
    if (key == null) {
      if (tried.isEmpty()) {
        tried.add("no code and no name");
      }
      return Resolution.failed(
          codeAmbiguous ? ReasonCode.AMBIGUOUS_UNIT : ReasonCode.UNKNOWN_UNIT, window.describe(tried));
    }
    List<Unit> named = new ArrayList<>(byName.getOrDefault(key, List.of()));
    named.addAll(byAlias.getOrDefault(key, List.of()));
    Match exact = window.match(named);
    if (exact.resolved()) {
      boolean isName = byName.getOrDefault(key, List.of()).stream().anyMatch(u -> u.unitId().equals(exact.unitId()));
      return Resolution.found(exact.unitId(), isName ? Resolution.NAME : Resolution.ALIAS, "name '" + key + "'");
    }
    if (exact.ambiguous()) {
      tried.add("name '" + key + "' matches " + exact.describe(window));
      return Resolution.failed(ReasonCode.AMBIGUOUS_UNIT, window.describe(tried));
    }
    String folded = Vietnamese.fold(key);
    Match loose = window.match(byFolded.get(folded));
    if (loose.resolved()) {
      return Resolution.found(loose.unitId(), Resolution.NAME_NO_DIACRITICS, "name '" + folded + "'");
    }
    tried.add("name '" + folded + "' without diacritics matches " + loose.describe(window));
    return Resolution.failed(
        loose.ambiguous() ? ReasonCode.AMBIGUOUS_UNIT : ReasonCode.UNKNOWN_UNIT, window.describe(tried));
  }

  /** The period a reference is resolved in, and the record's own date that decides between two units. */
  private record Window(LocalDate first, LocalDate last, LocalDate recordDate) {
    boolean oneDay() {
      return first.equals(last) && first.equals(recordDate);
    }

    Match match(List<Unit> versions) {
      Set<String> candidates = new TreeSet<>();
      for (Unit unit : versions == null ? List.<Unit>of() : versions) {
        if (unit.validWithin(first, last)) {
          candidates.add(unit.unitId());
        }
      }
      if (candidates.size() <= 1 || oneDay()) {
        return new Match(candidates, candidates);
      }
      Set<String> onRecordDate = new TreeSet<>();
      for (Unit unit : versions) {
        if (recordDate != null && candidates.contains(unit.unitId()) && unit.validOn(recordDate)) {
          onRecordDate.add(unit.unitId());
        }
      }
      return new Match(candidates, onRecordDate);
    }

    String describe(List<String> tried) {
      String when = first.equals(last) ? "on " + first : "from " + first + " to " + last;
      return when + ": " + String.join("; ", tried);
    }
  }

  /**
   * @param candidates the units valid within the window
   * @param decided those the record's date leaves when there were several (else the candidates)
   */
  private record Match(Set<String> candidates, Set<String> decided) {
    boolean resolved() {
      return decided.size() == 1;
    }

    boolean ambiguous() {
      return candidates.size() > 1;
    }

    String unitId() {
      return decided.iterator().next();
    }

    String describe(Window window) {
      String all = UnitResolver.describe(candidates);
      if (candidates.size() <= 1 || window.oneDay()) {
        return all;
      }
      return all + " (" + (window.recordDate() == null ? "the record has no date" : "on " + window.recordDate()
          + ": " + UnitResolver.describe(decided)) + ")";
    }
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

  private static String describe(Set<String> ids) {
    if (ids.isEmpty()) {
      return "no unit";
    }
    return (ids.size() == 1 ? "unit " : "units ") + String.join(", ", ids);
  }
}
