package vn.phuly.thanthien.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

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
    Random random = new Random(20250701);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(16); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String expected = Normalizer.normalize(text, Normalizer.Form.NFC)
          .replaceAll("[\\s\\u00A0\\uFEFF]+", " ").trim();
      assertEquals(expected, Vietnamese.clean(text.toString()), text.toString());
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
