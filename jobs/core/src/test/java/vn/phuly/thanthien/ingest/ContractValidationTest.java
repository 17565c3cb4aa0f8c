package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.DatasetContract;

/** Typing of raw strings: the accepted date forms (never M/d), decimal commas, enum labels. */
class ContractValidationTest {
  static final DatasetContract SUBMISSIONS = DatasetContract.load("submission_score");
  static final DatasetContract INSPECTIONS = DatasetContract.load("inspection_finding");
  static final StructType ONE_STRING =
      DataTypes.createStructType(List.of(DataTypes.createStructField("v", DataTypes.StringType, true)));

  /** typedValue of the contract column applied to each input, as strings (null stays null). */
  static List<String> typed(DatasetContract contract, String column, Column format, String... inputs) {
    vn.phuly.thanthien.contract.Column definition = contract.column(column).orElseThrow();
    List<Row> rows = Arrays.stream(inputs).map(v -> RowFactory.create(v)).toList();
    return IngestFixtures.spark().createDataFrame(rows, ONE_STRING)
        .withColumnRenamed("v", column)
        .select(ContractValidation.typedValue(definition, col(column)).as("t"))
        .select(format == null ? col("t").cast("string") : format)
        .collectAsList().stream().map(r -> r.isNullAt(0) ? null : r.getString(0)).toList();
  }

  @Test
  void timestampsInEveryAcceptedFormAreLocalWallTime() {
    assertEquals(
        Arrays.asList("2023-12-05T14:20", "2023-12-05T00:00", "2023-12-05T09:30", "2023-12-05T11:30",
            "2023-12-05T09:30", "2023-12-05T00:00", null, null, null, null),
        typed(SUBMISSIONS, "submitted_at", date_format(col("t"), "yyyy-MM-dd'T'HH:mm"),
            "05/12/2023 14:20", "5/12/2023", "2023-12-05T09:30", "2023-12-05T09:30:00+05:00",
            "2023-12-05T02:30Z", "2023-12-05", "12/31/2023", "N/A", "2023-02-30", "2023-12-05T09:30:00+19:00"));
  }

  @Test
  void datesAreDayFirstOrIso() {
    assertEquals(
        Arrays.asList("2022-06-14", "2022-06-14", null, null),
        typed(INSPECTIONS, "inspection_date", null, "14/06/2022", "2022-06-14", "06/14/2022", "14.06.2022"));
  }

  @Test
  void decimalsAcceptACommaAndRejectText() {
    assertEquals(
        Arrays.asList("13.5", "14.0", null, null),
        typed(SUBMISSIONS, "score", null, "13,5", "14", "abc", "1.234,5"));
  }

  @Test
  void enumsAcceptCodesAndLabelsInAnySpelling() {
    assertEquals(
        Arrays.asList("SELF", "APPRAISAL", "SURVEY", "SURVEY", null),
        typed(SUBMISSIONS, "assessor", null, "SELF", "Thẩm định", "khao sat", "KHẢO SÁT", "Chấm lại"));
  }
}
