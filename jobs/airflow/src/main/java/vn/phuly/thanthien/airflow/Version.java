package vn.phuly.thanthien.airflow;

/** {@code GET /api/v2/version}. */
public record Version(String version, String gitVersion) {}
