package vn.phuly.thanthien.generate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code _planted.json}: what the generator wrote (files with their row counts), the bad rows it
 * planted on purpose, and the story units. Ingest tests check that exactly the planted rows are
 * quarantined and that rows reconcile.
 */
@JsonPropertyOrder({"seed", "scale", "fromYear", "toYear", "files", "planted", "story"})
public record PlantedManifest(
    long seed,
    Scale scale,
    int fromYear,
    int toYear,
    List<WrittenFile> files,
    List<PlantedRow> planted,
    Map<String, StoryUnit> story) {

  public static final String FILE_NAME = "_planted.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  /** Data records written for a source, over all its files. */
  public long rows(String source) {
    return files.stream().filter(f -> f.source().equals(source)).mapToLong(WrittenFile::rows).sum();
  }

  public List<WrittenFile> files(String source) {
    return files.stream().filter(f -> f.source().equals(source)).toList();
  }

  public List<PlantedRow> planted(String source) {
    return planted.stream().filter(p -> p.source().equals(source)).toList();
  }

  public static PlantedManifest read(Path file) {
    try {
      return JSON.readValue(file.toFile(), PlantedManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  void write(Path file) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    try {
      Files.writeString(file, JSON.writer(printer).writeValueAsString(this) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }
}
