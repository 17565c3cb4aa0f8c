package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * The {@code problem} column: null for a good row, else {@code struct(code, detail_en,
 * detail_vi)}. Each step only fills it where it is still null, so the first failing check in
 * pipeline order wins (the order is listed in {@link ReasonCode}).
 */
final class Problems {
  static final String PROBLEM = "problem";

  private Problems() {}

  /** A candidate problem: {@code code} where {@code failing} holds. */
  static Column where(Column failing, ReasonCode code, Column detailEn, Column detailVi) {
    return when(failing, struct(lit(code.name()).as("code"), detailEn.as("detail_en"), detailVi.as("detail_vi")));
  }

  /** Keeps an existing problem, else the first candidate that holds. */
  static Dataset<Row> add(Dataset<Row> rows, List<Column> candidates) {
    if (candidates.isEmpty()) {
      return rows;
    }
    List<Column> all = new ArrayList<>();
    all.add(col(PROBLEM));
    all.addAll(candidates);
    return rows.withColumn(PROBLEM, coalesce(all.toArray(Column[]::new)));
  }

  static Column ok() {
    return col(PROBLEM).isNull();
  }

  /** {@code parts} concatenated, each a literal string or a Column (nulls print as "∅"). */
  static Column text(Object... parts) {
    List<Column> columns = new ArrayList<>();
    for (Object part : parts) {
      columns.add(part instanceof Column c ? coalesce(c.cast("string"), lit("∅")) : lit(String.valueOf(part)));
    }
    return concat(columns.toArray(Column[]::new));
  }
}
