package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.FileModes;
import vn.phuly.thanthien.fs.Locations;

/**
 * Where the lake's OS locks (the writer's, the readers') are. A local lake keeps them in its root,
 * 0640 like the rest of it. An object store (S3) has no locks, and HDFS none that end with their
 * process, so the locks of any other lake are files on this host named by the SHA-256 of the
 * lake's URI, under {@code $XDG_STATE_HOME/thanthien/locks/} (else {@code ~/.local/state/…}, or
 * the Hadoop setting {@value Lake#LOCKS_FOLDER}), 0600 in a 0700 folder. For such a lake that makes
 * one writer per host, not per lake: two hosts could write the same lake at once. The deployment
 * runs every ingest from one host (Airflow's worker), docs/cluster.md.
 */
final class LockFiles {
  private static final Set<PosixFilePermission> HOST_FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> HOST_FOLDER = PosixFilePermissions.fromString("rwx------");

  private final java.nio.file.Path folder;
  private final String prefix;
  private final boolean inLake;

  private LockFiles(java.nio.file.Path folder, String prefix, boolean inLake) {
    this.folder = folder;
    this.prefix = prefix;
    this.inLake = inLake;
  }

  static LockFiles of(Path root, Configuration conf) {
    if (Locations.isLocal(root)) {
      return new LockFiles(Locations.local(root), "", true);
    }
    // qualified: hdfs:///lake and hdfs://namenode:8020/lake are one lake, and have one lock
    return new LockFiles(hostFolder(conf), sha256(Locations.fileSystem(root, conf).makeQualified(root).toString()), false);
  }

  java.nio.file.Path file(String name) {
    return folder.resolve(prefix + name);
  }

  /** The lock file, created if absent, open for reading and writing (a shared lock needs both). */
  FileChannel open(String name) {
    java.nio.file.Path file = file(name);
    try {
      if (inLake) {
        FileModes.createFolders(folder);
      } else {
        Files.createDirectories(folder);
        setMode(folder, HOST_FOLDER);
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (inLake) {
        FileModes.restrict(file);
      } else {
        setMode(file, HOST_FILE);
      }
      return channel;
    } catch (IOException e) {
      throw new LakeException("cannot open " + file, e);
    }
  }

  private static java.nio.file.Path hostFolder(Configuration conf) {
    String configured = conf.getTrimmed(Lake.LOCKS_FOLDER, "");
    if (!configured.isEmpty()) {
      return java.nio.file.Path.of(configured);
    }
    String state = System.getenv("XDG_STATE_HOME");
    java.nio.file.Path base = state == null || state.isBlank() || !java.nio.file.Path.of(state).isAbsolute()
        ? java.nio.file.Path.of(System.getProperty("user.home"), ".local", "state")
        : java.nio.file.Path.of(state);
    return base.resolve("thanthien").resolve("locks");
  }

  private static void setMode(java.nio.file.Path path, Set<PosixFilePermission> mode) throws IOException {
    if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(path, mode);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
