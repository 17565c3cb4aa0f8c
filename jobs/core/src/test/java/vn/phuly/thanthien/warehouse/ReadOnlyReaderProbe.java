package vn.phuly.thanthien.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * An analyst in another process (PublishTest): opens the published warehouse read-only, reads
 * the ranking, waits until told to go on (a file appears), reads it again through the same
 * connection. Prints {@code FIRST <ranking>} and {@code AGAIN <ranking>}.
 */
public final class ReadOnlyReaderProbe {
  private ReadOnlyReaderProbe() {}

  public static void main(String[] args) throws Exception {
    Path warehouse = Path.of(args[0]);
    Path goOn = Path.of(args[1]);
    try (Connection connection = Sql.openReadOnly(warehouse)) {
      System.out.println("FIRST " + ranking(connection));
      System.out.flush();
      while (!Files.exists(goOn)) {
        Thread.sleep(20);
      }
      System.out.println("AGAIN " + ranking(connection));
    }
  }

  static String ranking(Connection connection) throws Exception {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select string_agg(unit_id || ':' || coalesce(cast(score_pct as varchar), '-'), ',' order by unit_id)"
                    + " from mart_ranking")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
