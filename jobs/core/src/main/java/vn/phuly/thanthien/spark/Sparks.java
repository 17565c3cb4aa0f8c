package vn.phuly.thanthien.spark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.FileModes;

/**
 * The one SparkSession of a JVM. Every command and every test class takes it from here, so Spark's
 * start-up (5–9 s on this machine) is paid once per process.
 *
 * <p>Where the work runs: a master given by {@code spark-submit --master} or {@code
 * spark-defaults.conf} (they reach the driver as the {@code spark.master} property) is respected;
 * the CLI's own {@code --master} is only for running without {@code spark-submit}; with neither,
 * {@code local[*]}. Settings that only make sense in one JVM (the driver bound to loopback, few
 * shuffle partitions) apply only to a local master: on a cluster, its own configuration decides.
 */
public final class Sparks {
  static final String DEFAULT_MASTER = "local[*]";

  private static SparkSession session;

  private Sparks() {}

  /**
   * The session for {@code master} (null: spark-submit's, else {@code local[*]}); created on first
   * use. {@code new SparkConf()} holds what spark-submit or spark-defaults.conf set (as {@code
   * spark.*} system properties of the driver); its application name ({@code --name}) is kept too.
   */
  public static synchronized SparkSession session(String master) {
    if (session == null) {
      SparkConf launched = new SparkConf();
      SparkSession.Builder builder = SparkSession.builder();
      settings(master, launched.getOption("spark.master").getOrElse(() -> null)).forEach(builder::config);
      if (!launched.contains("spark.app.name")) {
        builder.appName("thanthien");
      }
      session = builder.getOrCreate();
    }
    return session;
  }

  public static SparkSession local() {
    return session(null);
  }

  /**
   * The settings of a session for the CLI's {@code master} (may be null) when the launching
   * environment already set {@code submitted} as {@code spark.master} (null when it did not).
   */
  static Map<String, String> settings(String master, String submitted) {
    String chosen = master != null ? master : submitted != null ? submitted : DEFAULT_MASTER;
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("spark.master", chosen);
    settings.put("spark.ui.showConsoleProgress", "false");
    // Trap 2 of ENGINEERING-NOTES: store wall-clock times, not instants, so DuckDB reads
    // "18/05/2023 12:26" back as 12:26.
    settings.put("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh");
    settings.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
    settings.put("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
    settings.put("spark.sql.sources.partitionOverwriteMode", "dynamic");
    settings.put("spark.sql.ansi.enabled", "true");
    // A partitioned write (ingest: outcome/day/year) keeps one open file per partition a task
    // meets instead of first sorting all of the task's rows by partition. The sorts showed in
    // the ingest's profile; at 5M rows the end-to-end time did not measurably change.
    settings.put("spark.sql.optimizer.plannedWrite.enabled", "false");
    settings.put("spark.sql.maxConcurrentOutputFileWriters", "32");
    // A whole-stage method above 8000 bytes of bytecode is never JIT-compiled by HotSpot: it
    // runs interpreted. Ingest's judging of a wide contract generates one; over this limit Spark
    // compiles the stage's operators apart (ingest of 5M rows: 76 s → 57 s for that stage).
    settings.put("spark.sql.codegen.hugeMethodLimit", "8000");
    // contracts have wide rows; without this Spark warns on every plan it prints
    settings.put("spark.sql.debug.maxToStringFields", "200");
    // the lake's files and folders are 0640/0750 whatever the umask (FileModes); Hadoop's file
    // system applies this umask to what Spark writes (staging, before the lake moves it in place)
    settings.put("spark.hadoop.fs.permissions.umask-mode", FileModes.HADOOP_UMASK);
    if (chosen.startsWith("local")) {
      Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "thanthien-spark");
      settings.put("spark.ui.enabled", "false");
      settings.put("spark.sql.shuffle.partitions", "8");
      settings.put("spark.sql.warehouse.dir", scratch.resolve("warehouse").toString());
      settings.put("spark.driver.host", "127.0.0.1");
      settings.put("spark.driver.bindAddress", "127.0.0.1");
    }
    return settings;
  }
}
