package vn.phuly.thanthien.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * The landing zone: {@code landing/<source>/<YYYY-MM-DD>/*.csv|*.jsonl}, read, never modified.
 * Nothing in it is ignored in silence: every entry that is not read — a folder that is no source
 * or no landing day, a file outside a landing day or of an extension its source does not read — is
 * a {@link LandingNotice}. Only hidden names (starting with {@code .} or {@code _}: uploads in
 * progress, notes beside the exports) are passed over without a word, as Hadoop and Spark do.
 */
public final class Landing {
  private Landing() {}

  /** The landing days of a source, oldest first; other folders are {@link #outsideDays}. */
  public static List<LocalDate> days(Path landingRoot, String source) {
    return list(landingRoot.resolve(source)).stream()
        .filter(Files::isDirectory)
        .map(p -> parseDay(p.getFileName().toString()))
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  /** The data files of one landing day (the extensions its source reads), sorted by name. */
  public static List<Path> files(Path landingRoot, DatasetContract contract, LocalDate day) {
    return list(dayDirectory(landingRoot, contract.source(), day)).stream()
        .filter(Files::isRegularFile)
        .filter(file -> contract.formats().contains(extension(file)))
        .toList();
  }

  public static Path dayDirectory(Path landingRoot, String source, LocalDate day) {
    return landingRoot.resolve(source).resolve(day.toString());
  }

  /** What lies directly under the landing root and belongs to no source of {@code sources}. */
  static List<LandingNotice> outsideSources(Path landingRoot, List<String> sources) {
    List<LandingNotice> notices = new ArrayList<>();
    for (Path entry : list(landingRoot)) {
      String name = entry.getFileName().toString();
      if (!Files.isDirectory(entry)) {
        notices.add(LandingNotice.skipped(name, name, "a file outside every source folder",
            "tệp nằm ngoài các thư mục nguồn"));
      } else if (!sources.contains(name)) {
        notices.add(LandingNotice.skipped(name, name,
            "not a source: the folders under landing are " + String.join(", ", sources),
            "không phải nguồn dữ liệu: các thư mục trong landing là " + String.join(", ", sources)));
      }
    }
    return notices;
  }

  /** What a source's folder holds besides its landing days. */
  static List<LandingNotice> outsideDays(Path landingRoot, String source) {
    List<LandingNotice> notices = new ArrayList<>();
    for (Path entry : list(landingRoot.resolve(source))) {
      String path = relative(landingRoot, entry);
      if (!Files.isDirectory(entry)) {
        notices.add(LandingNotice.skipped(source, path, "a file outside every landing day folder",
            "tệp nằm ngoài các thư mục ngày landing"));
      } else if (parseDay(entry.getFileName().toString()).isEmpty()) {
        notices.add(LandingNotice.skipped(source, path,
            "not a landing day: a landing day's folder is named YYYY-MM-DD",
            "không phải ngày landing: tên thư mục ngày phải có dạng YYYY-MM-DD"));
      }
    }
    return notices;
  }

  /** What a landing day holds that its source does not read. */
  static List<LandingNotice> unread(Path landingRoot, DatasetContract contract, LocalDate day) {
    String source = contract.source();
    String reads = String.join(", ", contract.formats().stream().map(f -> "." + f).toList());
    List<LandingNotice> notices = new ArrayList<>();
    for (Path entry : list(dayDirectory(landingRoot, source, day))) {
      String path = relative(landingRoot, entry);
      String extension = extension(entry);
      if (Files.isDirectory(entry)) {
        notices.add(LandingNotice.skipped(source, path, "a folder inside a landing day: only the day's own files are read",
            "thư mục con trong ngày landing: chỉ các tệp của chính ngày đó được đọc"));
      } else if (!Files.isRegularFile(entry)) {
        notices.add(LandingNotice.skipped(source, path, "not a regular file", "không phải tệp thông thường"));
      } else if (!contract.formats().contains(extension)) {
        String what = extension.isEmpty() ? "a file without extension" : "." + extension;
        String whatVi = extension.isEmpty() ? "tệp không có phần mở rộng" : "tệp ." + extension;
        notices.add(LandingNotice.skipped(source, path, source + " reads " + reads + " files, not " + what,
            "nguồn " + source + " chỉ đọc tệp " + reads + ", không đọc " + whatVi));
      }
    }
    return notices;
  }

  /**
   * A landing day whose date cannot be right: after {@code today} (the run's clock), or before
   * {@code firstUnitDay} (no unit of the profile existed yet). It is read all the same.
   */
  static Optional<LandingNotice> dateWarning(Path landingRoot, String source, LocalDate day, LocalDate today,
      LocalDate firstUnitDay) {
    String path = relative(landingRoot, dayDirectory(landingRoot, source, day));
    if (day.isAfter(today)) {
      return Optional.of(LandingNotice.warning(source, path,
          "a landing day in the future (today is " + today + "): read all the same",
          "ngày landing ở tương lai (hôm nay là " + today + "): vẫn được nạp"));
    }
    if (firstUnitDay != null && day.isBefore(firstUnitDay)) {
      return Optional.of(LandingNotice.warning(source, path,
          "a landing day before the profile's first unit (valid from " + firstUnitDay + "): read all the same",
          "ngày landing trước đơn vị đầu tiên của hồ sơ tham chiếu (hiệu lực từ " + firstUnitDay + "): vẫn được nạp"));
    }
    return Optional.empty();
  }

  /** {@code csv} or {@code jsonl}: the format of a data file, by its extension. */
  static String format(Path file) {
    return extension(file).equals("csv") ? "csv" : "jsonl";
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** The entries of a folder that are not hidden, sorted by name; none when it does not exist. */
  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(entry -> !isHidden(entry)).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(dir + ": cannot list the landing folder: " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(Path entry) {
    String name = entry.getFileName().toString();
    return name.startsWith(".") || name.startsWith("_");
  }

  private static String relative(Path landingRoot, Path entry) {
    return landingRoot.relativize(entry).toString().replace('\\', '/');
  }

  private static Optional<LocalDate> parseDay(String name) {
    try {
      return Optional.of(LocalDate.parse(name));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
