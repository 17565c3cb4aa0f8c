package vn.phuly.thanthien.contract;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One column of a dataset contract.
 *
 * @param labels CSV header spellings; matched after normalising case, diacritics and spaces
 * @param json path in a JSON Lines record; {@code <explode>.<field>} for an exploded array element
 * @param type {@code string, integer, long, decimal, date, timestamp, enum, boolean}
 * @param values for enums: code → Vietnamese label (both spellings are accepted on input)
 * @param openEnum an unknown enum value is recorded as drift and kept, not quarantined
 * @param pii {@code none}, {@code identity} (keyed pseudonym, dropped for denunciations) or
 *     {@code free_text} (scrubbed of phone numbers, ID numbers, e-mail addresses and any run of 9
 *     digits or more, and of the record's own identity values: {@code privacy.OwnIdentities})
 * @param curated the curated column name (default: {@code name}; identity columns must rename)
 * @param pseudonymKind for identity columns: the kind of value pseudonymised ({@code person,
 *     phone, citizen_id, address}); the kind is part of the keyed hash, so the same text as a name
 *     and as an address gives different pseudonyms
 * @param keep false for a raw column used in processing only (never written)
 */
public record Column(
    String name,
    List<String> labels,
    String json,
    String type,
    boolean required,
    Map<String, String> values,
    boolean openEnum,
    Double min,
    Double max,
    String pii,
    String curated,
    String pseudonymKind,
    Boolean keep,
    String description)
    implements Serializable {

  /**
   * For an enum: each code and each label, written in {@code form} (e.g. cleaned, or folded), →
   * its code. A spelling shared by two entries keeps the first.
   */
  public Map<String, String> codesBySpelling(UnaryOperator<String> form) {
    Map<String, String> codes = new LinkedHashMap<>();
    values.forEach((code, label) -> {
      codes.putIfAbsent(form.apply(code), code);
      codes.putIfAbsent(form.apply(label), code);
    });
    return codes;
  }

  static Column derived(String name, String type, String description) {
    return new Column(name, List.of(), null, type, false, null, false, null, null, "none", null, null, true, description);
  }

  public boolean isCurated() {
    return keep == null || keep;
  }

  public String curatedName() {
    return curated == null ? name : curated;
  }

  public boolean isIdentity() {
    return "identity".equals(pii);
  }

  public boolean isFreeText() {
    return "free_text".equals(pii);
  }

  /** The column as stored in curated Parquet: its curated name and storage type. */
  Column asCurated() {
    String storage =
        switch (type) {
          case "enum" -> "string";
          default -> isIdentity() ? "string" : type;
        };
    return new Column(curatedName(), List.of(), null, storage, required, values, openEnum, min, max, pii, null, pseudonymKind, true, description);
  }

  /** Spark SQL type name of the stored column. */
  public String sparkType() {
    return switch (type) {
      case "string", "enum" -> "string";
      case "integer" -> "int";
      case "long" -> "bigint";
      case "decimal" -> "double";
      case "date" -> "date";
      case "timestamp" -> "timestamp_ntz";
      case "boolean" -> "boolean";
      default -> throw new IllegalStateException(name + ": unknown type " + type);
    };
  }

  /** DuckDB type name of the stored column. */
  public String duckdbType() {
    return switch (type) {
      case "string", "enum" -> "varchar";
      case "integer" -> "integer";
      case "long" -> "bigint";
      case "decimal" -> "double";
      case "date" -> "date";
      case "timestamp" -> "timestamp";
      case "boolean" -> "boolean";
      default -> throw new IllegalStateException(name + ": unknown type " + type);
    };
  }
}
