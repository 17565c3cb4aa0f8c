package vn.phuly.thanthien.fs;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration as executors need it to open the same files (an S3 endpoint and
 * its credentials provider, an HDFS name service): Hadoop's {@link Configuration} is not
 * serializable, its entries are. Built from {@code spark.sparkContext().hadoopConfiguration()},
 * which holds every {@code spark.hadoop.*} setting of the session.
 */
public final class HadoopConf implements Serializable {
  private static final long serialVersionUID = 1L;
  private final Map<String, String> entries;

  private HadoopConf(Map<String, String> entries) {
    this.entries = entries;
  }

  public static HadoopConf of(Configuration conf) {
    Map<String, String> entries = new TreeMap<>();
    conf.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    return new HadoopConf(entries);
  }

  /** A configuration with exactly the driver's entries (no defaults read again on the executor). */
  public Configuration configuration() {
    Configuration conf = new Configuration(false);
    entries.forEach(conf::set);
    return conf;
  }
}
