package vn.phuly.thanthien.lake;

import java.io.InputStream;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.fs.Locations;

/**
 * The few file operations the lake's commit protocol is made of ({@link Lake} decides what is
 * moved, when the ledger is written and what is deleted; a store only does it). A local lake
 * ({@code file:}) is {@link LocalStore}, java.nio: atomic renames, the lake's modes and setgid
 * group; any other is {@link HadoopStore}, Hadoop's {@code FileSystem} (HDFS, S3A).
 */
interface LakeStore {
  static LakeStore of(Path root, Configuration conf) {
    return Locations.isLocal(root) ? new LocalStore() : new HadoopStore(root, conf);
  }

  boolean isFile(Path file);

  boolean isFolder(Path folder);

  /** The files directly in a folder, sorted by name; an absent folder has none. */
  List<Path> files(Path folder);

  /** The folders directly in a folder, sorted by name; an absent folder has none. */
  List<Path> folders(Path folder);

  /** Every file below a folder, at any depth; an absent folder has none. */
  List<Path> filesBelow(Path folder);

  void createFolders(Path folder);

  /** Renames a file to a name no file has yet (its folder is created); refuses an existing target. */
  void move(Path from, Path to);

  /** Writes a file that readers see whole or not at all: the old content or the new, never half. */
  void replaceWhole(Path target, byte[] content);

  InputStream open(Path file);

  /** Deletes a file if it exists. */
  void delete(Path file);

  /** Deletes a folder if it is empty; returns whether it did. */
  boolean deleteIfEmpty(Path folder);

  /** Deletes a folder and everything below it. */
  void deleteTree(Path folder);
}
