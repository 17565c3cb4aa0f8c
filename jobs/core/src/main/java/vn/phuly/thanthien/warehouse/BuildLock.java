package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import vn.phuly.thanthien.FileModes;

/**
 * One build of a warehouse at a time: {@code .<name>.lock} beside the published file, an OS lock
 * (fcntl) that dies with its process, even by SIGKILL. Two builds at once would race on the
 * history and the mart export. A second build waits up to its bound, then is refused with
 * {@link WarehouseBusyException} (exit 1). Holding the lock, a build also removes what killed
 * builds left: their {@code <name>.building-*} files (a live build holds the lock, so none is in use).
 */
public final class BuildLock implements AutoCloseable {
  private static final long RETRY_MILLIS = 200;

  /** Told once, when the lock is held by another build and this one starts to wait. */
  @FunctionalInterface
  public interface Waiting {
    void waiting(Path warehouse, Duration bound);
  }

  private final FileChannel channel;
  private final Path file;

  private BuildLock(FileChannel channel, Path file) {
    this.channel = channel;
    this.file = file;
  }

  /** The lock of {@code warehouse}, waiting at most {@code bound} for the build that holds it. */
  public static BuildLock acquire(Path warehouse, Duration bound, Waiting waiting) {
    Path target = warehouse.toAbsolutePath();
    Path file = target.resolveSibling("." + target.getFileName() + ".lock");
    try {
      FileModes.createFolders(target.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileModes.restrict(file);
      long deadline = System.nanoTime() + bound.toNanos();
      boolean told = false;
      while (tryLock(channel) == null) {
        if (System.nanoTime() - deadline >= 0) {
          channel.close();
          throw new WarehouseBusyException(target, bound);
        }
        if (!told) {
          waiting.waiting(target, bound);
          told = true;
        }
        Thread.sleep(RETRY_MILLIS);
      }
      removeLeftovers(target);
      return new BuildLock(channel, file);
    } catch (IOException e) {
      throw new WarehouseBusyException(target, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WarehouseBusyException(target, e);
    }
  }

  /** Removes the temporary mart folders ({@code <martsDir>/.building-*}) of killed builds. */
  public void removeExportLeftovers(Path martsDir) throws IOException {
    if (!Files.isDirectory(martsDir)) {
      return;
    }
    List<Path> leftovers;
    try (Stream<Path> children = Files.list(martsDir)) {
      leftovers = children.filter(f -> f.getFileName().toString().startsWith(MartExport.TEMP_PREFIX)).toList();
    }
    for (Path leftover : leftovers) {
      Warehouse.deleteTree(leftover);
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new WarehouseBusyException(file, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private static void removeLeftovers(Path target) throws IOException {
    String prefix = target.getFileName() + ".building-";
    List<Path> leftovers;
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      leftovers = siblings.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    }
    for (Path leftover : leftovers) {
      Files.deleteIfExists(leftover);
    }
  }
}
