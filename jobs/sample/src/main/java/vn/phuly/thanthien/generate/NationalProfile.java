package vn.phuly.thanthien.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ProfileFile;

/**
 * A synthetic national reference profile for {@link Scale#NATIONAL}: the 34 provinces of 1/7/2025
 * (type {@code TINH}, not assessed), 10,035 communes valid 2021-01-01 → 2025-06-30 and the 3,321
 * communes of 1/7/2025 (about 20% {@code PHUONG}, the rest {@code XA}), each new commune the whole
 * merge of two to four old ones of its province ({@code unit_lineage.csv}, share 1) and reusing the
 * code of its first predecessor, as most did in 2025. Names are invented from Vietnamese place-name
 * syllables, unique after folding (no case, diacritics or prefixes) among the communes valid on any
 * one day, so feedback can name every commune without its code. Criteria, bands, emulation weights
 * and thresholds are the shipped Phủ Lý profile's, without its city offices' catalogue. The profile does not depend on the seed: every
 * national landing of any seed resolves against the same units.
 */
public final class NationalProfile {
  /** The shipped profile's city-office catalogue: a national profile has no city offices. */
  private static final String OFFICE_CATALOGUE = "PB-";

  /** The folder {@code generate --scale national} writes the profile to, inside the landing root. */
  public static final String FOLDER = "_reference";

