package vn.phuly.thanthien.reference;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective {@code report.csv} of a profile: every {@link ReportSetting} with the file's value
 * or its default, checked as the profile loads (an unknown key, a repeated key, an unknown period
 * kind or a delay that is not a whole number of days names the file and the line).
 */
public final class ReportSettings {
  private final Map<ReportSetting, String> values;

  private ReportSettings(Map<ReportSetting, String> values) {
    this.values = values;
  }

  static ReportSettings read(ProfileCsv csv) {
    Map<ReportSetting, String> values = new EnumMap<>(ReportSetting.class);
    for (ReportSetting s : ReportSetting.values()) {
      values.put(s, s.defaultValue());
    }
    Map<ReportSetting, Long> setOn = new EnumMap<>(ReportSetting.class);
    for (ProfileCsv.Row row : csv == null ? List.<ProfileCsv.Row>of() : csv.rows()) {
      String key = row.text("key");
      ReportSetting setting =
          ReportSetting.byKey(key).orElseThrow(() -> row.error("khoá lạ '" + key + "' (các khoá: "
              + String.join(", ", Arrays.stream(ReportSetting.values()).map(ReportSetting::key).toList()) + ")"));
      Long earlier = setOn.put(setting, row.line());
      if (earlier != null) {
        throw row.error("khoá " + key + " đã có ở dòng " + earlier);
      }
      String value = row.optionalText("value");
      values.put(setting, value == null ? "" : value);
      check(row, setting, values.get(setting));
    }
    return new ReportSettings(values);
  }

  private static void check(ProfileCsv.Row row, ReportSetting setting, String value) {
    if (setting == ReportSetting.PERIOD_KINDS) {
      for (String kind : split(value)) {
        if (Arrays.stream(AssessmentPeriod.Kind.values()).noneMatch(k -> k.name().equals(kind))) {
          throw row.error("period_kinds: '" + kind + "' không phải YEAR, HALF hay QUARTER");
        }
      }
    } else if (setting.key().startsWith("delay_days_") && !value.matches("[0-9]{1,4}")) {
      throw row.error(setting.key() + ": '" + value + "' phải là một số ngày nguyên, không âm");
    }
  }

  /** The issuing office for the cover; empty when the profile names none. */
  public Optional<String> issuer() {
    String issuer = values.get(ReportSetting.ISSUER);
    return issuer.isBlank() ? Optional.empty() : Optional.of(issuer);
  }

  /** The period kinds that are reported, in calendar order (YEAR, HALF, QUARTER). */
  public List<AssessmentPeriod.Kind> periodKinds() {
    List<String> kinds = words(ReportSetting.PERIOD_KINDS);
    return Arrays.stream(AssessmentPeriod.Kind.values()).filter(k -> kinds.contains(k.name())).toList();
  }

  /** Days after a period of {@code kind} closes before its report is due. */
  public int delayDays(AssessmentPeriod.Kind kind) {
    return Integer.parseInt(values.get(ReportSetting.delayDays(kind)));
  }

  /** Who receives the report of a period of {@code kind} (empty: nobody). */
  public List<String> recipients(AssessmentPeriod.Kind kind) {
    return words(ReportSetting.recipients(kind));
  }

  /** A setting's effective value (the file's, else the default). */
  public String value(ReportSetting setting) {
    return values.get(setting);
  }

  private List<String> words(ReportSetting setting) {
    return split(values.get(setting));
  }

  private static List<String> split(String value) {
    String words = value.strip();
    return words.isEmpty() ? List.of() : List.of(words.split("[\\s;,]+"));
  }
}
