package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;

/**
 * {@code _readers.lock}: a build holds it shared while it reads the files its snapshot of the
 * ledgers lists; the writer deletes a replaced day's files, or orphans, only while it can hold it
 * exclusively, and otherwise leaves them to the next ingest. So a file is never deleted under a
 * reader that may still read it, and the writer never waits for a reader. OS locks (fcntl): the
 * lock dies with its process, even by SIGKILL. Within one JVM a second lock on the file is an
 * {@link OverlappingFileLockException}, which counts as "held" both ways. Where the file is:
 * {@link LockFiles}.
 */
final class ReadersLock {
  private static final long RETRY_MILLIS = 50;

  private ReadersLock() {}

  /**
   * Shared, for a reader: waits while the writer deletes (it holds the lock only for that).
   */
  static Lake.ReadLock shared(LockFiles locks) {
    FileChannel channel = locks.open(Lake.READERS);
    try {
      while (true) {
        FileLock lock = tryLock(channel, true);
        if (lock != null) {
          return () -> close(channel, locks);
        }
        Thread.sleep(RETRY_MILLIS);
      }
    } catch (InterruptedException e) {
      close(channel, locks);
      Thread.currentThread().interrupt();
      throw new LakeException("interrupted while waiting for " + locks.file(Lake.READERS));
    } catch (RuntimeException e) {
      close(channel, locks);
      throw e;
    }
  }

  /** Runs {@code deletion} holding the lock exclusively, if no reader holds it; returns whether it ran. */
  static boolean whenNoReader(LockFiles locks, Runnable deletion) {
    FileChannel channel = locks.open(Lake.READERS);
    try {
      if (tryLock(channel, false) == null) {
        return false;
      }
      deletion.run();
      return true;
    } finally {
      close(channel, locks);
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

  private static void close(FileChannel channel, LockFiles locks) {
    try {
      channel.close();
    } catch (IOException e) {
      throw new LakeException("cannot release " + locks.file(Lake.READERS), e);
    }
  }
}
