package vn.phuly.thanthien.lake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.BadInputException;

/** The lake's JSON files (ledger, run manifests): snake_case, pretty, ISO dates, written whole or not at all. */
final class LakeJson {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      // a newer writer may add fields; old readers (build) must still read the lake
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private LakeJson() {}

  /** Readers see the old file or the new one, never half ({@link LakeStore#replaceWhole}). */
  static void write(LakeStore store, Path target, Object value) {
    byte[] json;
    try {
      json = MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new LakeException("cannot write " + target, e);
    }
    store.replaceWhole(target, json);
  }

  static <T> T read(LakeStore store, Path file, Class<T> type) {
    try (InputStream in = store.open(file)) {
      return MAPPER.readValue(in, type);
    } catch (IOException e) {
      throw new BadInputException("Không đọc được " + file + " / Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
