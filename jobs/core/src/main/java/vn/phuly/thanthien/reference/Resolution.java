package vn.phuly.thanthien.reference;

import java.io.Serializable;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * The outcome of resolving a unit reference from an export.
 *
 * @param unitId the resolved unit, or null on failure
 * @param match how it was found: {@code CODE}, {@code ALIAS}, {@code NAME} or {@code
 *     NAME_NO_DIACRITICS}; null on failure
 * @param failure null, {@link ReasonCode#UNKNOWN_UNIT} or {@link ReasonCode#AMBIGUOUS_UNIT}
 * @param detail short English text naming what was tried (unit codes and names only)
 */
public record Resolution(String unitId, String match, ReasonCode failure, String detail)
    implements Serializable {
  public static final String CODE = "CODE";
  public static final String ALIAS = "ALIAS";
  public static final String NAME = "NAME";
  public static final String NAME_NO_DIACRITICS = "NAME_NO_DIACRITICS";

  static Resolution found(String unitId, String match, String detail) {
    return new Resolution(unitId, match, null, detail);
  }

  static Resolution failed(ReasonCode failure, String detail) {
    return new Resolution(null, null, failure, detail);
  }

  public boolean resolved() {
    return unitId != null;
  }
}
