package vn.phuly.thanthien.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who decides where the work runs, and which settings are only for one JVM. */
class SparksTest {
  @Test
  void aMasterFromSparkSubmitIsRespected() {
    Map<String, String> settings = Sparks.settings(null, "spark://10.0.0.5:7077");
    assertEquals("spark://10.0.0.5:7077", settings.get("spark.master"));
  }

  @Test
  void theCommandLinesMasterIsForRunningWithoutSparkSubmit() {
    assertEquals("local[2]", Sparks.settings("local[2]", null).get("spark.master"));
    assertEquals("spark://h:7077", Sparks.settings("spark://h:7077", "yarn").get("spark.master"));
  }

  @Test
  void withNeitherTheWorkRunsLocally() {
    assertEquals("local[*]", Sparks.settings(null, null).get("spark.master"));
  }

  @Test
  void loopbackAndFewShufflePartitionsOnlyForALocalMaster() {
    Map<String, String> local = Sparks.settings(null, null);
    assertEquals("127.0.0.1", local.get("spark.driver.host"));
    assertEquals("127.0.0.1", local.get("spark.driver.bindAddress"));
    assertEquals("8", local.get("spark.sql.shuffle.partitions"));
    Map<String, String> cluster = Sparks.settings(null, "spark://10.0.0.5:7077");
    for (String key : new String[] {"spark.driver.host", "spark.driver.bindAddress", "spark.sql.shuffle.partitions",
        "spark.ui.enabled", "spark.sql.warehouse.dir"}) {
      assertFalse(cluster.containsKey(key), key + " is the cluster's to decide");
    }
    assertTrue(Sparks.settings(null, "yarn").get("spark.sql.session.timeZone").equals("Asia/Ho_Chi_Minh"),
        "the data's own settings hold everywhere");
  }
}
