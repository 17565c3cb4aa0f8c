package vn.phuly.thanthien.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** version_order is parsed once, when the contract is read: a column and a direction per term. */
class VersionTermTest {
  @Test
  void theContractHoldsItsVersionOrderAsTypedTerms() {
    assertEquals(
        List.of(new VersionTerm("version", true), new VersionTerm("submitted_at", true),
            new VersionTerm("landing_date", true), new VersionTerm("source_file", true),
            new VersionTerm("source_line", true)),
        DatasetContract.load("submission_score").versionOrder());
  }

  @Test
  void aTermIsAColumnAndAnOptionalDirection() {
    assertEquals(new VersionTerm("version", true), VersionTerm.parse(" version  DESC "));
    assertEquals(new VersionTerm("version", false), VersionTerm.parse("version asc"));
    assertEquals(new VersionTerm("version", false), VersionTerm.parse("version"));
    assertEquals("version desc, source_line asc",
        VersionTerm.sql(List.of(VersionTerm.parse("version desc"), VersionTerm.parse("source_line"))));
  }

  @Test
  void anythingElseIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> VersionTerm.parse("version sideways"));
    assertThrows(IllegalArgumentException.class, () -> VersionTerm.parse("version desc nulls"));
    assertThrows(IllegalArgumentException.class, () -> VersionTerm.parse(" "));
  }
}
