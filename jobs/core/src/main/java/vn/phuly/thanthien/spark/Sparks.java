package vn.phuly.thanthien.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one SparkSession of a JVM. Every command and every test class takes it from here, so Spark's
 * start-up (5–9 s on this machine) is paid once per process.
 */
public final class Sparks {
  private static SparkSession session;

  private Sparks() {}

  /** The session for {@code master} (default {@code local[*]}); created on first use. */
  public static synchronized SparkSession session(String master) {
    if (session == null) {
      session = builder(master == null ? "local[*]" : master).getOrCreate();
    }
    return session;
  }

  public static SparkSession local() {
    return session(null);
  }

  static SparkSession.Builder builder(String master) {
    Path scratch = Path.of(System.getProperty("java.io.tmpdir"), "thanthien-spark");
    return SparkSession.builder()
        .appName("thanthien")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.warehouse.dir", scratch.resolve("warehouse").toString())
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        // Trap 2 of ENGINEERING-NOTES: store wall-clock times, not instants, so DuckDB reads
        // "18/05/2023 12:26" back as 12:26.
        .config("spark.sql.session.timeZone", "Asia/Ho_Chi_Minh")
        .config("spark.sql.timestampType", "TIMESTAMP_NTZ")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.ansi.enabled", "true")
        // A partitioned write (ingest: outcome/day/year) keeps one open file per partition a task
        // meets instead of first sorting all of the task's rows by partition. The sorts showed in
        // the ingest's profile; at 5M rows the end-to-end time did not measurably change.
        .config("spark.sql.optimizer.plannedWrite.enabled", "false")
        .config("spark.sql.maxConcurrentOutputFileWriters", "32")
        // A whole-stage method above 8000 bytes of bytecode is never JIT-compiled by HotSpot: it
        // runs interpreted. Ingest's judging of a wide contract generates one; over this limit Spark
        // compiles the stage's operators apart (ingest of 5M rows: 76 s → 57 s for that stage).
        .config("spark.sql.codegen.hugeMethodLimit", "8000")
        // contracts have wide rows; without this Spark warns on every plan it prints
        .config("spark.sql.debug.maxToStringFields", "200");
  }
}
