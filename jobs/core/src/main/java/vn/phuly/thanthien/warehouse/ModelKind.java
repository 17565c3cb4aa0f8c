package vn.phuly.thanthien.warehouse;

/** How a model file is materialised; decided by its folder under {@code sql/}. */
public enum ModelKind {
  /** {@code sql/staging/}: a view over the lake and the profile, dropped before publishing. */
  VIEW,
  /** {@code sql/core/} and {@code sql/marts/}: a table. */
  TABLE,
  /** {@code sql/audits/}: a select returning failing rows, kept in {@code audit.<name>}. */
  AUDIT;

  static ModelKind ofFolder(String folder) {
    return switch (folder) {
      case "staging" -> VIEW;
      case "core", "marts" -> TABLE;
      case "audits" -> AUDIT;
      default -> throw new ModelException("sql/" + folder + ": unknown model folder");
    };
  }
}
