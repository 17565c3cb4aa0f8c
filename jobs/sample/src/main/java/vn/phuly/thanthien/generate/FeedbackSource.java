package vn.phuly.thanthien.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Unit;

/**
 * Citizens' feedback (DESIGN.md §3 "feedback"), exported at the end of every quarter: the items
 * received that quarter with their status on the export day, then the items of the previous
 * quarter that were still open and have been handled since (same {@code Mã phản ánh}, new status
 * and completion time). Each item is drawn from its own random stream, so the re-export
 * regenerates it instead of keeping it in memory.
 */
final class FeedbackSource {
  static final String SOURCE = "feedback";
  static final List<String> HEADER =
      List.of("Mã phản ánh", "Thời gian tiếp nhận", "Kênh tiếp nhận", "Loại", "Lĩnh vực", "Đơn vị xử lý",
          "Họ tên người gửi", "Số điện thoại", "Số CCCD", "Địa chỉ", "Nội dung", "Hạn xử lý",
          "Thời gian hoàn thành", "Trạng thái", "Mức độ hài lòng");
  private static final List<String> KINDS =
      List.of("Phản ánh", "Kiến nghị", "Khiếu nại", "Tố cáo", "Góp ý", "Khen ngợi");
  private static final int[] KIND_WEIGHTS = {35, 20, 10, 4, 16, 15};
  private static final List<String> CHANNELS =
      List.of("Đường dây nóng", "Cổng dịch vụ công", "Hòm thư góp ý", "Trực tiếp", "Ứng dụng di động",
          "Zalo", "Khảo sát tại quầy");
  private static final int[] CHANNEL_WEIGHTS = {15, 25, 5, 20, 12, 13, 10};
  /** The last field is not in the contract: a new value ingest records as drift. */
  private static final List<String> FIELDS =
      List.of("Đất đai", "Hộ tịch", "Xây dựng", "Môi trường", "Trật tự đô thị", "Y tế", "Giáo dục",
          "An sinh xã hội", "Khác", "Giao thông vận tải");
  private static final int[] FIELD_WEIGHTS = {200, 150, 120, 110, 110, 60, 60, 90, 97, 3};
  private static final List<ExportFormat> ROTATION =
      List.of(ExportFormat.CSV, ExportFormat.CSV_BOM_CRLF, ExportFormat.CSV_1258, ExportFormat.CSV_PLAIN_HEADERS);
  private static final List<ReasonCode> PLANTS =
      List.of(ReasonCode.UNKNOWN_UNIT, ReasonCode.BAD_DATE, ReasonCode.MISSING_REQUIRED, ReasonCode.BAD_ENUM,
          ReasonCode.BAD_ENUM, ReasonCode.UNKNOWN_UNIT, ReasonCode.BAD_DATE, ReasonCode.BAD_ENUM, ReasonCode.MISSING_REQUIRED,
          ReasonCode.BAD_ENUM, ReasonCode.UNKNOWN_UNIT, ReasonCode.BAD_DATE, ReasonCode.BAD_ENUM, ReasonCode.MISSING_REQUIRED);

  private final UnitDirectory units;
  private final StoryCast cast;
  private final Seeds seeds;
  private final LandingLog log;
  private final long totalItems;
  private final PlantQueue plants = new PlantQueue(PLANTS);
  private final Map<Integer, Candidates> candidates = new LinkedHashMap<>();
  private int fileCount;
  private int plantCount;
  /** How many rows of each reason were planted so far: successive ones vary the fault. */
  private final Map<ReasonCode, Integer> variants = new EnumMap<>(ReasonCode.class);

  /** Units feedback can name on a day (by a name that resolves alone), with their weights. */
  private record Candidates(List<Unit> units, long[] cumulativeWeights) {
    /** The draw of {@link Seeds#weighted}, found by bisection: a national day has 10,000 candidates. */
    Unit pick(SplittableRandom rng) {
      long r = rng.nextInt((int) cumulativeWeights[cumulativeWeights.length - 1]);
      int at = Arrays.binarySearch(cumulativeWeights, r + 1);
      return units.get(at >= 0 ? at : -at - 1);
    }
  }

  /** One item as drawn; its status depends on the export it appears in. */
  private record Item(
      String id, LocalDateTime receivedAt, String channel, String kind, String field, String unitName,
      String senderName, String phone, String citizenId, String address, String content,
      LocalDateTime dueAt, LocalDateTime outcomeAt, String outcome, String satisfaction) {}

  FeedbackSource(UnitDirectory units, StoryCast cast, Seeds seeds, LandingLog log, long totalItems) {
    this.units = units;
    this.cast = cast;
    this.seeds = seeds;
    this.log = log;
    this.totalItems = totalItems;
  }

  void write(int fromYear, int toYear) {
    int quarters = 4 * (toYear - fromYear + 1);
    int index = 0;
    int[] previous = null;
    for (int year = fromYear; year <= toYear; year++) {
      int offsetInYear = 0;
      for (int q = 1; q <= 4; q++, index++) {
        int count = (int) (totalItems / quarters + (index < totalItems % quarters ? 1 : 0));
        writeQuarter(year, q, offsetInYear, count, previous);
        previous = new int[] {year, q, offsetInYear, count};
        offsetInYear += count;
      }
    }
  }

