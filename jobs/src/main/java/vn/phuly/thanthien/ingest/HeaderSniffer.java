package vn.phuly.thanthien.ingest;

import com.google.common.base.Utf8;
import com.univocity.parsers.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Looks at a landing file on the driver before the parallel read: its encoding (detected, never
 * configured), its separator and which contract column each header cell is.
 */
public final class HeaderSniffer {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

  private HeaderSniffer() {}

  public static LandingFile sniff(Path landingRoot, Path file, LocalDate day, DatasetContract contract) {
    String relative = landingRoot.relativize(file).toString().replace('\\', '/');
    String format = Landing.format(file);
    String absolute = file.toAbsolutePath().toString();
    Charset charset = detectCharset(file);
    if (!format.equals("csv")) {
      return new LandingFile(contract.source(), relative, absolute, day.toString(), format,
          charset.name(), ',', List.of(), List.of(), null, null);
    }
    String headerLine = firstLine(file, charset);
    if (headerLine == null || headerLine.isBlank()) {
      return new LandingFile(contract.source(), relative, absolute, day.toString(), format,
          charset.name(), ',', List.of(), List.of(), "empty file: no header line",
          "tệp rỗng, không có dòng tiêu đề");
    }
    char separator = separator(headerLine);
    CsvParser parser = CsvSettings.parser(separator);
    String[] cells = parser.parseLine(headerLine);
    List<String> columns = new ArrayList<>();
    List<String> drift = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    for (String cell : cells) {
      Column column = match(cell, contract);
      if (column == null || !found.add(column.name())) {
        columns.add(null);
        drift.add("unknown column '" + Vietnamese.clean(Objects.toString(cell, "")) + "'");
      } else {
        columns.add(column.name());
      }
    }
    List<Column> missing =
        contract.columns().stream().filter(c -> c.required() && !found.contains(c.name())).toList();
    String rejected = null;
    String rejectedVi = null;
    if (!missing.isEmpty()) {
      rejected = "missing required column(s): " + describe(missing);
      rejectedVi = "thiếu cột bắt buộc: " + describe(missing);
    }
    return new LandingFile(contract.source(), relative, absolute, day.toString(), format,
        charset.name(), separator, columns, drift, rejected, rejectedVi);
  }

  /** The contract column a header cell names: by a label or the column name, folded. */
  static Column match(String cell, DatasetContract contract) {
    String key = Vietnamese.fold(cell);
    if (key == null || key.isEmpty()) {
      return null;
    }
    for (Column column : contract.columns()) {
      if (key.equals(Vietnamese.fold(column.name()))
          || column.labels().stream().anyMatch(l -> key.equals(Vietnamese.fold(l)))) {
        return column;
      }
    }
    return null;
  }

  private static String describe(List<Column> columns) {
    return String.join(", ",
        columns.stream()
            .map(c -> (c.labels().isEmpty() ? c.name() : c.labels().get(0)) + " (" + c.name() + ")")
            .toList());
  }

  /**
   * UTF-8 when the whole file is well-formed UTF-8 (with or without BOM), else Windows-1258. Read
   * in blocks; a block ends before its last, possibly incomplete, sequence, which starts the next.
   * Guava's check: several times faster than decoding, which matters on a big export (the driver
   * does this before any task starts).
   */
  static Charset detectCharset(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 20];
      int carried = 0;
      int n;
      while ((n = in.readNBytes(buffer, carried, buffer.length - carried)) > 0) {
        int end = carried + n;
        int checked = lastSequenceStart(buffer, end);
        if (!Utf8.isWellFormed(buffer, 0, checked)) {
          return WINDOWS_1258;
        }
        carried = end - checked;
        System.arraycopy(buffer, checked, buffer, 0, carried);
      }
      return Utf8.isWellFormed(buffer, 0, carried) ? StandardCharsets.UTF_8 : WINDOWS_1258;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Where the last UTF-8 sequence of {@code bytes[0, end)} starts (looking at most 4 bytes back). */
  private static int lastSequenceStart(byte[] bytes, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return i;
      }
    }
    return end;
  }

  private static String firstLine(Path file, Charset charset) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** {@code ;} when the header line has more semicolons than commas. */
  static char separator(String headerLine) {
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long commas = headerLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}
