package vn.phuly.thanthien.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The landing zone: {@code landing/<source>/<YYYY-MM-DD>/*.csv|*.jsonl}, read, never modified. */
public final class Landing {
  private Landing() {}

  /** The landing days of a source, oldest first; folders not named as a date are ignored. */
  public static List<LocalDate> days(Path landingRoot, String source) {
    Path dir = landingRoot.resolve(source);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(Files::isDirectory)
          .map(p -> parseDay(p.getFileName().toString()))
          .flatMap(Optional::stream)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  /** The data files of one landing day, sorted by name. */
  public static List<Path> files(Path landingRoot, String source, LocalDate day) {
    Path dir = dayDirectory(landingRoot, source, day);
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isRegularFile).filter(Landing::isDataFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
  }

  public static Path dayDirectory(Path landingRoot, String source, LocalDate day) {
    return landingRoot.resolve(source).resolve(day.toString());
  }

  static String format(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") ? "csv" : "jsonl";
  }

  private static boolean isDataFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".jsonl");
  }

  private static Optional<LocalDate> parseDay(String name) {
    try {
      return Optional.of(LocalDate.parse(name));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
