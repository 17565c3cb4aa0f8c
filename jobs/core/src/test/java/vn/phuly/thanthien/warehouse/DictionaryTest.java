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
import vn.phuly.thanthien.testing.QueryRows;
import vn.phuly.thanthien.testing.Repository;

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
          QueryRows.of(db, "select object_name, column_name from dictionary where description is null order by all"));
    }
  }

  /**
   * {@code mvn test -pl jobs/core -Dtest=DictionaryTest -Dthanthien.dictionary.update=true} rewrites the file
   * (as does {@code build --dictionary docs/data-dictionary.md}).
   */
  @Test
  void theCommittedDictionaryIsUpToDate() throws Exception {
    Path file = Repository.file("docs/data-dictionary.md");
    try (Connection db = built()) {
      if (Boolean.getBoolean("thanthien.dictionary.update")) {
        DictionaryWriter.write(db, file);
      }
      String committed = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(
          committed,
          DictionaryWriter.markdown(db),
          "docs/data-dictionary.md is stale: regenerate it with"
              + " mvn -o test -pl jobs/core -Dtest=DictionaryTest -Dthanthien.dictionary.update=true");
    }
  }
}
