package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_from_unix_date;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.AssessmentPeriod;

/**
 * The derived columns of a contract that come from the record itself (unit_id and unit_match
 * come from {@link UnitResolution}). Each derived name is a rule in code; a contract naming an
 * unknown one fails at once rather than writing nulls.
 */
public final class Derivations {
  static final Set<String> PERIOD = Set.of("period_kind", "period_start", "period_end");
  static final String FINDING_NO = "finding_no";
  static final Set<String> RESOLVED = Set.of("unit_id", "unit_match");

  private Derivations() {}

  public static Dataset<Row> derive(Dataset<Row> rows, DatasetContract contract) {
    Dataset<Row> result = rows;
    boolean period = false;
    for (vn.phuly.thanthien.contract.Column derived : contract.derived()) {
      String name = derived.name();
      if (PERIOD.contains(name)) {
        period = true;
      } else if (FINDING_NO.equals(name)) {
        result = position(result, contract);
      } else if (!RESOLVED.contains(name)) {
        throw new IllegalStateException(contract.dataset() + ": no rule derives column " + name);
      }
    }
    return period ? period(result) : result;
  }

  /** A period's kind and days, as epoch days (a DateType result would go through java.sql.Date). */
  static final StructType PERIOD_DAYS =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("kind", DataTypes.StringType, false),
          DataTypes.createStructField("start", DataTypes.IntegerType, false),
          DataTypes.createStructField("end", DataTypes.IntegerType, false)));

  /**
   * {@code period} {@code 2023}, {@code 2023-H1} or {@code 2023-Q2} → kind, first and last day, from
   * the project's one calendar ({@link AssessmentPeriod}, which the warehouse's dim_period is too);
   * anything else (including years outside 1900–2099) is {@code BAD_PERIOD}.
   */
  static Dataset<Row> period(Dataset<Row> rows) {
    UserDefinedFunction days =
        functions.udf(
            (UDF1<String, Row>) code -> AssessmentPeriod.parse(code)
                .map(p -> RowFactory.create(p.kind().name(), (int) p.start().toEpochDay(), (int) p.end().toEpochDay()))
                .orElse(null),
            PERIOD_DAYS);
    Dataset<Row> dated =
        rows.withColumn("period", upper(col("period")))
            .withColumn("period__", days.apply(col("period")))
            .withColumn("period_kind", col("period__.kind"))
            .withColumn("period_start", date_from_unix_date(col("period__.start")))
            .withColumn("period_end", date_from_unix_date(col("period__.end")))
            .drop("period__");
    return Problems.add(dated, List.of(Problems.where(
        col("period").isNotNull().and(col("period_kind").isNull()), ReasonCode.BAD_PERIOD,
        Problems.text("period: '", col("period"), "' is not YYYY, YYYY-H1..2 or YYYY-Q1..4"),
        Problems.text("Kỳ đánh giá: '", col("period"), "' không có dạng YYYY, YYYY-H1..2 hoặc YYYY-Q1..4"))));
  }

  /**
   * {@code finding_no}: the element's position in a JSON array (0 for an empty array); in a CSV,
   * where each row is one element, the rank of the row among the rows of the same record in the
   * file, or 0 for a row whose element columns are all empty (a record without elements).
   */
  static Dataset<Row> position(Dataset<Row> rows, DatasetContract contract) {
    String prefix = contract.explode() + ".";
    Column anyElementValue = lit(false);
    for (vn.phuly.thanthien.contract.Column column : contract.columns()) {
      if (column.json() != null && column.json().startsWith(prefix)) {
        String name = column.isIdentity() ? column.curatedName() : column.name();
        anyElementValue = anyElementValue.or(col(name).isNotNull());
      }
    }
    List<Column> partition = new ArrayList<>(List.of(col(RawRow.SOURCE_FILE), col("has_element__")));
    contract.businessKey().stream().filter(k -> !k.equals(FINDING_NO)).map(functions::col).forEach(partition::add);
    return rows.withColumn("has_element__", anyElementValue)
        .withColumn(FINDING_NO,
            when(col(RawRow.ELEMENT_NO).isNotNull(), col(RawRow.ELEMENT_NO))
                .when(col("has_element__").equalTo(false), lit(0))
                .otherwise(row_number().over(
                    Window.partitionBy(partition.toArray(Column[]::new)).orderBy(col(RawRow.SOURCE_LINE)))))
        .drop("has_element__");
  }
}
