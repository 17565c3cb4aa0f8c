package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;

/** DESIGN §4 on one feedback record, as the reader applies it before any Spark row exists. */
class RecordProtectionTest {
  private static final DatasetContract FEEDBACK = DatasetContract.load("feedback");
  private static final RecordProtection PROTECTION = new RecordProtection(FEEDBACK, IngestFixtures.PSEUDONYMIZER);

  /** A feedback record with the given kind, offset by one leading cell as in a raw row. */
  private static Object[] record(String kind) {
    List<String> names = FEEDBACK.columns().stream().map(Column::name).toList();
    Object[] values = new Object[1 + names.size()];
    values[0] = "lineage";
    values[1 + names.indexOf("feedback_id")] = "PA 0912345678";
    values[1 + names.indexOf("kind")] = kind;
    values[1 + names.indexOf("unit_name")] = "Lam Hạ 0912 345 678";
    values[1 + names.indexOf("sender_name")] = "Trịnh Minh Hiếu";
    values[1 + names.indexOf("phone")] = "+84 912 345 678";
    values[1 + names.indexOf("content")] = "Gọi 0912.345.678 hoặc hieu@example.vn, CCCD 035141396022.";
    values[1 + names.indexOf("status")] = "Đã xử lý";
    PROTECTION.protect(values, 1);
    return values;
  }

  private static Object value(Object[] values, String name) {
    List<String> names = FEEDBACK.columns().stream().map(Column::name).toList();
    return values[1 + names.indexOf(name)];
  }

  @Test
  void identitiesBecomeTheirPseudonymsAndTextsAreScrubbed() {
    Object[] values = record("Góp ý");
    assertEquals("lineage", values[0]);
    assertEquals(IngestFixtures.PSEUDONYMIZER.pseudonym("person", "Trịnh Minh Hiếu"), value(values, "sender_name"));
    assertEquals(IngestFixtures.PSEUDONYMIZER.pseudonym("phone", "0912345678"), value(values, "phone"));
    assertNull(value(values, "citizen_id"));
    assertEquals("Gọi [số điện thoại] hoặc [email], CCCD [số định danh].", value(values, "content"));
    assertEquals("Lam Hạ [số điện thoại]", value(values, "unit_name"));
    assertEquals("Đã xử lý", value(values, "status"));
    assertEquals("PA 0912345678", value(values, "feedback_id"), "the business key stays exact");
  }

  @Test
  void aDenunciationInAnySpellingOrAnUnknownKindKeepsNoIdentity() {
    for (String kind : List.of("Tố cáo", "TO_CAO", "to cao", "Tố cáo?", "")) {
      Object[] values = record(kind.isEmpty() ? null : kind);
      assertArrayEquals(new Object[] {null, null}, new Object[] {value(values, "sender_name"), value(values, "phone")}, kind);
    }
    assertNotNull(value(record("Khiếu nại"), "sender_name"));
  }
}
