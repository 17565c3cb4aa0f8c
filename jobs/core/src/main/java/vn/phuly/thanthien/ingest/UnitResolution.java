package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.unix_date;
import static org.apache.spark.sql.functions.when;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Resolution;
import vn.phuly.thanthien.reference.UnitResolver;
import vn.phuly.thanthien.spark.ThreadMemo;

/**
 * Resolves the unit of every still-good row with the broadcast {@link UnitResolver}: the
 * contract's code and name columns, on the date its {@code unit.date} column holds (a reused code
 * means another unit on another date).
 */
public final class UnitResolution {
  static final StructType RESOLUTION =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("unit_id", DataTypes.StringType, true),
          DataTypes.createStructField("unit_match", DataTypes.StringType, true),
          DataTypes.createStructField("failure", DataTypes.StringType, true),
          DataTypes.createStructField("detail", DataTypes.StringType, true)));

  /**
   * A unit as written in a record in a validity period ({@link UnitResolver#validityPeriod}), for one
   * broadcast resolver (runs may differ in profile).
   */
  private record Key(long resolver, String code, String name, int period) {}

  /**
   * Exports name a few dozen units in a handful of validity periods: each resolution is remembered
   * (bounded: misspelt names could otherwise grow it without end). Keyed by period, not by day: a
   * five-year export has hundreds of thousands of unit-days, more than a memo should hold.
   */
  private static final ThreadMemo<Key, Resolution> RESOLVED = new ThreadMemo<>(100_000);

  private UnitResolution() {}

  /** A failure is not taken from the memo: its detail names the record's own day. */
  private static Resolution resolution(Broadcast<UnitResolver> resolver, String code, String name, LocalDate day) {
    UnitResolver units = resolver.value();
    Resolution remembered =
        RESOLVED.get(new Key(resolver.id(), code, name, units.validityPeriod(day)),
            key -> units.resolve(code, name, day));
    return remembered.resolved() ? remembered : units.resolve(code, name, day);
  }

  public static Dataset<Row> resolve(Dataset<Row> rows, DatasetContract contract, Broadcast<UnitResolver> resolver) {
    UserDefinedFunction resolve =
        functions.udf(
            (UDF3<String, String, Integer, Row>) (code, name, epochDay) -> {
              Resolution r = resolution(resolver, code, name, LocalDate.ofEpochDay(epochDay));
              return RowFactory.create(r.unitId(), r.match(), r.failure() == null ? null : r.failure().name(), r.detail());
            },
            RESOLUTION);
    DatasetContract.UnitRef unit = contract.unit();
    Column code = unit.code() == null ? lit(null).cast("string") : col(unit.code());
    Column name = unit.name() == null ? lit(null).cast("string") : col(unit.name());
    Column day = col(unit.date()).cast("date");
    // as an epoch day: a DateType argument would be converted to java.sql.Date for every row
    Dataset<Row> resolved =
        rows.withColumn("resolution__", when(Problems.ok().and(day.isNotNull()), resolve.apply(code, name, unix_date(day))))
            .withColumn("unit_id", col("resolution__.unit_id"))
            .withColumn("unit_match", col("resolution__.unit_match"));
    Column failure = col("resolution__.failure");
    Column what = Problems.text("code '", code, "', name '", name, "' on ", day);
    return Problems.add(resolved, List.of(
            Problems.where(Problems.ok().and(day.isNull()), ReasonCode.UNKNOWN_UNIT,
                lit("unit not resolved: no " + unit.date() + " to resolve it on"),
                lit("không xác định được đơn vị: thiếu ngày (" + unit.date() + ")")),
            Problems.where(failure.equalTo(ReasonCode.UNKNOWN_UNIT.name()), ReasonCode.UNKNOWN_UNIT,
                Problems.text("unit not found: ", col("resolution__.detail")),
                Problems.text("không tìm thấy đơn vị (", what, ")")),
            Problems.where(failure.equalTo(ReasonCode.AMBIGUOUS_UNIT.name()), ReasonCode.AMBIGUOUS_UNIT,
                Problems.text("unit is ambiguous: ", col("resolution__.detail")),
                Problems.text("tên đơn vị khớp nhiều đơn vị (", what, ")"))))
        .drop("resolution__");
  }
}
