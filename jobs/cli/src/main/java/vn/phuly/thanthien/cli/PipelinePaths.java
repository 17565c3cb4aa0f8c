package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import vn.phuly.thanthien.fs.Locations;

/**
 * Where the stages of a pipeline run read and write (DESIGN §1).
 *
 * @param landing with its scheme ({@link Locations#of}): ingest reads any Hadoop file system
 * @param lake with its scheme ({@link Locations#of}): ingest writes any Hadoop file system, build reads a local lake only
 */
public record PipelinePaths(org.apache.hadoop.fs.Path landing, org.apache.hadoop.fs.Path lake, Path warehouse, Path reports) {
  /** The layout of {@code demo --out DIR}: landing/, lake/, warehouse/thanthien.duckdb, reports/. */
  public static PipelinePaths under(Path out) {
    return new PipelinePaths(Locations.of(out.resolve("landing")), Locations.of(out.resolve("lake")),
        out.resolve("warehouse").resolve("thanthien.duckdb"), out.resolve("reports"));
  }
}
