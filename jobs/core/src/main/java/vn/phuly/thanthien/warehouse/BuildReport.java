package vn.phuly.thanthien.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param published the published warehouse file (null when only built on a connection)
 * @param exportedMarts the marts written to {@code lake/marts/} (empty when not exported)
 */
public record BuildReport(
    List<ModelResult> models, List<AuditResult> audits, Path published, List<String> exportedMarts) {

  public long rows(String model) {
    return models.stream()
        .filter(m -> m.name().equals(model) && m.rows() != null)
        .mapToLong(ModelResult::rows)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table " + model));
  }

  public List<AuditResult> warnings() {
    return audits.stream().filter(a -> a.failed() && !a.blocksPublish()).toList();
  }
}
