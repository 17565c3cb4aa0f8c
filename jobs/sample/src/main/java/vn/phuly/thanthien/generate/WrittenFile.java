package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One landing file written. {@code rows} counts data records as ingest counts them: CSV rows, or
 * exploded JSON Lines elements (an inspection without findings and an unparseable line count 1).
 */
@JsonPropertyOrder({"source", "file", "landingDate", "format", "encoding", "rows"})
public record WrittenFile(
    String source, String file, String landingDate, String format, String encoding, long rows) {}
