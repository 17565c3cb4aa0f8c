package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.DatasetContract;

/** Contested keys: only the rows of a key seen more than once go on to the version rules. */
class VersionsTest {
  static final DatasetContract FEEDBACK = DatasetContract.load("feedback");

  @Test
  void onlyTheRowsOfKeysSeenMoreThanOnceAreContested() {
    StructType schema = new StructType().add("feedback_id", "string").add("source_line", "long");
    Dataset<Row> rows = IngestFixtures.spark().createDataFrame(List.of(
        RowFactory.create("PA-1", 2L), RowFactory.create("PA-2", 3L), RowFactory.create("PA-1", 4L),
        RowFactory.create("PA-3", 5L)), schema);

    Dataset<Row> contested = Versions.contestedKeys(rows, rows.limit(0), FEEDBACK);

    assertEquals(List.of("[PA-1]"), contested.collectAsList().stream().map(Row::toString).toList());
    // the keys are derived from the very rows they filter (a self-join)
    assertEquals(List.of("[PA-1,2]", "[PA-1,4]"), Versions.withKeyIn(rows, contested, FEEDBACK)
        .orderBy("source_line").collectAsList().stream().map(Row::toString).toList());
    // a key seen once in the pass and once in the history is contested too
    Dataset<Row> history = IngestFixtures.spark().createDataFrame(List.of(RowFactory.create("PA-3", 9L)), schema);
    assertEquals(List.of("[PA-1]", "[PA-3]"), Versions.contestedKeys(rows, history, FEEDBACK)
        .orderBy("feedback_id").collectAsList().stream().map(Row::toString).toList());
  }
}
