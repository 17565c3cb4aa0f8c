package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One criterion of one catalogue version for one unit type.
 *
 * @param assessorSource who is expected to score it: {@code SELF} or {@code SURVEY}
 */
public record Criterion(
    String catalogueId,
    LocalDate validFrom,
    LocalDate validTo,
    String unitType,
    String criterionId,
    String groupId,
    String groupName,
    String name,
    double maxPoints,
    String assessorSource)
    implements Serializable {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }
}
