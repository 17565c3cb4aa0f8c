package vn.phuly.thanthien.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The command line in this JVM with its output captured, and the test resources it runs on. */
final class CliFixtures {
  /** What {@link Main#run} returned, printed (stage lines) and wrote on stderr. */
  record Outcome(int exitCode, String out, String err) {}

  private CliFixtures() {}

  /** {@link Main#run}; picocli's error writer wraps System.err when it is created, so swapping System.err catches it. */
  static Outcome run(String... args) {
    PrintStream originalErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int exit = Main.run(args);
      return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
      Console.redirect(System.out);
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(CliFixtures.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies the tree {@code from} to {@code to}, folders and files. */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
