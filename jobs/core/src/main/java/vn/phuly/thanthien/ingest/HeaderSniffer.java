package vn.phuly.thanthien.ingest;

import com.univocity.parsers.common.TextParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.privacy.Scrubber;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Looks at a landing file on the driver before the parallel read: whether it is text and in which
 * encoding ({@link TextEncoding}), its separator and which contract column each header cell is.
 * Whatever the bytes, the answer is a {@link LandingFile}: one that cannot be read is rejected
 * whole with its reason, never an exception that would stop the run.
 */
public final class HeaderSniffer {
  private HeaderSniffer() {}

  public static LandingFile sniff(
      Path landingRoot, Configuration conf, Path file, LocalDate day, DatasetContract contract) {
    return sniff(landingRoot, conf, file, day, contract, RecordLimits.DEFAULT);
  }

  public static LandingFile sniff(Path landingRoot, Configuration conf, Path file, LocalDate day,
      DatasetContract contract, RecordLimits limits) {
    LandingFile.Builder landed = new LandingFile.Builder(contract.source(), Landing.relative(landingRoot, file),
        file.toUri().toString(), day.toString(), Landing.format(file));
    TextEncoding.Verdict encoding;
    String headerLine;
    try {
      FileSystem fs = Locations.fileSystem(file, conf);
      encoding = TextEncoding.of(fs, file);
      if (!encoding.isText()) {
        return landed.rejected(ReasonCode.UNREADABLE_FILE, encoding.problem(), encoding.problemVi());
      }
      landed.charset(encoding.charset());
      if (!landed.isCsv()) {
        return landed.build();
      }
      headerLine = firstLine(fs, file, encoding.charset(), limits.maxRecordBytes());
    } catch (IOException | UncheckedIOException | FSError e) {
      // Hadoop's local file system reports a failing read as an FSError around the IOException
      String why = e instanceof IOException ? e.toString() : e.getCause().toString();
      return landed.rejected(ReasonCode.UNREADABLE_FILE, "cannot be read: " + why, "không đọc được tệp: " + why);
    }
    if (headerLine == null || headerLine.isBlank()) {
      return landed.rejected(ReasonCode.UNREADABLE_FILE, "empty file: no header line", "tệp rỗng, không có dòng tiêu đề");
    }
    if (headerLine.length() > limits.maxRecordBytes()) {
      return landed.rejected(ReasonCode.UNREADABLE_FILE,
          "no header line: its first line is longer than " + limits.maxRecordBytes() + " bytes (max_record_bytes)",
          "không có dòng tiêu đề: dòng đầu dài hơn " + limits.maxRecordBytes() + " byte (max_record_bytes)");
    }
    char separator = separator(headerLine);
    String[] cells;
    try {
      cells = CsvSettings.parser(separator).parseLine(headerLine);
    } catch (TextParsingException e) {
      return landed.rejected(ReasonCode.UNREADABLE_FILE,
          "the header line is not CSV of at most " + CsvSettings.MAX_FIELDS + " fields",
          "dòng tiêu đề không phải CSV có tối đa " + CsvSettings.MAX_FIELDS + " trường");
    }
    List<String> columns = new ArrayList<>();
    List<String> drift = new ArrayList<>();
    Set<String> found = new LinkedHashSet<>();
    for (String cell : cells) {
      Column column = match(cell, contract);
      if (column == null || !found.add(column.name())) {
        columns.add(null);
        drift.add("unknown column '" + Scrubber.scrub(Vietnamese.clean(Objects.toString(cell, ""))) + "'");
      } else {
        columns.add(column.name());
      }
    }
    landed.header(separator, columns, drift);
    List<Column> missing =
        contract.columns().stream().filter(c -> c.required() && !found.contains(c.name())).toList();
    if (!missing.isEmpty()) {
      return landed.rejected(ReasonCode.MISSING_COLUMN, "missing required column(s): " + describe(missing),
          "thiếu cột bắt buộc: " + describe(missing));
    }
    return landed.build();
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
   * The file's first line without its line end, null for an empty file; read up to one character
   * past {@code limit}, so that a file of one endless line is not read whole.
   */
  private static String firstLine(FileSystem fs, Path file, Charset charset, int limit) throws IOException {
    try (Reader reader = new BufferedReader(new InputStreamReader(fs.open(file), charset))) {
      StringBuilder line = new StringBuilder();
      int c = reader.read();
      if (c < 0) {
        return null;
      }
      for (; c >= 0 && c != '\n' && line.length() <= limit; c = reader.read()) {
        line.append((char) c);
      }
      int end = line.length();
      return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
  }

  /** {@code ;} when the header line has more semicolons than commas. */
  static char separator(String headerLine) {
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long commas = headerLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }
}
