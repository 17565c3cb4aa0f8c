package vn.phuly.thanthien.ingest;

import com.google.common.base.Utf8;
import com.univocity.parsers.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
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

  /** At least this much of a file per parallel part of the encoding check. */
  private static final long CHECK_PART_BYTES = 16L << 20;
  private static final int BLOCK = 1 << 20;

  /**
   * UTF-8 when the whole file is well-formed UTF-8 (with or without BOM), else Windows-1258.
   * Guava's check, several times faster than decoding, on parts of a big file at once (the driver
   * does this before any task starts, with the cores otherwise idle).
   */
  static Charset detectCharset(Path file) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int parts = (int) Math.max(1, Math.min(64, size / CHECK_PART_BYTES));
      boolean wellFormed = IntStream.range(0, parts).parallel()
          .allMatch(part -> wellFormed(channel, size * part / parts, size * (part + 1) / parts, size));
      return wellFormed ? StandardCharsets.UTF_8 : WINDOWS_1258;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e.getCause());
    }
  }

  /**
   * Whether the bytes from the sequence start at or after {@code from} to the one at or after
   * {@code to} are well-formed UTF-8: each part starts where a character starts, so the parts
   * cover the file exactly. Read in blocks; a block ends before its last, possibly incomplete,
   * sequence, which starts the next.
   */
  private static boolean wellFormed(FileChannel channel, long from, long to, long size) {
    try {
      long position = sequenceStart(channel, from, size);
      long end = sequenceStart(channel, to, size);
      byte[] buffer = new byte[BLOCK];
      int carried = 0;
      while (position < end) {
        int n = channel.read(ByteBuffer.wrap(buffer, carried, (int) Math.min(BLOCK - carried, end - position)), position);
        if (n <= 0) {
          break;
        }
        position += n;
        int filled = carried + n;
        int checked = position < end ? lastSequenceStart(buffer, filled) : filled;
        if (!Utf8.isWellFormed(buffer, 0, checked)) {
          return false;
        }
        carried = filled - checked;
        System.arraycopy(buffer, checked, buffer, 0, carried);
      }
      return carried == 0 || Utf8.isWellFormed(buffer, 0, carried);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first position at or after {@code at} that is not a UTF-8 continuation byte (at most 4 on). */
  private static long sequenceStart(FileChannel channel, long at, long size) throws IOException {
    if (at == 0 || at >= size) {
      return Math.min(at, size);
    }
    ByteBuffer bytes = ByteBuffer.allocate(4);
    channel.read(bytes, at);
    for (int i = 0; i < bytes.position(); i++) {
      if ((bytes.get(i) & 0xC0) != 0x80) {
        return at + i;
      }
    }
    return at + bytes.position();
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
