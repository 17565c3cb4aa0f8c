package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One version of a unit (SCD type 2). {@code unitId} is stable forever; {@code unitCode} is the
 * official code, which may be reused by another unit after a merger.
 *
 * @param validTo last valid day, or null while still valid
 * @param population residents, or null where unknown
 */
public record Unit(
    String unitId,
    String unitCode,
    String name,
    String unitType,
    String parentId,
    LocalDate validFrom,
    LocalDate validTo,
    Long population,
    String note)
    implements Serializable {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  /** Valid on at least one day from {@code first} to {@code last} (DESIGN §5: the unit belongs to that period). */
  public boolean validWithin(LocalDate first, LocalDate last) {
    return !validFrom.isAfter(last) && (validTo == null || !validTo.isBefore(first));
  }
}
