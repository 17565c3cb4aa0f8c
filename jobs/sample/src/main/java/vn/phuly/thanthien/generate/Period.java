package vn.phuly.thanthien.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

  static Period year(int year) {
    return new Period(Integer.toString(year), year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  static Period half(int year, int half) {
    LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    return new Period(year + "-H" + half, year, start, start.plusMonths(6).minusDays(1));
  }

  static Period quarter(int year, int quarter) {
    LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
    return new Period(year + "-Q" + quarter, year, start, start.plusMonths(3).minusDays(1));
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
