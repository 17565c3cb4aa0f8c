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

  private static final Map<String, String> REASON =
      Map.of(
          "SELF_GAP", "Tự chấm cao hơn kết quả thẩm định",
          "SATISFACTION_DROP", "Mức hài lòng của người dân giảm",
          "HARASSMENT", "Có hành vi gây phiền hà",
          "OVERDUE_MEASURES", "Chậm khắc phục sau kiểm tra");
  private static final Map<String, String> FINDING =
      Map.of(
          "GAY_PHIEN_HA", "Gây phiền hà, sách nhiễu",
          "TRE_HAN", "Giải quyết trễ hạn",
          "THAI_DO", "Thái độ chưa đúng mực",
          "KHONG_CONG_KHAI", "Không công khai thủ tục",
          "HINH_THUC", "Thực hiện hình thức",
          "KHONG_XAC_DINH", "Không rõ mã");
  private static final Map<String, String> SOURCE =
      Map.of(
          "submissions", "Phiếu chấm điểm",
          "inspections", "Kiểm tra công vụ",
          "feedback", "Phản ánh, kiến nghị");

  private Labels() {}

  /** A watch-list reason code in Vietnamese ({@code SELF_GAP} → "Tự chấm cao hơn kết quả thẩm định"). */
  public static String reason(String code) {
    return REASON.getOrDefault(code, code);
  }

  /** An inspection finding code in Vietnamese; a code the report does not know is shown as is. */
  public static String findingCode(String code) {
    return FINDING.getOrDefault(code, code);
  }

  /** A landing source in Vietnamese. */
  public static String source(String source) {
    return SOURCE.getOrDefault(source, source);
  }

  /** "phường", "xã", … — the unit type alone, lower case. */
  public static String unitTypeName(String unitType) {
    return UNIT_TYPE.getOrDefault(unitType, unitType);
  }

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

  /** A Vietnamese number format: {@code pattern} with a decimal comma and a dot between thousands. */
  public static DecimalFormat decimalFormat(String pattern) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    return new DecimalFormat(pattern, symbols);
  }

  /** Whole numbers with a dot between thousands: "1.234". */
  public static DecimalFormat countFormat() {
    return decimalFormat("#,##0");
  }

  /** "1.234" */
  public static String count(long value) {
    return countFormat().format(value);
  }

  /** "40", "12,5": at most one decimal, none when whole. */
  public static String number(double value) {
    return decimalFormat("#,##0.#").format(value);
  }

  /** "+2,5" / "-3,0": one decimal with its sign (a hyphen-minus: Noto Sans has no U+2212). */
  public static String signedPct(double value) {
    return (value > 0 ? "+" : value < 0 ? "-" : "") + pct(Math.abs(value));
  }

  /** "31/12/2024" */
  public static String date(java.time.LocalDate day) {
    return String.format(Locale.ROOT, "%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
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
          "kỳ " + period + " không hợp lệ: cần dạng YYYY (năm), YYYY-H1/H2 (6 tháng) hoặc YYYY-Q1..Q4 (quý)"
              + " (period: expected YYYY, YYYY-H1/H2 or YYYY-Q1..Q4)");
    }
    return m;
  }
}
