package vn.phuly.thanthien.ingest;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.phuly.thanthien.spark.ThreadMemo;
import vn.phuly.thanthien.text.Vietnamese;

/** Java functions Spark SQL lacks (it has no Unicode normalisation). */
final class Udfs {
  /** {@link Vietnamese#fold}: case-, form- and diacritic-insensitive key. */
  static final UserDefinedFunction FOLD =
      functions.udf((UDF1<String, String>) Udfs::fold, DataTypes.StringType);

  /**
   * Enumeration cells repeat a handful of spellings millions of times, and folding (lower case,
   * NFD, a regex) is costly. 10,000: enough for every spelling of every enumeration; open ones
   * could grow without bound.
   */
  private static final ThreadMemo<String, String> FOLDED = new ThreadMemo<>(10_000);

  private Udfs() {}

  static String fold(String text) {
    return text == null ? null : FOLDED.get(text, Vietnamese::fold);
  }
}
