package vn.phuly.thanthien.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.phuly.thanthien.reference.AssessmentPeriod;

/**
 * An assessment period with its export calendar. Annual assessments are made and exported in
 * December (re-submissions a week later); half-year and quarterly ones in the weeks after the
 * period ends.
 */
record Period(String label, int year, LocalDate start, LocalDate end) {

  boolean annual() {
    return label.length() == 4;
  }

  LocalDate landingDay() {
    return annual() ? LocalDate.of(year, 12, 20) : end.plusDays(20);
  }

  /** The landing day of version-2 re-submissions (annual periods only). */
  LocalDate resubmissionDay() {
    return LocalDate.of(year, 12, 28);
  }

  /** First day a unit may submit (SELF first, then SURVEY, then APPRAISAL). */
  LocalDate windowStart() {
    return annual() ? LocalDate.of(year, 12, 1) : end.plusDays(1);
  }

  /** The period of the project's one calendar (the one ingest and the warehouse use). */
  static Period of(AssessmentPeriod.Kind kind, int year, int number) {
    AssessmentPeriod p = AssessmentPeriod.of(kind, year, number);
    return new Period(p.code(), p.year(), p.start(), p.end());
  }

  static Period year(int year) {
    return of(AssessmentPeriod.Kind.YEAR, year, 0);
  }

  static Period half(int year, int half) {
    return of(AssessmentPeriod.Kind.HALF, year, half);
  }

  static Period quarter(int year, int quarter) {
    return of(AssessmentPeriod.Kind.QUARTER, year, quarter);
  }

  /**
   * The periods assessed: every year; at city scale also H1 of the last three years and Q1, Q2 of
   * the last year; at larger scales every half and quarter. Ordered by end date.
   */
  static List<Period> assessed(int fromYear, int toYear, boolean everyPeriod) {
    List<Period> periods = new ArrayList<>();
    for (int y = fromYear; y <= toYear; y++) {
      periods.add(year(y));
      if (everyPeriod || y > toYear - 3) {
        periods.add(half(y, 1));
      }
      if (everyPeriod) {
        periods.add(half(y, 2));
      }
      for (int q = 1; q <= 4; q++) {
        if (everyPeriod || (y == toYear && q <= 2)) {
          periods.add(quarter(y, q));
        }
      }
    }
    periods.sort(Comparator.comparing(Period::end).thenComparing(Period::label));
    return periods;
  }
}
