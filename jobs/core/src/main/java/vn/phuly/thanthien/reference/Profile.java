package vn.phuly.thanthien.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A reference profile (DESIGN.md §2): a folder of UTF-8 CSV files describing units, their
 * lineage, the criteria catalogues, bands, emulation weights and thresholds ({@link ProfileFile}
 * lists them). Only units.csv, criteria.csv and bands.csv are required; a missing optional file
 * means no rows (no aliases, no lineage, no emulation weights) or, for thresholds.csv, the
 * defaults of {@link Threshold}. Every value is checked as the profile is loaded: an error names
 * the file and the line. The shipped default (Phủ Lý) lives on the classpath under {@code
 * reference/phu-ly/} and is copied to a temporary folder so that DuckDB can read it too.
 */
public final class Profile {
  public static final String DEFAULT_RESOURCE = "reference/phu-ly/";
  private static final List<String> ASSESSOR_SOURCES = List.of("SELF", "SURVEY");
  private static final String RECIPIENTS_PREFIX = "recipients_";
  /** The period kinds of report.csv's recipients keys ({@code recipients_year}, …). */
  public static final List<String> PERIOD_KINDS = List.of("year", "half", "quarter");

  private final Path directory;
  private final Map<ProfileFile, ProfileCsv> files = new EnumMap<>(ProfileFile.class);
  private final List<Unit> units;
  private final List<UnitAlias> aliases;
  private final List<Lineage> lineage;
  private final List<Criterion> criteria;
  private final List<Band> bands;
  private final List<EmulationWeight> emulation;
  private final Map<Threshold, Double> thresholds;
  private final List<Contact> contacts;
  private final Map<String, List<String>> recipients;
  private final ReportSettings reportSettings;

  private Profile(Path directory) {
    this.directory = directory;
    for (ProfileFile file : ProfileFile.values()) {
      ProfileCsv csv = ProfileCsv.read(directory, file);
      if (csv != null) {
        files.put(file, csv);
      }
    }
    this.units =
        rows(ProfileFile.UNITS, r ->
            new Unit(r.text("unit_id"), r.optionalText("unit_code"), r.text("name"), r.text("unit_type"),
                r.optionalText("parent_id"), r.date("valid_from"), r.optionalDate("valid_to"),
                r.optionalInteger("population"), r.optionalText(ProfileFile.NOTE)));
    this.aliases = rows(ProfileFile.UNIT_ALIASES, r -> new UnitAlias(r.text("unit_id"), r.text("alias")));
    this.lineage =
        rows(ProfileFile.UNIT_LINEAGE, r ->
            new Lineage(r.text("from_unit_id"), r.text("to_unit_id"), r.date("effective_date"), r.number("share")));
    this.criteria =
        rows(ProfileFile.CRITERIA, r ->
            new Criterion(r.text("catalogue_id"), r.date("valid_from"), r.optionalDate("valid_to"),
                r.text("unit_type"), r.text("criterion_id"), r.optionalText("group_id"), r.optionalText("group_name"),
                r.text("name"), r.number("max_points"), r.oneOf("assessor_source", ASSESSOR_SOURCES)));
    this.bands = rows(ProfileFile.BANDS, r -> new Band(r.text("catalogue_id"), r.text("band"), r.number("min_pct")));
    this.emulation =
        rows(ProfileFile.EMULATION, r ->
            new EmulationWeight((int) r.integer("year"), r.text("unit_type"), r.number("model_weight")));
    this.thresholds = effectiveThresholds();
    this.contacts = readContacts();
    // recipients first: their errors name the key's kind and the address (DeliveryFilesTest)
    this.recipients = readRecipients();
    this.reportSettings = ReportSettings.read(files.get(ProfileFile.REPORT));
  }

  /** contacts.csv: every unit_id must be a unit of units.csv, every address well-formed, no pair twice. */
  private List<Contact> readContacts() {
    Set<String> unitIds = new HashSet<>();
    units.forEach(u -> unitIds.add(u.unitId()));
    Map<Contact, Long> seen = new HashMap<>();
    return rows(ProfileFile.CONTACTS, r -> {
      String unitId = r.text("unit_id");
      if (!unitIds.contains(unitId)) {
        throw r.error("cột unit_id: đơn vị '" + unitId + "' không có trong units.csv");
      }
      Contact contact = new Contact(unitId, Addresses.one(r, "email"));
      Long earlier = seen.putIfAbsent(contact, r.line());
      if (earlier != null) {
        throw r.error("địa chỉ " + contact.email() + " của " + unitId + " đã có ở dòng " + earlier);
      }
      return contact;
    });
  }

  /**
   * The {@code recipients_<kind>} keys of report.csv (kind: year, half, quarter): who receives the
   * period report. Other keys of report.csv are the report's settings, not read here.
   */
  private Map<String, List<String>> readRecipients() {
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    Map<String, Long> setOn = new HashMap<>();
    ProfileCsv csv = files.get(ProfileFile.REPORT);
    for (ProfileCsv.Row row : csv == null ? List.<ProfileCsv.Row>of() : csv.rows()) {
      String key = row.text("key");
      if (!key.startsWith(RECIPIENTS_PREFIX)) {
        continue;
      }
      String kind = key.substring(RECIPIENTS_PREFIX.length());
      if (!PERIOD_KINDS.contains(kind)) {
        throw row.error("khóa " + key + ": loại kỳ '" + kind + "' không phải là một trong " + String.join(", ", PERIOD_KINDS));
      }
      Long earlier = setOn.putIfAbsent(key, row.line());
      if (earlier != null) {
        throw row.error("khóa " + key + " đã có ở dòng " + earlier);
      }
      byKind.put(kind, Addresses.list(row, "value"));
    }
    return byKind;
  }

