package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.reference.Unit;
import vn.phuly.thanthien.reference.UnitResolver;

/**
 * Units of still-good submission rows, by the record's unit code or name on its period_end: a code
 * reused after a merger names another unit on another date.
 */
class UnitResolutionTest {
  static final DatasetContract SUBMISSIONS = DatasetContract.load("submission_score");
  static final LocalDate START = LocalDate.parse("2021-01-01");
  static final UnitResolver UNITS =
      new UnitResolver(
          List.of(
              new Unit("quang-trung", "13285", "Quang Trung", "PHUONG", null, START, LocalDate.parse("2025-06-30"),
                  null, null),
              new Unit("phu-ly", "13285", "Phủ Lý", "PHUONG", null, LocalDate.parse("2025-07-01"), null, null, null),
              new Unit("an-hoa", "1", "An Hòa", "XA", null, START, null, null, null),
              new Unit("an-hoa-2", "2", "An Hóa", "XA", null, START, null, null, null)),
          List.of());
  static final StructType JUDGED =
      new StructType()
          .add("submission_id", "string").add("unit_code", "string").add("unit_name", "string")
          .add("period_end", "date").add(Problems.PROBLEM, IngestFixtures.PROBLEM_TYPE);

  static Row row(String id, String code, String name, String periodEnd, Row problem) {
    return RowFactory.create(id, code, name, periodEnd == null ? null : Date.valueOf(periodEnd), problem);
  }

  @Test
  void eachRowGetsTheUnitItsCodeOrNameNamesOnItsOwnDate() {
    Broadcast<UnitResolver> resolver =
        JavaSparkContext.fromSparkContext(IngestFixtures.spark().sparkContext()).broadcast(UNITS);
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        row("S-1", "13285", null, "2024-12-31", null),
        row("S-2", "13285", "Quang Trung", "2025-12-31", null),        // the code wins, on the record's date
        row("S-3", "13285", null, "2024-06-30", null),
        row("S-4", null, "Phủ Lý", "2025-12-31", null),
        row("S-5", "99999", null, "2024-12-31", null),
        row("S-6", null, "An Hoa", "2024-12-31", null),                 // two names fold to it
        row("S-7", "13285", null, null, null),
        row("S-8", "13285", null, "2024-12-31", IngestFixtures.problem(ReasonCode.BAD_ENUM))),
        JUDGED);

    Dataset<Row> resolved = UnitResolution.resolve(rows, SUBMISSIONS, resolver);

    assertEquals(
        List.of(
            "S-1|quang-trung|CODE|∅|∅",
            "S-2|phu-ly|CODE|∅|∅",
            "S-3|quang-trung|CODE|∅|∅",
            "S-4|phu-ly|NAME|∅|∅",
            "S-5|∅|∅|UNKNOWN_UNIT|unit not found: on 2024-12-31: code '99999' matches no unit",
            "S-6|∅|∅|AMBIGUOUS_UNIT|unit is ambiguous: on 2024-12-31: name 'an hoa' without diacritics matches units"
                + " an-hoa, an-hoa-2",
            "S-7|∅|∅|UNKNOWN_UNIT|unit not resolved: no period_end to resolve it on",
            "S-8|∅|∅|BAD_ENUM|an earlier check failed"),
        IngestFixtures.lines(resolved, "submission_id", "unit_id", "unit_match", Problems.PROBLEM + ".code",
            Problems.PROBLEM + ".detail_en"));
  }
}
