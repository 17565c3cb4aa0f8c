package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Criterion;
import vn.phuly.thanthien.reference.Unit;

/**
 * Evaluation submissions (DESIGN.md §3 "submissions"): for each assessed period and each unit
 * that submits for it ({@link UnitDirectory#assessedIn}), a SELF submission over the SELF criteria, an APPRAISAL for most units and a
 * SURVEY over the SURVEY criteria; one file per period and peer group, the format cycling through
 * JSON Lines and the CSV variants; version-2 re-submissions on a later landing day.
 */
final class SubmissionSource {
  static final String SOURCE = "submissions";
  static final List<String> HEADER =
      List.of("Mã phiếu", "Kỳ đánh giá", "Mã đơn vị", "Tên đơn vị", "Hình thức chấm", "Mã tiêu chí",
          "Điểm", "Minh chứng", "Ngày nộp", "Lần nộp");
  private static final Map<String, String> ASSESSOR_LABELS =
      Map.of("SELF", "Tự chấm", "APPRAISAL", "Thẩm định", "SURVEY", "Khảo sát");
  private static final List<ExportFormat> ROTATION =
      List.of(ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.CSV_BOM_CRLF, ExportFormat.JSONL,
          ExportFormat.CSV_1258, ExportFormat.CSV_PLAIN_HEADERS);
  private static final List<ReasonCode> PLANTS =
      List.of(ReasonCode.OUT_OF_RANGE, ReasonCode.UNKNOWN_UNIT, ReasonCode.PARSE_ERROR, ReasonCode.BAD_DATE,
          ReasonCode.OUT_OF_RANGE, ReasonCode.MISSING_REQUIRED, ReasonCode.UNKNOWN_CRITERION, ReasonCode.BAD_ENUM,
          ReasonCode.OUT_OF_RANGE, ReasonCode.UNKNOWN_UNIT, ReasonCode.BAD_DATE, ReasonCode.PARSE_ERROR,
          ReasonCode.MISSING_REQUIRED, ReasonCode.BAD_ENUM, ReasonCode.UNKNOWN_CRITERION, ReasonCode.OUT_OF_RANGE);
  private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
  private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  private final UnitDirectory units;
  private final StoryCast cast;
  private final Seeds seeds;
  private final LandingLog log;
  private final PlantQueue plants = new PlantQueue(PLANTS);
  private final Map<String, Integer> aliasTurn = new LinkedHashMap<>();
  private int fileCount;
  private int plantCount;
  /** How many rows of each reason were planted so far: successive ones vary the fault. */
  private final Map<ReasonCode, Integer> variants = new EnumMap<>(ReasonCode.class);

  /** One submission: a form of scores by one assessor for one unit and period. */
  private record Submission(
      String id, Period period, String unitCode, String unitName, String assessor, int version,
      LocalDateTime submittedAt, List<Score> scores) {}

  private record Score(Criterion criterion, double score, String evidence) {}

  SubmissionSource(UnitDirectory units, StoryCast cast, Seeds seeds, LandingLog log) {
    this.units = units;
    this.cast = cast;
    this.seeds = seeds;
    this.log = log;
  }

  void write(List<Period> periods) {
    for (Period period : periods) {
      Map<String, List<Unit>> byType = new LinkedHashMap<>();
      for (Unit u : units.assessedIn(period)) {
        byType.computeIfAbsent(u.unitType(), k -> new ArrayList<>()).add(u);
      }
      byType.forEach((type, group) -> writeGroup(period, type, group));
      if (period.annual() && !byType.isEmpty()) {
        writeResubmissions(period, units.assessedIn(period));
      }
    }
  }

  private ExportFormat nextFormat() {
    return ROTATION.get(fileCount++ % ROTATION.size());
  }

  private void writeGroup(Period period, String type, List<Unit> group) {
    ExportFormat format = nextFormat();
    String name = "cham_diem_" + period.label() + "_" + type.toLowerCase(Locale.ROOT);
    ExportFile file = log.open(SOURCE, period.landingDay(), name, format);
    List<ReasonCode> pending = new ArrayList<>(plants.take(format, 3));
    if (!format.isJson()) {
      file.header(HEADER);
    }
    int written = 0;
    Submission last = null;
    for (Unit unit : group) {
      for (Submission s : submissionsOf(unit, period)) {
        // An out-of-range score in JSON Lines breaks one score of a real multi-score submission.
        ReasonCode outOfRange =
            format.isJson() && written >= 1 && s.assessor().equals("SELF") && s.scores().size() >= 2
                ? take(pending, ReasonCode.OUT_OF_RANGE)
                : null;
        writeSubmission(file, s, outOfRange);
        last = s;
        if (++written % 3 == 0) {
          plantNext(file, pending, s);
        }
      }
    }
    while (last != null && plantNext(file, pending, last)) {
      // plants the rest at the end of a short file
    }
    log.finish(file);
  }

