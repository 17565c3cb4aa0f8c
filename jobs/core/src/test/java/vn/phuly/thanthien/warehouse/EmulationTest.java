package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * mart_emulation_annual: a ward and a city office scored 2021–2023; the model weighs 0.5 (2021),
 * 0.2 (2022) and 0.25 (2023) for wards and 0.1 (2022 only) for offices. The year the model starts
 * to count comes from the profile: wards from 2021, offices from 2022 (the shipped profile starts
 * everyone in 2022, seed item 3).
 */
class EmulationTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            .unit("O1", "P-NV", "Phòng Nội vụ", "PHONG_BAN", "2021-01-01", null, null)
            .annualScore("U1", 2021, 60).annualScore("U1", 2022, 80).annualScore("U1", 2023, 90)
            .annualScore("O1", 2021, 50).annualScore("O1", 2022, 70).annualScore("O1", 2023, 75)
            .emulation(2021, "PHUONG", 0.5)
            .emulation(2022, "PHUONG", 0.2)
            .emulation(2023, "PHUONG", 0.25)
            .emulation(2022, "PHONG_BAN", 0.1)
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void weightedPointsAreTheScoreTimesTheWeightOfTheUnitTypeAndYear() {
    // 60 × 0.5 = 30; 80 × 0.2 = 16; 90 × 0.25 = 22.5; 70 × 0.1 = 7; offices count from 2022 and
    // O1 has no 2023 weight
    assertEquals(
        List.of(
            "2021|U1|60.000000|0.500000|30.000000", "2022|O1|70.000000|0.100000|7.000000",
            "2022|U1|80.000000|0.200000|16.000000", "2023|U1|90.000000|0.250000|22.500000"),
        warehouse.query(
                "select concat_ws('|', year, unit_id, score_pct, model_weight, weighted_points) as r"
                    + " from mart_emulation_annual order by year, unit_id")
            .stream().map(r -> (String) r.get("r")).toList());
  }

  @Test
  void theBuildPassesEveryAudit() {
    assertEquals(List.of(), warehouse.failedAudits());
  }

  @Test
  void auditsPassAndFireOnBrokenRows() {
    assertEquals(0, warehouse.failingRows("mart_emulation_annual_values"));
    assertEquals(0, warehouse.failingRows("mart_emulation_annual__primary_key"));
    warehouse.withSpoiled(
        List.of("mart_emulation_annual"),
        () -> {
          warehouse.execute("update mart_emulation_annual set weighted_points = 17 where unit_id = 'U1' and year = 2022");
          warehouse.execute("update mart_emulation_annual set year = 2021 where unit_id = 'O1'");
          assertEquals(2, warehouse.reaudit("mart_emulation_annual_values"));
        });
  }
}
