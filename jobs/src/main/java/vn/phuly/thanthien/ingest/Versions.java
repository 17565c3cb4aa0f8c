package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
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
   * version and submitted_at) equal those of an earlier good row of the day (earlier by file name,
   * then line, then array position).
   */
  public static Dataset<Row> flagDuplicates(Dataset<Row> rows, DatasetContract contract) {
    List<Column> identity = new ArrayList<>();
    identity.add(Problems.ok().as("ok__"));
    for (String key : contract.businessKey()) {
      identity.add(col(key));
    }
    for (String term : contract.versionOrder()) {
      String column = term.split(" ")[0];
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
   * Rows of {@code today} (curated rows of one landing day) that are not first in version order
   * within their business key, counting the committed history of the other days too; one row per
   * source_file with its count.
   */
  public static Dataset<Row> supersededPerFile(Dataset<Row> today, Dataset<Row> history, DatasetContract contract) {
    Set<String> needed = new LinkedHashSet<>(contract.businessKey());
    for (String term : contract.versionOrder()) {
      needed.add(term.split(" ")[0]);
    }
    needed.add(RawRecords.SOURCE_FILE);
    Column[] columns = needed.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    Dataset<Row> all =
        today.select(columns).withColumn("new__", lit(true))
            .unionByName(history.select(columns).withColumn("new__", lit(false)));
    Column[] key = contract.businessKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
    return all.withColumn("rank__", row_number().over(Window.partitionBy(key).orderBy(order(contract))))
        .where(col("new__").and(col("rank__").gt(1)))
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
