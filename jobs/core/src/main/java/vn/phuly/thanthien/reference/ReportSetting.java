package vn.phuly.thanthien.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every key a profile may set in {@code report.csv} (DESIGN §2), with its default: the one registry
 * Profile validates against and {@link ReportSettings} reads. The table in
 * {@code reference/phu-ly/README.md} lists the same keys.
 */
public enum ReportSetting {
  ISSUER("issuer", "",
      "Issuing office named on the report's cover (e.g. UBND thành phố Phủ Lý); empty: no issuing office line."),
  PERIOD_KINDS("period_kinds", "YEAR",
      "Period kinds reported by `report --due` and `run`: YEAR, HALF and/or QUARTER separated by spaces."),
  DELAY_DAYS_YEAR("delay_days_year", "45",
      "Days after the end of a year before its report is due (time for appraisal and late exports)."),
  DELAY_DAYS_HALF("delay_days_half", "30", "Days after the end of a half-year before its report is due."),
  DELAY_DAYS_QUARTER("delay_days_quarter", "20", "Days after the end of a quarter before its report is due."),
  RECIPIENTS_YEAR("recipients_year", "",
      "E-mail addresses (separated by spaces) that receive the annual report; empty: nobody (read by delivery)."),
  RECIPIENTS_HALF("recipients_half", "", "E-mail addresses that receive the half-year report (read by delivery)."),
  RECIPIENTS_QUARTER("recipients_quarter", "", "E-mail addresses that receive the quarterly report (read by delivery).");

  private final String key;
  private final String defaultValue;
  private final String description;

  ReportSetting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }

  public static Optional<ReportSetting> byKey(String key) {
    return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
  }

  /** The delay key of a period kind ({@code delay_days_half}). */
  static ReportSetting delayDays(AssessmentPeriod.Kind kind) {
    return valueOf("DELAY_DAYS_" + kind.name());
  }

  /** The recipients key of a period kind ({@code recipients_year}). */
  static ReportSetting recipients(AssessmentPeriod.Kind kind) {
    return valueOf("RECIPIENTS_" + kind.name());
  }
}