  /** Plants the first pending reason that is an extra record in this format; false if none. */
  private boolean plantNext(ExportFile file, List<ReasonCode> pending, Submission model) {
    for (ReasonCode reason : pending) {
      if (!(file.format().isJson() && reason == ReasonCode.OUT_OF_RANGE)) {
        pending.remove(reason);
        plant(file, reason, model);
        return true;
      }
    }
    return false;
  }

  private static ReasonCode take(List<ReasonCode> pending, ReasonCode reason) {
    return pending.remove(reason) ? reason : null;
  }

  private List<Submission> submissionsOf(Unit unit, Period period) {
    List<Criterion> catalogue = units.profile().criteriaFor(unit.unitType(), period.end());
    List<Criterion> selfScored = catalogue.stream().filter(c -> !"SURVEY".equals(c.assessorSource())).toList();
    List<Criterion> surveyed = catalogue.stream().filter(c -> "SURVEY".equals(c.assessorSource())).toList();
    List<Submission> out = new ArrayList<>();
    int year = period.year();
    String id = unit.unitId();
    out.add(submission(unit, period, "SELF", 1, selfScored, cast.selfPct(id, year), 0));
    if (!surveyed.isEmpty()) {
      out.add(submission(unit, period, "SURVEY", 1, surveyed, cast.satisfactionPct(id, year), 4));
    }
    if (cast.appraised(id, period.label())) {
      out.add(submission(unit, period, "APPRAISAL", 1, selfScored, cast.appraisedPct(id, year), 10));
    }
    return out;
  }

  private Submission submission(
      Unit unit, Period period, String assessor, int version, List<Criterion> criteria,
      double pct, int dayOffset) {
    SplittableRandom rng = seeds.rng("submission", unit.unitId(), period.label(), assessor, version);
    LocalDateTime at =
        LocalDateTime.of(
            period.windowStart().plusDays(dayOffset + rng.nextInt(version > 1 ? 3 : 7)),
            LocalTime.of(7 + rng.nextInt(10), rng.nextInt(60)));
    if (version > 1) {
      at = LocalDateTime.of(period.resubmissionDay().minusDays(1 + rng.nextInt(4)), at.toLocalTime());
    }
    List<Score> scores = new ArrayList<>();
    for (Criterion c : criteria) {
      scores.add(new Score(c, score(rng, c.maxPoints(), pct), evidence(rng, period.year())));
    }
    String code = UnitDirectory.hasCode(unit) ? unit.unitCode() : null;
    String name = unit.name();
    if (code != null && assessor.equals("SELF")) {
      List<String> aliases = units.usableAliases(unit, period.end());
      if (!aliases.isEmpty()) {
        int turn = aliasTurn.merge(unit.unitId(), 1, Integer::sum) - 1;
        code = null;
        name = aliases.get(turn % aliases.size());
      }
    }
    if (!units.resolvesTo(unit, period, code, name, at.toLocalDate())) {
      // the code meant another unit on the submission's date (reused after a merger): the name only
      code = null;
      name = unit.name();
    }
    name = UnitDirectory.messy(rng, name);
    String sid =
        "S-" + period.label() + "-" + (UnitDirectory.hasCode(unit) ? unit.unitCode() : unit.unitId()) + "-" + assessor;
    return new Submission(sid, period, code, name, assessor, version, at, scores);
  }

  static double score(SplittableRandom rng, double max, double pct) {
    double value = max * (pct + rng.nextGaussian() * 5) / 100;
    return Math.max(0, Math.min(max, Math.round(value * 2) / 2.0));
  }

  private static String evidence(SplittableRandom rng, int year) {
    int n = 1 + rng.nextInt(180);
    return switch (rng.nextInt(6)) {
      case 0 -> "Kế hoạch số " + n + "/KH-UBND ngày " + String.format(Locale.ROOT, "%02d/%02d/%d", 1 + rng.nextInt(28), 1 + rng.nextInt(12), year);
      case 1 -> "Báo cáo số " + n + "/BC-UBND";
      case 2 -> "Quyết định số " + n + "/QĐ-UBND, kèm danh sách";
      case 3 -> "Báo cáo \"Kết quả thực hiện mô hình, năm " + year + "\"";
      case 4 -> "Ảnh chụp bảng niêm yết, sổ theo dõi";
      default -> "";
    };
  }

  private void writeSubmission(ExportFile file, Submission s, ReasonCode outOfRange) {
    List<Score> scores = s.scores();
    if (outOfRange != null) {
      scores = new ArrayList<>(scores);
      Score broken = scores.get(1);
      scores.set(1, new Score(broken.criterion(), broken.criterion().maxPoints() + 5, broken.evidence()));
    }
    if (file.format().isJson()) {
      long line = file.jsonLine(json(s, scores, null), scores.size());
      if (outOfRange != null) {
        log.planted(SOURCE, file, line, outOfRange);
      }
      return;
    }
    for (Score score : scores) {
      file.row(csvRow(file.format(), s, score));
    }
  }

  private List<String> csvRow(ExportFormat format, Submission s, Score score) {
    return List.of(
        s.id(),
        s.period().label(),
        s.unitCode() == null ? "" : s.unitCode(),
        s.unitName(),
        ASSESSOR_LABELS.get(s.assessor()),
        score.criterion().criterionId(),
        format.number(score.score()),
        score.evidence(),
        format.timestamp(s.submittedAt()),
        Integer.toString(s.version()));
  }

