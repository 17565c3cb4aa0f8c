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
import org.apache.spark.sql.api.java.UDF5;
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
 * contract's code and name columns, among the units valid in the record's period (a submission)
 * or on its date (feedback, inspections) — a reused code means another unit at another time; when
 * it meant two units within the period, the record's own date decides (DESIGN §5).
 */
public final class UnitResolution {
  static final StructType RESOLUTION =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("unit_id", DataTypes.StringType, true),
          DataTypes.createStructField("unit_match", DataTypes.StringType, true),
          DataTypes.createStructField("failure", DataTypes.StringType, true),
          DataTypes.createStructField("detail", DataTypes.StringType, true)));

  /**
   * A unit as written in a record, with the validity periods ({@link UnitResolver#validityPeriod})
   * of its period's first and last day and of its own date, for one broadcast resolver (runs may
   * differ in profile): the same key resolves alike.
   */
  private record Key(long resolver, String code, String name, int first, int last, int recordDate) {}

  /**
   * Exports name a few dozen units in a handful of validity periods: each resolution is remembered
   * (bounded: misspelt names could otherwise grow it without end). Keyed by validity period, not by
   * day: a five-year export has hundreds of thousands of unit-days, more than a memo should hold.
   */
  private static final ThreadMemo<Key, Resolution> RESOLVED = new ThreadMemo<>(100_000);

  private UnitResolution() {}

  /** A failure is not taken from the memo: its detail names the record's own days. */
  private static Resolution resolution(
      Broadcast<UnitResolver> resolver, String code, String name, LocalDate first, LocalDate last, LocalDate recordDate) {
    UnitResolver units = resolver.value();
    Key key = new Key(resolver.id(), code, name, units.validityPeriod(first), units.validityPeriod(last),
        recordDate == null ? -1 : units.validityPeriod(recordDate));
    Resolution remembered = RESOLVED.get(key, k -> units.resolve(code, name, first, last, recordDate));
    return remembered.resolved() ? remembered : units.resolve(code, name, first, last, recordDate);
  }

  public static Dataset<Row> resolve(Dataset<Row> rows, DatasetContract contract, Broadcast<UnitResolver> resolver) {
    UserDefinedFunction resolve =
        functions.udf(
            (UDF5<String, String, Integer, Integer, Integer, Row>) (code, name, first, last, recordDay) -> {
              Resolution r = resolution(resolver, code, name, LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last),
                  recordDay == null ? null : LocalDate.ofEpochDay(recordDay));
              return RowFactory.create(r.unitId(), r.match(), r.failure() == null ? null : r.failure().name(), r.detail());
            },
            RESOLUTION);
    DatasetContract.UnitRef unit = contract.unit();
    Column code = unit.code() == null ? lit(null).cast("string") : col(unit.code());
    Column name = unit.name() == null ? lit(null).cast("string") : col(unit.name());
    Column day = col(unit.date()).cast("date");
    Column first = unit.period() == null ? day : col(unit.period().get(0)).cast("date");
    Column last = unit.period() == null ? day : col(unit.period().get(1)).cast("date");
    String window = unit.period() == null ? unit.date() : String.join(" and ", unit.period());
    Column resolvable = Problems.ok().and(first.isNotNull()).and(last.isNotNull());
    // as epoch days: a DateType argument would be converted to java.sql.Date for every row
    Dataset<Row> resolved =
        rows.withColumn("resolution__", when(resolvable, resolve.apply(code, name, unix_date(first), unix_date(last), unix_date(day))))
            .withColumn("unit_id", col("resolution__.unit_id"))
            .withColumn("unit_match", col("resolution__.unit_match"));
    Column failure = col("resolution__.failure");
    Column what = unit.period() == null
        ? Problems.text("code '", code, "', name '", name, "' on ", day)
        : Problems.text("code '", code, "', name '", name, "' from ", first, " to ", last);
    return Problems.add(resolved, List.of(
            Problems.where(Problems.ok().and(first.isNull().or(last.isNull())), ReasonCode.UNKNOWN_UNIT,
                lit("unit not resolved: no " + window + " to resolve it " + (unit.period() == null ? "on" : "in")),
                lit("không xác định được đơn vị: thiếu ngày (" + window + ")")),
            Problems.where(failure.equalTo(ReasonCode.UNKNOWN_UNIT.name()), ReasonCode.UNKNOWN_UNIT,
                Problems.text("unit not found: ", col("resolution__.detail")),
                Problems.text("không tìm thấy đơn vị (", what, ")")),
            Problems.where(failure.equalTo(ReasonCode.AMBIGUOUS_UNIT.name()), ReasonCode.AMBIGUOUS_UNIT,
                Problems.text("unit is ambiguous: ", col("resolution__.detail")),
                Problems.text("tên đơn vị khớp nhiều đơn vị (", what, ")"))))
        .drop("resolution__");
  }
}
