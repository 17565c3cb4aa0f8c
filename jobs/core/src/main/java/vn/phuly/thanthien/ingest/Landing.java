package vn.phuly.thanthien.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.fs.Locations;

/**
 * The landing zone: {@code landing/<source>/<YYYY-MM-DD>/*.csv|*.jsonl}, read, never modified, on
 * any Hadoop file system ({@code file:}, {@code hdfs:}, {@code s3a:}). Nothing in it is ignored in
 * silence: every entry that is not read — a folder that is no source or no landing day, a file
 * outside a landing day or of an extension its source does not read — is a {@link LandingNotice}.
 * Only hidden names (starting with {@code .} or {@code _}: uploads in progress, notes beside the
 * exports) are passed over without a word, as Hadoop and Spark do.
 */
public final class Landing {
  /**
   * By the names' UTF-8 bytes, whatever order the file system lists them in: the order of a local
   * folder's entries as paths (as strings, a letter beyond U+FFFF would sort otherwise).
   */
  private static final Comparator<FileStatus> BY_NAME =
      (a, b) -> Arrays.compareUnsigned(utf8(a.getPath().getName()), utf8(b.getPath().getName()));

  private Landing() {}

  /** The landing days of a source, oldest first; other folders are {@link #outsideDays}. */
  public static List<LocalDate> days(Path landingRoot, Configuration conf, String source) {
    return list(new Path(landingRoot, source), conf).stream()
        .filter(FileStatus::isDirectory)
        .map(entry -> parseDay(entry.getPath().getName()))
        .flatMap(Optional::stream)
        .sorted()
        .toList();
  }

  /** The data files of one landing day (the extensions its source reads), sorted by name. */
  public static List<Path> files(Path landingRoot, Configuration conf, DatasetContract contract, LocalDate day) {
    return list(dayDirectory(landingRoot, contract.source(), day), conf).stream()
        .filter(FileStatus::isFile)
        .map(FileStatus::getPath)
        .filter(file -> contract.formats().contains(extension(file)))
        .toList();
  }

  public static Path dayDirectory(Path landingRoot, String source, LocalDate day) {
    return new Path(new Path(landingRoot, source), day.toString());
  }

  /** What lies directly under the landing root and belongs to no source of {@code sources}. */
  static List<LandingNotice> outsideSources(Path landingRoot, Configuration conf, List<String> sources) {
    List<LandingNotice> notices = new ArrayList<>();
    for (FileStatus entry : list(landingRoot, conf)) {
      String name = entry.getPath().getName();
      if (!entry.isDirectory()) {
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
  static List<LandingNotice> outsideDays(Path landingRoot, Configuration conf, String source) {
    List<LandingNotice> notices = new ArrayList<>();
    for (FileStatus entry : list(new Path(landingRoot, source), conf)) {
      String path = relative(landingRoot, entry.getPath());
      if (!entry.isDirectory()) {
        notices.add(LandingNotice.skipped(source, path, "a file outside every landing day folder",
            "tệp nằm ngoài các thư mục ngày landing"));
      } else if (parseDay(entry.getPath().getName()).isEmpty()) {
        notices.add(LandingNotice.skipped(source, path,
            "not a landing day: a landing day's folder is named YYYY-MM-DD",
            "không phải ngày landing: tên thư mục ngày phải có dạng YYYY-MM-DD"));
      }
    }
    return notices;
  }

  /** What a landing day holds that its source does not read. */
  static List<LandingNotice> unread(Path landingRoot, Configuration conf, DatasetContract contract, LocalDate day) {
    String source = contract.source();
    String reads = String.join(", ", contract.formats().stream().map(f -> "." + f).toList());
    List<LandingNotice> notices = new ArrayList<>();
    for (FileStatus entry : list(dayDirectory(landingRoot, source, day), conf)) {
      String path = relative(landingRoot, entry.getPath());
      String extension = extension(entry.getPath());
      if (entry.isDirectory()) {
        notices.add(LandingNotice.skipped(source, path, "a folder inside a landing day: only the day's own files are read",
            "thư mục con trong ngày landing: chỉ các tệp của chính ngày đó được đọc"));
      } else if (!entry.isFile()) {
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

  /**
   * Where an entry lies under the landing root, with forward slashes ({@code source_file}): the
   * same whatever the scheme and authority the root was written with.
   */
  static String relative(Path landingRoot, Path entry) {
    String root = landingRoot.toUri().getPath();
    String base = root.endsWith("/") ? root : root + "/";
    String path = entry.toUri().getPath();
    if (!path.startsWith(base)) {
      throw new IllegalArgumentException(entry + " is not under the landing folder " + landingRoot);
    }
    return path.substring(base.length());
  }

  private static String extension(Path file) {
    String name = file.getName().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** Whether the landing root is a folder (on its file system: local, HDFS, S3). */
  public static boolean exists(Path root, Configuration conf) {
    try {
      return Locations.fileSystem(root, conf).getFileStatus(root).isDirectory();
    } catch (FileNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new BadInputException(root + ": cannot reach the landing folder: " + e.getMessage(), e);
    }
  }

  /** The entries of a folder that are not hidden, sorted by name; none when it does not exist. */
  private static List<FileStatus> list(Path dir, Configuration conf) {
    FileSystem fs = Locations.fileSystem(dir, conf);
    try {
      // listStatus of a file is that file: the folder must be one
      if (!fs.getFileStatus(dir).isDirectory()) {
        return List.of();
      }
      return Arrays.stream(fs.listStatus(dir)).filter(entry -> !isHidden(entry)).sorted(BY_NAME).toList();
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new BadInputException(dir + ": cannot list the landing folder: " + e.getMessage(), e);
    }
  }

  private static boolean isHidden(FileStatus entry) {
    String name = entry.getPath().getName();
    return name.startsWith(".") || name.startsWith("_");
  }

  private static byte[] utf8(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }

  private static Optional<LocalDate> parseDay(String name) {
    try {
      return Optional.of(LocalDate.parse(name));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
