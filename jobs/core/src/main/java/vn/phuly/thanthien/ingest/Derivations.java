package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
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
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;

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

  /**
   * {@code period} {@code 2023}, {@code 2023-H1} or {@code 2023-Q2} → kind, first and last day;
   * anything else (including years outside 1900–2099) is {@code BAD_PERIOD}. make_date, which
   * throws under ANSI, only sees values the pattern admitted.
   */
  static Dataset<Row> period(Dataset<Row> rows) {
    Column p = upper(col("period"));
    Column kind =
        when(p.rlike("^(19|20)[0-9]{2}$"), lit("YEAR"))
            .when(p.rlike("^(19|20)[0-9]{2}-H[12]$"), lit("HALF"))
            .when(p.rlike("^(19|20)[0-9]{2}-Q[1-4]$"), lit("QUARTER"));
    Dataset<Row> withKind = rows.withColumn("period", p).withColumn("period_kind", kind);
    String year = "cast(substr(period, 1, 4) as int)";
    String n = "cast(substr(period, 7, 1) as int)";
    Dataset<Row> dated =
        withKind
            .withColumn("period_start", expr("case period_kind"
                + " when 'YEAR' then make_date(" + year + ", 1, 1)"
                + " when 'HALF' then make_date(" + year + ", (" + n + " - 1) * 6 + 1, 1)"
                + " when 'QUARTER' then make_date(" + year + ", (" + n + " - 1) * 3 + 1, 1) end"))
            .withColumn("period_end", expr("case period_kind"
                + " when 'YEAR' then make_date(" + year + ", 12, 31)"
                + " when 'HALF' then last_day(make_date(" + year + ", " + n + " * 6, 1))"
                + " when 'QUARTER' then last_day(make_date(" + year + ", " + n + " * 3, 1)) end"));
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
