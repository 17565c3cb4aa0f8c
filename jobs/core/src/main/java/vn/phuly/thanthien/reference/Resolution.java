package vn.phuly.thanthien.reference;

import java.io.Serializable;

/**
 * The outcome of resolving a unit reference from an export.
 *
 * @param unitId the resolved unit, or null on failure
 * @param match how it was found: {@code CODE}, {@code ALIAS}, {@code NAME} or {@code
 *     NAME_NO_DIACRITICS}; null on failure
 * @param failure null, {@code UNKNOWN_UNIT} or {@code AMBIGUOUS_UNIT}
 * @param detail short English text naming what was tried (unit codes and names only)
 */
public record Resolution(String unitId, String match, String failure, String detail)
    implements Serializable {
  public static final String CODE = "CODE";
  public static final String ALIAS = "ALIAS";
  public static final String NAME = "NAME";
  public static final String NAME_NO_DIACRITICS = "NAME_NO_DIACRITICS";
  public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
  public static final String AMBIGUOUS_UNIT = "AMBIGUOUS_UNIT";

  static Resolution found(String unitId, String match, String detail) {
    return new Resolution(unitId, match, null, detail);
  }

  static Resolution failed(String failure, String detail) {
    return new Resolution(null, null, failure, detail);
  }

  public boolean resolved() {
    return unitId != null;
  }
}
