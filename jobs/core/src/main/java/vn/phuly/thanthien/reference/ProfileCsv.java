package vn.phuly.thanthien.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One CSV file of a profile as read: UTF-8 (a BOM is skipped), leading {@code #} comment lines and
 * blank lines skipped, a header whose columns its {@link ProfileFile} knows, then one record per
 * row with the line it starts on, so that every error names the file and the line.
 *
 * @param commentLines the lines above the header (the SQL reader skips them too)
 * @param header the file's columns in file order, trimmed and lower-cased
 */
record ProfileCsv(Path path, ProfileFile file, int commentLines, List<String> header, List<Row> rows) {
  private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  /** One data row: its values by (canonical) column name, read with typed accessors. */
  record Row(Path path, long line, Map<String, String> values) {
    /** A value that must be there. */
    String text(String column) {
      String value = optionalText(column);
      if (value == null) {
        throw error(column, "thiếu giá trị");
      }
      return value;
    }

    /** Trimmed; null when empty or when the optional column is not in the file. */
    String optionalText(String column) {
      String value = values.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String column) {
      return parsedDate(column, text(column));
    }

    LocalDate optionalDate(String column) {
      String value = optionalText(column);
      return value == null ? null : parsedDate(column, value);
    }

    private LocalDate parsedDate(String column, String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw error(column, "'" + value + "' không phải là ngày dạng yyyy-MM-dd");
      }
    }

    double number(String column) {
      String value = text(column);
      Double number = parseNumber(value);
      if (number == null) {
        throw error(column, "'" + value + "' không phải là số (dấu chấm thập phân)");
      }
      return number;
    }

    /** A decimal number as written in a profile (a dot as decimal separator); null if it is not one. */
    static Double parseNumber(String text) {
      try {
        return new BigDecimal(text.strip()).doubleValue();
      } catch (NumberFormatException e) {
        return null;
      }
    }

    Long optionalInteger(String column) {
      String value = optionalText(column);
      return value == null ? null : integer(column, value);
    }

    long integer(String column) {
      return integer(column, text(column));
    }

    private long integer(String column, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw error(column, "'" + value + "' không phải là số nguyên");
      }
    }

    /** A value that must be one of {@code allowed}. */
    String oneOf(String column, List<String> allowed) {
      String value = text(column);
      if (!allowed.contains(value)) {
        throw error(column, "'" + value + "' không phải là một trong " + String.join(", ", allowed));
      }
      return value;
    }

    ProfileException error(String column, String reason) {
      return error("cột " + column + ": " + reason);
    }

    ProfileException error(String reason) {
      return ProfileCsv.error(path, line, reason);
    }
  }

  /** Reads {@code path}; null when the file is absent and optional. */
  static ProfileCsv read(Path directory, ProfileFile file) {
    Path path = directory.resolve(file.fileName());
    if (!Files.isRegularFile(path)) {
      if (file.required()) {
        throw new ProfileException(path + ": hồ sơ tham chiếu thiếu tệp bắt buộc " + file.fileName()
            + " (cần có " + String.join(", ", ProfileFile.requiredFileNames()) + ")");
      }
      return null;
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (CharacterCodingException e) {
      throw new ProfileException(path + ": không phải là văn bản UTF-8");
    } catch (IOException e) {
      throw new ProfileException(path + ": không đọc được tệp (" + e.getMessage() + ")");
    }
    return parse(path, file, text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static ProfileCsv parse(Path path, ProfileFile file, String text) {
    List<String> lines = text.lines().toList();
    int comments = 0;
    while (comments < lines.size() && (lines.get(comments).isBlank() || lines.get(comments).strip().startsWith("#"))) {
      comments++;
    }
    if (comments == lines.size()) {
      throw new ProfileException(path + ": không có dòng tiêu đề (" + String.join(",", file.columns()) + ")");
    }
    String body = String.join("\n", lines.subList(comments, lines.size()));
    List<String[]> records = new ArrayList<>();
    List<Long> starts = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(body)) {
      while (true) {
        long line = it.getParser().currentLocation().getLineNr() + comments;
        if (!it.hasNext()) {
          break;
        }
        starts.add(line);
        records.add(it.next());
      }
    } catch (IOException | RuntimeException e) {
      throw new ProfileException(path + ": không đọc được CSV (" + e.getMessage() + ")");
    }
    long headerLine = comments + 1;
    List<String> header = header(path, file, headerLine, records.get(0));
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      String[] values = records.get(i);
      long line = starts.get(i);
      if (values.length == 0 || values.length == 1 && values[0].isBlank()) {
        continue;
      }
      if (values[0].strip().startsWith("#")) {
        throw error(path, line, "dòng chú thích ('#') chỉ được đặt ở đầu tệp, trên dòng tiêu đề");
      }
      if (values.length != header.size()) {
        throw error(path, line, "có " + values.length + " giá trị, dòng tiêu đề có " + header.size() + " cột");
      }
      Map<String, String> byColumn = new LinkedHashMap<>();
      for (int c = 0; c < values.length; c++) {
        byColumn.put(header.get(c), values[c]);
      }
      rows.add(new Row(path, line, byColumn));
    }
    return new ProfileCsv(path, file, comments, List.copyOf(header), List.copyOf(rows));
  }

  private static List<String> header(Path path, ProfileFile file, long line, String[] cells) {
    List<String> header = new ArrayList<>();
    for (String cell : cells) {
      String column = cell.strip().toLowerCase(Locale.ROOT);
      if (!file.columns().contains(column)) {
        throw error(path, line, "cột lạ '" + cell.strip() + "' (các cột của " + file.fileName() + ": "
            + String.join(", ", file.columns()) + ")");
      }
      if (header.contains(column)) {
        throw error(path, line, "cột " + column + " có hai lần");
      }
      header.add(column);
    }
    List<String> missing = file.requiredColumns().stream().filter(c -> !header.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw error(path, line, "thiếu cột bắt buộc " + String.join(", ", missing));
    }
    return header;
  }

  private static ProfileException error(Path path, long line, String reason) {
    return new ProfileException(path + ", dòng " + line + ": " + reason);
  }
}
