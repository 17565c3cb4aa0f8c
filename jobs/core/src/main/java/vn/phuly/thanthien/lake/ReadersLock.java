package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import vn.phuly.thanthien.FileModes;

/**
 * {@code _readers.lock}: a build holds it shared while it reads the files its snapshot of the
 * ledgers lists; the writer deletes a replaced day's files, or orphans, only while it can hold it
 * exclusively, and otherwise leaves them to the next ingest. So a file is never deleted under a
 * reader that may still read it, and the writer never waits for a reader. OS locks (fcntl): the
 * lock dies with its process, even by SIGKILL. Within one JVM a second lock on the file is an
 * {@link OverlappingFileLockException}, which counts as "held" both ways.
 */
final class ReadersLock {
  private static final long RETRY_MILLIS = 50;

  private ReadersLock() {}

  /**
   * Shared, for a reader: waits while the writer deletes (it holds the lock only for that).
   */
  static Lake.ReadLock shared(Path file) {
    FileChannel channel = open(file);
    try {
      while (true) {
        FileLock lock = tryLock(channel, true);
        if (lock != null) {
          return () -> close(channel, file);
        }
        Thread.sleep(RETRY_MILLIS);
      }
    } catch (InterruptedException e) {
      close(channel, file);
      Thread.currentThread().interrupt();
      throw new LakeException("interrupted while waiting for " + file);
    } catch (RuntimeException e) {
      close(channel, file);
      throw e;
    }
  }

  /** Runs {@code deletion} holding the lock exclusively, if no reader holds it; returns whether it ran. */
  static boolean whenNoReader(Path file, Runnable deletion) {
    FileChannel channel = open(file);
    try {
      if (tryLock(channel, false) == null) {
        return false;
      }
      deletion.run();
      return true;
    } finally {
      close(channel, file);
    }
  }

  private static FileLock tryLock(FileChannel channel, boolean shared) {
    try {
      return channel.tryLock(0, Long.MAX_VALUE, shared);
    } catch (OverlappingFileLockException e) {
      return null;
    } catch (IOException e) {
      throw new LakeException("cannot lock the lake's readers' lock", e);
    }
  }

  private static FileChannel open(Path file) {
    try {
      FileModes.createFolders(file.getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileModes.restrict(file);
      return channel;
    } catch (IOException e) {
      throw new LakeException("cannot open " + file, e);
    }
  }

  private static void close(FileChannel channel, Path file) {
    try {
      channel.close();
    } catch (IOException e) {
      throw new LakeException("cannot release " + file, e);
    }
  }
}
