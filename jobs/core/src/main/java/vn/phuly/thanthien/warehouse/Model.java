package vn.phuly.thanthien.warehouse;

/**
 * One SQL file of {@code sql/}: its name is the file name without {@code .sql}.
 *
 * @param origin where it came from, for messages ({@code sql/core/dim_unit.sql})
 * @param sql the body, placeholders not yet expanded, without a trailing semicolon
 */
public record Model(String name, ModelKind kind, String origin, String sql, ModelHeader header) {

  static Model parse(String name, ModelKind kind, String origin, String text) {
    String body = text.strip();
    while (body.endsWith(";")) {
      body = body.substring(0, body.length() - 1).strip();
    }
    return new Model(name, kind, origin, body, ModelHeader.parse(origin, kind, text));
  }

  /**
   * The schema the model is built in: the intermediate models ({@code int_}) in {@code internal},
   * out of the analysts' catalogue; the staging views (dropped before publishing), dims, facts and
   * marts in {@code main}.
   */
  public String schema() {
    return name.startsWith("int_") ? Schemas.INTERNAL : Schemas.MAIN;
  }

  /** The schema-qualified name the runner creates. */
  public String relation() {
    return schema() + "." + name;
  }

  public boolean isAudit() {
    return kind == ModelKind.AUDIT;
  }
}
