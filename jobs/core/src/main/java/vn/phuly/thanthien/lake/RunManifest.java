package vn.phuly.thanthien.lake;

import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * What one ingest run did: {@code _runs/<run_id>.json}.
 *
 * @param skipped what the run found in the landing zone and did not read (a folder that is no
 *     source or no landing day, a file of an extension its source does not read)
 * @param warnings landing days read with a warning (in the future, before the profile's first unit)
 */
public record RunManifest(String runId, String startedAt, String finishedAt, String status,
    List<FileReport> files, List<QuarantineCount> quarantine, List<LandingNote> skipped, List<LandingNote> warnings) {
  public static final String SUCCEEDED = "SUCCEEDED";
  public static final String FAILED = "FAILED";
  public static final String QUALITY_GATE = "QUALITY_GATE";

  public RunManifest {
    files = files == null ? List.of() : List.copyOf(files);
    quarantine = quarantine == null ? List.of() : List.copyOf(quarantine);
    skipped = skipped == null ? List.of() : List.copyOf(skipped);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** A run that skipped nothing and warned of nothing. */
  public RunManifest(String runId, String startedAt, String finishedAt, String status, List<FileReport> files,
      List<QuarantineCount> quarantine) {
    this(runId, startedAt, finishedAt, status, files, quarantine, List.of(), List.of());
  }

  /** Pretty snake_case JSON, written whole or not at all. */
  public void write(Lake lake) {
    LakeJson.write(lake.store(), file(lake, runId), this);
  }

  /** Every manifest of the lake, oldest run first (run ids sort by start time). */
  public static List<RunManifest> readAll(Lake lake) {
    return lake.runManifestFiles().stream().map(file -> LakeJson.read(lake.store(), file, RunManifest.class)).toList();
  }

  static Path file(Lake lake, String runId) {
    return new Path(lake.runsFolder(), Lake.safe(runId) + ".json");
  }
}
