package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.lake.FileReport;

/**
 * One run without --source and --date over the whole test landing zone: inspections (JSON Lines
 * with nested findings, CSV one row per finding) and feedback (pseudonyms, denunciations, scrubbed
 * content, re-exports), and no personal data anywhere in the lake.
 */
class AllSourcesIngestTest {
  static final String INSPECTIONS = "inspections/2024-02-01/";
  static final String FEEDBACK_1 = "feedback/2024-03-01/export.csv";
  static final String FEEDBACK_2 = "feedback/2024-03-02/export.csv";

  @TempDir static Path lake;
  static IngestResult result;

  @BeforeAll
  static void ingest() {
    result = IngestJob.run(IngestFixtures.request(IngestFixtures.resource("landing"), lake, null, null));
  }

  @Test
  void inspectionsBecomeOneRowPerFindingWithFindingNumbers() {
    List<String> rows = IngestFixtures.curated(lake, "inspection_finding",
        col("source_file"), col("source_line"), col("inspection_id"), col("finding_no"), col("unit_id"),
        col("inspection_date"), col("body"), col("kind"), col("finding_code"), col("severity"),
        col("official_title"), col("measure"), col("due_date"), col("fixed_date"), col("discipline"));
    assertEquals(
        List.of(
            INSPECTIONS + "a_findings.jsonl|1|BB-2022-017|1|t-lam-ha|2022-06-14|THANH_TRA|DOT_XUAT|GAY_PHIEN_HA|NGHIEM_TRONG|Công chức địa chính|Kiểm điểm, xin lỗi công dân qua số [số điện thoại]|2022-07-14|∅|KHIEN_TRACH",
            INSPECTIONS + "a_findings.jsonl|1|BB-2022-017|2|t-lam-ha|2022-06-14|THANH_TRA|DOT_XUAT|TRE_HAN|NHE|Công chức tư pháp|Giải quyết hồ sơ tồn|2022-06-30|2022-06-28|NHAC_NHO",
            INSPECTIONS + "a_findings.jsonl|2|BB-2022-018|0|t-le-hong-phong|2022-09-01|NOI_VU|DINH_KY|∅|∅|∅|∅|∅|∅|∅",
            INSPECTIONS + "a_findings.jsonl|3|BB-2022-019|1|t-lam-ha|2022-10-03|MTTQ|DINH_KY|MOI_LOI|NHE|∅|Rút kinh nghiệm|∅|∅|KHONG",
            INSPECTIONS + "b_findings.csv|2|BB-2023-001|1|t-le-hong-phong|2023-03-15|THANH_TRA|DINH_KY|THAI_DO|TRUNG_BINH|Cán bộ một cửa|Xin lỗi công dân|2023-04-15|2023-04-10|NHAC_NHO",
            INSPECTIONS + "b_findings.csv|3|BB-2023-001|2|t-le-hong-phong|2023-03-15|THANH_TRA|DINH_KY|TRE_HAN|NHE|Cán bộ một cửa|Giải quyết hồ sơ|2023-04-15|∅|KHONG",
            INSPECTIONS + "b_findings.csv|4|BB-2023-002|0|t-lam-ha|2023-05-02|DAN_VAN|DOT_XUAT|∅|∅|∅|∅|∅|∅|∅"),
        rows);
    Map<String, FileReport> files = SubmissionsIngestTest.byFile(result.files());
    SubmissionsIngestTest.assertCounts(files.get(INSPECTIONS + "a_findings.jsonl"), 5, 4, 1, 0);
    // fields no contract column reads are drift too, noted once per file
    assertEquals(List.of("finding_code: new value 'MOI_LOI'", "unknown field 'findings.ảnh'", "unknown field 'ghi_chú'"),
        files.get(INSPECTIONS + "a_findings.jsonl").drift());
    SubmissionsIngestTest.assertCounts(files.get(INSPECTIONS + "b_findings.csv"), 3, 3, 0, 0);
  }

  @Test
  void twoSubmissionDaysInOnePassCountSupersededAsIfCommittedOneAfterTheOther() {
    Map<String, FileReport> files = SubmissionsIngestTest.byFile(result.files());
    // as in SubmissionsIngestTest, where the two days are ingested by separate runs
    SubmissionsIngestTest.assertCounts(files.get(SubmissionsIngestTest.D1 + "a_scores.jsonl"), 7, 2, 4, 1);
    SubmissionsIngestTest.assertCounts(files.get("submissions/2024-01-20/f_later.jsonl"), 2, 1, 0, 1);
  }

  @Test
  void officialsArePseudonymisedTheSameWayEverywhere() {
    List<String> pseudonyms = IngestFixtures.curated(lake, "inspection_finding",
        col("inspection_id"), col("finding_no"), col("official_pseudonym"));
    String a1 = value(pseudonyms, "BB-2022-017|1|");
    String b1 = value(pseudonyms, "BB-2023-001|1|");
    assertTrue(a1.matches("[0-9a-f]{32}"), a1);
    assertEquals(b1, value(pseudonyms, "BB-2023-001|2|"));
    assertNotEquals(a1, b1);
    assertEquals("∅", value(pseudonyms, "BB-2022-018|0|"));
  }

