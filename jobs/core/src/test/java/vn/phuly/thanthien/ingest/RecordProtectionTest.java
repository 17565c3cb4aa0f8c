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
    return record(kind, "Gọi 0912.345.678 hoặc hieu@example.vn, CCCD 035141396022.", null);
  }

  private static Object[] record(String kind, String content, String address) {
    List<String> names = FEEDBACK.columns().stream().map(Column::name).toList();
    Object[] values = new Object[1 + names.size()];
    values[0] = "lineage";
    values[1 + names.indexOf("feedback_id")] = "PA 0912345678";
    values[1 + names.indexOf("kind")] = kind;
    values[1 + names.indexOf("unit_name")] = "Lam Hạ 0912 345 678";
    values[1 + names.indexOf("sender_name")] = "Trịnh Minh Hiếu";
    values[1 + names.indexOf("phone")] = "+84 912 345 678";
    values[1 + names.indexOf("content")] = content;
    values[1 + names.indexOf("address")] = address;
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

  /** Issue 11 item 3: the record's own values leave its free text, in any spelling; the other columns are left to the rules. */
  @Test
  void freeTextLosesTheRecordsOwnIdentityValuesWholeOnly() {
    Object[] values = record("Khiếu nại", "Ông TRINH MINH HIEU ở 5 Lê Lợi, phường Lam Hạ kêu UBND phường Lam Hạ chậm, gọi 912-345-678",
        "5 Lê Lợi, phường Lam Hạ");
    assertEquals("Ông [họ tên] ở [địa chỉ] kêu UBND phường Lam Hạ chậm, gọi [dãy số]", value(values, "content"));
    assertEquals("Lam Hạ [số điện thoại]", value(values, "unit_name"), "only free text: the unit is resolved by its name");
    // a denouncer's values leave the text too, though the identity itself is dropped
    assertEquals("[họ tên] tố cáo", value(record("Tố cáo", "Trịnh Minh Hiếu tố cáo", null), "content"));
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
