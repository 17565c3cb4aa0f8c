package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.HadoopConf;
import vn.phuly.thanthien.privacy.Pseudonymizer;

/**
 * The parallel read: one Spark task per landing file, or per range of a big CSV file (cut at
 * record boundaries by {@link CsvSplitter}); personal data is protected as each record is read
 * ({@link RecordProtection}). Spark's own CSV reader cannot be used: it gives no line numbers and
 * cannot detect an encoding per file. The parsed rows are then spread evenly over the cores: a few
 * big ranges would otherwise be parsed, protected <em>and judged</em> (typing, unit resolution) in
 * as few tasks. The files are opened on their Hadoop file system, by the driver (to cut ranges)
 * and by the executors, with the session's Hadoop configuration.
 */
public final class RawReader {
  /** Big enough that the driver's pass and the per-task start stay small against the parsing. */
  static final long SPLIT_BYTES = 32L << 20;

  private RawReader() {}

  public static Dataset<Row> read(
      SparkSession spark, List<LandingFile> files, DatasetContract contract, Pseudonymizer pseudonymizer,
      RecordLimits limits) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<FileSplit> splits =
        files.stream().flatMap(file -> CsvSplitter.split(file, conf, SPLIT_BYTES).stream()).toList();
    // Broadcast, not in each task: the entries are many (every Hadoop default) and the tasks may
    // be too. Spark's cleaner drops it once the rows' lineage is gone.
    Broadcast<HadoopConf> hadoop = context.broadcast(HadoopConf.of(conf));
    JavaRDD<Row> rows =
        context
            .parallelize(splits, Math.max(1, splits.size()))
            .flatMap(split -> RawRecords.rows(split, hadoop.value().configuration(), contract, pseudonymizer, limits));
    Dataset<Row> raw = spark.createDataFrame(rows, RawRow.schema(contract));
    int cores = context.defaultParallelism();
    if (splits.size() >= 2 * cores) {
      // Enough ranges to keep every core busy: judging goes on in the parsing tasks.
      return raw;
    }
    // Over at least the cores: rows leave the parsing task as compact binary rows, much cheaper
    // to shuffle than the judging work this spreads. Hashed on the line, not round-robin: a
    // round-robin repartition first sorts every row of each parsing task.
    return raw.repartition(
        Math.max(splits.size(), cores), col(RawRow.SOURCE_FILE), col(RawRow.SOURCE_LINE));
  }
}
