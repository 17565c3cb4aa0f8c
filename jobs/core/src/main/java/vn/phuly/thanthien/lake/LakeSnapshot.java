package vn.phuly.thanthien.lake;

import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * What a reader (build) reads of the lake, the ledger entries read once: every day's entry is
 * whole (each is renamed into place atomically), and the datasets and the quarantine come from
 * the same entries, so a day replaced while the reader runs is seen either old or new, never
 * half of each. Read it under {@link Lake#lockForReading} so that the files it lists stay. Paths
 * are Hadoop paths in the lake's scheme.
 *
 * @param runManifests the run manifests ({@code _runs/<run_id>.json}), oldest run first
 */
public record LakeSnapshot(Path root, List<LedgerEntry> entries, List<Path> runManifests) {
  public LakeSnapshot {
    entries = List.copyOf(entries);
    runManifests = List.copyOf(runManifests);
  }

  /** Every ledgered curated file of a dataset, all sources and days, sorted. */
  public List<Path> committedFiles(String dataset) {
    Lake.safe(dataset);
    return entries.stream()
        .flatMap(entry -> entry.files().getOrDefault(dataset, List.of()).stream())
        .map(this::absolute)
        .sorted()
        .toList();
  }

  /** Every ledgered quarantine file, all sources and days, sorted. */
  public List<Path> committedQuarantine() {
    return entries.stream().flatMap(entry -> entry.quarantine().stream()).map(this::absolute).sorted().toList();
  }

  private Path absolute(String relative) {
    return new Path(root, relative);
  }
}
