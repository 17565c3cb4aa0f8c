package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment period (DESIGN §3: {@code 2023}, {@code 2023-H1}, {@code 2023-Q2}): the project's
 * one period calendar. Ingest derives a submission's kind, first and last day from it; the
 * warehouse's {@code dim_period} is this calendar, materialised by the {@code {{periods}}}
 * placeholder, so both always agree.
 *
 * @param number the half (1–2) or quarter (1–4); 0 for a year
 */
public record AssessmentPeriod(String code, Kind kind, int year, int number, LocalDate start, LocalDate end)
    implements Serializable {
  /** The years a period code may name; any other is {@code BAD_PERIOD}. */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2099;

  private static final Pattern CODE = Pattern.compile("((?:19|20)[0-9]{2})(?:-([HQ])([1-4]))?");

  public enum Kind {
    YEAR(12, ""),
    HALF(6, "-H"),
    QUARTER(3, "-Q");

    private final int months;
    private final String suffix;

    Kind(int months, String suffix) {
      this.months = months;
      this.suffix = suffix;
    }

    /** Periods of this kind in a year. */
    public int perYear() {
      return 12 / months;
    }
  }

  public static AssessmentPeriod of(Kind kind, int year, int number) {
    if (year < FIRST_YEAR || year > LAST_YEAR || (kind == Kind.YEAR ? number != 0 : number < 1 || number > kind.perYear())) {
      throw new IllegalArgumentException("no " + kind + " " + number + " in " + year);
    }
    int firstMonth = kind == Kind.YEAR ? 1 : (number - 1) * kind.months + 1;
    LocalDate start = LocalDate.of(year, firstMonth, 1);
    String code = year + (kind == Kind.YEAR ? "" : kind.suffix + number);
    return new AssessmentPeriod(code, kind, year, number, start, start.plusMonths(kind.months).minusDays(1));
  }

  /** The period a code names, case-insensitively ({@code 2023-h1}); empty when it names none. */
  public static Optional<AssessmentPeriod> parse(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Matcher m = CODE.matcher(code.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) == null) {
      return Optional.of(of(Kind.YEAR, year, 0));
    }
    Kind kind = m.group(2).equals("H") ? Kind.HALF : Kind.QUARTER;
    int number = Integer.parseInt(m.group(3));
    return number > kind.perYear() ? Optional.empty() : Optional.of(of(kind, year, number));
  }

  /** The period of the same kind just before (2024-H2 before 2025-H1). */
  public String previousCode() {
    if (kind == Kind.YEAR) {
      return Integer.toString(year - 1);
    }
    return number == 1 ? (year - 1) + kind.suffix + kind.perYear() : year + kind.suffix + (number - 1);
  }

  /** The half a half or quarter falls in; null for a year. */
  public Integer half() {
    return switch (kind) {
      case YEAR -> null;
      case HALF -> number;
      case QUARTER -> (number + 1) / 2;
    };
  }

  /** The quarter of a quarter; null otherwise. */
  public Integer quarter() {
    return kind == Kind.QUARTER ? number : null;
  }

  /** The year, its halves and its quarters. */
  public static List<AssessmentPeriod> ofYear(int year) {
    List<AssessmentPeriod> periods = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (kind == Kind.YEAR) {
        periods.add(of(kind, year, 0));
      } else {
        for (int n = 1; n <= kind.perYear(); n++) {
          periods.add(of(kind, year, n));
        }
      }
    }
    return periods;
  }

  /** Every period from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
  public static List<AssessmentPeriod> all() {
    List<AssessmentPeriod> periods = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      periods.addAll(ofYear(year));
    }
    return periods;
  }
}
