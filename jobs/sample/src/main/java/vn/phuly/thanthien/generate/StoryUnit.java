package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A unit planted with a pattern an analyst should find; {@code successors} (by lineage) carry
 * the pattern on after the unit is merged.
 */
@JsonPropertyOrder({"unitId", "unitCode", "name", "successors", "pattern"})
public record StoryUnit(
    String unitId, String unitCode, String name, List<String> successors, String pattern) {}
