package vn.phuly.thanthien.fs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.DelegateToFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

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

  /** What {@code FileContext} opens for {@code other:}. */
  public static final class Context extends DelegateToFileSystem {
    public Context(URI uri, Configuration conf) throws IOException, URISyntaxException {
      super(ROOT, new OtherSchemeFileSystem(), conf, SCHEME, false);
    }
  }
}
