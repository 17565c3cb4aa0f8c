package vn.phuly.thanthien.lake;

/** Rows of one landing file quarantined for one reason code. */
public record QuarantineCount(String source, String file, String reasonCode, long rows) {}
