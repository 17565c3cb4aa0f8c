package vn.phuly.thanthien.airflow;

/**
 * What a trigger gave: the run, and whether this request created it. A trigger whose run id (or,
 * since Airflow keeps one run per logical date, whose logical date) is taken returns the run that
 * exists, never a second one.
 */
public record Triggered(DagRun run, boolean created) {}
