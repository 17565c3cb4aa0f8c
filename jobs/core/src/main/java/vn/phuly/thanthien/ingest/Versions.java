package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.contract.VersionTerm;

/**
 * Versions of a business key. Every version is kept in the curated history; which one is current
 * is the warehouse's decision ({@code {{current:…}}}, the contract's version_order). Ingest only
 * (1) quarantines exact repeats within one landing day and (2) counts superseded rows for the
 * manifest, mirroring that ordering.
 */
public final class Versions {
  /** Lineage terms of version_order: they always differ between rows, so they never make a repeat. */
  static final Set<String> LINEAGE_TERMS =
      Set.of(RawRow.LANDING_DATE, RawRow.SOURCE_FILE, RawRow.SOURCE_LINE);
  /** Where a row was read: file, line and position in an exploded JSON array. */
  static final List<String> ROW_ID = List.of(RawRow.SOURCE_FILE, RawRow.SOURCE_LINE, RawRow.ELEMENT_NO);

  private Versions() {}

  /**
   * The business keys of a pass whose rows can repeat or supersede one another: those that occur
   * more than once among the rows of the pass, and those of the pass that the history holds too. A
   * key only the history holds is not contested: no row of the pass can repeat it or be superseded
   * by it. The history's key columns are only semi-joined with the pass's distinct keys (few on a
   * night, so Spark broadcasts them): a night's cost follows the night's rows, not a shuffle of every
   * key of the history. Nulls match nulls, as in {@link #withKeyIn}.
   */
  static Dataset<Row> contestedKeys(Dataset<Row> pass, Dataset<Row> history, DatasetContract contract) {
    Column[] key = contract.businessKey().stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> passKeys = pass.groupBy(key).count();
    Dataset<Row> repeated = passKeys.where(col("count").gt(1)).select(key);
    Dataset<Row> alsoInHistory = withKeyIn(history.select(key), passKeys.select(key), contract);
    return repeated.unionByName(alsoInHistory).distinct();
  }

  /** The rows of {@code rows} whose business key is one of {@code keys} (nulls match nulls). */
  static Dataset<Row> withKeyIn(Dataset<Row> rows, Dataset<Row> keys, DatasetContract contract) {
    return joinOn(rows, keys, contract.businessKey(), "left_semi");
  }

  /**
   * {@code rows} joined with {@code other} on equal (or both null) {@code columns}, without
   * other's copies of them. Other's columns are renamed first: it often comes from the same rows,
   * and Spark would read {@code key = key} as always true.
   */
  private static Dataset<Row> joinOn(Dataset<Row> rows, Dataset<Row> other, List<String> columns, String type) {
    Dataset<Row> renamed = other;
    Column matches = lit(true);
    for (String column : columns) {
      renamed = renamed.withColumnRenamed(column, column + "__other");
      matches = matches.and(rows.col(column).eqNullSafe(col(column + "__other")));
    }
    Dataset<Row> joined = rows.join(renamed, matches, type);
    for (String column : columns) {
      joined = joined.drop(column + "__other");
    }
    return joined;
  }

  /**
   * {@code DUPLICATE_KEY}: the staged good rows that repeat the business key and non-lineage
   * version values (e.g. version and submitted_at) of an earlier good row of the same landing day
   * (earlier by file name, then line, then array position), as {@link #ROW_ID} columns. Only the
   * key columns are read and sorted, not whole rows.
   */
  static Dataset<Row> repeats(Dataset<Row> goodRows, DatasetContract contract) {
    List<Column> identity = new ArrayList<>();
    identity.add(col(RawRow.LANDING_DATE));
    for (String key : contract.businessKey()) {
      identity.add(col(key));
    }
    for (VersionTerm term : contract.versionOrder()) {
      if (!LINEAGE_TERMS.contains(term.column())) {
        identity.add(col(term.column()));
      }
    }
    Column[] rowId = ROW_ID.stream().map(functions::col).toArray(Column[]::new);
    return goodRows
        .withColumn("repeat__", row_number().over(
            Window.partitionBy(identity.toArray(Column[]::new)).orderBy(rowId)))
        .where(col("repeat__").gt(1))
        .select(rowId);
  }

