package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.FileModes;

/**
 * Publishes a DuckDB file atomically. The new warehouse is built as {@code
 * <target>.building-<pid>-<n>} next to the target and renamed over it only when complete, so a
 * reader holding the published file open read-only neither blocks the build (DuckDB locks per
 * file, ENGINEERING-NOTES trap 8) nor sees a half-built warehouse: it keeps reading the file it
 * opened. The replaced file is kept as {@code .history/<name>-<timestamp>.duckdb}.
 */
public final class Publisher {
  public static final int HISTORY_KEPT = 5;
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

  /** Work on the building file; it must leave the file closed and complete. */
  @FunctionalInterface
  public interface Build {
    void into(Path building) throws Exception;
  }

  private final Path target;

  public Publisher(Path target) {
    this.target = target.toAbsolutePath();
  }

  public Path target() {
    return target;
  }

  Path historyDir() {
    return target.resolveSibling(".history");
  }

  /**
   * Builds into a new file and swaps it in. On any failure the building file is deleted and the
   * published file is untouched.
   */
  public void publish(Build build) throws Exception {
    FileModes.createFolders(target.getParent());
    Path building =
        target.resolveSibling(target.getFileName() + ".building-" + ProcessHandle.current().pid() + "-" + BUILDS.incrementAndGet());
    try {
      build.into(building);
      // DuckDB creates its file with the umask's mode
      FileModes.restrict(building);
      keepPublishedInHistory();
      Files.move(building, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(building);
      Files.deleteIfExists(building.resolveSibling(building.getFileName() + ".wal"));
    }
    pruneHistory();
  }

  /** Puts the newest history file back in place of the published one. */
  public Path rollback() throws IOException {
    Path newest =
        newestHistory()
            .orElseThrow(() -> new BadInputException(historyDir() + ": không có bản kho dữ liệu cũ để khôi phục"));
    Files.move(newest, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return newest;
  }

  /** The history files of this target, oldest first. */
  public List<Path> history() {
    Path dir = historyDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    String prefix = stem() + "-";
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(".duckdb"))
          .sorted(Comparator.comparing(f -> f.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hard link (a copy where links are unsupported) keeps the published file reachable through
   * the rename that replaces it; there is never a moment without a published file.
   */
  private void keepPublishedInHistory() throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    FileModes.createFolders(historyDir());
    String stamp = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path kept = null;
    for (int n = 0; kept == null || Files.exists(kept); n++) {
      kept = historyDir().resolve(String.format("%s-%s-%02d.duckdb", stem(), stamp, n));
    }
    try {
      Files.createLink(kept, target);
    } catch (UnsupportedOperationException | IOException e) {
      FileModes.restrict(Files.copy(target, kept));
    }
  }

  private void pruneHistory() throws IOException {
    List<Path> files = history();
    for (Path old : files.subList(0, Math.max(0, files.size() - HISTORY_KEPT))) {
      Files.deleteIfExists(old);
    }
  }

  private String stem() {
    String name = target.getFileName().toString();
    return name.endsWith(".duckdb") ? name.substring(0, name.length() - ".duckdb".length()) : name;
  }

  /** The newest history file, if any. */
  public Optional<Path> newestHistory() {
    List<Path> files = history();
    return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
  }
}
