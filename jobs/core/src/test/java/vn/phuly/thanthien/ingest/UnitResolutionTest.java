package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * DESIGN §5: a submission's unit code (or name) is resolved among the units valid on at least one
 * day of its period; only when it meant two units within the period does the record's own date
 * (submitted_at) decide, and a row it cannot settle is AMBIGUOUS_UNIT.
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
              new Unit("pkt", "PKT", "Phòng Kinh tế", "PHONG_BAN", null, START, LocalDate.parse("2025-02-28"),
                  null, null),
              new Unit("e", "9", "Xã Cũ", "XA", null, START, LocalDate.parse("2025-03-31"), null, null),
              new Unit("f", "9", "Xã Mới", "XA", null, LocalDate.parse("2025-10-01"), null, null, null)),
          List.of());
  static final StructType JUDGED =
      new StructType()
          .add("submission_id", "string").add("unit_code", "string").add("unit_name", "string")
          .add("period_start", "date").add("period_end", "date").add("submitted_at", "timestamp_ntz")
          .add(Problems.PROBLEM, IngestFixtures.PROBLEM_TYPE);

  static Row row(String id, String code, String name, String period, String submitted, Row problem) {
    String start = switch (period) {
      case "2025", "2025-H1", "2025-Q1" -> "2025-01-01";
      case "2025-Q2" -> "2025-04-01";
      default -> null;
    };
    String end = switch (period) {
      case "2025" -> "2025-12-31";
      case "2025-H1", "2025-Q2" -> "2025-06-30";
      case "2025-Q1" -> "2025-03-31";
      default -> null;
    };
    return RowFactory.create(id, code, name, start == null ? null : Date.valueOf(start),
        end == null ? null : Date.valueOf(end), LocalDateTime.parse(submitted + "T09:30:00"), problem);
  }

  @Test
  void eachRowGetsTheUnitItsCodeOrNameMeantWithinItsPeriod() {
    Broadcast<UnitResolver> resolver =
        JavaSparkContext.fromSparkContext(IngestFixtures.spark().sparkContext()).broadcast(UNITS);
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        row("S-1", "13285", null, "2025-H1", "2025-07-05", null),     // only Quang Trung within H1
        row("S-2", "13285", null, "2025", "2025-12-05", null),        // two units within 2025: the date decides
        row("S-3", "13285", null, "2025", "2025-03-10", null),
        row("S-4", "PKT", null, "2025-Q1", "2025-04-05", null),       // ceased on 28/2, belongs to Q1
        row("S-5", "9", null, "2025", "2025-06-15", null),            // two units, neither valid on its date
        row("S-6", "PKT", null, "2025-Q2", "2025-07-05", null),       // not valid on any day of Q2
        row("S-7", null, "Quang Trung", "2025", "2025-12-05", null),  // one unit of that name within 2025
        row("S-8", "13285", null, "none", "2025-12-05", null),
        row("S-9", "13285", null, "2025", "2025-12-05", IngestFixtures.problem(ReasonCode.BAD_ENUM))),
        JUDGED);

    Dataset<Row> resolved = UnitResolution.resolve(rows, SUBMISSIONS, resolver);

    assertEquals(
        List.of(
            "S-1|quang-trung|CODE|∅|∅",
            "S-2|phu-ly|CODE|∅|∅",
            "S-3|quang-trung|CODE|∅|∅",
            "S-4|pkt|CODE|∅|∅",
            "S-5|∅|∅|AMBIGUOUS_UNIT|unit is ambiguous: from 2025-01-01 to 2025-12-31: code '9' matches units e, f"
                + " (on 2025-06-15: no unit)",
            "S-6|∅|∅|UNKNOWN_UNIT|unit not found: from 2025-04-01 to 2025-06-30: code 'PKT' matches no unit",
            "S-7|quang-trung|NAME|∅|∅",
            "S-8|∅|∅|UNKNOWN_UNIT|unit not resolved: no period_start and period_end to resolve it in",
            "S-9|∅|∅|BAD_ENUM|an earlier check failed"),
        IngestFixtures.lines(resolved, "submission_id", "unit_id", "unit_match", Problems.PROBLEM + ".code",
            Problems.PROBLEM + ".detail_en"));
  }
}
