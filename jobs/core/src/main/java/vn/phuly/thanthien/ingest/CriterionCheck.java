package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Catalogues;
import vn.phuly.thanthien.reference.Criterion;
import vn.phuly.thanthien.reference.Profile;

/**
 * Submissions only: the criterion must be one the marts score the unit-period on ({@link
 * Catalogues}: the criteria of the unit's type in the period valid on its last day), else {@code
 * UNKNOWN_CRITERION}; and the score must not exceed its max_points ({@code OUT_OF_RANGE}).
 */
public final class CriterionCheck {
  static final StructType CRITERION =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("unit_type", DataTypes.StringType, true),
          DataTypes.createStructField("max_points", DataTypes.DoubleType, true)));

  private CriterionCheck() {}

  public static boolean appliesTo(DatasetContract contract) {
    return contract.column("criterion_id").isPresent() && contract.column("score").isPresent();
  }

  public static Dataset<Row> check(Dataset<Row> rows, SparkSession spark, Profile profile) {
    Broadcast<Catalogues> catalogues =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(Catalogues.of(profile));
    UserDefinedFunction lookup =
        functions.udf(
            (UDF4<String, Integer, Integer, String, Row>) (unitId, first, last, criterionId) -> {
              LocalDate end = LocalDate.ofEpochDay(last);
              Optional<String> type = catalogues.value().unitType(unitId, LocalDate.ofEpochDay(first), end);
              Double max = type.flatMap(t -> catalogues.value().criterion(t, criterionId, end))
                  .map(Criterion::maxPoints).orElse(null);
              return RowFactory.create(type.orElse(null), max);
            },
            CRITERION);
    Column ok = Problems.ok();
    // as epoch days: a DateType argument would be converted to java.sql.Date for every row
    Dataset<Row> looked =
        rows.withColumn("criterion__", when(ok, lookup.apply(col("unit_id"), unix_date(col("period_start")),
            unix_date(col("period_end")), col("criterion_id"))));
    Column type = col("criterion__.unit_type");
    Column max = col("criterion__.max_points");
    Dataset<Row> judged = Problems.add(looked, List.of(
        Problems.where(ok.and(max.isNull()), ReasonCode.UNKNOWN_CRITERION,
            Problems.text("criterion '", col("criterion_id"), "' is not in the catalogue for ", type, " on ",
                col("period_end")),
            Problems.text("tiêu chí '", col("criterion_id"), "' không có trong bộ tiêu chí của loại đơn vị ", type,
                " vào ngày ", col("period_end"))),
        Problems.where(ok.and(col("score").gt(max)), ReasonCode.OUT_OF_RANGE,
            Problems.text("score ", col("score"), " is above the criterion's max_points ", max),
            Problems.text("điểm ", col("score"), " lớn hơn điểm tối đa của tiêu chí ", max))));
    return judged.drop("criterion__");
  }
}
