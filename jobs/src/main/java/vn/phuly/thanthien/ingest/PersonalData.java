package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.try_element_at;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.privacy.Scrubber;

/**
 * DESIGN §4, applied to the raw rows before anything else looks at them, so that no later output
 * (curated, quarantine, details, logs) can carry clear personal data: identity columns become
 * keyed pseudonyms under their curated names (or null where the contract's drop rule holds),
 * free-text and other text columns are scrubbed. The quarantine's view of the record
 * ({@code fields_json}) is built from these protected strings.
 */
public final class PersonalData {
  public static final String FIELDS_JSON = "fields_json";
  /** The protected fields as a struct, until {@link #fieldsJson} turns them into JSON for problem rows. */
  static final String FIELDS = "fields__";
  private static final UserDefinedFunction SCRUB =
      functions.udf((UDF1<String, String>) Scrubber::scrub, DataTypes.StringType);

  private PersonalData() {}

  public static Dataset<Row> protect(Dataset<Row> raw, DatasetContract contract, Pseudonymizer pseudonymizer) {
    UserDefinedFunction pseudonym =
        functions.udf((UDF2<String, String, String>) pseudonymizer::pseudonym, DataTypes.StringType);
    Column drop = dropIdentity(contract);
    Dataset<Row> rows = raw;
    for (vn.phuly.thanthien.contract.Column column : contract.columns()) {
      if (column.isIdentity()) {
        if (column.pseudonymKind() == null) {
          throw new IllegalStateException(contract.dataset() + "." + column.name() + ": identity column without pseudonym_kind");
        }
        Column value = pseudonym.apply(lit(column.pseudonymKind()), col(column.name()));
        rows = rows.withColumn(column.curatedName(), when(drop, lit(null).cast("string")).otherwise(value));
        if (!column.curatedName().equals(column.name())) {
          rows = rows.drop(column.name());
        }
      } else if ("enum".equals(column.type()) && scrubbedAsText(contract, column)) {
        // a code or label spelt exactly has nothing to scrub: skip the Java call for it
        Column value = col(column.name());
        rows = rows.withColumn(column.name(),
            when(try_element_at(Enums.exact(column), value).isNotNull(), value).otherwise(scrub(value)));
      } else if (column.isFreeText() || scrubbedAsText(contract, column)) {
        rows = rows.withColumn(column.name(), scrub(col(column.name())));
      }
    }
    List<Column> fields = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.columns()) {
      String name = column.isIdentity() ? column.curatedName() : column.name();
      fields.add(col(name).as(name));
    }
    return rows.withColumn(FIELDS, struct(fields.toArray(Column[]::new)));
  }

  /**
   * {@code fields_json} of the rows that have a problem (null for good rows): only quarantined
   * rows show their fields, and serialising every row's fields is most of the cost of a big
   * export's JSON. Drops the struct kept by {@link #protect}.
   */
  static Dataset<Row> fieldsJson(Dataset<Row> rows) {
    return rows.withColumn(FIELDS_JSON, when(col(Problems.PROBLEM).isNotNull(), to_json(col(FIELDS))))
        .drop(FIELDS);
  }

  /**
   * Text columns that are not free text (unit names, titles, open-enum labels, …) are scrubbed too:
   * an identifier typed into any field must not reach the outputs, and these values also flow into
   * quarantine details, drift notes of the manifest and the console. The business key and the unit
   * code stay exact, since a scrubbed identifier would merge distinct records; the scrubber leaves
   * dates, codes and amounts alone, so well-formed values are unchanged.
   */
  static boolean scrubbedAsText(DatasetContract contract, vn.phuly.thanthien.contract.Column column) {
    return ("string".equals(column.type()) || "enum".equals(column.type()))
        && !contract.businessKey().contains(column.name())
        && (contract.unit() == null || !column.name().equals(contract.unit().code()));
  }

  /**
   * {@link Scrubber#scrub} as a UDF: it skips the rules a text cannot match (no '@', no digit),
   * which Spark's regexp_replace chain cannot; on a big export that is most of the scrubbing time.
   */
  static Column scrub(Column text) {
    return SCRUB.apply(text);
  }

  /**
   * Where identities are dropped: the drop rule's enum column has the rule's code. A value that is
   * not a known code or label also drops them: a misspelt "Tố cáo" must not leak a denouncer.
   */
  static Column dropIdentity(DatasetContract contract) {
    DatasetContract.DropRule rule = contract.pseudonymDropWhen();
    if (rule == null) {
      return lit(false);
    }
    vn.phuly.thanthien.contract.Column column =
        contract.column(rule.column()).orElseThrow(() -> new IllegalStateException(
            contract.dataset() + ": pseudonym_drop_when names no column " + rule.column()));
    Column code = Enums.code(column, col(column.name()));
    return code.isNull().or(code.equalTo(rule.value()));
  }
}
