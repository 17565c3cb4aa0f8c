package vn.phuly.thanthien.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.testing.RandomTexts;

class VietnameseTest {
  @Test
  void cleanComposesDecomposedTextAndCollapsesSpaces() {
    String nfd = "Le\u0302 Ho\u0302\u0300ng  Phong\u00A0";
    assertEquals("Lê Hồng Phong", Vietnamese.clean(nfd));
    assertNull(Vietnamese.clean(null));
  }

  /** What clean does without its shortcuts: a full NFC normalisation and the white-space regex. */
  @Test
  void cleanIsNfcThenCollapsedWhiteSpace() {
    String alphabet = "aAeoyđĐơưạẢệỹẠỳ  \t\r\n\u00A0\uFEFF\u0300\u0301\u0302\u0303\u0309\u0323\u1E9B\u212B.,0";
    for (String text : RandomTexts.of(20250701, alphabet, 16, 200_000)) {
      String expected = Normalizer.normalize(text, Normalizer.Form.NFC)
          .replaceAll("[\\s\\u00A0\\uFEFF]+", " ").trim();
      assertEquals(expected, Vietnamese.clean(text), text);
    }
  }

  /** Composition needs a mark (or a Hangul jamo) after a letter: none of these is one. */
  @Test
  void charactersTakenForNfcAreNfcAndNoMarks() {
    for (char c = 0; c < 0xFFFF; c++) {
      if (Vietnamese.alwaysNfc(c) && !Character.isSurrogate(c)) {
        String one = String.valueOf(c);
        int type = Character.getType(c);
        assertTrue(Normalizer.isNormalized(one, Normalizer.Form.NFC), Integer.toHexString(c));
        assertTrue(type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
            && type != Character.ENCLOSING_MARK, Integer.toHexString(c));
      }
    }
  }

  @Test
  void foldIgnoresCaseTonesAndTheLetterD() {
    assertEquals("lam ha", Vietnamese.fold("Lam Hạ"));
    assertEquals("lam ha", Vietnamese.fold("LAM HÀ"));
    assertEquals("dinh xa", Vietnamese.fold("Đinh Xá"));
    assertEquals("ma don vi", Vietnamese.fold(" Mã  đơn vị "));
  }
}
