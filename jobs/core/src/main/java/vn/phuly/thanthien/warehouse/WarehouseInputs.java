package vn.phuly.thanthien.warehouse;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;
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
   * deletes none of them. Only a local lake ({@link #localLake}).
   */
  public static WarehouseInputs fromLake(Lake lake, Path referenceDir) {
    localLake(lake.root());
    LakeSnapshot snapshot = lake.snapshot();
    Map<String, List<Path>> curated = new LinkedHashMap<>();
    for (String dataset : DatasetContract.DATASETS) {
      curated.put(dataset, local(snapshot.committedFiles(dataset)));
    }
    return new WarehouseInputs(curated, local(snapshot.committedQuarantine()), local(snapshot.runManifests()), referenceDir);
  }

  /**
   * The local folder of a lake the build can read, or a {@link BadInputException}: DuckDB reads
   * the lake's files from the local disk, and the lake's read lock, which keeps them in place while
   * the build reads, is a lock of this host.
   */
  public static Path localLake(org.apache.hadoop.fs.Path lake) {
    if (!Locations.isLocal(lake)) {
      throw new BadInputException("Kho dữ liệu chỉ dựng được từ hồ dữ liệu trên đĩa cục bộ, không từ " + lake
          + ": hãy đồng bộ các tệp đã ghi sổ về đĩa cục bộ trước (docs/cluster.md)."
          + " / The warehouse builds only from a lake on the local disk, not from " + lake
          + ": sync the committed files to local disk first (docs/cluster.md).");
    }
    return Locations.local(lake);
  }

  private static List<Path> local(List<org.apache.hadoop.fs.Path> files) {
    return files.stream().map(Locations::local).toList();
  }

  public List<Path> curated(String dataset) {
    return curatedFiles.getOrDefault(dataset, List.of());
  }
}
