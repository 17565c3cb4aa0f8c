package vn.phuly.thanthien.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reference profile (DESIGN.md §2): a folder of UTF-8 CSV files describing units, their
 * lineage, the criteria catalogues, bands, emulation weights and thresholds. Lines starting with
 * {@code #} are comments. The shipped default (Phủ Lý) lives on the classpath under
 * {@code reference/phu-ly/} and is copied to a temporary folder so that DuckDB can read it too.
 */
public final class Profile {
  public static final String DEFAULT_RESOURCE = "reference/phu-ly/";
  public static final List<String> FILES =
      List.of(
          "units.csv",
          "unit_aliases.csv",
          "unit_lineage.csv",
          "criteria.csv",
          "bands.csv",
          "emulation.csv",
          "thresholds.csv");

  private final Path directory;
  private final List<Unit> units;
  private final List<UnitAlias> aliases;
  private final List<Lineage> lineage;
  private final List<Criterion> criteria;
  private final List<Band> bands;
  private final List<EmulationWeight> emulation;
  private final Map<String, Double> thresholds;

  private Profile(Path directory) {
    this.directory = directory;
    this.units =
        read("units.csv").stream()
            .map(
                r ->
                    new Unit(
                        r.get("unit_id"),
                        r.get("unit_code"),
                        r.get("name"),
                        r.get("unit_type"),
                        blankToNull(r.get("parent_id")),
                        date(r.get("valid_from")),
                        date(r.get("valid_to")),
                        r.get("population") == null || r.get("population").isBlank()
                            ? null
                            : Long.valueOf(r.get("population").trim()),
                        blankToNull(r.get("note"))))
            .toList();
    this.aliases =
        read("unit_aliases.csv").stream()
            .map(r -> new UnitAlias(r.get("unit_id"), r.get("alias")))
            .toList();
    this.lineage =
        read("unit_lineage.csv").stream()
            .map(
                r ->
                    new Lineage(
                        r.get("from_unit_id"),
                        r.get("to_unit_id"),
                        date(r.get("effective_date")),
                        Double.parseDouble(r.get("share"))))
            .toList();
    this.criteria =
        read("criteria.csv").stream()
            .map(
                r ->
                    new Criterion(
                        r.get("catalogue_id"),
                        date(r.get("valid_from")),
                        date(r.get("valid_to")),
                        r.get("unit_type"),
                        r.get("criterion_id"),
                        r.get("group_id"),
                        r.get("group_name"),
                        r.get("name"),
                        Double.parseDouble(r.get("max_points")),
                        r.get("assessor_source")))
            .toList();
    this.bands =
        read("bands.csv").stream()
            .map(
                r ->
                    new Band(
                        r.get("catalogue_id"), r.get("band"), Double.parseDouble(r.get("min_pct"))))
            .toList();
    this.emulation =
        read("emulation.csv").stream()
            .map(
                r ->
                    new EmulationWeight(
                        Integer.parseInt(r.get("year")),
                        r.get("unit_type"),
                        Double.parseDouble(r.get("model_weight"))))
            .toList();
    Map<String, Double> t = new LinkedHashMap<>();
    read("thresholds.csv").forEach(r -> t.put(r.get("key"), Double.parseDouble(r.get("value"))));
    this.thresholds = Map.copyOf(t);
  }

  /** Loads the profile in {@code directory}, or the shipped Phủ Lý profile when it is null. */
  public static Profile load(Path directory) {
    if (directory != null) {
      if (!Files.isRegularFile(directory.resolve("units.csv"))) {
        throw new ProfileException(directory + ": not a reference profile (no units.csv)");
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
      for (String file : FILES) {
        try (InputStream in =
            Profile.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE + file)) {
          if (in == null) {
            throw new ProfileException("the shipped profile lacks " + file);
          }
          Path target = dir.resolve(file);
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
          target.toFile().deleteOnExit();
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Map<String, String>> read(String file) {
    Path path = directory.resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new ProfileException(path + ": missing from the reference profile");
    }
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(path.toFile())) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNext()) {
        rows.add(it.next());
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw new ProfileException(path + ": cannot be read (" + e.getMessage() + ")");
    }
  }

  private static LocalDate date(String text) {
    return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** The folder holding this profile's CSV files (for DuckDB's read_csv). */
  public Path directory() {
    return directory;
  }

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

  public Map<String, Double> thresholds() {
    return thresholds;
  }

  /** A threshold by key; a profile missing it is unusable for the step that asks. */
  public double threshold(String key) {
    Double value = thresholds.get(key);
    if (value == null) {
      throw new ProfileException(directory.resolve("thresholds.csv") + ": no threshold " + key);
    }
    return value;
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
