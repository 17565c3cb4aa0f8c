package vn.phuly.thanthien.testing;

import java.nio.file.Path;

/** The repository's own files, for tests that check them (Maven runs each module's tests in its folder). */
public final class Repository {
  private Repository() {}

  /** {@code relative} under the repository root (the {@code thanthien.repository} property Surefire sets). */
  public static Path file(String relative) {
    String root = System.getProperty("thanthien.repository");
    if (root == null) {
      throw new IllegalStateException("the system property thanthien.repository is not set (Surefire sets it)");
    }
    return Path.of(root).resolve(relative).normalize();
  }
}
