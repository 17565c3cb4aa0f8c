package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.year;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * The rows a pass writes. Judged rows are written once, good and quarantined alike, as
 * <em>staged rows</em>: the curated columns (the contract's names and Spark types), what the
 * quarantine and the manifest need, and the partition columns {@code outcome}, {@code day} (the
 * landing day) and {@code year}. The curated files are then the staged good rows without the
 * extra columns ({@link CuratedFiles}); the quarantine is selected from the staged problem rows.
 */
public final class Outputs {
  public static final String YEAR = "year";
  static final String OUTCOME = "outcome";
  static final String CURATED = "curated";
  static final String QUARANTINED = "quarantine";
  static final String DAY = "day";
  static final String REASON_CODE = "reason_code";
  static final String DETAIL_EN = "detail_en";
  static final String DETAIL_VI = "detail_vi";

  private Outputs() {}

  /** Judged rows → staged rows (every row, with its outcome). */
  static Dataset<Row> staged(Dataset<Row> judged, DatasetContract contract, String runId) {
    List<Column> select = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.curatedColumns()) {
      String name = column.name();
      Column value =
          switch (name) {
            case "run_id" -> lit(runId);
            case RawRow.LANDING_DATE -> to_date(col(name));
            case YEAR -> year(col(contract.yearFrom()));
            default -> col(name);
          };
      select.add(value.cast(column.sparkType()).as(name));
    }
    select.add(col(RawRow.ELEMENT_NO));
    select.add(col(Problems.PROBLEM + ".code").as(REASON_CODE));
    select.add(col(Problems.PROBLEM + ".detail_en").as(DETAIL_EN));
    select.add(col(Problems.PROBLEM + ".detail_vi").as(DETAIL_VI));
    select.add(col(PersonalData.FIELDS_JSON));
    select.add(col(ContractValidation.DRIFT));
    select.add(when(Problems.ok(), lit(CURATED)).otherwise(lit(QUARANTINED)).as(OUTCOME));
    // the raw landing date is already the ISO day (the landing folder's LocalDate)
    select.add(col(RawRow.LANDING_DATE).as(DAY));
    return judged.select(select.toArray(Column[]::new));
  }

  /** The schema of staged rows, partition columns last, for reading them back. */
  static StructType stagedSchema(DatasetContract contract) {
    List<StructField> fields = new ArrayList<>(Arrays.asList(curatedFileSchema(contract).fields()));
    fields.add(DataTypes.createStructField(RawRow.ELEMENT_NO, DataTypes.IntegerType, true));
    for (String text : List.of(REASON_CODE, DETAIL_EN, DETAIL_VI, PersonalData.FIELDS_JSON)) {
      fields.add(DataTypes.createStructField(text, DataTypes.StringType, true));
    }
    fields.add(DataTypes.createStructField(ContractValidation.DRIFT,
        DataTypes.createArrayType(DataTypes.StringType, true), true));
    fields.add(DataTypes.createStructField(OUTCOME, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(DAY, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(YEAR, DataTypes.IntegerType, true));
    return DataTypes.createStructType(fields);
  }

  /**
   * Parquet writer options of the staged rows: no dictionary for the columns whose values are
   * (nearly) all distinct, where building a dictionary that overflows and is dropped costs more than
   * the rest of writing them (identity pseudonyms, free text, timestamps, a one-column business key,
   * the source line, the quarantine's texts). Enumerations, units, codes and dates keep theirs.
   * No min/max statistics for the texts no query selects by range (pseudonyms, free text, the
   * quarantine's texts): comparing every long string is most of what statistics cost.
   */
  static Map<String, String> writerOptions(DatasetContract contract) {
    Map<String, String> options = new LinkedHashMap<>();
    List<String> texts = new ArrayList<>(List.of(DETAIL_EN, DETAIL_VI, PersonalData.FIELDS_JSON));
    List<String> distinct = new ArrayList<>(texts);
    distinct.add(RawRow.SOURCE_LINE);
    for (vn.phuly.thanthien.contract.Column column : contract.columns()) {
      if (column.isIdentity() || column.isFreeText()) {
        texts.add(column.curatedName());
      }
      if (column.isIdentity() || column.isFreeText() || "timestamp".equals(column.type())) {
        distinct.add(column.curatedName());
      }
    }
    if (contract.businessKey().size() == 1) {
      distinct.add(contract.businessKey().get(0));
    }
    distinct.forEach(name -> options.put("parquet.enable.dictionary#" + name, "false"));
    texts.forEach(name -> options.put("parquet.column.statistics.enabled#" + name, "false"));
    // Parquet 1.15+ also keeps per-page size histograms of every column, which no reader here uses
    // and which cost about as much as the rest of the statistics (measured in bench/ingest).
    options.put("parquet.size.statistics.enabled", "false");
    return options;
  }

  /** The curated schema as stored in a file (without the year partition column). */
  public static StructType curatedFileSchema(DatasetContract contract) {
    List<StructField> fields = new ArrayList<>();
    for (vn.phuly.thanthien.contract.Column column : contract.curatedColumns()) {
      if (!column.name().equals(YEAR)) {
        fields.add(DataTypes.createStructField(column.name(), DataType.fromDDL(column.sparkType()), true));
      }
    }
    return DataTypes.createStructType(fields);
  }

  /** Staged problem rows → quarantine rows: a pointer to the record, the reason and the protected fields. */
  static Dataset<Row> quarantine(Dataset<Row> staged, DatasetContract contract) {
    return staged.where(col(OUTCOME).equalTo(QUARANTINED))
        .select(
            col("run_id"),
            lit(contract.source()).as("source"),
            col(RawRow.LANDING_DATE),
            col(RawRow.SOURCE_FILE),
            col(RawRow.SOURCE_LINE),
            col(REASON_CODE),
            col(DETAIL_EN),
            col(DETAIL_VI),
            col(PersonalData.FIELDS_JSON),
            col(DAY));
  }
}
