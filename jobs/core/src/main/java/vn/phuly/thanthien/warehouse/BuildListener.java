package vn.phuly.thanthien.warehouse;

/**
 * What a warehouse build tells whoever runs it, as it happens (the command line prints it; the
 * warehouse never prints). Every method has an empty default.
 */
public interface BuildListener {
  BuildListener NONE = new BuildListener() {};

  /** Model {@code done} of {@code total} (in build order) is built. */
  default void modelBuilt(ModelResult model, int done, int total) {}

  /** Every audit has run. */
  default void auditsRun(int audits, double seconds) {}

  /** The marts are exported to Parquet (before the publish). */
  default void martsExported(int marts, double seconds) {}
}