  private String json(Submission s, List<Score> scores, Map<String, String> overrides) {
    ObjectNode node = JsonRecord.object();
    node.put("submission_id", s.id());
    node.put("period", s.period().label());
    node.put("unit_code", s.unitCode());
    node.put("unit_name", s.unitName());
    node.put("assessor", s.assessor());
    node.put("version", s.version());
    node.put("submitted_at", OFFSET_TIME.format(s.submittedAt().atOffset(VIETNAM)));
    ArrayNode array = node.putArray("scores");
    for (Score score : scores) {
      ObjectNode element = array.addObject();
      element.put("criterion_id", score.criterion().criterionId());
      element.put("score", score.score());
      element.put("evidence", score.evidence());
    }
    return JsonRecord.line(node, "scores", overrides);
  }

  /**
   * Writes one extra bad record modelled on {@code model} (same unit and period), broken in
   * exactly one way, and records it in the manifest.
   */
  private void plant(ExportFile file, ReasonCode reason, Submission model) {
    int n = plantCount++;
    int variant = variants.merge(reason, 1, Integer::sum) - 1;
    Score first = model.scores().get(0);
    Submission one =
        new Submission(model.id(), model.period(), model.unitCode(), model.unitName(), model.assessor(),
            model.version(), model.submittedAt(), List.of(first));
    String badDate = model.period().year() + "-02-31";
    long line;
    if (file.format().isJson()) {
      Map<String, String> overrides = new LinkedHashMap<>();
      switch (reason) {
        case UNKNOWN_UNIT -> {
          overrides.put("unit_code", units.unknownCode(n));
          overrides.put("unit_name", units.unknownName(n));
        }
        case BAD_DATE -> overrides.put("submitted_at", badDate + "T09:15:00+07:00");
        case MISSING_REQUIRED -> overrides.put("-submission_id", "");
        case UNKNOWN_CRITERION -> overrides.put("scores.criterion_id", unknownCriterion());
        case BAD_ENUM -> overrides.put("assessor", "PEER_REVIEW");
        case PARSE_ERROR -> {}
        default -> throw new IllegalStateException("cannot plant " + reason + " in JSON Lines");
      }
      String json = json(one, one.scores(), overrides);
      if (reason == ReasonCode.PARSE_ERROR) {
        json = json.substring(0, json.indexOf("\"scores\"")) + "\"scores\":[{\"criterion_id\":";
      }
      line = file.jsonLine(json, 1);
    } else {
      List<String> row = new ArrayList<>(csvRow(file.format(), one, first));
      switch (reason) {
        case UNKNOWN_UNIT -> {
          row.set(2, units.unknownCode(n));
          row.set(3, units.unknownName(n));
        }
        case OUT_OF_RANGE ->
            row.set(6, file.format().number(variant % 2 == 0 ? -1.5 : first.criterion().maxPoints() + 2.5));
        case BAD_DATE -> row.set(8, "31/02/" + model.period().year() + " 09:15");
        case MISSING_REQUIRED -> row.set(0, "");
        case UNKNOWN_CRITERION -> row.set(5, unknownCriterion());
        case BAD_ENUM -> row.set(4, "Chấm chéo");
        default -> throw new IllegalStateException("cannot plant " + reason + " in CSV");
      }
      line = file.row(row);
    }
    log.planted(SOURCE, file, line, reason);
  }

  private String unknownCriterion() {
    for (int n = 99; ; n--) {
      String id = "TC" + n;
      if (units.profile().criteria().stream().noneMatch(c -> c.criterionId().equals(id))) {
        return id;
      }
    }
  }

  private void writeResubmissions(Period period, List<Unit> assessed) {
    ExportFormat format = nextFormat();
    ExportFile file = log.open(SOURCE, period.resubmissionDay(), "cham_diem_" + period.label() + "_nop_lai", format);
    if (!format.isJson()) {
      file.header(HEADER);
    }
    SplittableRandom rng = seeds.rng("resubmit", period.label());
    List<Unit> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(3, assessed.size())) {
      Unit u = Seeds.pick(rng, assessed);
      if (!chosen.contains(u)) {
        chosen.add(u);
      }
    }
    for (int i = 0; i < chosen.size(); i++) {
      Unit unit = chosen.get(i);
      String assessor = i == 2 && cast.appraised(unit.unitId(), period.label()) ? "APPRAISAL" : "SELF";
      List<Criterion> criteria =
          units.profile().criteriaFor(unit.unitType(), period.end()).stream()
              .filter(c -> !"SURVEY".equals(c.assessorSource()))
              .toList();
      double pct =
          assessor.equals("SELF")
              ? cast.selfPct(unit.unitId(), period.year())
              : cast.appraisedPct(unit.unitId(), period.year());
      writeSubmission(file, submission(unit, period, assessor, 2, criteria, pct, 0), null);
    }
    log.finish(file);
  }
}
