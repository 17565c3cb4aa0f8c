package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.DatasetContract;

/** The two outputs of a landing day: curated rows (the contract's schema) and quarantine rows. */
public final class Outputs {
  public static final String YEAR = "year";

  private Outputs() {}

  /** Good rows with exactly {@link DatasetContract#curatedColumns()}, names and Spark types. */
  public static Dataset<Row> curated(Dataset<Row> judged, DatasetContract contract, String runId) {
    List<Column> select = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.curatedColumns()) {
      String name = column.name();
      Column value =
          switch (name) {
            case "run_id" -> lit(runId);
            case RawRecords.LANDING_DATE -> to_date(col(name));
            case YEAR -> year(col(contract.yearFrom()));
            default -> col(name);
          };
      select.add(value.cast(column.sparkType()).as(name));
    }
    return judged.where(Problems.ok()).select(select.toArray(Column[]::new));
  }

  /** The curated schema as stored in a file (without the year partition column). */
  public static StructType curatedFileSchema(DatasetContract contract) {
    List<StructField> fields = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.curatedColumns()) {
      if (!column.name().equals(YEAR)) {
        fields.add(DataTypes.createStructField(column.name(), org.apache.spark.sql.types.DataType.fromDDL(column.sparkType()), true));
      }
    }
    return DataTypes.createStructType(fields);
  }

  /** Quarantined rows: a pointer to the record, the reason and the protected fields. */
  public static Dataset<Row> quarantine(Dataset<Row> judged, DatasetContract contract, String runId) {
    return judged.where(col(Problems.PROBLEM).isNotNull())
        .select(
            lit(runId).as("run_id"),
            lit(contract.source()).as("source"),
            to_date(col(RawRecords.LANDING_DATE)).as(RawRecords.LANDING_DATE),
            col(RawRecords.SOURCE_FILE),
            col(RawRecords.SOURCE_LINE),
            col(Problems.PROBLEM + ".code").as("reason_code"),
            col(Problems.PROBLEM + ".detail_en").as("detail_en"),
            col(Problems.PROBLEM + ".detail_vi").as("detail_vi"),
            col(PersonalData.FIELDS_JSON));
  }
}
