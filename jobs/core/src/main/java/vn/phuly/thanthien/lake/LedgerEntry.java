package vn.phuly.thanthien.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commit record of one landing day of one source: {@code _ledger/<source>/<landing_date>.json}.
 * Paths are relative to the lake root, with forward slashes; datasets and paths are kept sorted
 * so the JSON is the same whatever order the files were moved in.
 *
 * @param profileHash {@code reference.ProfileHash} of the profile the day was judged under (null in
 *     entries written before it was recorded): {@code ingest --reprocess} redoes the day when it
 *     differs from today's
 */
public record LedgerEntry(String source, LocalDate landingDate, String runId, String committedAt,
    Map<String, List<String>> files, List<String> quarantine, String profileHash) {

  public LedgerEntry {
    TreeMap<String, List<String>> sortedFiles = new TreeMap<>();
    (files == null ? Map.<String, List<String>>of() : files).forEach((dataset, paths) -> sortedFiles.put(dataset, sorted(paths)));
    files = Collections.unmodifiableMap(sortedFiles);
    quarantine = sorted(quarantine);
  }

  /** An entry that records no profile hash. */
  public LedgerEntry(String source, LocalDate landingDate, String runId, String committedAt,
      Map<String, List<String>> files, List<String> quarantine) {
    this(source, landingDate, runId, committedAt, files, quarantine, null);
  }

  /** Every path the entry lists, curated and quarantine. */
  public List<String> allPaths() {
    List<String> all = new ArrayList<>();
    files.values().forEach(all::addAll);
    all.addAll(quarantine);
    return all;
  }

  private static List<String> sorted(List<String> paths) {
    return paths == null ? List.of() : paths.stream().sorted().toList();
  }
}
