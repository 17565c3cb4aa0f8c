package vn.phuly.thanthien.lake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.fs.OtherSchemeFileSystem;

/**
 * Every test of {@link LakeTest} on a lake reached through Hadoop's {@code FileSystem}: the local
 * disk under the {@code other:} scheme, which java.nio cannot open, so nothing of the protocol may
 * take the local way by accident. Plus what only such a lake has: its locks on this host.
 */
class OtherSchemeLakeTest extends LakeTest {
  @TempDir Path locks;

  @Override
  org.apache.hadoop.fs.Path location(Path local) {
    return OtherSchemeFileSystem.of(local);
  }

  @Override
  Configuration conf() {
    Configuration conf = OtherSchemeFileSystem.register(new Configuration());
    conf.set(Lake.LOCKS_FOLDER, locks.toString());
    return conf;
  }

  @Test
  void theKeyRecordAndTheRunManifestsAreWrittenThroughTheFileSystem() throws IOException {
    Lake lake = new Lake(location(root), conf());
    LakeKey.verifyOrRecord(lake, "fingerprint-a", Clock.fixed(Instant.parse("2026-11-26T21:30:00Z"), ZoneOffset.UTC));
    RunManifest manifest = new RunManifest("20261126T213000Z-0a1b", "a", "b", RunManifest.SUCCEEDED, List.of(), List.of());
    manifest.write(lake);

    assertTrue(Files.readString(root.resolve("_key.json")).contains("\"fingerprint\" : \"fingerprint-a\""));
    assertThrows(BadInputException.class, () -> LakeKey.verify(lake, "fingerprint-b"));
    assertEquals(List.of(manifest), RunManifest.readAll(lake));
    assertEquals(List.of(location(root.resolve("_runs/20261126T213000Z-0a1b.json"))), lake.runManifestFiles());
    try (var files = Files.list(root.resolve("_runs"))) {
      assertEquals(1, files.count(), "no temp file left beside the manifest");
    }
  }

  @Test
  void itsLocksAreFilesOfThisHostNamedByTheLakesUri() throws IOException, NoSuchAlgorithmException {
    Lake lake = new Lake(location(root), conf());
    String uri = "other:" + root.toAbsolutePath();
    String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(uri.getBytes(StandardCharsets.UTF_8)));

    try (Lake.WriterLock held = lake.lockForWriting(); Lake.ReadLock reading = lake.lockForReading()) {
      assertThrows(LakeException.class, () -> new Lake(location(root), conf()).lockForWriting());
    }

    Path writer = locks.resolve(name + "_writer.lock");
    assertTrue(Files.isRegularFile(writer), writer.toString());
    assertTrue(Files.isRegularFile(locks.resolve(name + "_readers.lock")));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(writer)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(locks)));
    assertFalse(Files.exists(root.resolve("_writer.lock")), "nothing of the lock in the lake");
  }
}