  /**
   * One plain CSV export of exactly {@code rows} items landed on {@code day}, for the ingest
   * benchmark: the items are those {@link #write} would draw, taken from the quarters of
   * {@code fromYear}..{@code toYear} in turn (item k of every quarter, then item k + 1), with the
   * status they have on {@code day}. No planted rows: the benchmark measures the normal path.
   */
  WrittenFile writeExport(LocalDate day, long rows, int fromYear, int toYear) {
    int quarters = 4 * (toYear - fromYear + 1);
    long perQuarter = rows / quarters + 1;
    LocalDateTime exportAt = LocalDateTime.of(day, LocalTime.of(23, 59));
    ExportFile file = log.open(SOURCE, day, "phan_anh_" + rows, ExportFormat.CSV);
    file.header(HEADER);
    long written = 0;
    for (int k = 0; written < rows; k++) {
      for (int index = 0; index < quarters && written < rows; index++) {
        int year = fromYear + index / 4;
        int q = index % 4 + 1;
        Item item = item(year, q, (int) ((q - 1) * perQuarter), k);
        if (item != null) {
          file.row(row(ExportFormat.CSV, item, exportAt));
          written++;
        }
      }
    }
    return file.finish();
  }

  private static LocalDate quarterStart(int year, int q) {
    return LocalDate.of(year, 3 * q - 2, 1);
  }

  private static LocalDateTime exportAt(int year, int q) {
    return LocalDateTime.of(quarterStart(year, q).plusMonths(3).minusDays(1), LocalTime.of(23, 59));
  }

  private void writeQuarter(int year, int q, int offsetInYear, int count, int[] previous) {
    LocalDateTime exportAt = exportAt(year, q);
    ExportFormat format = ROTATION.get(fileCount++ % ROTATION.size());
    ExportFile file = log.open(SOURCE, exportAt.toLocalDate(), "phan_anh_" + year + "_Q" + q, format);
    file.header(HEADER);
    List<ReasonCode> pending = new ArrayList<>(plants.take(format, 3));
    for (int k = 0; k < count; k++) {
      Item item = item(year, q, offsetInYear, k);
      if (item != null) {
        file.row(row(format, item, exportAt));
      }
      if (!pending.isEmpty() && (k + 1) % 37 == 0) {
        plant(file, pending.remove(0), year, q);
      }
    }
    while (!pending.isEmpty()) {
      plant(file, pending.remove(0), year, q);
    }
    if (previous != null) {
      LocalDateTime previousExport = exportAt(previous[0], previous[1]);
      for (int k = 0; k < previous[3]; k++) {
        Item item = item(previous[0], previous[1], previous[2], k);
        if (item != null
            && item.outcomeAt() != null
            && item.outcomeAt().isAfter(previousExport)
            && !item.outcomeAt().isAfter(exportAt)) {
          file.row(row(format, item, exportAt));
        }
      }
    }
    log.finish(file);
  }

  private Candidates candidatesOn(LocalDate day) {
    return candidates.computeIfAbsent(
        units.validityPeriod(day),
        period -> {
          List<Unit> named = units.validOn(day).stream().filter(u -> units.nameUnique(u, day)).toList();
          long[] cumulative = new long[named.size()];
          long total = 0;
          for (int i = 0; i < cumulative.length; i++) {
            Long population = named.get(i).population();
            total += population == null ? 8 : (int) Math.max(1, population / 1000);
            cumulative[i] = total;
          }
          return new Candidates(named, cumulative);
        });
  }

  private Item item(int year, int q, int offsetInYear, int k) {
    SplittableRandom rng = seeds.rng("feedback", year, q, k);
    LocalDate start = quarterStart(year, q);
    long days = ChronoUnit.DAYS.between(start, start.plusMonths(3));
    LocalDate day = start.plusDays(rng.nextLong(days));
    LocalTime time =
        rng.nextInt(100) < 85
            ? LocalTime.of(7 + rng.nextInt(10), rng.nextInt(60))
            : LocalTime.of(rng.nextInt(24), rng.nextInt(60));
    LocalDateTime receivedAt = LocalDateTime.of(day, time);
    Candidates c = candidatesOn(day);
    if (c.units().isEmpty()) {
      return null;
    }
    Unit unit = c.pick(rng);
    String id = String.format(Locale.ROOT, "PA-%d-%06d", year, offsetInYear + k + 1);
    return draw(rng, id, receivedAt, unit);
  }

