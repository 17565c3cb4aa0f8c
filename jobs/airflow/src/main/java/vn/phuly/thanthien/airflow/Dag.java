package vn.phuly.thanthien.airflow;

/** A DAG as {@code GET /api/v2/dags/{dag_id}} gives it (fields we use). */
public record Dag(String dagId, boolean isPaused, boolean hasImportErrors, String fileloc) {}
