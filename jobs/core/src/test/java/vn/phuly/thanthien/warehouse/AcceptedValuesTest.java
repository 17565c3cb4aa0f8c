package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.phuly.thanthien.warehouse.MartFixture.Feedback.item;
import static vn.phuly.thanthien.warehouse.MartFixture.Finding.of;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 9: the accepted values of the facts' coded columns come from the contracts
 * (schemas/*.yaml), one place: the audits and the column comments are generated from the
 * {@code -- accepted_values:} lines of the models' headers, nothing is copied by hand.
 */
class AcceptedValuesTest {
  private static MartFixture warehouse;

  @BeforeAll
  static void build() {
    warehouse =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            .feedback(item("F1", "U1", "2024-03-01 08:00:00").status("DA_XU_LY").satisfaction("HAI_LONG")
                .resolved("2024-03-04 08:00:00"))
            .feedback(item("F2", "U1", "2024-03-02 08:00:00"))
            .finding(of("BB-1", 1, "U1", "2024-05-02").due("2024-06-01"))
            .finding(of("BB-2", 0, "U1", "2024-05-03"))
            .build();
  }

  @AfterAll
  static void close() throws Exception {
    warehouse.close();
  }

  @Test
  void theCommentsOfCodedColumnsListTheContractsValues() {
    assertEquals(
        List.of(
            Map.of("column_name", "kind", "comment",
                "Kind of item; TO_CAO (denunciation) keeps no identity at all. Values: PHAN_ANH (Phản ánh),"
                    + " KIEN_NGHI (Kiến nghị), KHIEU_NAI (Khiếu nại), TO_CAO (Tố cáo), GOP_Y (Góp ý),"
                    + " KHEN_NGOI (Khen ngợi)."),
            Map.of("column_name", "satisfaction", "comment",
                "Sender's satisfaction; empty when not given. Values: RAT_HAI_LONG (Rất hài lòng),"
                    + " HAI_LONG (Hài lòng), BINH_THUONG (Bình thường), KHONG_HAI_LONG (Không hài lòng)."),
            Map.of("column_name", "field", "comment",
                "Field of administration; a new label is kept as drift. Known values: DAT_DAI (Đất đai),"
                    + " HO_TICH (Hộ tịch), XAY_DUNG (Xây dựng), MOI_TRUONG (Môi trường), TRAT_TU_DO_THI"
                    + " (Trật tự đô thị), Y_TE (Y tế), GIAO_DUC (Giáo dục), AN_SINH_XA_HOI (An sinh xã hội),"
                    + " KHAC (Khác); others are kept as drift.")),
        warehouse.query(
            "select column_name, comment from duckdb_columns() where table_name = 'fct_feedback'"
                + " and column_name in ('kind', 'satisfaction', 'field') order by column_name = 'field', column_name"));
  }

  @Test
  void everyClosedContractEnumOfAFactHasAGeneratedAuditThatPasses() {
    for (String audit :
        List.of(
            "fct_feedback__kind__accepted_values",
            "fct_feedback__channel__accepted_values",
            "fct_feedback__status__accepted_values",
            "fct_feedback__satisfaction__accepted_values",
            "fct_inspection_finding__body__accepted_values",
            "fct_inspection_finding__kind__accepted_values",
            "fct_inspection_finding__severity__accepted_values",
            "fct_inspection_finding__discipline__accepted_values",
            "fct_criterion_score__assessor__accepted_values")) {
      assertEquals(0, warehouse.failingRows(audit), audit);
    }
  }

  @Test
  void aValueOutsideTheContractOrAMissingRequiredOneFailsTheAudit() {
    warehouse.withSpoiled(List.of("fct_feedback"), () -> {
      warehouse.execute("update fct_feedback set kind = 'THU_CAM_ON' where feedback_id = 'F1'");
      warehouse.execute("update fct_feedback set status = null where feedback_id = 'F2'");
      warehouse.execute("update fct_feedback set satisfaction = null");
      assertEquals(1, warehouse.reauditGenerated("fct_feedback__kind__accepted_values"));
      assertEquals(1, warehouse.reauditGenerated("fct_feedback__status__accepted_values"));
      // satisfaction is optional in the contract: empty is accepted
      assertEquals(0, warehouse.reauditGenerated("fct_feedback__satisfaction__accepted_values"));
    });
  }
}
