package vn.phuly.thanthien.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.phuly.thanthien.text.Vietnamese;

/** Java functions Spark SQL lacks (it has no Unicode normalisation). */
final class Udfs {
  /** {@link Vietnamese#fold}: case-, form- and diacritic-insensitive key. */
  static final UserDefinedFunction FOLD =
      functions.udf((UDF1<String, String>) Udfs::fold, DataTypes.StringType);

  /** Enough for every spelling of every enumeration; open ones could grow without bound. */
  private static final int FOLDED_MAX = 10_000;
  /**
   * Enumeration cells repeat a handful of spellings millions of times, and folding (lower case,
   * NFD, a regex) is costly: remember the folded forms, per executor thread (no locking).
   */
  private static final ThreadLocal<Map<String, String>> FOLDED = ThreadLocal.withInitial(HashMap::new);

  private Udfs() {}

  static String fold(String text) {
    if (text == null) {
      return null;
    }
    Map<String, String> folded = FOLDED.get();
    String result = folded.get(text);
    if (result == null) {
      result = Vietnamese.fold(text);
      if (folded.size() < FOLDED_MAX) {
        folded.put(text, result);
      }
    }
    return result;
  }
}
