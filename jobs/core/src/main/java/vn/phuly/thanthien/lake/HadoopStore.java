package vn.phuly.thanthien.lake;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CommonPathCapabilities;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import vn.phuly.thanthien.fs.Locations;

/**
 * A lake on any Hadoop file system (HDFS, S3A). Modes come from the session's Hadoop umask
 * ({@code fs.permissions.umask-mode}, Sparks: 027, so 0640 files and 0750 folders where the file
 * system keeps modes at all). Hadoop's {@code rename} answers false instead of throwing: every
 * answer is checked.
 */
final class HadoopStore implements LakeStore {
  private final Path root;
  private final Configuration conf;
  private final FileSystem fs;

  HadoopStore(Path root, Configuration conf) {
    this.root = root;
    this.conf = conf;
    this.fs = Locations.fileSystem(root, conf);
  }

  @Override
  public boolean isFile(Path file) {
    FileStatus status = status(file);
    return status != null && status.isFile();
  }

  @Override
  public boolean isFolder(Path folder) {
    FileStatus status = status(folder);
    return status != null && status.isDirectory();
  }

  @Override
  public List<Path> files(Path folder) {
    return children(folder, FileStatus::isFile);
  }

  @Override
  public List<Path> folders(Path folder) {
    return children(folder, FileStatus::isDirectory);
  }

  @Override
  public List<Path> filesBelow(Path folder) {
    if (!isFolder(folder)) {
      return List.of();
    }
    try {
      List<Path> files = new ArrayList<>();
      // one listing of the whole tree: on S3 a few LIST requests, not one per folder
      RemoteIterator<LocatedFileStatus> found = fs.listFiles(folder, true);
      while (found.hasNext()) {
        files.add(found.next().getPath());
      }
      files.sort(null);
      return files;
    } catch (IOException e) {
      throw new LakeException("cannot list " + folder, e);
    }
  }

  @Override
  public void createFolders(Path folder) {
    try {
      if (!fs.mkdirs(folder)) {
        throw new LakeException("cannot create " + folder);
      }
    } catch (IOException e) {
      throw new LakeException("cannot create " + folder, e);
    }
  }

  /** On S3A a copy then a delete: not atomic, but the file is not in the lake until a ledger entry lists it. */
  @Override
  public void move(Path from, Path to) {
    try {
      createFolders(to.getParent());
      if (fs.exists(to)) {
        throw new LakeException("lake file already exists, refusing to overwrite: " + to);
      }
      if (!fs.rename(from, to)) {
        throw new LakeException("cannot move " + from + " to " + to + " (the file system refused the rename)");
      }
    } catch (IOException e) {
      throw new LakeException("cannot move " + from + " to " + to, e);
    }
  }

  /**
   * Where a file system's output streams can be aborted (S3A: an object appears only when its
   * upload completes, whole, and an overwrite is seen old or new), the target itself is written,
   * and aborted on failure. Elsewhere (HDFS), a temp file in the target's folder renamed over it
   * by {@code FileContext.rename(OVERWRITE)}, atomic in the name node. Not the rename on S3A: its
   * FileContext deletes the target before copying the temp, and a crash between the two would
   * lose a committed ledger entry.
   */
  @Override
  public void replaceWhole(Path target, byte[] content) {
    try {
      createFolders(target.getParent());
      if (fs.hasPathCapability(target, CommonPathCapabilities.ABORTABLE_STREAM)) {
        writeOrAbort(target, content);
      } else {
        Path temp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
          write(temp, content);
          FileContext.getFileContext(root.toUri(), conf).rename(temp, target, Options.Rename.OVERWRITE);
        } finally {
          fs.delete(temp, false);
        }
      }
    } catch (IOException e) {
      throw new LakeException("cannot write " + target, e);
    }
  }

  @Override
  public InputStream open(Path file) {
    try {
      return fs.open(file);
    } catch (IOException e) {
      throw new LakeException("cannot open " + file, e);
    }
  }

  @Override
  public void delete(Path file) {
    try {
      fs.delete(file, false);
    } catch (FileNotFoundException e) {
      // already gone
    } catch (IOException e) {
      throw new LakeException("cannot delete " + file, e);
    }
  }

  /** Lists before deleting: file systems differ in how they refuse a non-empty folder. */
  @Override
  public boolean deleteIfEmpty(Path folder) {
    try {
      return fs.listStatus(folder).length == 0 && fs.delete(folder, false);
    } catch (FileNotFoundException e) {
      // an object store has no folder once its last object is gone
      return true;
    } catch (IOException e) {
      throw new LakeException("cannot delete " + folder, e);
    }
  }

  @Override
  public void deleteTree(Path folder) {
    try {
      fs.delete(folder, true);
    } catch (IOException e) {
      throw new LakeException("cannot delete " + folder, e);
    }
  }

  private void write(Path file, byte[] content) throws IOException {
    try (FSDataOutputStream out = fs.create(file, true)) {
      out.write(content);
    }
  }

  private void writeOrAbort(Path file, byte[] content) throws IOException {
    FSDataOutputStream out = fs.create(file, true);
    try {
      out.write(content);
    } catch (IOException | RuntimeException e) {
      out.abort();
      throw e;
    }
    out.close();
  }

  private FileStatus status(Path path) {
    try {
      return fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      return null;
    } catch (IOException e) {
      throw new LakeException("cannot read the status of " + path, e);
    }
  }

  private List<Path> children(Path folder, Predicate<FileStatus> kind) {
    if (!isFolder(folder)) {
      return List.of();
    }
    try {
      return Arrays.stream(fs.listStatus(folder)).filter(kind).map(FileStatus::getPath).sorted().toList();
    } catch (FileNotFoundException e) {
      return List.of();
    } catch (IOException e) {
      throw new LakeException("cannot list " + folder, e);
    }
  }
}
