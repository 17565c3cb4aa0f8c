package vn.phuly.thanthien.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.testing.Repository;

/** docs/architecture.md lists the reason codes of {@link ReasonCode}: same order, same meanings. */
class ReasonCodeDocTest {
  static final String BEGIN = "<!-- reason-codes:begin -->\n";
  static final String END = "<!-- reason-codes:end -->";

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
    Path file = Repository.file("docs/architecture.md");
    String doc = Files.readString(file, StandardCharsets.UTF_8);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END);
    assertTrue(begin >= 0 && end > begin, file + " has no " + BEGIN.strip() + " … " + END + " section");
    String committed = doc.substring(begin + BEGIN.length(), end);
    if (Boolean.getBoolean("thanthien.docs.update")) {
      committed = table();
      Files.writeString(file, doc.substring(0, begin + BEGIN.length()) + committed + doc.substring(end), StandardCharsets.UTF_8);
    }
    assertEquals(
        table(),
        committed,
        "docs/architecture.md lists other reason codes than contract.ReasonCode: regenerate the table with"
            + " mvn -o test -pl jobs/core -Dtest=ReasonCodeDocTest -Dthanthien.docs.update=true");
  }
}
