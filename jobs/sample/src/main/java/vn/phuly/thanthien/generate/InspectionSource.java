package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Unit;

/**
 * Public-service inspections (DESIGN.md §3 "inspections"), exported twice a year: JSON Lines with
 * the findings nested, or CSV with one row per finding and Vietnamese labels for the codes. Some
 * CSV exports carry a {@code Mã đơn vị} column, the others name the unit only. The harassment
 * story unit gets GAY_PHIEN_HA findings every year.
 */
final class InspectionSource {
  static final String SOURCE = "inspections";
  private static final int PER_YEAR = 60;
  private static final Map<String, String> BODIES =
      labels("THANH_TRA", "Thanh tra thành phố", "NOI_VU", "Phòng Nội vụ", "DAN_VAN", "Ban Dân vận",
          "MTTQ", "Mặt trận Tổ quốc");
  private static final Map<String, String> KINDS = labels("DINH_KY", "Định kỳ", "DOT_XUAT", "Đột xuất");
  private static final Map<String, String> FINDINGS =
      labels("GAY_PHIEN_HA", "Gây phiền hà", "TRE_HAN", "Trễ hạn", "THAI_DO", "Thái độ",
          "KHONG_CONG_KHAI", "Không công khai", "HINH_THUC", "Hình thức");
  private static final Map<String, String> SEVERITIES =
      labels("NHE", "Nhẹ", "TRUNG_BINH", "Trung bình", "NGHIEM_TRONG", "Nghiêm trọng");
  private static final Map<String, String> DISCIPLINES =
      labels("KHONG", "Không", "NHAC_NHO", "Nhắc nhở", "KHIEN_TRACH", "Khiển trách", "CANH_CAO",
          "Cảnh cáo", "CACH_CHUC", "Cách chức", "BUOC_THOI_VIEC", "Buộc thôi việc");
  private static final Map<String, String> MEASURES =
      labels("GAY_PHIEN_HA", "Kiểm điểm, xin lỗi công dân", "TRE_HAN",
          "Giải quyết dứt điểm hồ sơ trễ hạn, gửi thư xin lỗi", "THAI_DO",
          "Chấn chỉnh tác phong, thái độ giao tiếp với công dân", "KHONG_CONG_KHAI",
          "Niêm yết công khai thủ tục hành chính tại bộ phận một cửa", "HINH_THUC",
          "Xây dựng kế hoạch cụ thể, báo cáo kết quả thực hiện");
  private static final List<String> TITLES =
      List.of("Công chức địa chính - xây dựng", "Công chức tư pháp - hộ tịch",
          "Công chức văn phòng - thống kê", "Công chức văn hóa - xã hội", "Phó Chủ tịch UBND",
          "Chuyên viên", "Phó Trưởng phòng", "Công chức bộ phận một cửa");
  private static final List<ExportFormat> ROTATION =
      List.of(ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.CSV_BOM_CRLF, ExportFormat.CSV_1258,
          ExportFormat.CSV_PLAIN_HEADERS);
  private static final List<ReasonCode> PLANTS =
      List.of(ReasonCode.UNKNOWN_UNIT, ReasonCode.PARSE_ERROR, ReasonCode.BAD_DATE, ReasonCode.MISSING_REQUIRED,
          ReasonCode.BAD_ENUM, ReasonCode.BAD_DATE, ReasonCode.BAD_ENUM, ReasonCode.UNKNOWN_UNIT, ReasonCode.MISSING_REQUIRED,
          ReasonCode.BAD_ENUM, ReasonCode.PARSE_ERROR, ReasonCode.BAD_DATE, ReasonCode.BAD_ENUM, ReasonCode.UNKNOWN_UNIT);

  private final UnitDirectory units;
  private final StoryCast cast;
  private final Seeds seeds;
  private final LandingLog log;
  private final int perYear;
  private final PlantQueue plants = new PlantQueue(PLANTS);
  private final Map<String, List<Unit>> addressableCache = new LinkedHashMap<>();
  private int fileCount;
  private int plantCount;
  /** How many rows of each reason were planted so far: successive ones vary the fault. */
  private final Map<ReasonCode, Integer> variants = new EnumMap<>(ReasonCode.class);

