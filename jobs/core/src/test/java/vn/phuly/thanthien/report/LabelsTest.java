package vn.phuly.thanthien.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.BadInputException;

class LabelsTest {
  @Test
  void periodsInVietnamese() {
    assertEquals("năm 2024", Labels.period("2024"));
    assertEquals("6 tháng đầu năm 2023", Labels.period("2023-H1"));
    assertEquals("quý II năm 2025", Labels.period("2025-Q2"));
    assertEquals(2025, Labels.year("2025-Q4"));
    assertThrows(BadInputException.class, () -> Labels.period("2024-Q5"));
  }

  @Test
  void rankChangesAsArrows() {
    assertEquals("▲ 2", Labels.rankChange(2));
    assertEquals("▼ 3", Labels.rankChange(-3));
    assertEquals("=", Labels.rankChange(0));
    assertEquals("", Labels.rankChange(null));
  }

  @Test
  void numbersWithADecimalComma() {
    assertEquals("87,5", Labels.pct(87.5));
    assertEquals("100,0", Labels.pct(100));
    assertEquals("phong-ban", Labels.slug("PHONG_BAN"));
  }
}
