package vn.phuly.thanthien.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invented content of feedback items, by field and kind. Some sentences carry a phone number or
 * an e-mail address (which ingest must scrub), quotation marks and commas (which CSV must quote).
 */
final class FeedbackTexts {
  private static final Map<String, List<String>> BY_FIELD =
      Map.of(
          "Đất đai", List.of(
              "Đề nghị giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất, gia đình đã nộp từ tháng %d nhưng chưa có kết quả.",
              "Hồ sơ tách thửa bị trả lại nhiều lần, mỗi lần yêu cầu bổ sung một giấy tờ khác."),
          "Hộ tịch", List.of(
              "Cán bộ tiếp nhận hồ sơ khai sinh yêu cầu bổ sung nhiều lần, gây mất thời gian.",
              "Đề nghị hướng dẫn rõ thủ tục trích lục bản sao giấy khai sinh, tháng %d chờ quá lâu."),
          "Xây dựng", List.of(
              "Công trình xây dựng trong khu dân cư không có biển báo, lấn chiếm vỉa hè từ tháng %d.",
              "Đề nghị kiểm tra việc cấp phép xây dựng nhà ở riêng lẻ chậm so với quy định."),
          "Môi trường", List.of(
              "Rác thải tồn đọng nhiều ngày tại khu dân cư, gây ô nhiễm, đề nghị thu gom.",
              "Cơ sở sản xuất xả nước thải ra mương thoát nước chung từ tháng %d."),
          "Trật tự đô thị", List.of(
              "Hàng quán lấn chiếm lòng đường, gây mất an toàn giao thông vào buổi tối.",
              "Đề nghị xử lý tình trạng đỗ xe trên vỉa hè trước cổng trường học."),
          "Y tế", List.of(
              "Trạm y tế đóng cửa sớm hơn giờ quy định, người dân phải chờ lâu.",
              "Đề nghị bố trí thêm buổi tiêm chủng trong tháng %d."),
          "Giáo dục", List.of(
              "Đề nghị công khai các khoản thu đầu năm học, phụ huynh chưa được thông báo.",
              "Đề nghị sửa chữa phòng học bị dột trước mùa mưa."),
          "An sinh xã hội", List.of(
              "Gia đình chưa nhận được trợ cấp xã hội tháng %d, đề nghị kiểm tra.",
              "Đề nghị xem xét hỗ trợ hộ cận nghèo theo quy định."),
          "Khác", List.of(
              "Đề nghị bố trí thêm ghế chờ tại bộ phận một cửa.",
              "Đề nghị niêm yết số điện thoại đường dây nóng ở nơi dễ thấy."));
  private static final List<String> PRAISE =
      List.of(
          "Cảm ơn cán bộ bộ phận một cửa đã hướng dẫn tận tình, giải quyết hồ sơ nhanh.",
          "Khen ngợi thái độ phục vụ chu đáo, trả kết quả sớm hơn hẹn.");
  private static final List<String> SUGGESTIONS =
      List.of(
          "Góp ý nên niêm yết rõ thời gian giải quyết từng thủ tục.",
          "Góp ý nên cho phép đặt lịch hẹn trực tuyến, tránh phải xếp hàng.");
  private static final List<String> DENUNCIATIONS =
      List.of(
          "Tố cáo cán bộ có hành vi gây phiền hà, đòi hỏi chi phí ngoài quy định khi giải quyết hồ sơ.",
          "Tố cáo việc cố tình kéo dài thời gian giải quyết hồ sơ đất đai để gây khó khăn.");

  private FeedbackTexts() {}

  static String content(SplittableRandom rng, String kind, String field, String senderName) {
    String text =
        switch (kind) {
          case "Khen ngợi" -> Seeds.pick(rng, PRAISE);
          case "Góp ý" -> Seeds.pick(rng, SUGGESTIONS);
          case "Tố cáo" -> Seeds.pick(rng, DENUNCIATIONS);
          default -> String.format(Seeds.pick(rng, BY_FIELD.getOrDefault(field, BY_FIELD.get("Khác"))), 1 + rng.nextInt(12));
        };
    int extra = rng.nextInt(100);
    if (extra < 6) {
      text += " Cán bộ trả lời \"chờ thêm, khi nào có sẽ báo\", đến nay chưa có kết quả.";
    } else if (extra < 16) {
      text += " Liên hệ: " + FakePeople.phone(rng) + ".";
    } else if (extra < 19) {
      text += " Email: " + FakePeople.email(rng, senderName) + ".";
    } else if (extra < 21) {
      text += " Số CCCD của tôi: " + FakePeople.citizenId(rng) + ".";
    }
    return text;
  }
}
