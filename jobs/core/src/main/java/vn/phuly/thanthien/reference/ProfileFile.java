package vn.phuly.thanthien.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The files of a profile (DESIGN §2) and their columns: the one list Java (Profile) and SQL (the
 * {@code {{reference:<file>}}} placeholder) read a profile by. A required file must exist; a
 * required column must be in the file's header; an optional column or file may be left out (its
 * values are then empty; a missing optional file has no rows). Every file may also carry a
 * free-text {@code note} column; any other column is an error, so a misspelt one cannot go unseen.
 */
public enum ProfileFile {
  UNITS("units.csv", true,
      List.of("unit_id", "unit_code", "name", "unit_type", "valid_from"),
      List.of("parent_id", "valid_to", "population")),
  UNIT_ALIASES("unit_aliases.csv", false, List.of("unit_id", "alias"), List.of()),
  UNIT_LINEAGE("unit_lineage.csv", false, List.of("from_unit_id", "to_unit_id", "effective_date", "share"), List.of()),
  CRITERIA("criteria.csv", true,
      List.of("catalogue_id", "valid_from", "unit_type", "criterion_id", "name", "max_points", "assessor_source"),
      List.of("valid_to", "group_id", "group_name")),
  BANDS("bands.csv", true, List.of("catalogue_id", "band", "min_pct"), List.of()),
  EMULATION("emulation.csv", false, List.of("year", "unit_type", "model_weight"), List.of()),
  THRESHOLDS("thresholds.csv", false, List.of("key", "value"), List.of("description")),
  REPORT("report.csv", false, List.of("key", "value"), List.of()),
  CONTACTS("contacts.csv", false, List.of("unit_id", "email"), List.of());

  /** The free-text column every file may carry. */
  public static final String NOTE = "note";

  private final String fileName;
  private final boolean required;
  private final List<String> requiredColumns;
  private final List<String> optionalColumns;

  ProfileFile(String fileName, boolean required, List<String> requiredColumns, List<String> optionalColumns) {
    this.fileName = fileName;
    this.required = required;
    this.requiredColumns = requiredColumns;
    this.optionalColumns = optionalColumns;
  }

  public String fileName() {
    return fileName;
  }

  public boolean required() {
    return required;
  }

  public List<String> requiredColumns() {
    return requiredColumns;
  }

  /** Every column the file may have, required first, then optional ones, then {@code note}. */
  public List<String> columns() {
    List<String> all = new ArrayList<>(requiredColumns);
    all.addAll(optionalColumns);
    all.add(NOTE);
    return all;
  }

  public static Optional<ProfileFile> byName(String fileName) {
    return Arrays.stream(values()).filter(f -> f.fileName.equals(fileName)).findFirst();
  }

  public static List<String> requiredFileNames() {
    return Arrays.stream(values()).filter(ProfileFile::required).map(ProfileFile::fileName).toList();
  }
}
