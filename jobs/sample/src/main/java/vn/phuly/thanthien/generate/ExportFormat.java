package vn.phuly.thanthien.generate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shapes real exports come in (DESIGN.md §3). Each source cycles through its formats so every
 * variant appears at least once.
 */
enum ExportFormat {
  /** JSON Lines, UTF-8, LF, ISO-8601 dates. */
  JSONL("jsonl", StandardCharsets.UTF_8, false, "\n", ',', false, false, false),
  /** Plain CSV: UTF-8, LF, Vietnamese headers, {@code dd/MM/yyyy [HH:mm]}. */
  CSV("csv", StandardCharsets.UTF_8, false, "\n", ',', false, false, false),
  /** UTF-8 with a byte-order mark, CRLF line ends, ISO-8601 dates. */
  CSV_BOM_CRLF("csv", StandardCharsets.UTF_8, true, "\r\n", ',', false, false, true),
  /**
   * Windows-1258, {@code ;}-separated, CRLF, decimal comma. Windows-1258 has no precomposed
   * letters with tone marks: the tones are written as combining marks (see {@link #encodable}).
   */
  CSV_1258("csv", Charset.forName("windows-1258"), false, "\r\n", ';', true, false, false),
  /** Headers without diacritics, columns in another order. */
  CSV_PLAIN_HEADERS("csv", StandardCharsets.UTF_8, false, "\n", ',', false, true, false);

  private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter VN_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter ISO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  final String extension;
  final Charset charset;
  final boolean bom;
  final String lineEnd;
  final char separator;
  final boolean decimalComma;
  final boolean plainHeaders;
  final boolean isoDates;

  ExportFormat(
      String extension,
      Charset charset,
      boolean bom,
      String lineEnd,
      char separator,
      boolean decimalComma,
      boolean plainHeaders,
      boolean isoDates) {
    this.extension = extension;
    this.charset = charset;
    this.bom = bom;
    this.lineEnd = lineEnd;
    this.separator = separator;
    this.decimalComma = decimalComma;
    this.plainHeaders = plainHeaders;
    this.isoDates = isoDates;
  }

  boolean isJson() {
    return this == JSONL;
  }

  String date(LocalDate day) {
    return day == null ? "" : isoDates || isJson() ? day.toString() : VN_DATE.format(day);
  }

  String timestamp(LocalDateTime time) {
    return time == null ? "" : isoDates ? ISO_TIME.format(time) : VN_TIME.format(time);
  }

  /** A score: {@code 15}, {@code 14.5}, or {@code 14,5} with a decimal comma. */
  String number(double value) {
    String text =
        value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    return decimalComma ? text.replace('.', ',') : text;
  }

  /** The columns in the order this format writes them (the reverse, for plain headers). */
  <T> List<T> order(List<T> canonical) {
    if (!plainHeaders) {
      return canonical;
    }
    List<T> reversed = new ArrayList<>(canonical);
    Collections.reverse(reversed);
    return reversed;
  }

  String header(String label) {
    return plainHeaders ? withoutDiacritics(label) : label;
  }

  /** Text as this charset can carry it: Windows-1258 takes tone marks as combining characters. */
  String encodable(String text) {
    return charset.name().equals("windows-1258") ? toneMarksDecomposed(text) : text;
  }

  static String withoutDiacritics(String text) {
    String stripped =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return stripped.replace('đ', 'd').replace('Đ', 'D');
  }

  /**
   * NFC letters with their five tone marks (grave, acute, tilde, hook above, dot below) split off
   * as combining characters: the form Windows-1258 encodes ("ạ" → "a" + U+0323, "ờ" → "ơ" +
   * U+0300). Plain NFD would also split the horn and circumflex, which the charset cannot carry.
   */
  static String toneMarksDecomposed(String text) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      StringBuilder tones = new StringBuilder();
      for (int j = 0; j < decomposed.length(); j++) {
        char d = decomposed.charAt(j);
        if (d == '\u0300' || d == '\u0301' || d == '\u0303' || d == '\u0309' || d == '\u0323') {
          tones.append(d);
        } else {
          base.append(d);
        }
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
    }
    return out.toString();
  }
}
