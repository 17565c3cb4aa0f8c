package vn.phuly.thanthien.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The hash of what in a profile decides ingest's outcomes: the units (codes, names, validity),
 * their aliases, the criteria (which exist, their maxima) and the record limit. Ingest records it
 * in each ledger entry; {@code ingest --reprocess} redoes the committed days whose hash differs
 * from the profile's today (an alias added, a unit corrected). Lineage, bands, emulation weights,
 * the report's settings and the other thresholds only change the warehouse, which is rebuilt
 * anyway. The files are hashed as bytes: an edited comment also counts as a change, which costs a
 * redone day whose outcome stays the same.
 */
public final class ProfileHash {
  private static final List<ProfileFile> INGEST_INPUTS = List.of(ProfileFile.UNITS, ProfileFile.UNIT_ALIASES, ProfileFile.CRITERIA);

  private ProfileHash() {}

  /** SHA-256, hex, of the ingest inputs of {@code profile}. */
  public static String ofIngestInputs(Profile profile) {
    MessageDigest digest = sha256();
    for (ProfileFile file : INGEST_INPUTS) {
      byte[] bytes = profile.layout(file).map(layout -> read(layout.path())).orElse(null);
      update(digest, file.fileName() + (bytes == null ? " absent" : " " + bytes.length));
      if (bytes != null) {
        digest.update(bytes);
      }
    }
    update(digest, String.format(Locale.ROOT, "%s=%s", Threshold.MAX_RECORD_BYTES.key(), profile.threshold(Threshold.MAX_RECORD_BYTES)));
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void update(MessageDigest digest, String text) {
    digest.update((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
