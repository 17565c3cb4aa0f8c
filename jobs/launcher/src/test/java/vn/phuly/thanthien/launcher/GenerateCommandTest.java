package vn.phuly.thanthien.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phuly.thanthien.cli.Console;

class GenerateCommandTest {
  @Test
  void writesOneVietnameseLinePerSourceAndTheManifest(@TempDir Path dir) {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Console.redirect(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      int exit =
          new CommandLine(new GenerateCommand())
              .execute("--out", dir.toString(), "--seed", "3", "--from", "2025", "--to", "2025");
      assertEquals(0, exit);
    } finally {
      Console.redirect(System.out);
    }
    String output = captured.toString(StandardCharsets.UTF_8);
    assertTrue(output.contains("▸ sinh dữ liệu mẫu: submissions: "), output);
    assertTrue(output.contains("▸ sinh dữ liệu mẫu: inspections: "), output);
    // 50,000 items in one year, plus re-exports and planted rows, in four quarterly files.
    assertTrue(output.matches("(?s).*feedback: 5\\d\\.\\d{3} dòng trong 4 tệp.*"), output);
    assertTrue(Files.isRegularFile(dir.resolve("_planted.json")));
    assertTrue(Files.isDirectory(dir.resolve("submissions/2025-12-20")));
  }

  @Test
  void generatesForAnotherProfile(@TempDir Path dir) throws Exception {
    Path profile = Path.of(getClass().getClassLoader().getResource("profiles/provinces").toURI());
    assertEquals(0, new CommandLine(new GenerateCommand())
        .execute("--out", dir.toString(), "--reference", profile.toString(), "--from", "2023", "--to", "2023"));
    assertTrue(Files.isDirectory(dir.resolve("submissions")), "the generator wrote submissions for the profile");
  }

  @Test
  void anUnknownScaleIsBadUsage(@TempDir Path dir) {
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> e instanceof vn.phuly.thanthien.BadInputException ? 2 : 1);
    assertEquals(2, cli.execute("--out", dir.toString(), "--scale", "galaxy"));
  }
}