  private static final List<String> PROVINCES =
      List.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ", "Lai Châu", "Điện Biên",
          "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang",
          "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị", "Quảng Ngãi",
          "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp",
          "Cà Mau", "An Giang");
  private static final List<String> SYLLABLES =
      List.of("An", "Bình", "Cát", "Đông", "Gia", "Hòa", "Hưng", "Khánh", "Lạc", "Long", "Minh", "Nam",
          "Ngọc", "Phú", "Phước", "Quang", "Sơn", "Tân", "Thạnh", "Thuận", "Tiến", "Trung", "Vĩnh", "Xuân",
          "Yên", "Hải", "Hồng", "Kim", "Lâm", "Lộc", "Mỹ", "Nghĩa", "Nhân", "Phong", "Quý", "Tây", "Thái",
          "Thịnh", "Thượng", "Tiên", "Trà", "Trường", "Văn", "Việt", "Vinh", "Đại", "Đức", "Định", "Bắc",
          "Cẩm", "Châu", "Diễn", "Hạ", "Hiệp", "Hoàng", "Hữu", "Kỳ", "Lương", "Mai", "Nội", "Phúc", "Quế",
          "Sông", "Tam", "Thắng", "Thọ", "Thủy", "Trạch", "Tuyên", "Uyên", "Vạn", "Vân", "Bảo", "Cao",
          "Dương", "Đào", "Giang", "Hà", "Hậu", "Hiếu", "Hoa", "Hương", "Khê", "La", "Liên", "Linh", "Mộ",
          "Ninh", "Phổ", "Quảng", "Sa", "Tường", "Thiện", "Thống", "Tri", "Tú", "Ước", "Vũ", "Xương", "Đồng",
          "Chiến", "Dân", "Điền", "Hội", "Kiến", "Lập", "Mậu", "Nguyên", "Oai", "Quyết", "Sen");

  /** The real counts of 1/7/2025 (provinces, communes) and of the communes before it. */
  static final Shape NATIONAL = new Shape(34, 3_321, 10_035);

  /**
   * How many units: {@code provinces} provinces, {@code communes} communes from 1/7/2025 and
   * {@code formerCommunes} before it (each new commune merges at least one former one).
   */
  record Shape(int provinces, int communes, int formerCommunes) {
    Shape {
      if (provinces < 1 || provinces > PROVINCES.size() || communes < provinces || formerCommunes < communes) {
        throw new IllegalArgumentException("not a national shape: " + provinces + "/" + communes + "/" + formerCommunes);
      }
    }
  }

  private NationalProfile() {}

  /** Writes the national profile into {@code dir} (created) and loads it. */
  public static Profile write(Path dir) {
    return write(dir, NATIONAL);
  }

  static Profile write(Path dir, Shape shape) {
    List<String> names = names(shape.formerCommunes());
    try {
      Files.createDirectories(dir);
      try (BufferedWriter units = Files.newBufferedWriter(dir.resolve(ProfileFile.UNITS.fileName()), StandardCharsets.UTF_8);
          BufferedWriter lineage =
              Files.newBufferedWriter(dir.resolve(ProfileFile.UNIT_LINEAGE.fileName()), StandardCharsets.UTF_8)) {
        units.write("# Synthetic national profile (generate --scale national): the 34 provinces of 1/7/2025, the communes\n"
            + "# before 1/7/2025 and the 3,321 after it. Names, codes and populations are INVENTED; only the counts are real.\n"
            + "unit_id,unit_code,name,unit_type,parent_id,valid_from,valid_to,population\n");
        lineage.write("# Synthetic: every commune of 1/7/2025 is the whole merge of its predecessors (share 1).\n"
            + "from_unit_id,to_unit_id,effective_date,share\n");
        int former = 0;
        int commune = 0;
        for (int p = 0; p < shape.provinces(); p++) {
          String province = String.format(Locale.ROOT, "tinh-%02d", p + 1);
          units.write(String.join(",", province, String.format(Locale.ROOT, "%02d", p + 1), PROVINCES.get(p), "TINH",
              "", "2021-01-01", "", "") + "\n");
          int newHere = share(shape.communes(), shape.provinces(), p);
          int oldHere = share(shape.formerCommunes(), shape.provinces(), p);
          for (int j = 0; j < newHere; j++, commune++) {
            String type = commune % 5 == 0 ? "PHUONG" : "XA";
            int predecessors = share(oldHere, newHere, j);
            String newId = null;
            String newCode = null;
            String newName = null;
            long population = 0;
            for (int k = 0; k < predecessors; k++, former++) {
              String code = Integer.toString(10_001 + former);
              String id = type.toLowerCase(Locale.ROOT) + "-" + code;
              long people = 2_000 + Math.floorMod(former * 7_919L + 13, 14_000);
              units.write(String.join(",", id, code, names.get(former), type, province, "2021-01-01", "2025-06-30",
                  Long.toString(people)) + "\n");
              if (k == 0) {
                newId = id + "-2025";
                newCode = code;
                newName = names.get(former);
              }
              lineage.write(String.join(",", id, newId, "2025-07-01", "1") + "\n");
              population += people;
            }
            units.write(String.join(",", newId, newCode, newName, type, province, "2025-07-01", "",
                Long.toString(population)) + "\n");
          }
        }
      }
      Path shipped = Profile.shipped().directory();
      // Without the city offices' rows: a catalogue or weight for a unit type no unit has fails the
      // warehouse's accepted-values audit.
      for (ProfileFile file : List.of(ProfileFile.CRITERIA, ProfileFile.BANDS, ProfileFile.EMULATION)) {
        List<String> lines = Files.readAllLines(shipped.resolve(file.fileName()), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.contains(",PHONG_BAN,") && !line.startsWith(OFFICE_CATALOGUE))
            .toList();
        Files.write(dir.resolve(file.fileName()), lines, StandardCharsets.UTF_8);
      }
      Files.copy(shipped.resolve(ProfileFile.THRESHOLDS.fileName()), dir.resolve(ProfileFile.THRESHOLDS.fileName()),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
    return Profile.load(dir);
  }

  /** The {@code i}-th of {@code parts} near-equal shares of {@code total}. */
  private static int share(int total, int parts, int i) {
    return total / parts + (i < total % parts ? 1 : 0);
  }

  /**
   * {@code count} two-syllable names, distinct after {@link UnitDirectory#key} folding from each
   * other and from the provinces' names, in a fixed order that spreads each first syllable over the
   * provinces.
   */
  private static List<String> names(int count) {
    List<String> syllables = new ArrayList<>();
    Set<String> folded = new LinkedHashSet<>();
    for (String s : SYLLABLES) {
      if (folded.add(UnitDirectory.key(s))) {
        syllables.add(s);
      }
    }
    List<String> names = new ArrayList<>(count);
    Set<String> keys = new LinkedHashSet<>();
    PROVINCES.forEach(province -> keys.add(UnitDirectory.key(province)));
    int n = syllables.size();
    for (int step = 0; names.size() < count && step < n * n; step++) {
      // A stride coprime with n² walks every pair once in a scattered order.
      int pair = (int) ((step * 7_919L) % ((long) n * n));
      String first = syllables.get(pair / n);
      String second = syllables.get(pair % n);
      String name = first + " " + second;
      if (!first.equals(second) && keys.add(UnitDirectory.key(name))) {
        names.add(name);
      }
    }
    if (names.size() < count) {
      throw new IllegalStateException("only " + names.size() + " distinct commune names for " + count);
    }
    return names;
  }
}
