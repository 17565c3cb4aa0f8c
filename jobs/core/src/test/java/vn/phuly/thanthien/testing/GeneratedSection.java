package vn.phuly.thanthien.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A section of a repository document generated from code, between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}: a test compares it with what the code generates, and rewrites it when
 * run with {@code -Dthanthien.docs.update=true}.
 */
public final class GeneratedSection {
  private GeneratedSection() {}

  /**
   * Fails when the section {@code name} of {@code relative} differs from {@code generated}.
   *
   * @param regenerate the command that rewrites it, for the failure message
   */
  public static void check(String relative, String name, String generated, String regenerate) throws IOException {
    Path file = Repository.file(relative);
    String begin = "<!-- " + name + ":begin -->\n";
    String end = "<!-- " + name + ":end -->";
    String doc = Files.readString(file, StandardCharsets.UTF_8);
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertTrue(from >= 0 && to > from, file + " has no " + begin.strip() + " … " + end + " section");
    String committed = doc.substring(from + begin.length(), to);
    if (Boolean.getBoolean("thanthien.docs.update")) {
      committed = generated;
      Files.writeString(file, doc.substring(0, from + begin.length()) + committed + doc.substring(to), StandardCharsets.UTF_8);
    }
    assertEquals(generated, committed, relative + " differs from the code: regenerate the section with " + regenerate);
  }
}
