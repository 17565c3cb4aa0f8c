package vn.phuly.thanthien.warehouse;

/**
 * The schemas of a published warehouse (docs/architecture.md "The warehouse"): what analysts
 * query in {@code main}, the rest beside it.
 */
public final class Schemas {
  /** The dims, facts and marts of DESIGN §6 (and {@code ingest_runs}, {@code quarantine_summary}): nothing else. */
  public static final String MAIN = "main";
  /** The intermediate models ({@code int_}), the data dictionary and the build state (BuildState). */
  public static final String INTERNAL = "internal";
  /** The audits' failing rows ({@code audit.<name>}) and {@link #AUDIT_RESULTS}. */
  public static final String AUDIT = "audit";
  /** One row per audit of the last build: severity, description, status, failing rows. */
  public static final String AUDIT_RESULTS = AUDIT + ".audit_results";
  /** The data dictionary: every column of the curated datasets and of the tables. */
  public static final String DICTIONARY = INTERNAL + ".dictionary";

  private Schemas() {}
}