  private record Inspection(
      String id, LocalDate date, String body, String kind, String unitCode, String unitName,
      List<Finding> findings) {}

  private record Finding(
      String code, String severity, String officialName, String officialTitle, String measure,
      LocalDate dueDate, LocalDate fixedDate, String discipline) {}

  InspectionSource(UnitDirectory units, StoryCast cast, Seeds seeds, LandingLog log, Scale scale) {
    this.units = units;
    this.cast = cast;
    this.seeds = seeds;
    this.log = log;
    this.perYear = PER_YEAR * scale.inspectionFactor;
  }

  private static Map<String, String> labels(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  void write(int fromYear, int toYear) {
    for (int year = fromYear; year <= toYear; year++) {
      int sequence = 0;
      for (int half = 1; half <= 2; half++) {
        sequence = writeHalf(year, half, sequence);
      }
    }
  }

  private static boolean hasCodeColumn(ExportFormat format) {
    return format == ExportFormat.JSONL || format == ExportFormat.CSV || format == ExportFormat.CSV_1258;
  }

  private static List<String> header(boolean withCode) {
    List<String> header = new ArrayList<>(List.of("Số biên bản", "Ngày kiểm tra", "Cơ quan kiểm tra", "Hình thức"));
    if (withCode) {
      header.add("Mã đơn vị");
    }
    header.addAll(List.of("Đơn vị được kiểm tra", "Mã vi phạm", "Mức độ", "Cán bộ liên quan", "Chức vụ",
        "Biện pháp khắc phục", "Hạn khắc phục", "Ngày khắc phục", "Hình thức xử lý"));
    return header;
  }

  private int writeHalf(int year, int half, int sequence) {
    LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
    LocalDate exportDay = start.plusMonths(6).minusDays(1);
    ExportFormat format = ROTATION.get(fileCount++ % ROTATION.size());
    boolean withCode = hasCodeColumn(format);
    ExportFile file = log.open(SOURCE, exportDay, "bien_ban_kiem_tra_" + year + "_" + half, format);
    if (!format.isJson()) {
      file.header(header(withCode));
    }
    List<ReasonCode> pending = new ArrayList<>(plants.take(format, 3));
    SplittableRandom rng = seeds.rng("inspections", year, half);
    List<LocalDate> dates = new ArrayList<>();
    int count = perYear / 2 + rng.nextInt(7) - 3;
    long span = ChronoUnit.DAYS.between(start, exportDay.minusDays(5));
    for (int i = 0; i < count; i++) {
      dates.add(workday(start.plusDays(rng.nextLong(span + 1))));
    }
    // The harassment story: three inspections a year at the unit (or its successor) finding it.
    Unit storyUnit = cast.unit(StoryCast.Role.HARASSMENT);
    for (int i = 0; storyUnit != null && i < (half == 1 ? 2 : 1); i++) {
      dates.add(workday(start.plusDays(20 + 60 * i + rng.nextInt(30))));
    }
    List<Boolean> storyFlags = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      storyFlags.add(i >= count);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> dates.get(a).compareTo(dates.get(b)) != 0 ? dates.get(a).compareTo(dates.get(b)) : Integer.compare(a, b));
    Inspection last = null;
    int written = 0;
    for (int index : order) {
      LocalDate date = dates.get(index);
      SplittableRandom r = seeds.rng("inspection", year, half, index);
      Unit unit = storyFlags.get(index) ? storyUnitOn(date, withCode) : null;
      boolean story = unit != null;
      if (unit == null) {
        List<Unit> candidates = addressable(date, withCode);
        if (candidates.isEmpty()) {
          continue;
        }
        unit = Seeds.pick(r, candidates);
      }
      String id = String.format(Locale.ROOT, "BB-%d-%03d", year, ++sequence);
      Inspection inspection = inspection(r, id, date, unit, story, exportDay, withCode);
      writeInspection(file, inspection, withCode);
      last = inspection;
      if (++written % 4 == 0 && !pending.isEmpty()) {
        plant(file, pending.remove(0), last, withCode);
      }
    }
    while (last != null && !pending.isEmpty()) {
      plant(file, pending.remove(0), last, withCode);
    }
    log.finish(file);
    return sequence;
  }

