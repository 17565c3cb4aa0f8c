package vn.phuly.thanthien.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class VietnameseTest {
  @Test
  void cleanComposesDecomposedTextAndCollapsesSpaces() {
    String nfd = "Le\u0302 Ho\u0302\u0300ng  Phong\u00A0";
    assertEquals("Lê Hồng Phong", Vietnamese.clean(nfd));
    assertNull(Vietnamese.clean(null));
  }

  @Test
  void foldIgnoresCaseTonesAndTheLetterD() {
    assertEquals("lam ha", Vietnamese.fold("Lam Hạ"));
    assertEquals("lam ha", Vietnamese.fold("LAM HÀ"));
    assertEquals("dinh xa", Vietnamese.fold("Đinh Xá"));
    assertEquals("ma don vi", Vietnamese.fold(" Mã  đơn vị "));
  }
}
