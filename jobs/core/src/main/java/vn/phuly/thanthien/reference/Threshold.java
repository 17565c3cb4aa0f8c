package vn.phuly.thanthien.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every threshold a profile may set in {@code thresholds.csv} (DESIGN §2), with its default: the
 * one registry that Profile validates against, that ingest and the Airflow DAGs read through
 * {@link Profile#threshold}, and that the warehouse materialises as {@code stg_thresholds} (every
 * key, with the profile's value or else the default), so no step ever meets a missing threshold.
 * The table in {@code reference/phu-ly/README.md} is generated from it ({@code ThresholdDocTest}).
 */
public enum Threshold {
  QUARANTINE_RATE_MAX("quarantine_rate_max", 0.05, Kind.FRACTION,
      "Ingest quality gate: the fraction of a source's rows read in one run that may be quarantined;"
          + " above it the run fails the gate (exit 3)."),
  WATCH_SELF_GAP_PP("watch_self_gap_pp", 10, Kind.PERCENTAGE_POINTS,
      "Watch list: self-assessment minus final score, in percentage points of max_points, at or above"
          + " which a unit-period is flagged."),
  WATCH_SATISFACTION_DROP_PP("watch_satisfaction_drop_pp", 10, Kind.PERCENTAGE_POINTS,
      "Watch list: fall of the satisfaction rate against the previous period of the same kind, in"
          + " percentage points, at or above which a unit-period is flagged."),
  WATCH_HARASSMENT_FINDINGS("watch_harassment_findings", 1, Kind.COUNT,
      "Watch list: GAY_PHIEN_HA (harassment) findings in the period at or above which a unit-period is"
          + " flagged."),
  WATCH_OVERDUE_MEASURES("watch_overdue_measures", 2, Kind.COUNT,
      "Watch list: corrective measures past their deadline and not completed at or above which a"
          + " unit-period is flagged."),
  WATCH_MIN_RESPONSES("watch_min_responses", 20, Kind.COUNT,
      "Watch list: answered satisfaction items each of the two periods needs before a fall in"
          + " satisfaction is judged."),
  STALE_SOURCE_DAYS("stale_source_days", 7, Kind.DAYS,
      "Operations: days without a new landing day after which a source is reported stale."),
  MAX_RECORD_BYTES("max_record_bytes", 1_048_576, Kind.BYTES,
      "Ingest: the longest record (CSV row or JSON line) read, in bytes; a longer one is quarantined.");

  /** What a value means, and so which values are allowed. */
  public enum Kind {
    FRACTION("a fraction from 0 to 1", "một tỉ lệ từ 0 đến 1"),
    PERCENTAGE_POINTS("percentage points, 0 or more", "số điểm phần trăm, không âm"),
    COUNT("a whole number, 0 or more", "một số nguyên không âm"),
    DAYS("a whole number of days, 1 or more", "một số ngày nguyên, ít nhất 1"),
    BYTES("a whole number of bytes, 1 or more", "một số byte nguyên, ít nhất 1");

    private final String meaning;
    private final String meaningVi;

    Kind(String meaning, String meaningVi) {
      this.meaning = meaning;
      this.meaningVi = meaningVi;
    }

    public String meaning() {
      return meaning;
    }

    public String meaningVi() {
      return meaningVi;
    }

    public boolean allows(double value) {
      boolean whole = value == Math.rint(value);
      return switch (this) {
        case FRACTION -> value >= 0 && value <= 1;
        case PERCENTAGE_POINTS -> value >= 0;
        case COUNT -> value >= 0 && whole;
        case DAYS, BYTES -> value >= 1 && whole;
      };
    }
  }

  private final String key;
  private final double defaultValue;
  private final Kind kind;
  private final String description;

  Threshold(String key, double defaultValue, Kind kind, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.kind = kind;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public double defaultValue() {
    return defaultValue;
  }

  public Kind kind() {
    return kind;
  }

  public String description() {
    return description;
  }

  public static Optional<Threshold> byKey(String key) {
    return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
  }
}
