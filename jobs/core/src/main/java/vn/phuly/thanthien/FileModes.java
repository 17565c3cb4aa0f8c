package vn.phuly.thanthien;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The modes of what {@code ingest} and {@code build} write (issue 11 item 7): pseudonymised records
 * are still personal data, so files are 0640 and folders 0750 (owner and group only; the group is
 * the analysts', docs/runbook.md), whatever the caller's umask. Set explicitly after each file or
 * folder is created; on a filesystem without POSIX modes nothing is done.
 */
public final class FileModes {
  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r-----");
  public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-x---");
  /** The Hadoop umask that makes Spark's writes the same modes (files 0666 & ~027, folders 0777 & ~027). */
  public static final String HADOOP_UMASK = "027";
  private static final int SETGID = 02000;
  private static final int FOLDER_BITS = 0750;

  private FileModes() {}

  /**
   * {@link Files#createDirectories}, every folder it creates then set to 0750; folders that already
   * existed keep their mode (the lake's or the warehouse's parent may be the operator's).
   */
  public static Path createFolders(Path folder) {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path f = folder.toAbsolutePath(); f != null && !Files.exists(f); f = f.getParent()) {
      missing.push(f);
    }
    try {
      Files.createDirectories(folder);
      for (Path created : missing) {
        setFolder(created);
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder, e);
    }
  }

  /** Sets a file we wrote to 0640. */
  public static Path restrict(Path file) {
    set(file, FILE);
    return file;
  }

  /**
   * Takes the group of its folder when that folder is setgid: what the kernel does for a file
   * created there, undone by a rename from elsewhere (Spark writes in the run's staging folder,
   * whose modes Hadoop sets). Where the owner cannot give the file that group, it keeps its own:
   * less access, never more.
   */
  public static void groupOfFolder(Path file) {
    Path folder = file.getParent();
    if (folder == null || !file.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      return;
    }
    try {
      if (((Integer) Files.getAttribute(folder, "unix:mode") & SETGID) != 0) {
        GroupPrincipal group = Files.readAttributes(folder, PosixFileAttributes.class).group();
        Files.getFileAttributeView(file, PosixFileAttributeView.class).setGroup(group);
      }
    } catch (IOException e) {
      // not a member of the folder's group: the file keeps the owner's group
    }
  }

  /**
   * 0750, keeping the setgid bit the folder inherited from a setgid parent (docs/runbook.md: the
   * analysts' group is given to everything below the lake that way); a plain chmod would clear it.
   */
  private static void setFolder(Path folder) throws IOException {
    if (!folder.getFileSystem().supportedFileAttributeViews().contains("unix")) {
      set(folder, FOLDER);
      return;
    }
    int mode = (Integer) Files.getAttribute(folder, "unix:mode");
    Files.setAttribute(folder, "unix:mode", (mode & SETGID) | FOLDER_BITS);
  }

  private static void set(Path path, Set<PosixFilePermission> mode) {
    if (!path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.setPosixFilePermissions(path, mode);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set the mode of " + path, e);
    }
  }
}