  private Item draw(SplittableRandom rng, String id, LocalDateTime receivedAt, Unit unit) {
    LocalDate day = receivedAt.toLocalDate();
    List<String> aliases = units.usableAliases(unit, day);
    String unitName =
        !aliases.isEmpty() && rng.nextInt(100) < 10
            ? Seeds.pick(rng, aliases)
            : UnitDirectory.messy(rng, unit.name());
    String kind = Seeds.weighted(rng, KINDS, KIND_WEIGHTS);
    String channel = Seeds.weighted(rng, CHANNELS, CHANNEL_WEIGHTS);
    String field = Seeds.weighted(rng, FIELDS, FIELD_WEIGHTS);
    boolean anonymous = kind.equals("Tố cáo") && rng.nextInt(100) < 40;
    String sender = FakePeople.name(rng);
    String phone = rng.nextInt(100) < 90 ? FakePeople.phone(rng) : "";
    String citizenId = rng.nextInt(100) < 60 ? FakePeople.citizenId(rng) : "";
    String address = rng.nextInt(100) < 80 ? FakePeople.address(rng, unit.name()) : "";
    String content = FeedbackTexts.content(rng, kind, field, sender);
    boolean long30 = kind.equals("Khiếu nại") || kind.equals("Tố cáo");
    LocalDateTime dueAt = LocalDateTime.of(day.plusDays(long30 ? 30 : 15), LocalTime.of(17, 0));
    int draw = rng.nextInt(100);
    LocalDateTime outcomeAt = null;
    String outcome = null;
    if (draw < 3) {
      outcome = "Không thụ lý";
      outcomeAt = receivedAt.plusHours(24 + rng.nextInt(48));
    } else if (draw < 90) {
      outcome = "Đã xử lý";
      double meanDays = long30 ? 20 : 9;
      outcomeAt = receivedAt.plusMinutes((long) (60 * 24 * (0.5 - meanDays * Math.log(1 - rng.nextDouble()))));
    }
    String satisfaction = "";
    if ("Đã xử lý".equals(outcome) && rng.nextInt(100) < 75) {
      double p = kind.equals("Khen ngợi") ? 0.97 : cast.satisfactionPct(unit.unitId(), day.getYear()) / 100;
      double u = rng.nextDouble();
      satisfaction =
          u < p * 0.45 ? "Rất hài lòng" : u < p ? "Hài lòng" : u < p + (1 - p) * 0.5 ? "Bình thường" : "Không hài lòng";
    }
    return new Item(id, receivedAt, channel, kind, field, unitName, anonymous ? "" : sender,
        anonymous ? "" : phone, anonymous ? "" : citizenId, anonymous ? "" : address, content, dueAt,
        outcomeAt, outcome, satisfaction);
  }

  private List<String> row(ExportFormat format, Item item, LocalDateTime exportAt) {
    boolean done = item.outcomeAt() != null && !item.outcomeAt().isAfter(exportAt);
    String status =
        done ? item.outcome() : item.receivedAt().isAfter(exportAt.minusDays(2)) ? "Đã tiếp nhận" : "Đang xử lý";
    return new ArrayList<>(List.of(
        item.id(),
        format.timestamp(item.receivedAt()),
        item.channel(),
        item.kind(),
        item.field(),
        item.unitName(),
        item.senderName(),
        item.phone(),
        item.citizenId(),
        item.address(),
        item.content(),
        format.timestamp(item.dueAt()),
        done ? format.timestamp(item.outcomeAt()) : "",
        status,
        done && "Đã xử lý".equals(status) ? item.satisfaction() : ""));
  }

  /** Writes one extra item with its own id, broken in exactly one way. */
  private void plant(ExportFile file, ReasonCode reason, int year, int q) {
    int n = plantCount++;
    int variant = variants.merge(reason, 1, Integer::sum) - 1;
    SplittableRandom rng = seeds.rng("feedback-plant", n);
    LocalDate start = quarterStart(year, q);
    LocalDateTime receivedAt = LocalDateTime.of(start.plusDays(10 + rng.nextInt(20)), LocalTime.of(8, 30));
    Candidates c = candidatesOn(receivedAt.toLocalDate());
    if (c.units().isEmpty()) {
      return; // a year the profile has no units for: nothing to model the bad row on
    }
    Item item = draw(rng, String.format(Locale.ROOT, "PA-%d-K%03d", year, n), receivedAt, Seeds.pick(rng, c.units()));
    // Planted items are closed and rated, so every column is filled and only the fault is wrong.
    item = new Item(item.id(), item.receivedAt(), item.channel(), item.kind().equals("Tố cáo") ? "Phản ánh" : item.kind(),
        item.field(), item.unitName(), item.senderName(), item.phone(), item.citizenId(), item.address(),
        item.content(), item.dueAt(), receivedAt.plusDays(5), "Đã xử lý", "Hài lòng");
    List<String> row = row(file.format(), item, exportAt(year, q));
    String badDate = file.format().isoDates ? year + "-02-31T08:30:00" : "31/02/" + year + " 08:30";
    switch (reason) {
      case UNKNOWN_UNIT -> row.set(5, units.unknownName(n));
      case BAD_DATE -> row.set(1, badDate);
      case MISSING_REQUIRED -> row.set(0, "");
      case BAD_ENUM -> {
        switch (variant % 4) {
          case 0 -> row.set(3, "Khiếu kiện");
          case 1 -> row.set(2, "Fax");
          case 2 -> row.set(13, "Đã hủy");
          default -> row.set(14, "Tuyệt vời");
        }
      }
      default -> throw new IllegalStateException("cannot plant " + reason + " in feedback");
    }
    log.planted(SOURCE, file, file.row(row), reason);
  }
}
