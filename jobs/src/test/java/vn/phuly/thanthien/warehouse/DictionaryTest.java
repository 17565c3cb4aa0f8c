package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryTest {
  @TempDir Path tmp;

  private Connection built() throws Exception {
    Path profile = Fixtures.profile(tmp.resolve("profile"), "U1,1,Phường A,PHUONG,,2021-01-01,,\n", "", "");
    Connection db = DriverManager.getConnection("jdbc:duckdb:");
    Warehouse.buildOn(db, Fixtures.inputs(profile, List.of()), ModelCatalog.fromClasspath());
    return db;
  }

  @Test
  void everyColumnAnalystsSeeIsDescribed() throws Exception {
    try (Connection db = built()) {
      assertEquals(
          List.of(),
          Fixtures.rows(db, "select object_name, column_name from dictionary where description is null order by all"));
    }
  }

  @Test
  void theCommittedDictionaryIsUpToDate() throws Exception {
    try (Connection db = built()) {
      String committed = Files.readString(Path.of("docs/data-dictionary.md"), StandardCharsets.UTF_8);
      assertEquals(
          committed,
          DictionaryWriter.markdown(db),
          "docs/data-dictionary.md is stale: regenerate it with"
              + " bin/thanthien build --lake <empty folder> --warehouse /tmp/x.duckdb --dictionary docs/data-dictionary.md");
    }
  }
}
