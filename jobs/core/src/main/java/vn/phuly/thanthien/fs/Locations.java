package vn.phuly.thanthien.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Where a command reads or writes, as given on its command line: a local path ({@code data/lake},
 * {@code /srv/lake}) or a Hadoop URI ({@code file:///srv/lake}, {@code hdfs://nn/lake},
 * {@code s3a://bucket/lake}). Inside the pipeline every such place is a Hadoop {@link Path} with a
 * scheme, so that the driver's file operations and Spark's reads and writes name the same files.
 */
public final class Locations {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:/.*");

  private Locations() {}

  /** A command-line location: a URI when it starts with a scheme, else a local path (made absolute). */
  public static Path of(String location) {
    if (location == null || location.isBlank()) {
      throw new IllegalArgumentException("empty location");
    }
    return SCHEME.matcher(location).matches() ? new Path(URI.create(location)) : of(java.nio.file.Path.of(location));
  }

  /** A local path as a {@code file:} location. */
  public static Path of(java.nio.file.Path local) {
    return new Path(local.toAbsolutePath().normalize().toUri());
  }

  public static boolean isLocal(Path location) {
    return "file".equals(location.toUri().getScheme());
  }

  /** How a location reads in a message: a local one as its path, any other as its URI. */
  public static String display(Path location) {
    return isLocal(location) ? local(location).toString() : location.toString();
  }

  /** The local path of a {@code file:} location; refuses any other. */
  public static java.nio.file.Path local(Path location) {
    if (!isLocal(location)) {
      throw new IllegalArgumentException(location + " is not on the local file system");
    }
    return java.nio.file.Path.of(location.toUri());
  }

  /**
   * The file system that holds a location. For {@code file:} it is Hadoop's raw local one: the
   * checksummed default would write a {@code .crc} beside every file the driver writes.
   */
  public static FileSystem fileSystem(Path location, Configuration conf) {
    try {
      return isLocal(location) ? FileSystem.getLocal(conf).getRaw() : location.getFileSystem(conf);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the file system of " + location + ": " + e.getMessage(), e);
    }
  }
}
