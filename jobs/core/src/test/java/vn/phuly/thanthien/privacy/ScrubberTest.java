package vn.phuly.thanthien.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.phuly.thanthien.testing.RandomTexts;

class ScrubberTest {
  private static final String PHONE = "[số điện thoại]";
  private static final String ID = "[số định danh]";

  @Test
  void rulesAreEmailThenPhoneThenCitizenId() {
    assertEquals(List.of("email", "phone", "citizen_id"), Scrubber.RULES.stream().map(Scrubber.Rule::name).toList());
  }

  @Test
  void emailAddresses() {
    assertEquals("Liên hệ [email] hoặc [email].",
        Scrubber.scrub("Liên hệ nguyen.van.an@gmail.com hoặc phong_tn+phuly@hanam.gov.vn."));
    assertEquals("gửi [email]", Scrubber.scrub("gửi 0912345678@yahoo.com.vn"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "091 234 5678",
      "0362345678", "0512345678", "0712345678", "0812345678",
      "+84 912 345 678", "+84912345678", "84 912 345 678", "0084 912 345 678",
      "(0226) 3852 123", "0226.3852.123", "0226 3852123", "02263852123", "024 3825 1234", "+84 226 3852 123"})
  void phoneNumbersInEveryUsualSpelling(String phone) {
    assertEquals("Gọi " + PHONE + " để hỏi.", Scrubber.scrub("Gọi " + phone + " để hỏi."));
  }

  @Test
  void phoneNumbersNextToLettersAndPunctuation() {
    assertEquals("SĐT:" + PHONE + ", " + PHONE + ".", Scrubber.scrub("SĐT:0912345678, 0226.3852.123."));
  }

  @Test
  void citizenIdNumbers() {
    assertEquals("CCCD số " + ID + " cấp ngày 05/01/2021", Scrubber.scrub("CCCD số 001099012345 cấp ngày 05/01/2021"));
    assertEquals("CMND " + ID + ".", Scrubber.scrub("CMND 168123456."));
    assertEquals("CCCD " + ID, Scrubber.scrub("CCCD 022099012345"), "12 digits starting 02x is an ID, not a landline");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Kế hoạch số 12/KH-UBND ngày 05/01/2021",
      "Năm 2023 tiếp nhận 1.234 phản ánh",
      "Họp lúc 05.01.2021 08:30 tại UBND",
      "Số tiền 1.500.000 đồng",
      "Hỗ trợ 150000000 đồng",
      "Tổng 84.912.345.678 đ",
      "Mã hồ sơ 000.00.22.H35-230105-0001",
      "Dãy 1234567890123 không phải số định danh",
      "Dãy 09123456789 có 11 chữ số",
      "Quyết định 1234/QĐ-UBND"})
  void datesYearsDocumentNumbersAndAmountsSurvive(String text) {
    assertEquals(text, Scrubber.scrub(text));
  }

  @Test
  void anyNumberFollowedByACurrencyIsTakenForAnAmountAndKept() {
    assertEquals("Thu 0912345678 VNĐ", Scrubber.scrub("Thu 0912345678 VNĐ"));
    assertEquals("Chi 001099012345đ", Scrubber.scrub("Chi 001099012345đ"));
  }

  @Test
  void theShortestNumbersTheRulesKnowAreStillScrubbed() {
    assertEquals("CCCD " + ID, Scrubber.scrub("CCCD 123456789"));
    assertEquals("Gọi " + PHONE, Scrubber.scrub("Gọi 0912345678"));
    assertEquals("Gọi 0912 3456 (01/02/2024)", Scrubber.scrub("Gọi 0912 3456 (01/02/2024)"), "8 digits in a row at most");
  }

  /** The digit-count shortcut only skips texts the rules cannot change: compared with the plain rules. */
  @Test
  void skippingTextsWithFewDigitsChangesNothing() {
    List<Pattern> patterns = Scrubber.RULES.stream().map(rule -> Pattern.compile(rule.regex())).toList();
    for (String text : RandomTexts.of(20210101, "0123456789012345678984 .-()+/@a,đ", 24, 200_000)) {
      String expected = text;
      for (int i = 0; i < patterns.size(); i++) {
        expected = patterns.get(i).matcher(expected).replaceAll(Scrubber.RULES.get(i).replacement());
      }
      assertEquals(expected, Scrubber.scrub(text), text);
    }
  }

  @Test
  void nullStaysNull() {
    assertNull(Scrubber.scrub(null));
  }
}
