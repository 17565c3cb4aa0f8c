package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Criterion;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Unit;

/**
 * Submissions only: the criterion must be in the catalogue valid for the unit's type on the
 * period's last day ({@code UNKNOWN_CRITERION}), and the score must not exceed its max_points
 * ({@code OUT_OF_RANGE}). A join with the profile's small criteria table.
 */
public final class CriterionCheck {
  static final StructType CRITERIA =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("c_unit_type", DataTypes.StringType, false),
          DataTypes.createStructField("c_criterion_id", DataTypes.StringType, false),
          DataTypes.createStructField("c_valid_from", DataTypes.DateType, false),
          DataTypes.createStructField("c_valid_to", DataTypes.DateType, true),
          DataTypes.createStructField("c_max_points", DataTypes.DoubleType, false)));
  static final StructType UNIT_TYPES =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("t_unit_id", DataTypes.StringType, false),
          DataTypes.createStructField("t_unit_type", DataTypes.StringType, false)));

  private CriterionCheck() {}

  public static boolean appliesTo(vn.phuly.thanthien.contract.DatasetContract contract) {
    return contract.column("criterion_id").isPresent() && contract.column("score").isPresent();
  }

  public static Dataset<Row> check(Dataset<Row> rows, SparkSession spark, Profile profile) {
    List<Row> criteria =
        profile.criteria().stream()
            .map((Criterion c) -> RowFactory.create(c.unitType(), c.criterionId(), Date.valueOf(c.validFrom()),
                c.validTo() == null ? null : Date.valueOf(c.validTo()), c.maxPoints()))
            .toList();
    // A unit keeps its type across its versions (a change of type is a new unit_id).
    Map<String, String> types =
        profile.units().stream().collect(Collectors.toMap(Unit::unitId, Unit::unitType, (a, b) -> a));
    List<Row> unitTypes = types.entrySet().stream().map(e -> RowFactory.create(e.getKey(), e.getValue())).toList();
    Dataset<Row> typed =
        rows.join(broadcast(spark.createDataFrame(unitTypes, UNIT_TYPES)), col("unit_id").equalTo(col("t_unit_id")), "left");
    Column matches =
        col("t_unit_type").equalTo(col("c_unit_type"))
            .and(col("criterion_id").equalTo(col("c_criterion_id")))
            .and(col("period_end").geq(col("c_valid_from")))
            .and(col("c_valid_to").isNull().or(col("period_end").leq(col("c_valid_to"))));
    Dataset<Row> joined =
        typed.join(broadcast(spark.createDataFrame(criteria, CRITERIA)), matches, "left");
    Column ok = Problems.ok();
    Dataset<Row> judged = Problems.add(joined, List.of(
        Problems.where(ok.and(col("c_criterion_id").isNull()), ReasonCode.UNKNOWN_CRITERION,
            Problems.text("criterion '", col("criterion_id"), "' is not in the catalogue for ",
                col("t_unit_type"), " on ", col("period_end")),
            Problems.text("tiêu chí '", col("criterion_id"), "' không có trong bộ tiêu chí của loại đơn vị ",
                col("t_unit_type"), " vào ngày ", col("period_end"))),
        Problems.where(ok.and(col("score").gt(col("c_max_points"))), ReasonCode.OUT_OF_RANGE,
            Problems.text("score ", col("score"), " is above the criterion's max_points ", col("c_max_points")),
            Problems.text("điểm ", col("score"), " lớn hơn điểm tối đa của tiêu chí ", col("c_max_points")))));
    return judged.drop("t_unit_id", "t_unit_type", "c_unit_type", "c_criterion_id", "c_valid_from",
        "c_valid_to", "c_max_points");
  }
}
