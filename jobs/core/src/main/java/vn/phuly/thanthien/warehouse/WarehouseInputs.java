package vn.phuly.thanthien.warehouse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.lake.LakeSnapshot;

/**
 * Everything a warehouse build reads, as absolute paths: decoupled from how the lake finds its
 * committed files.
 *
 * @param curatedFiles dataset → the committed curated Parquet files (absolute)
 * @param quarantineFiles the committed quarantine Parquet files
 * @param runManifests the run manifests ({@code lake/_runs/*.json})
 * @param referenceDir the profile folder (units.csv, criteria.csv, …; '#' comment lines on top)
 */
public record WarehouseInputs(
    Map<String, List<Path>> curatedFiles,
    List<Path> quarantineFiles,
    List<Path> runManifests,
    Path referenceDir) {

  public WarehouseInputs {
    curatedFiles = Map.copyOf(curatedFiles);
    quarantineFiles = List.copyOf(quarantineFiles);
    runManifests = List.copyOf(runManifests);
  }

  /**
   * What the lake's ledgers have committed, and its run manifests, from one snapshot: hold
   * {@link Lake#lockForReading} until the build has read them, so an ingest running meanwhile
   * deletes none of them.
   */
  public static WarehouseInputs fromLake(Lake lake, Path referenceDir) {
    LakeSnapshot snapshot = lake.snapshot();
    Map<String, List<Path>> curated = new LinkedHashMap<>();
    for (String dataset : DatasetContract.DATASETS) {
      curated.put(dataset, snapshot.committedFiles(dataset));
    }
    return new WarehouseInputs(curated, snapshot.committedQuarantine(), snapshot.runManifests(), referenceDir);
  }

  public List<Path> curated(String dataset) {
    return curatedFiles.getOrDefault(dataset, List.of());
  }
}
