package vn.phuly.thanthien.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.phuly.thanthien.testing.RandomTexts;

class ScrubberTest {
  private static final String PHONE = "[số điện thoại]";
  private static final String ID = "[số định danh]";
  private static final String RUN = "[dãy số]";

  @Test
  void rulesAreEmailThenPhoneThenCitizenIdThenAnyDigitRun() {
    assertEquals(List.of("email", "plus84", "phone", "citizen_id", "digit_run"),
        Scrubber.RULES.stream().map(Scrubber.Rule::name).toList());
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
      "Mã 000.00.22.H35",
      "Quyết định 1234/QĐ-UBND",
      "Giai đoạn 2021-2025, 12 đơn vị",
      "Gọi 0912 3456 (01/02/2024)",
      "Điểm 14,5 năm 2023 và 2024"})
  void datesYearsDocumentNumbersAndAmountsSurvive(String text) {
    assertEquals(text, Scrubber.scrub(text));
  }

  @Test
  void aNumberFollowedByACurrencyIsTakenForAnAmountUnlessItStartsWithZero() {
    assertEquals("Thu 912345678 VNĐ", Scrubber.scrub("Thu 912345678 VNĐ"));
    assertEquals("Thu " + RUN + " VNĐ", Scrubber.scrub("Thu 0912345678 VNĐ"), "amounts never start with 0, phones do");
    assertEquals("Chi " + RUN + "đ", Scrubber.scrub("Chi 001099012345đ"));
  }

  /** Issue 11: whatever the format, no run of 9 digits or more and no +84 number survives. */
  @ParameterizedTest
  @ValueSource(strings = {
      "226 3852 123", "2263852123", "0351 385 2123", "03513852123", "09123456789", "1234567890123",
      "912-345-678", "912.345.678", "0 2 2 6 3 8 5 2 1 2 3", "０９１２３４５６７８", "0912–345–678", "(226) 385 2123",
      "123456789", "99999999999999999999"})
  void anyRunOfNineDigitsOrMoreIsScrubbedWhateverItsPrefix(String number) {
    String scrubbed = Scrubber.scrub("Liên hệ " + number + " hoặc trực tiếp.");
    assertEquals(List.of(), digitRuns(scrubbed), scrubbed);
    assertTrue(scrubbed.startsWith("Liên hệ [") && scrubbed.endsWith("] hoặc trực tiếp."), scrubbed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+84 226 3852 123", "+84226", "+84 (0) 912 345 678", "+ 84 912", "(+84) 912345678"})
  void anyPlus84RunIsAPhoneNumber(String number) {
    assertEquals("Gọi [số điện thoại] nhé", Scrubber.scrub("Gọi " + number + " nhé"), number);
  }

  @Test
  void textsOtherThanFreeTextGetTheRulesOfKnownFormatsOnly() {
    assertEquals("S-2023-13303-SELF, gọi [số điện thoại]", Scrubber.scrubKnownFormats("S-2023-13303-SELF, gọi 0912 345 678"));
    assertEquals("S-" + RUN + "-SELF", Scrubber.scrub("S-2023-13303-SELF"), "in free text, any run of 9 digits goes");
  }

  @Test
  void aDossierCodeWithNineDigitsInARowLosesThem() {
    assertEquals("Mã hồ sơ 000.00.22.H" + RUN, Scrubber.scrub("Mã hồ sơ 000.00.22.H35-230105-0001"));
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
    for (String text : RandomTexts.of(20210101, "0123456789012345678984 .-()+/@a,đ０９–", 24, 200_000)) {
      String expected = text;
      for (int i = 0; i < patterns.size(); i++) {
        expected = patterns.get(i).matcher(expected).replaceAll(Scrubber.RULES.get(i).replacement());
      }
      assertEquals(expected, Scrubber.scrub(text), text);
    }
  }

  /**
   * Seeded random texts of digits, separators and words: after scrubbing, no run of 9 digits or
   * more (one separator between groups) is left, except a run not starting with 0 followed by a
   * currency word, and no +84.
   */
  @Test
  void noDigitRunOfNineSurvivesInRandomTexts() {
    for (String text : RandomTexts.of(20261201, "0123456789 .-–()+84 đồng x:/,", 40, 100_000)) {
      String scrubbed = Scrubber.scrub(text);
      assertEquals(List.of(), digitRuns(scrubbed), text + " → " + scrubbed);
      assertFalse(scrubbed.matches("(?s).*\\+ ?\\(?84.*"), text + " → " + scrubbed);
    }
  }

  /**
   * The plain rule, written as a scan: each maximal run of digits joined by at most one separator
   * (space, dot, dash, a parenthesis), with 9 digits or more, unless it is an amount (not starting
   * with 0, followed by a currency word) or glued to a longer number by "," "/" or ":".
   */
  static List<String> digitRuns(String text) {
    List<String> runs = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      int digits = 0;
      int end = i;
      while (i < text.length()) {
        if (Character.isDigit(text.charAt(i))) {
          digits++;
          end = ++i;
        } else if (i + 1 < text.length() && " .-–()".indexOf(text.charAt(i)) >= 0 && Character.isDigit(text.charAt(i + 1))) {
          i++;
        } else if (i + 2 < text.length() && ") ".equals(text.substring(i, i + 2)) || i + 2 < text.length() && " (".equals(text.substring(i, i + 2))) {
          if (!Character.isDigit(text.charAt(i + 2))) {
            break;
          }
          i += 2;
        } else {
          break;
        }
      }
      String rest = text.substring(end);
      boolean amount = text.charAt(start) != '0' && Character.getNumericValue(text.charAt(start)) != 0
          && rest.matches("(?s)[ \u00A0]?(đồng|ĐỒNG|đ(?![\\p{L}\\p{M}])|VNĐ|VND|vnđ|vnd).*");
      boolean glued = rest.matches("(?s)[,/:]\\d.*") || start > 0 && text.substring(0, start).matches("(?s).*\\d[,/:]");
      if (digits >= 9 && !amount && !glued) {
        runs.add(text.substring(start, end));
      }
    }
    return runs;
  }

  @Test
  void nullStaysNull() {
    assertNull(Scrubber.scrub(null));
  }
}
