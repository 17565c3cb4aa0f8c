package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * DESIGN §4 on the Spark side. The values are protected in the reader ({@link RecordProtection}),
 * so no Spark row ever holds clear personal data; here the quarantine's view of a record
 * ({@code fields_json}) is kept from those protected strings, before typing replaces them.
 */
public final class PersonalData {
  public static final String FIELDS_JSON = "fields_json";
  /** The protected fields as a struct, until {@link #fieldsJson} turns them into JSON for problem rows. */
  static final String FIELDS = "fields__";

  private PersonalData() {}

  /** Keeps the protected raw strings of every contract column as the struct {@link #FIELDS}. */
  public static Dataset<Row> keepFields(Dataset<Row> raw, DatasetContract contract) {
    List<Column> fields = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.columns()) {
      String name = RawRow.rawName(column);
      fields.add(col(name).as(name));
    }
    return raw.withColumn(FIELDS, struct(fields.toArray(Column[]::new)));
  }

  /**
   * {@code fields_json} of the rows that have a problem (null for good rows): only quarantined
   * rows show their fields, and serialising every row's fields is most of the cost of a big
   * export's JSON. Drops the struct kept by {@link #keepFields}.
   */
  static Dataset<Row> fieldsJson(Dataset<Row> rows) {
    return rows.withColumn(FIELDS_JSON, when(col(Problems.PROBLEM).isNotNull(), to_json(col(FIELDS))))
        .drop(FIELDS);
  }
}
