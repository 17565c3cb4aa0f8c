package vn.phuly.thanthien.reference;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A merger, split or rename: {@code share} (0–1) of the predecessor went to the successor on
 * {@code effectiveDate}.
 */
public record Lineage(String fromUnitId, String toUnitId, LocalDate effectiveDate, double share)
    implements Serializable {}
