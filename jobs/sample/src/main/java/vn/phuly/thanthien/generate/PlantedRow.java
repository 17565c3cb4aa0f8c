package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * One deliberately bad row: {@code line} is the 1-based physical line in {@code file} (relative
 * to the output folder, forward slashes; the CSV header is line 1).
 */
@JsonPropertyOrder({"source", "file", "line", "reason"})
public record PlantedRow(String source, String file, long line, ReasonCode reason) {}
