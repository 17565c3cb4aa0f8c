package vn.phuly.thanthien.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Criterion;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Resolution;
import vn.phuly.thanthien.reference.Unit;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * An independent, strict check of one landing record against its contract and the profile, for
 * tests: which of the quarantine reasons apply to it. Clean records have none.
 */
final class RowChecker {
  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);
  private static final List<DateTimeFormatter> TIMESTAMPS =
      List.of(
          DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ISO_OFFSET_DATE_TIME);

  private final Profile profile;
  private final DatasetContract contract;
  private final UnitResolver resolver;

  RowChecker(Profile profile, DatasetContract contract) {
    this.profile = profile;
    this.contract = contract;
    this.resolver = UnitResolver.of(profile);
  }

  Set<ReasonCode> faults(LandingReader.Record record) {
    Set<ReasonCode> faults = EnumSet.noneOf(ReasonCode.class);
    if (record.parseError()) {
      faults.add(ReasonCode.PARSE_ERROR);
      return faults;
    }
    for (Column column : contract.columns()) {
      String value = Vietnamese.clean(record.fields().get(column.name()));
      boolean blank = value == null || value.isEmpty();
      if (blank) {
        if (column.required()) {
          faults.add(ReasonCode.MISSING_REQUIRED);
        }
        continue;
      }
      switch (column.type()) {
        case "date" -> {
          if (date(value).isEmpty()) {
            faults.add(ReasonCode.BAD_DATE);
          }
        }
        case "timestamp" -> {
          if (timestamp(value).isEmpty()) {
            faults.add(ReasonCode.BAD_DATE);
          }
        }
        case "enum" -> {
          if (!column.openEnum()
              && !column.values().containsKey(value)
              && !column.values().containsValue(value)) {
            faults.add(ReasonCode.BAD_ENUM);
          }
        }
        default -> {}
      }
    }
    Optional<LocalDate> day = unitDate(contract, record);
    if (day.isPresent()) {
      Resolution resolution = resolve(resolver, contract, record);
      if (!resolution.resolved()) {
        faults.add(ReasonCode.UNKNOWN_UNIT);
      } else if (contract.source().equals("submissions")) {
        checkScore(record, resolution.unitId(), faults);
      }
    }
    return faults;
  }

  /**
   * The unit of a record as DESIGN §5 resolves it: a submission's among the units valid in its
   * period, its submission date deciding between two; another record's on its own date.
   */
  static Resolution resolve(UnitResolver resolver, DatasetContract contract, LandingReader.Record record) {
    String code = contract.unit().code() == null ? null : record.fields().get(contract.unit().code());
    String name = record.fields().get(contract.unit().name());
    if (contract.source().equals("submissions")) {
      String period = Vietnamese.clean(record.fields().get("period"));
      String at = Vietnamese.clean(record.fields().get("submitted_at"));
      LocalDate submitted = at == null ? null : timestamp(at).map(LocalDateTime::toLocalDate).orElse(null);
      return resolver.resolve(code, name, periodStart(period), periodEnd(period), submitted);
    }
    return resolver.resolve(code, name, unitDate(contract, record).orElseThrow());
  }

  private void checkScore(LandingReader.Record record, String unitId, Set<ReasonCode> faults) {
    String period = Vietnamese.clean(record.fields().get("period"));
    LocalDate start = periodStart(period);
    LocalDate end = periodEnd(period);
    Unit unit =
        profile.units().stream()
            .filter(u -> u.unitId().equals(unitId) && u.validWithin(start, end))
            .max(Comparator.comparing(Unit::validFrom))
            .orElseThrow();
    String criterionId = Vietnamese.clean(record.fields().get("criterion_id"));
    Optional<Criterion> criterion =
        profile.criteriaFor(unit.unitType(), end).stream()
            .filter(c -> c.criterionId().equals(criterionId))
            .findFirst();
    if (criterionId == null || criterionId.isEmpty()) {
      return;
    }
    if (criterion.isEmpty()) {
      faults.add(ReasonCode.UNKNOWN_CRITERION);
      return;
    }
    double score = Double.parseDouble(record.fields().get("score").trim().replace(',', '.'));
    if (score < 0 || score > criterion.get().maxPoints()) {
      faults.add(ReasonCode.OUT_OF_RANGE);
    }
  }

  private static Optional<LocalDate> unitDate(DatasetContract contract, LandingReader.Record record) {
    if (contract.source().equals("submissions")) {
      String period = Vietnamese.clean(record.fields().get("period"));
      return period == null || period.isEmpty() ? Optional.empty() : Optional.of(periodEnd(period));
    }
    String column = contract.unit().date();
    String value = Vietnamese.clean(record.fields().get(column));
    if (value == null || value.isEmpty()) {
      return Optional.empty();
    }
    return contract.column(column).orElseThrow().type().equals("date")
        ? date(value)
        : timestamp(value).map(LocalDateTime::toLocalDate);
  }

  static LocalDate periodStart(String period) {
    LocalDate end = periodEnd(period);
    int months = period.length() == 4 ? 12 : period.charAt(5) == 'H' ? 6 : 3;
    return end.plusDays(1).minusMonths(months);
  }

  static LocalDate periodEnd(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    if (period.length() == 4) {
      return LocalDate.of(year, 12, 31);
    }
    int n = Integer.parseInt(period.substring(6));
    int lastMonth = period.charAt(5) == 'H' ? 6 * n : 3 * n;
    return LocalDate.of(year, lastMonth, 1).plusMonths(1).minusDays(1);
  }

  static Optional<LocalDate> date(String value) {
    for (DateTimeFormatter f : DATES) {
      try {
        return Optional.of(LocalDate.parse(value, f));
      } catch (DateTimeParseException e) {
        // try the next accepted style
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDateTime> timestamp(String value) {
    for (DateTimeFormatter f : TIMESTAMPS) {
      try {
        return Optional.of(LocalDateTime.parse(value, f));
      } catch (DateTimeParseException e) {
        // try the next accepted style
      }
    }
    return Optional.empty();
  }
}
