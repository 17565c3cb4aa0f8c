package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/** One JSON Lines record of an export, with the overrides that plant a fault in it. */
final class JsonRecord {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRecord() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /**
   * The record as one line after its overrides: {@code "-field"} removes a top-level field,
   * {@code "<array>.<field>"} sets a field of the array's first element, anything else sets a
   * top-level field.
   */
  static String line(ObjectNode record, String array, Map<String, String> overrides) {
    if (overrides != null) {
      String element = array + ".";
      overrides.forEach(
          (field, value) -> {
            if (field.startsWith("-")) {
              record.remove(field.substring(1));
            } else if (field.startsWith(element)) {
              ((ObjectNode) record.get(array).get(0)).put(field.substring(element.length()), value);
            } else {
              record.put(field, value);
            }
          });
    }
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
