package vn.phuly.thanthien.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import vn.phuly.thanthien.BadInputException;

/**
 * The secret key of the keyed pseudonyms (DESIGN §4). It comes from the environment variable
 * {@value #ENV} (or, for the demo, a key file outside the repository). The key is the UTF-8 bytes
 * of the trimmed text, whichever the source, so the same text gives the same pseudonyms from the
 * variable or the file. The key never appears in {@link #toString()}, logs or exception messages.
 */
public final class PiiKey {
  public static final String ENV = "THANTHIEN_PII_KEY";
  static final int MIN_BYTES = 16;
  private static final int DEMO_KEY_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

  private final byte[] key;

  private PiiKey(byte[] key) {
    this.key = key;
  }

  /** The key from {@value #ENV}; missing, blank or shorter than 16 bytes is a {@link BadInputException}. */
  public static PiiKey fromEnvironment() {
    return fromEnvironment(System.getenv());
  }

  static PiiKey fromEnvironment(Map<String, String> environment) {
    String value = environment.get(ENV);
    if (value == null || value.isBlank()) {
      throw new BadInputException(
          "Thiếu khóa bút danh: biến môi trường " + ENV + " chưa được đặt. "
              + howToSet()
              + " / Missing pseudonymisation key: environment variable " + ENV + " is not set.");
    }
    return fromText(value, "biến môi trường " + ENV + " / environment variable " + ENV);
  }

  /**
   * For the demo: the environment variable if set; else the key file; else a new key file with 32
   * random bytes (base64), created with mode 0600 in its own folder (parents created).
   */
  public static PiiKey forDemo(Path keyFile) {
    return forDemo(keyFile, System.getenv());
  }

  static PiiKey forDemo(Path keyFile, Map<String, String> environment) {
    String value = environment.get(ENV);
    if (value != null && !value.isBlank()) {
      return fromEnvironment(environment);
    }
    try {
      if (!Files.exists(keyFile)) {
        createKeyFile(keyFile);
      }
      return fromText(Files.readString(keyFile, StandardCharsets.UTF_8), "tệp khóa / key file " + keyFile);
    } catch (IOException e) {
      throw new BadInputException(
          "Không đọc/tạo được tệp khóa " + keyFile + ": " + e.getClass().getSimpleName()
              + " / Cannot read or create key file " + keyFile, e);
    }
  }

  /** {@code ~/.config/thanthien/pii.key}: outside any repository. */
  public static Path defaultDemoKeyFile() {
    return Path.of(System.getProperty("user.home"), ".config", "thanthien", "pii.key");
  }

  /** A copy of the key bytes. */
  public byte[] bytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "PiiKey[redacted]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PiiKey that && Arrays.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  private static PiiKey fromText(String text, String origin) {
    byte[] bytes = text.trim().getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_BYTES) {
      throw new BadInputException(
          "Khóa bút danh từ " + origin + " quá ngắn (cần ít nhất " + MIN_BYTES + " byte). " + howToSet()
              + " / Pseudonymisation key from " + origin + " is too short (needs at least " + MIN_BYTES + " bytes).");
    }
    return new PiiKey(bytes);
  }

  private static String howToSet() {
    return "Tạo khóa ngẫu nhiên và đặt, ví dụ: export " + ENV + "=\"$(openssl rand -base64 32)\""
        + " (giữ khóa ngoài kho mã, không ghi vào nhật ký) / Create a random key and set it as shown;"
        + " keep it out of the repository and out of logs.";
  }

  /** Written to a 0600 temp file in the same folder, then renamed: the key file is never half-written or world-readable. */
  private static void createKeyFile(Path keyFile) throws IOException {
    Path folder = keyFile.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    byte[] random = new byte[DEMO_KEY_BYTES];
    new SecureRandom().nextBytes(random);
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    Path temp = posix
        ? Files.createTempFile(folder, ".pii", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
        : Files.createTempFile(folder, ".pii", ".tmp");
    try {
      Files.writeString(temp, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII);
      Files.move(temp, keyFile, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
