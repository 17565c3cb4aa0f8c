package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one period calendar (issue 10 item 11), on hand-written periods. */
class AssessmentPeriodTest {
  private static String describe(String code) {
    return AssessmentPeriod.parse(code)
        .map(p -> String.join("|", p.code(), p.kind().name(), p.start().toString(), p.end().toString(),
            p.previousCode(), String.valueOf(p.half()), String.valueOf(p.quarter())))
        .orElse("none");
  }

  @Test
  void yearsHalvesAndQuartersWithTheirDaysAndThePeriodBefore() {
    assertEquals("2023|YEAR|2023-01-01|2023-12-31|2022|null|null", describe("2023"));
    assertEquals("2024-H1|HALF|2024-01-01|2024-06-30|2023-H2|1|null", describe("2024-h1"));
    assertEquals("2024-H2|HALF|2024-07-01|2024-12-31|2024-H1|2|null", describe("2024-H2"));
    assertEquals("2024-Q1|QUARTER|2024-01-01|2024-03-31|2023-Q4|1|1", describe("2024-Q1"));
    assertEquals("2024-Q4|QUARTER|2024-10-01|2024-12-31|2024-Q3|2|4", describe("2024-Q4"));
    assertEquals("2025-Q1|QUARTER|2025-01-01|2025-03-31|2024-Q4|1|1", describe("2025-Q1"));
  }

  @Test
  void anythingElseIsNoPeriod() {
    for (String bad : new String[] {"2023-H3", "2023-Q5", "2023-Q0", "1899", "2100", "23", "2023-", "2023H1", " 2023", ""}) {
      assertEquals("none", describe(bad), bad);
    }
    assertEquals(Optional.empty(), AssessmentPeriod.parse(null));
  }

  @Test
  void aYearHasSevenPeriodsAndTheCalendarCoversTwoCenturies() {
    assertEquals(
        List.of("2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"),
        AssessmentPeriod.ofYear(2024).stream().map(AssessmentPeriod::code).toList());
    assertEquals(200 * 7, AssessmentPeriod.all().size());
  }
}
