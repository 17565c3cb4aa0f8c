package vn.phuly.thanthien.fs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local disk under another scheme ({@code other:///tmp/lake} is {@code /tmp/lake}), for tests
 * that must show code goes through Hadoop's {@code FileSystem} and not {@code java.nio}: a
 * {@code java.nio} call cannot open an {@code other:} URI, and {@link Locations#isLocal} says it is
 * not local. Register it with {@link #register}.
 */
public final class OtherSchemeFileSystem extends RawLocalFileSystem {
  public static final String SCHEME = "other";
  private static final URI ROOT = URI.create(SCHEME + ":///");

  /**
   * Makes {@code other:} paths resolvable through {@code conf} (Spark's {@code hadoopConfiguration()}
   * too), by {@code FileSystem} and by {@code FileContext} (the lake renames a ledger entry over the
   * old one through it).
   */
  public static Configuration register(Configuration conf) {
    conf.set("fs." + SCHEME + ".impl", OtherSchemeFileSystem.class.getName());
    conf.set("fs.AbstractFileSystem." + SCHEME + ".impl", Context.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
    return conf;
  }

  /** The {@code other:} location of a local path. */
  public static Path of(java.nio.file.Path local) {
    return new Path(SCHEME, null, local.toAbsolutePath().normalize().toUri().getPath());
  }

  @Override
  public URI getUri() {
    return ROOT;
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public void initialize(URI uri, Configuration conf) throws java.io.IOException {
    super.initialize(ROOT, conf);
  }

  @Override
  public FileStatus getFileStatus(Path f) throws IOException {
    return withModes(super.getFileStatus(f));
  }

  @Override
  public FileStatus[] listStatus(Path f) throws IOException {
    FileStatus[] statuses = super.listStatus(f);
    for (int i = 0; i < statuses.length; i++) {
      statuses[i] = withModes(statuses[i]);
    }
    return statuses;
  }

  /**
   * The status with its modes, owner and group read now: RawLocalFileSystem reads them on demand
   * from a {@code java.io.File} of the path's URI, which then must be {@code file:} (a listing of
   * located files, Spark's file index, asks for them).
   */
  private static FileStatus withModes(FileStatus status) throws IOException {
    PosixFileAttributes attributes = Files.readAttributes(java.nio.file.Path.of(status.getPath().toUri().getPath()),
        PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return new FileStatus(status.getLen(), status.isDirectory(), status.getReplication(), status.getBlockSize(),
        status.getModificationTime(), status.getAccessTime(),
        FsPermission.valueOf((status.isDirectory() ? "d" : "-") + PosixFilePermissions.toString(attributes.permissions())),
        attributes.owner().getName(), attributes.group().getName(), status.getPath());
  }

  /** What {@code FileContext} opens for {@code other:}. */
  public static final class Context extends DelegateToFileSystem {
    public Context(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(ROOT, new OtherSchemeFileSystem(), conf, SCHEME, false);
    }
  }
}
