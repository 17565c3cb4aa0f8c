package vn.phuly.thanthien.lake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.FileModes;

/** The lake's JSON files (ledger, run manifests): snake_case, pretty, ISO dates, written atomically. */
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

  /** Temp file in the target's folder, then an atomic rename: readers see the old file or the new one, never half. */
  static void write(Path target, Object value) {
    Path folder = target.getParent();
    try {
      FileModes.createFolders(folder);
      Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
      try {
        MAPPER.writeValue(temp.toFile(), value);
        FileModes.restrict(temp);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new LakeException("cannot write " + target, e);
    }
  }

  static <T> T read(Path file, Class<T> type) {
    try {
      return MAPPER.readValue(file.toFile(), type);
    } catch (IOException e) {
      throw new BadInputException("Không đọc được " + file + " / Cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
