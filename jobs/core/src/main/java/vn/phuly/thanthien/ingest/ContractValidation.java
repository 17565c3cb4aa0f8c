package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.filter;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * Types the raw strings with the contract (Spark SQL, ANSI-safe: only {@code try_*} functions,
 * whose nulls are turned into reason codes here) and checks required values, enumerations and
 * ranges. Accepted date forms: {@code d/M/yyyy}, {@code d/M/yyyy H:mm[:ss]}, ISO-8601
 * {@code yyyy-MM-dd}, {@code yyyy-MM-dd'T'HH:mm[:ss]} with an optional offset (converted to
 * Asia/Ho_Chi_Minh wall time). {@code M/d} is never tried.
 */
public final class ContractValidation {
  public static final String LOCAL_ZONE = "Asia/Ho_Chi_Minh";
  /**
   * Per row: what the reader found unknown in the record (JSON fields) and the new values of open
   * enumerations, recorded as drift of the file.
   */
  public static final String DRIFT = "drift";

  private static final String TYPED = "typed__";
  /** UTC or an offset Java accepts (at most ±14:59 here, real ones stop at ±14:00). */
  private static final String OFFSET = "(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])$";

  private ContractValidation() {}

  public static Dataset<Row> validate(Dataset<Row> rows, DatasetContract contract) {
    List<vn.phuly.thanthien.contract.Column> checked =
        contract.columns().stream().filter(c -> !c.isIdentity()).toList();
    Dataset<Row> typed = rows;
    for (vn.phuly.thanthien.contract.Column column : checked) {
      typed = typed.withColumn(TYPED + column.name(), typedValue(column, col(column.name())));
    }
    List<Column> missing = new ArrayList<>();
    List<Column> badType = new ArrayList<>();
    List<Column> badDate = new ArrayList<>();
    List<Column> badEnum = new ArrayList<>();
    List<Column> outOfRange = new ArrayList<>();
    List<Column> drift = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : checked) {
      Column raw = col(column.name());
      Column value = col(TYPED + column.name());
      String name = column.name();
      String label = column.labels().isEmpty() ? name : column.labels().get(0);
      if (column.required()) {
        missing.add(Problems.where(raw.isNull(), ReasonCode.MISSING_REQUIRED,
            lit(name + ": required value is missing"), lit(label + ": thiếu giá trị bắt buộc")));
      }
      Column failed = raw.isNotNull().and(value.isNull());
      switch (column.type()) {
        case "integer", "long" -> badType.add(Problems.where(failed, ReasonCode.BAD_TYPE,
            Problems.text(name + ": '", raw, "' is not an integer"),
            Problems.text(label + ": '", raw, "' không phải là số nguyên")));
        case "decimal" -> badType.add(Problems.where(
            failed.or(isnan(value)).or(value.isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)), ReasonCode.BAD_TYPE,
            Problems.text(name + ": '", raw, "' is not a number"),
            Problems.text(label + ": '", raw, "' không phải là số")));
        case "boolean" -> badType.add(Problems.where(failed, ReasonCode.BAD_TYPE,
            Problems.text(name + ": '", raw, "' is not true/false"),
            Problems.text(label + ": '", raw, "' không phải là đúng/sai")));
        case "date", "timestamp" -> badDate.add(Problems.where(failed, ReasonCode.BAD_DATE,
            Problems.text(name + ": '", raw, "' is not a date (dd/MM/yyyy [HH:mm] or ISO-8601)"),
            Problems.text(label + ": '", raw, "' không phải là ngày hợp lệ (dd/MM/yyyy [HH:mm] hoặc ISO-8601)")));
        case "enum" -> {
          Column unknown = raw.isNotNull().and(Enums.code(column, raw).isNull());
          if (column.openEnum()) {
            drift.add(when(unknown, concat(lit(name + ": new value '"), raw, lit("'"))));
          } else {
            badEnum.add(Problems.where(unknown, ReasonCode.BAD_ENUM,
                Problems.text(name + ": '", raw, "' is not one of " + column.values().keySet()),
                Problems.text(label + ": '", raw, "' không thuộc danh mục " + column.values().values())));
          }
        }
        case "string" -> { }
        default -> throw new IllegalStateException(name + ": unknown type " + column.type());
      }
      if (column.min() != null) {
        outOfRange.add(Problems.where(value.lt(column.min()), ReasonCode.OUT_OF_RANGE,
            Problems.text(name + ": ", raw, " is below the minimum " + number(column.min())),
            Problems.text(label + ": ", raw, " nhỏ hơn mức tối thiểu " + number(column.min()))));
      }
      if (column.max() != null) {
        outOfRange.add(Problems.where(value.gt(column.max()), ReasonCode.OUT_OF_RANGE,
            Problems.text(name + ": ", raw, " is above the maximum " + number(column.max())),
            Problems.text(label + ": ", raw, " lớn hơn mức tối đa " + number(column.max()))));
      }
    }
    List<Column> ordered = new ArrayList<>(missing);
    ordered.addAll(badType);
    ordered.addAll(badDate);
    ordered.addAll(badEnum);
    ordered.addAll(outOfRange);
    Dataset<Row> judged = Problems.add(typed, ordered);
    Column none = expr("cast(array() as array<string>)");
    Column newValues = drift.isEmpty() ? none : filter(array(drift.toArray(Column[]::new)), Column::isNotNull);
    // most rows have no reader drift (every CSV row): no array concatenation for them
    Column rawDrift = col(RawRow.DRIFT);
    judged = judged.withColumn(DRIFT, when(rawDrift.isNull(), newValues).otherwise(concat(rawDrift, newValues)))
        .drop(RawRow.DRIFT);
    for (vn.phuly.thanthien.contract.Column column : checked) {
      judged = judged.withColumn(column.name(), col(TYPED + column.name())).drop(TYPED + column.name());
    }
    return judged;
  }

  /** The typed value of a raw string, or null where it does not parse. */
  static Column typedValue(vn.phuly.thanthien.contract.Column column, Column raw) {
    String v = "`" + column.name() + "`";
    return switch (column.type()) {
      case "string" -> raw;
      case "integer" -> expr("try_cast(" + v + " as int)");
      case "long" -> expr("try_cast(" + v + " as bigint)");
      case "decimal" -> expr("try_cast(replace(" + v + ", ',', '.') as double)");
      case "boolean" -> expr("try_cast(" + v + " as boolean)");
      case "date" -> expr(date(v));
      case "timestamp" -> expr(timestamp(v));
      case "enum" ->
          column.openEnum()
              ? coalesce(Enums.code(column, raw), raw)
              : Enums.code(column, raw);
      default -> throw new IllegalStateException(column.name() + ": unknown type " + column.type());
    };
  }

  static String date(String v) {
    return "coalesce(try_to_date(" + v + ", 'd/M/yyyy'), try_to_date(" + v + ", 'yyyy-MM-dd'))";
  }

  static String timestamp(String v) {
    return "coalesce("
        + "try_to_timestamp(" + v + ", 'd/M/yyyy H:mm'), "
        + "try_to_timestamp(" + v + ", 'd/M/yyyy H:mm:ss'), "
        + "cast(try_to_date(" + v + ", 'd/M/yyyy') as timestamp_ntz), "
        + "case when " + v + " rlike '" + OFFSET + "' then convert_timezone(regexp_extract(" + v
        + ", '" + OFFSET + "', 1), '" + LOCAL_ZONE + "', try_to_timestamp(" + v
        + ", \"yyyy-MM-dd'T'HH:mm[:ss]XXX\")) end, "
        + "try_to_timestamp(" + v + ", \"yyyy-MM-dd'T'HH:mm[:ss]\"), "
        + "try_to_timestamp(" + v + ", 'yyyy-MM-dd HH:mm[:ss]'), "
        + "cast(try_to_date(" + v + ", 'yyyy-MM-dd') as timestamp_ntz))";
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
