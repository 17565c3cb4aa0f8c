package vn.phuly.thanthien.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.testing.GeneratedSection;

/** reference/phu-ly/README.md lists the thresholds of {@link Threshold}: same keys, defaults and meanings. */
class ThresholdDocTest {
  static String table() {
    StringBuilder table = new StringBuilder("| key | default | value | what it decides |\n|---|---|---|---|\n");
    for (Threshold t : Threshold.values()) {
      table.append("| `").append(t.key()).append("` | ")
          .append(BigDecimal.valueOf(t.defaultValue()).stripTrailingZeros().toPlainString()).append(" | ")
          .append(t.kind().meaning()).append(" | ").append(t.description().replace("|", "\\|")).append(" |\n");
    }
    return table.toString();
  }

  /**
   * {@code mvn -o test -pl jobs/core -Dtest=ThresholdDocTest -Dthanthien.docs.update=true} rewrites the
   * table.
   */
  @Test
  void theProfileReadmeListsTheThresholdsOfTheRegistry() throws Exception {
    GeneratedSection.check("reference/phu-ly/README.md", "thresholds", table(),
        "mvn -o test -pl jobs/core -Dtest=ThresholdDocTest -Dthanthien.docs.update=true");
  }

  @Test
  void theShippedProfileSetsItsThresholdsToTheDefaults() {
    Profile shipped = Profile.shipped();
    for (Threshold t : Threshold.values()) {
      assertEquals(t.defaultValue(), shipped.threshold(t), t.key());
    }
  }
}