  private static LocalDate workday(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return day.minusDays(1);
    }
    return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }

  /** Units a record can name on {@code date}: by code, or by a name no other unit shares. */
  private List<Unit> addressable(LocalDate date, boolean withCode) {
    return addressableCache.computeIfAbsent(
        units.validityPeriod(date) + "/" + withCode,
        key -> units.validOn(date).stream()
            .filter(u -> (withCode && UnitDirectory.hasCode(u)) || units.nameUnique(u, date))
            .toList());
  }

  private Unit storyUnitOn(LocalDate date, boolean withCode) {
    return addressable(date, withCode).stream()
        .filter(u -> cast.role(u.unitId()) == StoryCast.Role.HARASSMENT)
        .findFirst()
        .orElse(null);
  }

  private Inspection inspection(
      SplittableRandom r, String id, LocalDate date, Unit unit, boolean story, LocalDate exportDay,
      boolean withCode) {
    String body = Seeds.pick(r, List.copyOf(BODIES.keySet()));
    String kind = r.nextInt(10) < 6 ? "DINH_KY" : "DOT_XUAT";
    int findingCount = story ? 1 + r.nextInt(2) : Seeds.weighted(r, List.of(0, 1, 2, 3), new int[] {30, 40, 20, 10});
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < findingCount; i++) {
      String code =
          story && i == 0
              ? "GAY_PHIEN_HA"
              : Seeds.weighted(r, List.copyOf(FINDINGS.keySet()), new int[] {12, 35, 20, 18, 15});
      findings.add(finding(r, code, date, exportDay));
    }
    String code = withCode && UnitDirectory.hasCode(unit) ? unit.unitCode() : null;
    String name = UnitDirectory.messy(r, unit.name());
    return new Inspection(id, date, body, kind, code, name, findings);
  }

  private Finding finding(SplittableRandom r, String code, LocalDate date, LocalDate exportDay) {
    String severity = Seeds.weighted(r, List.copyOf(SEVERITIES.keySet()), new int[] {50, 35, 15});
    LocalDate due = date.plusDays(15L * (1 + r.nextInt(4)));
    LocalDate fixed = null;
    if (r.nextInt(100) < 75) {
      fixed = date.plusDays(3 + r.nextLong(ChronoUnit.DAYS.between(date, due) + 20));
      if (fixed.isAfter(exportDay)) {
        fixed = null;
      }
    }
    boolean serious = code.equals("GAY_PHIEN_HA") || code.equals("THAI_DO");
    String discipline =
        Seeds.weighted(r, List.copyOf(DISCIPLINES.keySet()),
            serious ? new int[] {20, 35, 30, 12, 2, 1} : new int[] {55, 35, 10, 0, 0, 0});
    return new Finding(code, severity, FakePeople.name(r), Seeds.pick(r, TITLES), MEASURES.get(code),
        due, fixed, discipline);
  }

  private void writeInspection(ExportFile file, Inspection inspection, boolean withCode) {
    if (file.format().isJson()) {
      file.jsonLine(json(inspection, null), Math.max(1, inspection.findings().size()));
      return;
    }
    if (inspection.findings().isEmpty()) {
      file.row(csvRow(file.format(), inspection, null, withCode));
    }
    for (Finding f : inspection.findings()) {
      file.row(csvRow(file.format(), inspection, f, withCode));
    }
  }

  private List<String> csvRow(ExportFormat format, Inspection i, Finding f, boolean withCode) {
    List<String> row = new ArrayList<>(List.of(i.id(), format.date(i.date()), BODIES.get(i.body()), KINDS.get(i.kind())));
    if (withCode) {
      row.add(i.unitCode() == null ? "" : i.unitCode());
    }
    row.add(i.unitName());
    if (f == null) {
      row.addAll(List.of("", "", "", "", "", "", "", ""));
    } else {
      row.addAll(List.of(FINDINGS.get(f.code()), SEVERITIES.get(f.severity()), f.officialName(), f.officialTitle(),
          f.measure(), format.date(f.dueDate()), format.date(f.fixedDate()), DISCIPLINES.get(f.discipline())));
    }
    return row;
  }

  private String json(Inspection i, Map<String, String> overrides) {
    ObjectNode node = JsonRecord.object();
    node.put("inspection_id", i.id());
    node.put("date", i.date().toString());
    node.put("body", i.body());
    node.put("kind", i.kind());
    node.put("unit_code", i.unitCode());
    node.put("unit_name", i.unitName());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : i.findings()) {
      ObjectNode e = findings.addObject();
      e.put("code", f.code());
      e.put("severity", f.severity());
      e.put("official_name", f.officialName());
      e.put("official_title", f.officialTitle());
      e.put("measure", f.measure());
      e.put("due_date", f.dueDate().toString());
      e.put("fixed_date", f.fixedDate() == null ? null : f.fixedDate().toString());
      e.put("discipline", f.discipline());
    }
    return JsonRecord.line(node, "findings", overrides);
  }

  /**
   * Writes one extra inspection with a single finding, modelled on {@code model} but with its
   * own record number, broken in exactly one way.
   */
  private void plant(ExportFile file, ReasonCode reason, Inspection model, boolean withCode) {
    int n = plantCount++;
    int variant = variants.merge(reason, 1, Integer::sum) - 1;
    SplittableRandom r = seeds.rng("inspection-plant", n);
    Finding finding =
        model.findings().isEmpty() ? finding(r, "TRE_HAN", model.date(), model.date().plusDays(60)) : model.findings().get(0);
    String id = String.format(Locale.ROOT, "BB-%d-9%02d", model.date().getYear(), n);
    Inspection one = new Inspection(id, model.date(), model.body(), model.kind(), model.unitCode(), model.unitName(), List.of(finding));
    int year = model.date().getYear();
    String enumField = List.of("body", "kind", "severity", "discipline").get(variant % 4);
    long line;
    if (file.format().isJson()) {
      Map<String, String> overrides = new LinkedHashMap<>();
      switch (reason) {
        case UNKNOWN_UNIT -> {
          overrides.put("unit_code", units.unknownCode(n));
          overrides.put("unit_name", units.unknownName(n));
        }
        case BAD_DATE -> overrides.put(variant % 2 == 0 ? "date" : "findings.due_date", year + "-02-30");
        case MISSING_REQUIRED -> overrides.put("-inspection_id", "");
        case BAD_ENUM ->
            overrides.put(enumField.equals("body") || enumField.equals("kind") ? enumField : "findings." + enumField, "KHAC_THUONG");
        case PARSE_ERROR -> {}
        default -> throw new IllegalStateException("cannot plant " + reason + " in inspections");
      }
      String json = json(one, overrides);
      if (reason == ReasonCode.PARSE_ERROR) {
        json = json.substring(0, json.indexOf("\"findings\"")) + "\"findings\":[{\"code\":\"TRE_HAN\",";
      }
      line = file.jsonLine(json, 1);
    } else {
      List<String> row = new ArrayList<>(csvRow(file.format(), one, finding, withCode));
      int unitColumn = withCode ? 5 : 4;
      int shift = withCode ? 1 : 0;
      String badDate = file.format().isoDates ? year + "-02-30" : "30/02/" + year;
      switch (reason) {
        case UNKNOWN_UNIT -> {
          if (withCode) {
            row.set(4, units.unknownCode(n));
          }
          row.set(unitColumn, units.unknownName(n));
        }
        case BAD_DATE -> row.set(variant % 2 == 0 ? 1 : 10 + shift, badDate);
        case MISSING_REQUIRED -> row.set(0, "");
        case BAD_ENUM -> {
          switch (enumField) {
            case "body" -> row.set(2, "Công an phường");
            case "kind" -> row.set(3, "Bất thường");
            case "severity" -> row.set(6 + shift, "Rất nặng");
            default -> row.set(12 + shift, "Kỷ luật nội bộ");
          }
        }
        default -> throw new IllegalStateException("cannot plant " + reason + " in inspections CSV");
      }
      line = file.row(row);
    }
    log.planted(SOURCE, file, line, reason);
  }
}
