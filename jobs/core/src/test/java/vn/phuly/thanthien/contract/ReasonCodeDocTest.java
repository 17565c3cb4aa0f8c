package vn.phuly.thanthien.contract;

import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.testing.GeneratedSection;

/** docs/architecture.md lists the reason codes of {@link ReasonCode}: same order, same meanings. */
class ReasonCodeDocTest {
  /** The table between the markers, one row per code in check order. */
  static String table() {
    StringBuilder table = new StringBuilder("| # | `reason_code` | meaning | ý nghĩa |\n|---|---|---|---|\n");
    for (ReasonCode code : ReasonCode.values()) {
      table.append("| ").append(code.ordinal() + 1).append(" | `").append(code.name()).append("` | ")
          .append(cell(code.meaning())).append(" | ").append(cell(code.meaningVi())).append(" |\n");
    }
    return table.toString();
  }

  /** A Markdown table cell: a '|' would end it, even inside backticks. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  /**
   * {@code mvn -o test -pl jobs/core -Dtest=ReasonCodeDocTest -Dthanthien.docs.update=true} rewrites the
   * table.
   */
  @Test
  void theArchitecturePageListsTheReasonCodesOfTheEnum() throws Exception {
    GeneratedSection.check("docs/architecture.md", "reason-codes", table(),
        "mvn -o test -pl jobs/core -Dtest=ReasonCodeDocTest -Dthanthien.docs.update=true");
  }
}
