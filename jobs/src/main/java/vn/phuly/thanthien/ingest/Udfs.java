package vn.phuly.thanthien.ingest;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.phuly.thanthien.text.Vietnamese;

/** Java functions Spark SQL lacks (it has no Unicode normalisation). */
final class Udfs {
  /** {@link Vietnamese#fold}: case-, form- and diacritic-insensitive key. */
  static final UserDefinedFunction FOLD =
      functions.udf((UDF1<String, String>) Vietnamese::fold, DataTypes.StringType);

  private Udfs() {}
}
