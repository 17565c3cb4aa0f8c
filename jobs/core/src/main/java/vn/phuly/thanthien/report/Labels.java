package vn.phuly.thanthien.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.phuly.thanthien.BadInputException;

/** Vietnamese wording and number formats shared by the charts and the report. */
public final class Labels {
  public static final String NO_DATA = "chưa có dữ liệu";
  public static final String MODEL = "mô hình Chính quyền thân thiện";

  private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(H[12]|Q[1-4]))?");
  private static final Map<String, String> PART =
      Map.of(
          "H1", "6 tháng đầu năm",
          "H2", "6 tháng cuối năm",
          "Q1", "quý I năm",
          "Q2", "quý II năm",
          "Q3", "quý III năm",
          "Q4", "quý IV năm");
  // Peer groups of the shipped profile; another profile's types are shown by their code.
  private static final Map<String, String> UNIT_TYPE =
      Map.of(
          "PHONG_BAN", "cơ quan chuyên môn",
          "PHUONG", "phường",
          "XA", "xã",
          "TINH", "tỉnh");

  private Labels() {}

  /** {@code 2024} → "năm 2024", {@code 2024-H1} → "6 tháng đầu năm 2024", {@code 2024-Q2} → "quý II năm 2024". */
  public static String period(String period) {
    Matcher m = matchPeriod(period);
    return (m.group(2) == null ? "năm" : PART.get(m.group(2))) + " " + m.group(1);
  }

  public static int year(String period) {
    return Integer.parseInt(matchPeriod(period).group(1));
  }

  /** "Khối phường", "Khối xã", … */
  public static String unitGroup(String unitType) {
    return "Khối " + UNIT_TYPE.getOrDefault(unitType, unitType);
  }

  /** A file-name part for a unit type: {@code PHONG_BAN} → {@code phong-ban}. */
  public static String slug(String unitType) {
    return unitType.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** "87,5" — one decimal, Vietnamese decimal comma. */
  public static String pct(double value) {
    DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(value).replace('.', ',');
  }

  /** "▲ 2" for places gained, "▼ 1" for places lost, "=" unchanged, "" when there is no previous rank. */
  public static String rankChange(Integer change) {
    if (change == null) {
      return "";
    }
    if (change > 0) {
      return "▲ " + change;
    }
    if (change < 0) {
      return "▼ " + (-change);
    }
    return "=";
  }

  /** "Hạng 1 · Lê Hồng Phong" for a ranked unit, "Lê Hồng Phong · chưa có dữ liệu" otherwise. */
  public static String rankedName(RankingRow row) {
    return row.ranked()
        ? "Hạng " + row.rank() + " · " + row.unitName()
        : row.unitName() + " · " + NO_DATA;
  }

  private static Matcher matchPeriod(String period) {
    Matcher m = PERIOD.matcher(period == null ? "" : period);
    if (!m.matches()) {
      throw new BadInputException(
          "period " + period + ": expected YYYY, YYYY-H1/H2 or YYYY-Q1..Q4");
    }
    return m;
  }
}