  /**
   * Staged rows with the {@code repeats} moved to the quarantine. Their fields_json shows their
   * typed values: every one of them passed validation. Given persisted and counted repeats, Spark
   * knows their size and broadcasts them when they are few (the usual case), so the staged rows are
   * not shuffled.
   */
  static Dataset<Row> quarantineRepeats(Dataset<Row> staged, Dataset<Row> repeats, DatasetContract contract) {
    List<Column> fields = new ArrayList<>();
    contract.columns().stream().filter(vn.phuly.thanthien.contract.Column::isCurated)
        .forEach(column -> fields.add(col(column.curatedName())));
    String key = String.join(", ", contract.businessKey());
    Map<String, Column> quarantined = new LinkedHashMap<>();
    quarantined.put(Outputs.OUTCOME, lit(Outputs.QUARANTINED));
    quarantined.put(Outputs.REASON_CODE, lit(ReasonCode.DUPLICATE_KEY.name()));
    quarantined.put(Outputs.DETAIL_EN, lit("the same " + key + " and version were already read in this landing day"));
    quarantined.put(Outputs.DETAIL_VI,
        lit("bản ghi trùng khóa (" + key + ") và lần nộp với một bản ghi đã đọc trong cùng ngày"));
    quarantined.put(PersonalData.FIELDS_JSON, to_json(struct(fields.toArray(Column[]::new))));
    Column repeat = col("repeat__").isNotNull();
    Map<String, Column> replaced = new LinkedHashMap<>();
    quarantined.forEach((name, value) -> replaced.put(name, when(repeat, value).otherwise(col(name))));
    return joinOn(staged, repeats.withColumn("repeat__", lit(true)), ROW_ID, "left")
        .withColumns(replaced)
        .drop("repeat__");
  }

  /**
   * Superseded rows per source_file of {@code pass} (the curated rows of one or more landing days
   * being ingested): rows not first in version order within their business key, where the rows
   * that count against a row are the committed {@code history} of other days, and the rows of the
   * pass whose landing day is not later than its own (as if the days were committed one after the
   * other, oldest first).
   */
  public static Dataset<Row> supersededPerFile(Dataset<Row> pass, Dataset<Row> history, DatasetContract contract) {
    Set<String> needed = new LinkedHashSet<>(contract.businessKey());
    for (VersionTerm term : contract.versionOrder()) {
      needed.add(term.column());
    }
    needed.add(RawRow.SOURCE_FILE);
    needed.add(RawRow.LANDING_DATE);
    Column[] columns = needed.stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> all =
        pass.select(columns).withColumn("new__", lit(true))
            .unionByName(history.select(columns).withColumn("new__", lit(false)));
    Column[] key = contract.businessKey().stream().map(functions::col).toArray(Column[]::new);
    // History counts whatever its day; a row of the pass counts from its own landing day on.
    Column countsFrom = when(col("new__"), col(RawRow.LANDING_DATE)).otherwise(lit(Date.valueOf("0001-01-01")));
    return all.withColumn("counts_from__", countsFrom)
        .withColumn("earliest_above__", min(col("counts_from__")).over(
            Window.partitionBy(key).orderBy(order(contract)).rowsBetween(Window.unboundedPreceding(), -1)))
        .where(col("new__").and(col("earliest_above__").leq(col(RawRow.LANDING_DATE))))
        .groupBy(RawRow.SOURCE_FILE)
        .count();
  }

  /** version_order as Spark sort terms; nulls sort last, as in the warehouse's SQL. */
  static Column[] order(DatasetContract contract) {
    return contract.versionOrder().stream()
        .map(term -> term.descending() ? col(term.column()).desc_nulls_last() : col(term.column()).asc_nulls_last())
        .toArray(Column[]::new);
  }
}
