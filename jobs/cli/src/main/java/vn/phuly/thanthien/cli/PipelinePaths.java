package vn.phuly.thanthien.cli;

import java.nio.file.Path;

/** Where the stages of a pipeline run read and write (DESIGN §1). */
public record PipelinePaths(Path landing, Path lake, Path warehouse, Path reports) {
  /** The layout of {@code demo --out DIR}: landing/, lake/, warehouse/thanthien.duckdb, reports/. */
  public static PipelinePaths under(Path out) {
    return new PipelinePaths(
        out.resolve("landing"), out.resolve("lake"), out.resolve("warehouse").resolve("thanthien.duckdb"), out.resolve("reports"));
  }
}
