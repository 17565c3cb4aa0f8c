package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Periods: kind, first and last day, or BAD_PERIOD (never an ANSI exception). */
class DerivationsTest {
  static final StructType INPUT =
      DataTypes.createStructType(List.of(
          DataTypes.createStructField("period", DataTypes.StringType, true),
          DataTypes.createStructField(Problems.PROBLEM, IngestFixtures.PROBLEM_TYPE, true)));

  @Test
  void periodsOfEveryKindAndBadOnes() {
    List<Row> rows =
        Arrays.stream(new String[] {"2023", "2023-h1", "2024-Q1", "2023-H3", "0000", "23"})
            .map(p -> RowFactory.create(p, null))
            .toList();
    List<String> derived =
        Derivations.period(IngestFixtures.spark().createDataFrame(rows, INPUT))
            .select(concat_ws("|", col("period"), coalesce(col("period_kind"), lit("∅")),
                coalesce(col("period_start").cast("string"), lit("∅")),
                coalesce(col("period_end").cast("string"), lit("∅")),
                coalesce(col(Problems.PROBLEM + ".code"), lit("∅"))))
            .collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(
        List.of(
            "2023|YEAR|2023-01-01|2023-12-31|∅",
            "2023-H1|HALF|2023-01-01|2023-06-30|∅",
            "2024-Q1|QUARTER|2024-01-01|2024-03-31|∅",
            "2023-H3|∅|∅|∅|BAD_PERIOD",
            "0000|∅|∅|∅|BAD_PERIOD",
            "23|∅|∅|∅|BAD_PERIOD"),
        derived);
  }
}