  @Test
  void feedbackKeepsEveryExportAndQuarantinesBadDatesAndRepeats() {
    List<String> rows = IngestFixtures.curated(lake, "feedback",
        col("source_file"), col("source_line"), col("feedback_id"), col("unit_id"), col("kind"), col("channel"),
        col("field"), col("status"), col("satisfaction"), IngestFixtures.minutes("received_at"),
        IngestFixtures.minutes("due_at"), IngestFixtures.minutes("resolved_at"), col("content"));
    assertEquals(
        List.of(
            FEEDBACK_1 + "|2|PA-001|t-lam-ha|PHAN_ANH|DUONG_DAY_NONG|DAT_DAI|DANG_XU_LY|∅|2024-02-05T08:15|2024-02-20T00:00|∅|Cán bộ gây khó dễ, gọi lại [số điện thoại] hoặc [email], CCCD [số định danh]",
            FEEDBACK_1 + "|3|PA-002|t-lam-ha|TO_CAO|ZALO|TRAT_TU_DO_THI|DA_TIEP_NHAN|∅|2024-02-06T09:00|∅|∅|Tố cáo lấn chiếm vỉa hè",
            FEEDBACK_1 + "|4|PA-003|t-noi-vu|GOP_Y|CONG_DICH_VU_CONG|Chuyển đổi số|DA_XU_LY|HAI_LONG|2024-02-07T10:00|∅|∅|Đề nghị mở rộng dịch vụ",
            FEEDBACK_2 + "|2|PA-001|t-lam-ha|PHAN_ANH|DUONG_DAY_NONG|DAT_DAI|DA_XU_LY|HAI_LONG|2024-02-05T08:15|2024-02-20T00:00|2024-02-18T16:30|Cán bộ gây khó dễ, gọi lại [số điện thoại] hoặc [email], CCCD [số định danh]",
            FEEDBACK_2 + "|3|PA-005|t-noi-vu|KHEN_NGOI|HOM_THU|Y_TE|DA_TIEP_NHAN|∅|2024-03-01T07:45|∅|∅|Cảm ơn cán bộ"),
        rows);
    List<String> quarantine = IngestFixtures.quarantine(lake).stream().filter(r -> r.startsWith("feedback/")).toList();
    assertEquals(List.of(FEEDBACK_1 + "|5|BAD_DATE", FEEDBACK_2 + "|4|DUPLICATE_KEY"), quarantine);
    Map<String, FileReport> files = SubmissionsIngestTest.byFile(result.files());
    SubmissionsIngestTest.assertCounts(files.get(FEEDBACK_1), 4, 3, 1, 0);
    assertEquals(List.of("field: new value 'Chuyển đổi số'"), files.get(FEEDBACK_1).drift());
    SubmissionsIngestTest.assertCounts(files.get(FEEDBACK_2), 3, 2, 1, 0);
  }

  @Test
  void identitiesArePseudonymsAndDroppedForDenunciations() {
    List<String> rows = IngestFixtures.curated(lake, "feedback",
        col("source_file"), col("feedback_id"), col("sender_pseudonym"), col("phone_pseudonym"),
        col("citizen_id_pseudonym"), col("address_pseudonym"));
    String[] pa001 = value(rows, FEEDBACK_1 + "|PA-001|").split("\\|");
    for (String pseudonym : pa001) {
      assertTrue(pseudonym.matches("[0-9a-f]{32}"), pseudonym);
    }
    assertEquals("∅|∅|∅|∅", value(rows, FEEDBACK_1 + "|PA-002|"));
    // "0912 345 678" and "0912345678" are one phone: the repeat contact is countable
    assertEquals(pa001[1], value(rows, FEEDBACK_2 + "|PA-005|").split("\\|")[1]);
  }

  @Test
  void noPersonalDataInClearAnywhereInTheLake() throws IOException {
    List<String> planted =
        List.of("0912 345 678", "0912345678", "035123456789", "001234567890", "dan.nguyen@example.com",
            "Nguyễn Văn Dân", "Trần Thị Tố", "12 Lê Lợi", "Nguyễn Văn A", "Trần Thị B", "Lê Văn C");
    StringBuilder everything = new StringBuilder();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(lake)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    List<String> parquet = new ArrayList<>();
    for (Path file : files) {
      if (file.toString().endsWith(".parquet")) {
        parquet.add(file.toString());
      } else {
        everything.append(Files.readString(file, StandardCharsets.ISO_8859_1))
            .append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    assertFalse(parquet.isEmpty());
    // Parquet pages are compressed: read them back and look at every value of every column.
    for (String file : parquet) {
      for (Row row : IngestFixtures.spark().read().parquet(file).toJSON().toDF().collectAsList()) {
        everything.append(row.getString(0)).append('\n');
      }
    }
    String text = everything.toString();
    assertTrue(text.contains("PA-004"), "the quarantined feedback row is in the scanned text");
    for (String value : planted) {
      assertFalse(text.contains(value), value);
    }
  }

  private static String value(List<String> rows, String prefix) {
    return rows.stream().filter(r -> r.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix))
        .substring(prefix.length());
  }
}
