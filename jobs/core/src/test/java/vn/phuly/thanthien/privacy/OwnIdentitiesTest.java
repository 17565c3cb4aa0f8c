package vn.phuly.thanthien.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11 item 3a: free text keeps none of the record's own identity values, in any spelling. */
class OwnIdentitiesTest {
  static final String NAME = "Phạm Thị Hồng Nhung";
  static final String PHONE = "0912 345 678";
  static final String CCCD = "035199012345";
  static final String ADDRESS = "12 Lê Lợi, phường Lam Hạ";
  static final String[] KINDS = {Pseudonymizer.PERSON, Pseudonymizer.PHONE, Pseudonymizer.CITIZEN_ID, Pseudonymizer.ADDRESS};
  static final String[] VALUES = {NAME, PHONE, CCCD, ADDRESS};

  static String scrub(String text) {
    return OwnIdentities.scrub(text, KINDS, VALUES);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Phạm Thị Hồng Nhung", "PHẠM THỊ HỒNG NHUNG", "pham thi hong nhung", "Pham  Thi\u00A0Hong Nhung",
      "Pha\u0323m Thi\u0323 Ho\u0302\u0300ng Nhung", "Phạm-Thị-Hồng-Nhung", "PhạmThịHồngNhung", "ＰＨＡＭ THI HONG NHUNG"})
  void theSendersNameInAnySpelling(String spelling) {
    assertEquals("Bà [họ tên] phản ánh.", scrub("Bà " + spelling + " phản ánh."));
  }

  @Test
  void numbersByTheirDigitsInAnyGroupingAndAddressesWhole() {
    // the "+" is no digit: in ingest, Scrubber's plus84 rule has already taken the whole number
    assertEquals("Gọi [số điện thoại], +[số điện thoại] hay [số điện thoại]",
        scrub("Gọi 091.234.5678, +84 912 345 678 hay 912345678"));
    assertEquals("SĐT[số điện thoại]", scrub("SĐT0912345678"), "digits glued to letters are a token of their own");
    assertEquals("CCCD [số định danh] cấp 2021", scrub("CCCD 035 199 012 345 cấp 2021"));
    assertEquals("Nhà ở [địa chỉ] bị ngập", scrub("Nhà ở 12 LÊ LỢI - PHƯỜNG LAM HẠ bị ngập"));
  }

  @Test
  void onlyWholeValuesNeverTheirParts() {
    String text = "UBND phường Lam Hạ, chị Nhung và ông Phạm Thị ở đường Lê Lợi, số 0912 345";
    assertEquals(text, scrub(text));
    assertEquals("Nhungxyz và xyzPhạm Thị Hồng Nhunga", scrub("Nhungxyz và xyzPhạm Thị Hồng Nhunga"), "not inside words");
  }

  @Test
  void valuesInsideOneAnotherAreOnePlaceholder() {
    String[] kinds = {Pseudonymizer.PERSON, Pseudonymizer.ADDRESS};
    String[] values = {"Trần Văn Ba", "nhà ông Trần Văn Ba, xóm 2"};
    assertEquals("Gửi [địa chỉ] và [họ tên].",
        OwnIdentities.scrub("Gửi nhà ông Trần Văn Ba, xóm 2 và Trần Văn Ba.", kinds, values));
  }

  @Test
  void emptyShortAndMissingValuesAreLeftAlone() {
    String[] kinds = {Pseudonymizer.PERSON, Pseudonymizer.PHONE, Pseudonymizer.CITIZEN_ID, Pseudonymizer.ADDRESS};
    String text = "An ở Hà Nam gọi 113, N/A";
    assertEquals(text, OwnIdentities.scrub(text, kinds, new String[] {"An", "113", null, "  "}));
    assertEquals(null, OwnIdentities.scrub(null, KINDS, VALUES));
  }

  /**
   * Seeded random texts of ordinary words, parts of the values and the values themselves in random
   * spellings and places: the same result as a plain reference, no whole value left, every part left.
   * The items are kept apart by a word of no value ("và"): parts written next to each other may
   * well spell a whole value ("Phạm Thị, Hồng Nhung" is the name).
   */
  @Test
  void randomTextsAgreeWithAPlainReference() {
    Random random = new Random(20261201);
    String[] words = {"cán bộ", "phường", "Lam", "Hạ", "hẹn", "lại", "số", "nhà", "2024", "15", "đ.", "(gọi)", "Nhung",
        "Phạm", "Lê Lợi", "-", ",", "0912", "345"};
    String[] parts = {"Lam Hạ", "phường Lam Hạ", "Nhung", "Phạm Thị", "Hồng", "Lê Lợi", "035199"};
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      List<String> planted = new ArrayList<>();
      for (int w = random.nextInt(14); w >= 0; w--) {
        int pick = random.nextInt(10);
        if (pick < 5) {
          text.append(words[random.nextInt(words.length)]);
        } else if (pick < 7) {
          String part = parts[random.nextInt(parts.length)];
          planted.add(part);
          text.append(part);
        } else {
          int v = random.nextInt(VALUES.length);
          text.append(spell(random, KINDS[v], VALUES[v]));
        }
        // a word of no value between items, so that only a planted value can match
        text.append(random.nextBoolean() ? " và " : random.nextBoolean() ? ", và " : "; và\u00A0");
      }
      String input = text.toString();
      String scrubbed = scrub(input);
      assertEquals(reference(input, KINDS, VALUES), scrubbed, input);
      assertEquals(scrubbed, reference(scrubbed, KINDS, VALUES), "nothing whole is left: " + input);
      for (String part : planted) {
        assertTrue(count(scrubbed, part) >= planted.stream().filter(part::equals).count(), part + " kept in: " + input);
      }
    }
  }

  /** A value as an export or a typist might write it. */
  static String spell(Random random, String kind, String value) {
    if (kind.equals(Pseudonymizer.PHONE) || kind.equals(Pseudonymizer.CITIZEN_ID)) {
      String digits = value.replaceAll("\\D", "");
      if (kind.equals(Pseudonymizer.PHONE) && random.nextBoolean()) {
        digits = (random.nextBoolean() ? "+84 " : "84") + digits.substring(1);
      }
      StringBuilder out = new StringBuilder();
      String separator = List.of("", " ", ".", "-").get(random.nextInt(4));
      for (int i = 0; i < digits.length(); i++) {
        out.append(digits.charAt(i));
        if (i % 3 == 2 && i < digits.length() - 1) {
          out.append(separator);
        }
      }
      return out.toString();
    }
    String text = switch (random.nextInt(3)) {
      case 0 -> value.toUpperCase(Locale.forLanguageTag("vi"));
      case 1 -> value.toLowerCase(Locale.forLanguageTag("vi"));
      default -> value;
    };
    if (random.nextBoolean()) {
      text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D');
    }
    if (random.nextInt(4) == 0) {
      text = Normalizer.normalize(text, Normalizer.Form.NFD);
    }
    String space = List.of(" ", "  ", "\u00A0", "-", "").get(random.nextInt(5));
    return text.replace(" ", space);
  }

  /**
   * The plain rule, written out: at each position where a token starts, walk the text skipping
   * anything but letters and digits, comparing each folded character with the value's; a match
   * must end where a token ends. Matches are replaced from left to right.
   */
  static String reference(String text, String[] kinds, String[] values) {
    List<int[]> spans = new ArrayList<>();
    for (int v = 0; v < values.length; v++) {
      for (String needle : plainNeedles(kinds[v], values[v])) {
        for (int start = 0; start < text.length(); start++) {
          int end = matchAt(text, start, needle);
          if (end > 0) {
            spans.add(new int[] {start, end, v});
          }
        }
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int[] span : spans) {
      if (span[0] < at) {
        at = Math.max(at, span[1]);
        continue;
      }
      out.append(text, at, span[0]).append(OwnIdentities.placeholder(kinds[span[2]]));
      at = span[1];
    }
    return out.append(text.substring(at)).toString();
  }

  /** Where a whole-token match of {@code needle} starting at {@code start} ends, else -1. */
  static int matchAt(String text, int start, String needle) {
    if (kind(text.charAt(start)) == 0 || kindBefore(text, start) == kind(text.charAt(start))) {
      return -1;
    }
    int i = start;
    int k = 0;
    int lastKind = 0;
    while (k < needle.length()) {
      if (i >= text.length()) {
        return -1;
      }
      char c = text.charAt(i);
      if (kind(c) == 0) {
        i++;
        continue;
      }
      if (plainFold(c) != needle.charAt(k)) {
        return -1;
      }
      lastKind = kind(c);
      k++;
      i++;
    }
    while (i < text.length() && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
      i++;
    }
    return i < text.length() && kind(text.charAt(i)) == lastKind ? -1 : i;
  }

  /** 1 a letter, 2 a digit, 0 anything else (marks are skipped by the callers). */
  static int kind(char c) {
    return Character.isDigit(c) ? 2 : Character.isLetter(c) ? 1 : 0;
  }

  static int kindBefore(String text, int at) {
    int i = at - 1;
    while (i >= 0 && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
      i--;
    }
    return i < 0 ? 0 : kind(text.charAt(i));
  }

  static char plainFold(char c) {
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    return base.isEmpty() ? c : base.charAt(0) == 'đ' ? 'd' : base.charAt(0);
  }

  static List<String> plainNeedles(String kind, String value) {
    StringBuilder folded = new StringBuilder();
    boolean number = kind.equals(Pseudonymizer.PHONE) || kind.equals(Pseudonymizer.CITIZEN_ID);
    for (char c : value.toCharArray()) {
      if (number ? Character.isDigit(c) : kind(c) != 0) {
        folded.append(plainFold(c));
      }
    }
    String s = folded.toString();
    if (!kind.equals(Pseudonymizer.PHONE)) {
      return List.of(s);
    }
    String national = s.substring(1);
    return List.of(s, "84" + national, national);
  }

  static long count(String text, String part) {
    long n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
