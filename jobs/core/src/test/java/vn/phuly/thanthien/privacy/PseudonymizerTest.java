package vn.phuly.thanthien.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymizerTest {
  private static final byte[] KEY = "thanthien-test-key-0123456789".getBytes(StandardCharsets.UTF_8);
  private final Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);

  @Test
  void matchesHmacSha256ComputedOutsideTheCode() {
    // printf '%s' 'phone:0912345678' | openssl dgst -sha256 -hmac 'thanthien-test-key-0123456789'
    assertEquals("20d699b47b844f2aaf7d38162854929c", pseudonymizer.pseudonym("phone", "0912345678"));
    // printf '%s' 'person:nguyễn văn an' | openssl dgst -sha256 -hmac 'thanthien-test-key-0123456789'
    assertEquals("e155574165397de0283a9346c9a22078", pseudonymizer.pseudonym("person", "Nguyễn Văn An"));
  }

  @Test
  void matchesJavaxCryptoMacWrittenOutHere() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String full = HexFormat.of().formatHex(mac.doFinal("citizen_id:001099012345".getBytes(StandardCharsets.UTF_8)));
    assertEquals(full.substring(0, 32), pseudonymizer.pseudonym("citizen_id", "001 099 012 345"));
  }

  @Test
  void differentSpellingsOfOnePhoneGiveOnePseudonym() {
    String expected = pseudonymizer.pseudonym("phone", "0912345678");
    assertEquals(expected, pseudonymizer.pseudonym("phone", "+84 912 345 678"));
    assertEquals(expected, pseudonymizer.pseudonym("phone", "0084912345678"));
    assertEquals(expected, pseudonymizer.pseudonym("phone", "84912345678"));
    assertEquals(expected, pseudonymizer.pseudonym("phone", "0912.345.678"));
    assertEquals(expected, pseudonymizer.pseudonym("phone", "+84 (0) 912-345-678"));
  }

  @Test
  void namesAndAddressesIgnoreCaseSpacesAndUnicodeForm() {
    String expected = pseudonymizer.pseudonym("person", "Nguyễn Văn An");
    assertEquals(expected, pseudonymizer.pseudonym("person", "  NGUYỄN  văn an "));
    assertEquals(expected, pseudonymizer.pseudonym("person", "Nguye\u0302\u0303n Va\u0306n An"));
    assertEquals(pseudonymizer.pseudonym("address", "Số 5, Lê Lợi"), pseudonymizer.pseudonym("address", "số 5,  LÊ LỢI"));
  }

  @Test
  void kindIsPartOfTheHashedText() {
    assertNotEquals(pseudonymizer.pseudonym("phone", "0912345678"), pseudonymizer.pseudonym("citizen_id", "0912345678"));
  }

  @Test
  void differentKeysGiveDifferentPseudonyms() {
    Pseudonymizer other = new Pseudonymizer("another-key-of-enough-length".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(pseudonymizer.pseudonym("phone", "0912345678"), other.pseudonym("phone", "0912345678"));
  }

  @Test
  void blankAndDigitlessValuesHaveNoPseudonym() {
    assertNull(pseudonymizer.pseudonym("person", null));
    assertNull(pseudonymizer.pseudonym("person", "   "));
    assertNull(pseudonymizer.pseudonym("phone", "N/A"));
  }

  @Test
  void unknownKindIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> pseudonymizer.pseudonym("email", "a@b.vn"));
  }

  @Test
  void survivesJavaSerialisationAsSparkDoes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(pseudonymizer);
    }
    Pseudonymizer copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (Pseudonymizer) in.readObject();
    }
    assertEquals("20d699b47b844f2aaf7d38162854929c", copy.pseudonym("phone", "0912345678"));
  }
}