  private <T> List<T> rows(ProfileFile file, Function<ProfileCsv.Row, T> parse) {
    ProfileCsv csv = files.get(file);
    return csv == null ? List.of() : csv.rows().stream().map(parse).toList();
  }

  /** Every known threshold: the file's value where it sets one, else the default. */
  private Map<Threshold, Double> effectiveThresholds() {
    Map<Threshold, Double> effective = new EnumMap<>(Threshold.class);
    for (Threshold t : Threshold.values()) {
      effective.put(t, t.defaultValue());
    }
    Map<Threshold, Long> setOn = new EnumMap<>(Threshold.class);
    ProfileCsv csv = files.get(ProfileFile.THRESHOLDS);
    for (ProfileCsv.Row row : csv == null ? List.<ProfileCsv.Row>of() : csv.rows()) {
      String key = row.text("key");
      Threshold threshold =
          Threshold.byKey(key).orElseThrow(() -> row.error("ngưỡng lạ '" + key + "' (các ngưỡng: "
              + String.join(", ", Arrays.stream(Threshold.values()).map(Threshold::key).toList()) + ")"));
      Long earlier = setOn.put(threshold, row.line());
      if (earlier != null) {
        throw row.error("ngưỡng " + key + " đã có ở dòng " + earlier);
      }
      String text = row.text("value");
      Double value = ProfileCsv.Row.parseNumber(text);
      if (value == null || !threshold.kind().allows(value)) {
        throw row.error("ngưỡng " + key + ": '" + text + "' không hợp lệ, phải là " + threshold.kind().meaningVi());
      }
      effective.put(threshold, value);
    }
    return effective;
  }

  /** Loads the profile in {@code directory}, or the shipped Phủ Lý profile when it is null. */
  public static Profile load(Path directory) {
    if (directory != null) {
      if (!Files.isDirectory(directory)) {
        throw new ProfileException(directory + ": không có thư mục hồ sơ tham chiếu");
      }
      return new Profile(directory.toAbsolutePath());
    }
    return new Profile(extractDefault());
  }

  public static Profile shipped() {
    return load(null);
  }

  private static synchronized Path extractDefault() {
    try {
      Path dir = Files.createTempDirectory("thanthien-profile-");
      dir.toFile().deleteOnExit();
      for (ProfileFile file : ProfileFile.values()) {
        try (InputStream in =
            Profile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE + file.fileName())) {
          if (in == null) {
            continue;
          }
          Path target = dir.resolve(file.fileName());
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().deleteOnExit();
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder holding this profile's CSV files (for DuckDB's read_csv). */
  public Path directory() {
    return directory;
  }

  /**
   * How {@code file} is laid out, for a reader of the raw CSV (the warehouse's read_csv): empty
   * when the (optional) file is absent.
   */
  public Optional<Layout> layout(ProfileFile file) {
    ProfileCsv csv = files.get(file);
    return csv == null ? Optional.empty() : Optional.of(new Layout(csv.path(), csv.commentLines(), csv.header()));
  }

  /**
   * @param commentLines lines above the header
   * @param header the columns in file order, by their canonical (lower-case) names
   */
  public record Layout(Path path, int commentLines, List<String> header) {}

  public List<Unit> units() {
    return units;
  }

  public List<UnitAlias> aliases() {
    return aliases;
  }

  public List<Lineage> lineage() {
    return lineage;
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  public List<Band> bands() {
    return bands;
  }

  public List<EmulationWeight> emulation() {
    return emulation;
  }

  /** Every known threshold key → its effective value, in the order of {@link Threshold}. */
  public Map<String, Double> thresholds() {
    Map<String, Double> byKey = new LinkedHashMap<>();
    thresholds.forEach((t, v) -> byKey.put(t.key(), v));
    return byKey;
  }

  /** How reports are made and sent: report.csv's values, else the defaults of {@link ReportSetting}. */
  public ReportSettings reportSettings() {
    return reportSettings;
  }

  public double threshold(Threshold threshold) {
    return thresholds.get(threshold);
  }

  /** A threshold by key: the profile's value, else the default. */
  public double threshold(String key) {
    return threshold(Threshold.byKey(key).orElseThrow(() -> new IllegalArgumentException("no threshold " + key)));
  }

  /** Whether thresholds.csv sets {@code threshold} (else the default applies). */
  public boolean setsThreshold(Threshold threshold) {
    ProfileCsv csv = files.get(ProfileFile.THRESHOLDS);
    return csv != null && csv.rows().stream().anyMatch(r -> threshold.key().equals(r.optionalText("key")));
  }

  /** The addresses of contacts.csv, in file order; empty without the file (no delivery to units). */
  public List<Contact> contacts() {
    return contacts;
  }

  /**
   * Who receives the period report of a kind ({@code year}, {@code half}, {@code quarter}):
   * report.csv's {@code recipients_<kind>}; empty when the profile names nobody.
   */
  public List<String> recipients(String periodKind) {
    return recipients.getOrDefault(periodKind, List.of());
  }

  public List<Unit> unitsValidOn(LocalDate day) {
    return units.stream().filter(u -> u.validOn(day)).toList();
  }

  public List<Criterion> criteriaFor(String unitType, LocalDate day) {
    return criteria.stream()
        .filter(c -> c.unitType().equals(unitType) && c.validOn(day))
        .toList();
  }
}
