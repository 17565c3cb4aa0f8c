package vn.phuly.thanthien.warehouse;

import java.util.List;

/** One audit run: how many rows failed, and the first few of them. */
public record AuditResult(String name, ModelHeader.Severity severity, long failingRows, List<String> sample) {
  public boolean failed() {
    return failingRows > 0;
  }

  public boolean blocksPublish() {
    return failed() && severity == ModelHeader.Severity.ERROR;
  }
}
