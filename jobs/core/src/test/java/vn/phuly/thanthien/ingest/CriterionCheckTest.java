package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Profile;

/**
 * A submitted criterion must be among the criteria the marts score the unit-period on: those of the
 * unit's type in the period (its last version valid in it) valid on period_end; and its score
 * within that criterion's max_points (profile {@code profiles/criterion-check}: the ward catalogue
 * raises TC1 from 15 to 20 points in 2024; PB1 belongs to the city offices'; c1 is a commune until
 * 2024 and a ward from 2025; o2 ceased on 2025-02-28).
 */
class CriterionCheckTest {
  static final Profile PROFILE = Profile.load(IngestFixtures.resource("profiles/criterion-check"));
  static final StructType RESOLVED =
      new StructType()
          .add("submission_id", "string").add("unit_id", "string").add("criterion_id", "string")
          .add("period_start", "date").add("period_end", "date").add("score", "double").add(Problems.PROBLEM, IngestFixtures.PROBLEM_TYPE);

  /** A row of an annual period ending on {@code periodEnd}. */
  static Row row(String id, String unit, String criterion, String periodEnd, double score, Row problem) {
    return row(id, unit, criterion, periodEnd.substring(0, 4) + "-01-01", periodEnd, score, problem);
  }

  static Row row(String id, String unit, String criterion, String periodStart, String periodEnd, double score,
      Row problem) {
    return RowFactory.create(id, unit, criterion, Date.valueOf(periodStart), Date.valueOf(periodEnd), score, problem);
  }

  @Test
  void theCriterionMustBeInTheUnitsCatalogueAndTheScoreWithinItsPoints() {
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        row("S-1", "w1", "TC1", "2023-12-31", 15, null),
        row("S-2", "w1", "TC1", "2023-12-31", 16, null),
        row("S-3", "w1", "TC1", "2024-12-31", 18, null),     // the 2024 catalogue's max_points
        row("S-4", "w1", "PB1", "2024-12-31", 5, null),      // a city office criterion
        row("S-5", "o1", "PB1", "2024-12-31", 10, null),
        row("S-6", "o1", "TC1", "2024-12-31", 5, null),      // a ward criterion
        row("S-7", "w1", "TC9", "2024-12-31", 5, null),
        row("S-8", "w1", "TC1", "2020-12-31", 5, null),      // w1 did not exist: no type, no catalogue
        row("S-9", null, "TC1", "2023-12-31", 99, IngestFixtures.problem(ReasonCode.UNKNOWN_UNIT))),
        RESOLVED);

    Dataset<Row> checked = CriterionCheck.check(rows, IngestFixtures.spark(), PROFILE);

    assertEquals(
        List.of(
            "S-1|∅|∅",
            "S-2|OUT_OF_RANGE|score 16.0 is above the criterion's max_points 15.0",
            "S-3|∅|∅",
            "S-4|UNKNOWN_CRITERION|criterion 'PB1' is not in the catalogue for PHUONG on 2024-12-31",
            "S-5|∅|∅",
            "S-6|UNKNOWN_CRITERION|criterion 'TC1' is not in the catalogue for PHONG_BAN on 2024-12-31",
            "S-7|UNKNOWN_CRITERION|criterion 'TC9' is not in the catalogue for PHUONG on 2024-12-31",
            "S-8|UNKNOWN_CRITERION|criterion 'TC1' is not in the catalogue for ∅ on 2020-12-31",
            "S-9|UNKNOWN_UNIT|an earlier check failed"),
        IngestFixtures.lines(checked, "submission_id", Problems.PROBLEM + ".code", Problems.PROBLEM + ".detail_en"));
    // one row out per row in, with the catalogue's columns dropped again
    assertEquals(List.of(RESOLVED.fieldNames()), List.of(checked.schema().fieldNames()));
  }

  @Test
  void theUnitsTypeIsThatOfItsLastVersionInThePeriodAndACeasedUnitKeepsItsCatalogue() {
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        row("S-1", "c1", "X1", "2024-12-31", 10, null),       // a commune in 2024
        row("S-2", "c1", "TC1", "2025-12-31", 18, null),      // a ward in 2025
        row("S-3", "c1", "X1", "2025-12-31", 5, null),
        row("S-4", "o2", "PB1", "2025-01-01", "2025-03-31", 10, null),  // ceased on 28/2, in 2025-Q1
        row("S-5", "o2", "PB1", "2025-01-01", "2025-03-31", 11, null)),
        RESOLVED);

    Dataset<Row> checked = CriterionCheck.check(rows, IngestFixtures.spark(), PROFILE);

    assertEquals(
        List.of(
            "S-1|∅|∅",
            "S-2|∅|∅",
            "S-3|UNKNOWN_CRITERION|criterion 'X1' is not in the catalogue for PHUONG on 2025-12-31",
            "S-4|∅|∅",
            "S-5|OUT_OF_RANGE|score 11.0 is above the criterion's max_points 10.0"),
        IngestFixtures.lines(checked, "submission_id", Problems.PROBLEM + ".code", Problems.PROBLEM + ".detail_en"));
  }
}
