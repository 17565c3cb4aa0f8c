package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import vn.phuly.thanthien.reference.Resolution;
import vn.phuly.thanthien.reference.UnitResolver;

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

  /** A unit as written in a record on a day. */
  private record Key(String code, String name, LocalDate day) {
    /**
     * The record's default hash is 31 × (name's hash) + (date's hash): names that differ in their
     * last letters and nearby dates collide, and the memo's buckets became trees (3% of an
     * ingest's samples). Scrambled name hash, then the day.
     */
    @Override
    public int hashCode() {
      long text = 31L * Objects.hashCode(code) + Objects.hashCode(name);
      return (int) ((text * 0x9E3779B97F4A7C15L) >>> 32) ^ (int) day.toEpochDay();
    }
  }

  /**
   * Exports name a few dozen units on a few thousand days: remember each resolution, per executor
   * thread (no locking), up to {@link #RESOLVED_MAX} (misspelt names could otherwise grow it
   * without bound).
   */
  private static final ThreadLocal<Memo> RESOLVED = new ThreadLocal<>();
  private static final int RESOLVED_MAX = 100_000;

  /** The resolutions of one broadcast resolver (another run may resolve with another profile). */
  private record Memo(long resolver, Map<Key, Resolution> resolutions) {}

  private UnitResolution() {}

  private static Map<Key, Resolution> memo(long resolver) {
    Memo memo = RESOLVED.get();
    if (memo == null || memo.resolver() != resolver) {
      memo = new Memo(resolver, new HashMap<>());
      RESOLVED.set(memo);
    }
    return memo.resolutions();
  }

  public static Dataset<Row> resolve(Dataset<Row> rows, DatasetContract contract, Broadcast<UnitResolver> resolver) {
    UserDefinedFunction resolve =
        functions.udf(
            (UDF3<String, String, Date, Row>) (code, name, day) -> {
              Map<Key, Resolution> resolved = memo(resolver.id());
              Key key = new Key(code, name, day.toLocalDate());
              Resolution r = resolved.get(key);
              if (r == null) {
                r = resolver.value().resolve(code, name, key.day());
                if (resolved.size() < RESOLVED_MAX) {
                  resolved.put(key, r);
                }
              }
              return RowFactory.create(r.unitId(), r.match(), r.failure(), r.detail());
            },
            RESOLUTION);
    DatasetContract.UnitRef unit = contract.unit();
    Column code = unit.code() == null ? lit(null).cast("string") : col(unit.code());
    Column name = unit.name() == null ? lit(null).cast("string") : col(unit.name());
    Column day = col(unit.date()).cast("date");
    Dataset<Row> resolved =
        rows.withColumn("resolution__", when(Problems.ok().and(day.isNotNull()), resolve.apply(code, name, day)))
            .withColumn("unit_id", col("resolution__.unit_id"))
            .withColumn("unit_match", col("resolution__.unit_match"));
    Column failure = col("resolution__.failure");
    Column what = Problems.text("code '", code, "', name '", name, "' on ", day);
    return Problems.add(resolved, List.of(
            Problems.where(Problems.ok().and(day.isNull()), Resolution.UNKNOWN_UNIT,
                lit("unit not resolved: no " + unit.date() + " to resolve it on"),
                lit("không xác định được đơn vị: thiếu ngày (" + unit.date() + ")")),
            Problems.where(failure.equalTo(Resolution.UNKNOWN_UNIT), Resolution.UNKNOWN_UNIT,
                Problems.text("unit not found: ", col("resolution__.detail")),
                Problems.text("không tìm thấy đơn vị (", what, ")")),
            Problems.where(failure.equalTo(Resolution.AMBIGUOUS_UNIT), Resolution.AMBIGUOUS_UNIT,
                Problems.text("unit is ambiguous: ", col("resolution__.detail")),
                Problems.text("tên đơn vị khớp nhiều đơn vị (", what, ")"))))
        .drop("resolution__");
  }
}
