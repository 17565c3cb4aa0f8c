package vn.phuly.thanthien.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationsTest {
  @Test
  void aLocalPathBecomesAnAbsoluteFileUri(@TempDir java.nio.file.Path dir) {
    Path location = Locations.of(dir.resolve("lake/../lake").toString());
    assertEquals("file", location.toUri().getScheme());
    assertEquals(dir.resolve("lake").toAbsolutePath(), Locations.local(location));
    assertTrue(Locations.isLocal(location));
    assertEquals(dir.resolve("lake").toAbsolutePath().toString(), Locations.display(location));
    assertEquals("s3a://bucket/lake", Locations.display(Locations.of("s3a://bucket/lake")));
  }

  @Test
  void aRelativePathIsResolvedAgainstTheWorkingFolder() {
    assertEquals(java.nio.file.Path.of("data/lake").toAbsolutePath(), Locations.local(Locations.of("data/lake")));
  }

  @Test
  void aUriKeepsItsSchemeAuthorityAndPath() {
    Path location = Locations.of("s3a://phuly-lake/thanthien/lake");
    assertEquals("s3a", location.toUri().getScheme());
    assertEquals("phuly-lake", location.toUri().getAuthority());
    assertEquals("/thanthien/lake", location.toUri().getPath());
    assertFalse(Locations.isLocal(location));
    assertThrows(IllegalArgumentException.class, () -> Locations.local(location));
    assertEquals("hdfs://nn:8020/lake/curated", new Path(Locations.of("hdfs://nn:8020/lake"), "curated").toString());
  }

  @Test
  void theLocalFileSystemWritesNoChecksumFiles(@TempDir java.nio.file.Path dir) throws Exception {
    Path file = new Path(Locations.of(dir), "entry.json");
    FileSystem fs = Locations.fileSystem(file, new Configuration());
    try (var out = fs.create(file, false)) {
      out.write('x');
    }
    try (var names = Files.list(dir)) {
      assertEquals(java.util.List.of("entry.json"), names.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theOtherSchemeIsTheLocalDiskThroughHadoopOnly(@TempDir java.nio.file.Path dir) throws Exception {
    Files.writeString(dir.resolve("a.csv"), "x");
    Path other = OtherSchemeFileSystem.of(dir);
    assertEquals("other:" + dir.toAbsolutePath() , other.toString());
    assertFalse(Locations.isLocal(other));
    FileSystem fs = Locations.fileSystem(other, OtherSchemeFileSystem.register(new Configuration()));
    var listed = fs.listStatus(other);
    assertEquals(1, listed.length);
    assertEquals(new Path(other, "a.csv"), listed[0].getPath());
    try (var in = fs.open(listed[0].getPath())) {
      assertEquals('x', in.read());
    }
    fs.rename(new Path(other, "a.csv"), new Path(other, "b.csv"));
    assertTrue(Files.isRegularFile(dir.resolve("b.csv")));
  }

  @Test
  void executorsGetTheDriversEntries() throws Exception {
    Configuration driver = new Configuration(false);
    driver.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
    driver.set("fs.s3a.path.style.access", "true");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(HadoopConf.of(driver));
    }
    HadoopConf shipped;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      shipped = (HadoopConf) in.readObject();
    }
    Configuration executor = shipped.configuration();
    assertEquals("http://127.0.0.1:9000", executor.get("fs.s3a.endpoint"));
    assertEquals("true", executor.get("fs.s3a.path.style.access"));
  }
}
