package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * A deliberately simple, independent reader of landing files for tests: splits standard CSV
 * (quotes, doubled quotes) and JSON Lines into records of contract column name → raw text, with
 * the physical line number. It maps headers through the contract's labels, ignoring diacritics.
 */
final class LandingReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One data record; {@code parseError} when the JSON line does not parse. */
  record Record(long line, Map<String, String> fields, boolean parseError) {}

  private LandingReader() {}

  static String text(Path root, WrittenFile file) throws IOException {
    byte[] bytes = Files.readAllBytes(root.resolve(file.file()));
    String text = new String(bytes, Charset.forName(file.encoding()));
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static List<String> lines(Path root, WrittenFile file) throws IOException {
    return List.of(text(root, file).split("\r?\n"));
  }

  static List<Record> records(Path root, WrittenFile file, DatasetContract contract) throws IOException {
    List<String> lines = lines(root, file);
    List<Record> records = new ArrayList<>();
    if (file.file().endsWith(".jsonl")) {
      for (int i = 0; i < lines.size(); i++) {
        records.addAll(explode(i + 1, lines.get(i), contract));
      }
      return records;
    }
    char separator = lines.get(0).contains(";") ? ';' : ',';
    List<String> header = split(lines.get(0), separator);
    List<String> columns = new ArrayList<>();
    for (String label : header) {
      columns.add(columnFor(label, contract));
    }
    for (int i = 1; i < lines.size(); i++) {
      List<String> values = split(lines.get(i), separator);
      Map<String, String> fields = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        fields.put(columns.get(c), c < values.size() ? values.get(c) : null);
      }
      records.add(new Record(i + 1, fields, false));
    }
    return records;
  }

  private static String columnFor(String label, DatasetContract contract) {
    String folded = Vietnamese.fold(label);
    for (Column column : contract.columns()) {
      for (String l : column.labels()) {
        if (Vietnamese.fold(l).equals(folded)) {
          return column.name();
        }
      }
    }
    throw new AssertionError("header '" + label + "' matches no column of " + contract.dataset());
  }

  private static List<Record> explode(long line, String text, DatasetContract contract) {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (IOException e) {
      return List.of(new Record(line, Map.of(), true));
    }
    String array = contract.explode();
    List<JsonNode> elements = new ArrayList<>();
    node.path(array).forEach(elements::add);
    if (elements.isEmpty()) {
      elements.add(JSON.createObjectNode());
    }
    List<Record> records = new ArrayList<>();
    for (JsonNode element : elements) {
      Map<String, String> fields = new LinkedHashMap<>();
      for (Column column : contract.columns()) {
        String path = column.json();
        JsonNode value =
            path.startsWith(array + ".") ? element.get(path.substring(array.length() + 1)) : node.get(path);
        fields.put(column.name(), value == null || value.isNull() ? null : value.asText());
      }
      records.add(new Record(line, fields, false));
    }
    return records;
  }

  /** Standard CSV: a field in quotes may hold the separator, a doubled quote is one quote. */
  static List<String> split(String line, char separator) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == separator) {
        fields.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }
}
