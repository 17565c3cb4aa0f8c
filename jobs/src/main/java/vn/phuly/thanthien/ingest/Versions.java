package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * Versions of a business key. Every version is kept in the curated history; which one is current
 * is the warehouse's decision ({@code {{current:…}}}, the contract's version_order). Ingest only
 * (1) quarantines exact repeats within one landing day and (2) counts superseded rows for the
 * manifest, mirroring that ordering.
 */
public final class Versions {
  /** Lineage terms of version_order: they always differ between rows, so they never make a repeat. */
  static final Set<String> LINEAGE_TERMS =
      Set.of(RawRecords.LANDING_DATE, RawRecords.SOURCE_FILE, RawRecords.SOURCE_LINE);

  private Versions() {}

  /**
   * {@code DUPLICATE_KEY}: a good row whose business key and non-lineage version values (e.g.
   * version and submitted_at) equal those of an earlier good row of the same landing day (earlier by file name,
   * then line, then array position).
   */
  public static Dataset<Row> flagDuplicates(Dataset<Row> rows, DatasetContract contract) {
    List<Column> identity = new ArrayList<>();
    identity.add(Problems.ok().as("ok__"));
    identity.add(col(RawRecords.LANDING_DATE));
    for (String key : contract.businessKey()) {
      identity.add(col(key));
    }
    for (String term : contract.versionOrder()) {
      String column = term.trim().split("\\s+")[0];
      if (!LINEAGE_TERMS.contains(column)) {
        identity.add(col(column));
      }
    }
    Dataset<Row> numbered =
        rows.withColumn("repeat__", row_number().over(
            Window.partitionBy(identity.toArray(Column[]::new))
                .orderBy(col(RawRecords.SOURCE_FILE), col(RawRecords.SOURCE_LINE), col(RawRecords.ELEMENT_NO))));
    Column repeat = Problems.ok().and(col("repeat__").gt(1));
    return Problems.add(numbered, List.of(Problems.where(repeat, "DUPLICATE_KEY",
            Problems.text("the same ", String.join(", ", contract.businessKey()),
                " and version were already read in this landing day"),
            Problems.text("bản ghi trùng khóa (", String.join(", ", contract.businessKey()),
                ") và lần nộp với một bản ghi đã đọc trong cùng ngày"))))
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
    for (String term : contract.versionOrder()) {
      needed.add(term.trim().split("\\s+")[0]);
    }
    needed.add(RawRecords.SOURCE_FILE);
    needed.add(RawRecords.LANDING_DATE);
    Column[] columns = needed.stream().map(functions::col).toArray(Column[]::new);
    Dataset<Row> all =
        pass.select(columns).withColumn("new__", lit(true))
            .unionByName(history.select(columns).withColumn("new__", lit(false)));
    Column[] key = contract.businessKey().stream().map(functions::col).toArray(Column[]::new);
    // History counts whatever its day; a row of the pass counts from its own landing day on.
    Column countsFrom = when(col("new__"), col(RawRecords.LANDING_DATE)).otherwise(lit(Date.valueOf("0001-01-01")));
    return all.withColumn("counts_from__", countsFrom)
        .withColumn("earliest_above__", min(col("counts_from__")).over(
            Window.partitionBy(key).orderBy(order(contract)).rowsBetween(Window.unboundedPreceding(), -1)))
        .where(col("new__").and(col("earliest_above__").leq(col(RawRecords.LANDING_DATE))))
        .groupBy(RawRecords.SOURCE_FILE)
        .count();
  }

  /** version_order as Spark sort terms; nulls sort last, as in the warehouse's SQL. */
  static Column[] order(DatasetContract contract) {
    return contract.versionOrder().stream()
        .map(term -> {
          String[] parts = term.trim().split("\\s+");
          boolean desc = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
          return desc ? col(parts[0]).desc_nulls_last() : col(parts[0]).asc_nulls_last();
        })
        .toArray(Column[]::new);
  }
}
