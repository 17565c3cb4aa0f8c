package vn.phuly.thanthien.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;

class PiiKeyTest {
  @TempDir Path home;

  @Test
  void demoKeyFileIsCreatedPrivateAndReused() throws Exception {
    Path keyFile = home.resolve("config/thanthien/pii.key");

    PiiKey first = PiiKey.forDemo(keyFile, Map.of());

    assertTrue(Files.exists(keyFile));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    String text = Files.readString(keyFile).trim();
    assertEquals(32, Base64.getDecoder().decode(text).length);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), first.bytes());

    PiiKey second = PiiKey.forDemo(keyFile, Map.of());
    assertArrayEquals(first.bytes(), second.bytes());
    try (var files = Files.list(keyFile.getParent())) {
      assertEquals(1, files.count(), "no temp file left next to the key");
    }
  }

  @Test
  void environmentWinsOverTheDemoKeyFile() {
    Path keyFile = home.resolve("pii.key");
    PiiKey key = PiiKey.forDemo(keyFile, Map.of(PiiKey.ENV, "  an-environment-key-long-enough "));
    assertArrayEquals("an-environment-key-long-enough".getBytes(StandardCharsets.UTF_8), key.bytes());
    assertFalse(Files.exists(keyFile));
  }

  @Test
  void missingEnvironmentKeyIsBadInputThatSaysHowToSetIt() {
    BadInputException e = assertThrows(BadInputException.class, () -> PiiKey.fromEnvironment(Map.of()));
    assertTrue(e.getMessage().contains("THANTHIEN_PII_KEY"));
    assertTrue(e.getMessage().contains("export"));
    assertThrows(BadInputException.class, () -> PiiKey.fromEnvironment(Map.of(PiiKey.ENV, "   ")));
  }

  @Test
  void shortKeyIsRefusedWithoutEchoingIt() {
    BadInputException e =
        assertThrows(BadInputException.class, () -> PiiKey.fromEnvironment(Map.of(PiiKey.ENV, "sekrit-15-bytes")));
    assertFalse(e.getMessage().contains("sekrit"));
    assertTrue(e.getMessage().contains("16"));
  }

  @Test
  void shortKeyFileIsRefusedWithoutEchoingIt() throws Exception {
    Path keyFile = home.resolve("short.key");
    Files.writeString(keyFile, "tiny-secret\n");
    BadInputException e = assertThrows(BadInputException.class, () -> PiiKey.forDemo(keyFile, Map.of()));
    assertFalse(e.getMessage().contains("tiny-secret"));
    assertTrue(e.getMessage().contains(keyFile.toString()));
  }

  @Test
  void toStringAndBytesDoNotLeakTheKey() {
    PiiKey key = PiiKey.fromEnvironment(Map.of(PiiKey.ENV, "a-key-of-sixteen-bytes-or-more"));
    assertEquals("PiiKey[redacted]", key.toString());
    key.bytes()[0] = 'X';
    assertEquals('a', key.bytes()[0], "bytes() hands out a copy");
  }

  @Test
  void defaultDemoKeyFileIsUnderTheUsersConfigFolder() {
    Path expected = Path.of(System.getProperty("user.home"), ".config", "thanthien", "pii.key");
    assertEquals(expected, PiiKey.defaultDemoKeyFile());
  }
}
