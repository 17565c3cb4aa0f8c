package vn.phuly.thanthien.airflow;

/** A DAG file that the DAG processor could not load, with its traceback. */
public record ImportError(long importErrorId, String filename, String bundleName, String stackTrace, String timestamp) {}
