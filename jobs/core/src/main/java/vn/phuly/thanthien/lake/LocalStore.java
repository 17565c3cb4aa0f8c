package vn.phuly.thanthien.lake;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.FileModes;
import vn.phuly.thanthien.fs.Locations;

/**
 * A lake on the local disk, through java.nio: renames are {@code ATOMIC_MOVE} (rename(2)), and
 * every file and folder the lake writes gets the lake's modes (0640, 0750) and the group of a
 * setgid lake folder (FileModes), which Hadoop's local file system does not give.
 */
final class LocalStore implements LakeStore {
  @Override
  public boolean isFile(Path file) {
    return Files.isRegularFile(Locations.local(file));
  }

  @Override
  public boolean isFolder(Path folder) {
    return Files.isDirectory(Locations.local(folder));
  }

  @Override
  public List<Path> files(Path folder) {
    return children(folder, Files::isRegularFile);
  }

  @Override
  public List<Path> folders(Path folder) {
    return children(folder, Files::isDirectory);
  }

  @Override
  public List<Path> filesBelow(Path folder) {
    java.nio.file.Path local = Locations.local(folder);
    if (!Files.isDirectory(local)) {
      return List.of();
    }
    try (Stream<java.nio.file.Path> paths = Files.walk(local)) {
      return paths.filter(Files::isRegularFile).sorted().map(file -> below(folder, local.relativize(file))).toList();
    } catch (IOException e) {
      throw new LakeException("cannot walk " + folder, e);
    }
  }

  @Override
  public void createFolders(Path folder) {
    FileModes.createFolders(Locations.local(folder));
  }

  @Override
  public void move(Path from, Path to) {
    java.nio.file.Path target = Locations.local(to);
    try {
      FileModes.createFolders(target.getParent());
      if (Files.exists(target)) {
        throw new LakeException("lake file already exists, refusing to overwrite: " + to);
      }
      Files.move(Locations.local(from), target, StandardCopyOption.ATOMIC_MOVE);
      // Spark's and the Parquet writer's files get their modes from the umask; the lake's are 0640
      FileModes.restrict(target);
      FileModes.groupOfFolder(target);
    } catch (IOException e) {
      throw new LakeException("cannot move " + from + " to " + to, e);
    }
  }

  /** Temp file in the target's folder, then an atomic rename over the target. */
  @Override
  public void replaceWhole(Path target, byte[] content) {
    java.nio.file.Path local = Locations.local(target);
    java.nio.file.Path folder = local.getParent();
    try {
      FileModes.createFolders(folder);
      java.nio.file.Path temp = Files.createTempFile(folder, "." + local.getFileName(), ".tmp");
      try {
        Files.write(temp, content);
        FileModes.restrict(temp);
        Files.move(temp, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new LakeException("cannot write " + target, e);
    }
  }

  @Override
  public InputStream open(Path file) {
    try {
      return Files.newInputStream(Locations.local(file));
    } catch (IOException e) {
      throw new LakeException("cannot open " + file, e);
    }
  }

  @Override
  public void delete(Path file) {
    try {
      Files.deleteIfExists(Locations.local(file));
    } catch (IOException e) {
      throw new LakeException("cannot delete " + file, e);
    }
  }

  @Override
  public boolean deleteIfEmpty(Path folder) {
    try {
      Files.delete(Locations.local(folder));
      return true;
    } catch (DirectoryNotEmptyException e) {
      return false;
    } catch (IOException e) {
      throw new LakeException("cannot delete " + folder, e);
    }
  }

  @Override
  public void deleteTree(Path folder) {
    try (Stream<java.nio.file.Path> paths = Files.walk(Locations.local(folder))) {
      for (java.nio.file.Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new LakeException("cannot delete " + folder, e);
    }
  }

  private static List<Path> children(Path folder, Predicate<java.nio.file.Path> kind) {
    java.nio.file.Path local = Locations.local(folder);
    if (!Files.isDirectory(local)) {
      return List.of();
    }
    try (Stream<java.nio.file.Path> children = Files.list(local)) {
      return children.filter(kind).sorted().map(child -> below(folder, local.relativize(child))).toList();
    } catch (IOException e) {
      throw new LakeException("cannot list " + folder, e);
    }
  }

  /**
   * The location of a file below a folder, in the folder's spelling. Not {@code Locations.of}: a
   * folder's java.nio URI ends with a slash, and a Hadoop path's name is then empty.
   */
  private static Path below(Path folder, java.nio.file.Path relative) {
    List<String> names = new ArrayList<>();
    relative.forEach(name -> names.add(name.toString()));
    URI uri = folder.toUri();
    return new Path(uri.getScheme(), uri.getAuthority(), uri.getPath() + "/" + String.join("/", names));
  }
}
