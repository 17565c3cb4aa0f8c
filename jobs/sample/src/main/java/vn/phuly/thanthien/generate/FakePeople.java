package vn.phuly.thanthien.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Realistic but invented Vietnamese personal data: names, phone numbers in the forms people type
 * them, 12-digit citizen ID numbers, addresses and e-mail addresses. Nothing here is real.
 */
final class FakePeople {
  private static final List<String> SURNAMES =
      List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Tạ", "Đoàn");
  private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Xuân", "Thành");
  private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thu", "Ngọc", "Hồng", "Thanh", "Phương", "Kim");
  private static final List<String> MALE_GIVEN =
      List.of("An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Khánh", "Long", "Nam", "Phúc", "Quân",
          "Sơn", "Tuấn", "Việt", "Thắng", "Hiếu", "Trung", "Đạt");
  private static final List<String> FEMALE_GIVEN =
      List.of("Anh", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Nhung", "Oanh",
          "Phượng", "Tâm", "Thảo", "Trang", "Yến", "Huyền", "Ngân");
  private static final List<String> STREETS =
      List.of("Lê Lợi", "Trần Phú", "Quy Lưu", "Biên Hòa", "Trường Chinh", "Lê Công Thanh",
          "Đinh Tiên Hoàng", "Nguyễn Văn Trỗi", "Lý Thường Kiệt", "Trần Hưng Đạo", "Lê Chân",
          "Nguyễn Hữu Tiến", "Đinh Công Tráng", "Bà Triệu");
  private static final List<String> MOBILE_PREFIXES =
      List.of("091", "094", "098", "097", "096", "088", "090", "093", "032", "033", "034", "035",
          "036", "037", "038", "039", "086", "083", "081");

  private FakePeople() {}

  static String name(SplittableRandom rng) {
    boolean female = rng.nextBoolean();
    return Seeds.pick(rng, SURNAMES)
        + " "
        + Seeds.pick(rng, female ? FEMALE_MIDDLE : MALE_MIDDLE)
        + " "
        + Seeds.pick(rng, female ? FEMALE_GIVEN : MALE_GIVEN);
  }

  /** A phone number as people write it: 0912345678, 0912 345 678, +84 912 345 678, 0226 3851 234. */
  static String phone(SplittableRandom rng) {
    String prefix = Seeds.pick(rng, MOBILE_PREFIXES);
    String rest = String.format(Locale.ROOT, "%07d", rng.nextInt(10_000_000));
    return switch (rng.nextInt(10)) {
      case 0, 1, 2, 3, 4 -> prefix + rest;
      case 5, 6 -> prefix + rest.charAt(0) + " " + rest.substring(1, 4) + " " + rest.substring(4);
      case 7, 8 -> "+84 " + prefix.substring(1) + rest.charAt(0) + " " + rest.substring(1, 4) + " " + rest.substring(4);
      default -> String.format(Locale.ROOT, "0226 3%03d %03d", rng.nextInt(1000), rng.nextInt(1000));
    };
  }

  /** 12 digits: province code 035, a century/sex digit, birth year, then six digits. */
  static String citizenId(SplittableRandom rng) {
    int century = rng.nextInt(4) < 3 ? rng.nextInt(2) : 2 + rng.nextInt(2);
    int year = century < 2 ? 40 + rng.nextInt(60) : rng.nextInt(8);
    return String.format(Locale.ROOT, "035%d%02d%06d", century, year, rng.nextInt(1_000_000));
  }

  static String address(SplittableRandom rng, String unitName) {
    return switch (rng.nextInt(3)) {
      case 0 -> "Số " + (1 + rng.nextInt(250)) + ", đường " + Seeds.pick(rng, STREETS) + ", " + unitName;
      case 1 -> "Tổ dân phố số " + (1 + rng.nextInt(18)) + ", " + unitName;
      default -> "Thôn " + (1 + rng.nextInt(12)) + ", " + unitName;
    };
  }

  static String email(SplittableRandom rng, String name) {
    String[] parts = ExportFormat.withoutDiacritics(name).toLowerCase(Locale.ROOT).split(" ");
    String domain = rng.nextBoolean() ? "gmail.com" : "yahoo.com.vn";
    return parts[parts.length - 1] + parts[0] + (1960 + rng.nextInt(45)) + "@" + domain;
  }
}
