package vn.phuly.thanthien.report.delivery;

import vn.phuly.thanthien.report.Labels;

/** The short Vietnamese bodies of the messages. */
final class Messages {
  private static final String SIGNATURE =
      "\n\nThư này do hệ thống đánh giá mô hình “Chính quyền thân thiện vì Nhân dân phục vụ” gửi tự động;"
          + " xin không trả lời thư này.\n";

  private Messages() {}

  static String reportBody(String period) {
    return "Kính gửi các đồng chí lãnh đạo,\n\nXin gửi kèm báo cáo đánh giá mức độ thực hiện mô hình"
        + " “Chính quyền thân thiện vì Nhân dân phục vụ” " + Labels.period(period)
        + " (tệp PDF đính kèm): xếp hạng, xu hướng 2021–" + Labels.year(period)
        + ", danh sách đơn vị cần theo dõi và việc khắc phục sau kiểm tra." + SIGNATURE;
  }

  static String scorecardBody(String period, String unitName) {
    return "Kính gửi Thủ trưởng đơn vị " + unitName + ",\n\nXin gửi kèm phiếu kết quả thực hiện mô hình"
        + " “Chính quyền thân thiện vì Nhân dân phục vụ” " + Labels.period(period) + " của đơn vị (tệp PDF"
        + " đính kèm): điểm theo nhóm tiêu chí so với trung bình khối, thứ hạng, xu hướng và nội dung cần ưu tiên"
        + " cải thiện." + SIGNATURE;
  }
}
