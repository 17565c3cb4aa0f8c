package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.phuly.thanthien.report.TinyWarehouse;

/**
 * {@code report --period 2024 --units [--send]} on the report's hand-written warehouse
 * (TinyWarehouse) with a tiny profile naming two units' addresses: the report, the scorecards and
 * the outbox; nothing sent without {@code --send}; a send to a real SMTP server (GreenMail on
 * 127.0.0.1) read back; a send to a server that is down exits 1 with a Vietnamese message and the
 * outbox intact; {@code --send} without SMTP settings exits 2.
 */
class ReportDeliveryCommandTest {
  private static final String FROM = "bao-cao@phuly.example.org";
  private static final String USER = "bao-cao";
  private static final String PASSWORD = "bí-mật-không-in";

  @TempDir Path tmp;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final StringWriter errors = new StringWriter();
  private Path warehouse;
  private Path profile;

  @BeforeEach
  void setUp() throws Exception {
    Console.redirect(new PrintStream(printed, true, StandardCharsets.UTF_8));
    warehouse = TinyWarehouse.create(tmp);
    profile = Files.createDirectories(tmp.resolve("profile"));
    Files.writeString(profile.resolve("units.csv"),
        "unit_id,unit_code,name,unit_type,valid_from\n"
            + "U01,13291,Lê Hồng Phong,PHUONG,2021-01-01\nU02,13303,Lam Hạ,PHUONG,2021-01-01\n"
            + "U03,13285,Quang Trung,PHUONG,2021-01-01\nU04,13288,Hai Bà Trưng,PHUONG,2021-01-01\n"
            + "U05,13294,Minh Khai,PHUONG,2021-01-01\nU11,13318,Liêm Tuyền,XA,2021-01-01\n"
            + "U12,13324,Kim Bình,XA,2021-01-01\nU13,13321,Tiên Tân,XA,2021-01-01\n");
    Files.writeString(profile.resolve("criteria.csv"),
        "catalogue_id,valid_from,unit_type,criterion_id,name,max_points,assessor_source\nC,2021-01-01,XA,TC1,Một,100,SELF\n");
    Files.writeString(profile.resolve("bands.csv"), "catalogue_id,band,min_pct\nC,Tốt,80\nC,Yếu,0\n");
    Files.writeString(profile.resolve("contacts.csv"),
        "unit_id,email\nU11,liem-tuyen@phuly.example.org\nU04,hai-ba-trung@phuly.example.org\n");
    Files.writeString(profile.resolve("report.csv"), "key,value\nrecipients_year,chu-tich@phuly.example.org\n");
  }

  @AfterEach
  void restoreConsole() {
    Console.redirect(System.out);
  }

  private int report(Map<String, String> environment, String... options) {
    ReportCommand command = new ReportCommand();
    command.environment = environment;
    CommandLine cli = new CommandLine(command);
    cli.setErr(new PrintWriter(errors, true));
    List<String> args = new ArrayList<>(List.of("--warehouse", warehouse.toString(), "--period", "2024",
        "--out", tmp.resolve("reports").toString(), "--reference", profile.toString()));
    args.addAll(List.of(options));
    return Main.run(cli, args.toArray(String[]::new));
  }

  private static Map<String, String> smtp(int port) {
    return Map.of("THANTHIEN_SMTP_HOST", "127.0.0.1", "THANTHIEN_SMTP_PORT", String.valueOf(port),
        "THANTHIEN_SMTP_FROM", FROM, "THANTHIEN_SMTP_USER", USER, "THANTHIEN_SMTP_PASSWORD", PASSWORD,
        "THANTHIEN_SMTP_STARTTLS", "off");
  }

  /** GreenMail on 127.0.0.1, a free port, with the user of {@link #smtp}. */
  private static GreenMail smtpServer() {
    GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USER, PASSWORD));
    server.start();
    return server;
  }

  private List<String> manifest() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(tmp.resolve("reports/outbox/2024/manifest.json").toFile());
    List<String> rows = new ArrayList<>();
    manifest.get("messages").forEach(m -> rows.add(m.get("id").asText() + " " + m.get("to") + " " + m.get("status").asText()));
    return rows;
  }

  @Test
  void unitsWritesTheReportOneScorecardPerUnitAndTheOutboxSaysWhoWouldGetWhat() throws Exception {
    int exit = report(Map.of(), "--units");

    assertEquals(0, exit, errors.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("reports/2024/bao-cao.pdf")));
    Path units = tmp.resolve("reports/2024/units");
    for (String unit : List.of("U01", "U02", "U03", "U04", "U05", "U11", "U12", "U13")) {
      assertTrue(Files.isRegularFile(units.resolve(unit + ".pdf")), unit);
    }
    Path outbox = tmp.resolve("reports/outbox/2024");
    assertArrayEquals(Files.readAllBytes(tmp.resolve("reports/2024/bao-cao.pdf")),
        Files.readAllBytes(outbox.resolve("bao-cao.pdf")));
    assertArrayEquals(Files.readAllBytes(units.resolve("U11.pdf")), Files.readAllBytes(outbox.resolve("units/U11.pdf")));
    assertEquals(
        List.of(
            "bao-cao [\"chu-tich@phuly.example.org\"] DRAFT",
            "units/U01 [] NO_RECIPIENT",
            "units/U02 [] NO_RECIPIENT",
            "units/U03 [] NO_RECIPIENT",
            "units/U04 [\"hai-ba-trung@phuly.example.org\"] DRAFT",
            "units/U05 [] NO_RECIPIENT",
            "units/U11 [\"liem-tuyen@phuly.example.org\"] DRAFT",
            "units/U12 [] NO_RECIPIENT",
            "units/U13 [] NO_RECIPIENT"),
        manifest());
    String text = printed.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("▸ Phiếu kết quả từng đơn vị kỳ 2024: 8 tệp PDF"), text);
    assertTrue(text.contains("3 thư có người nhận, 6 không có địa chỉ"), text);
    assertTrue(text.contains("Không gửi (hồ sơ tham chiếu không có địa chỉ): Lê Hồng Phong (U01), Lam Hạ (U02),"
        + " Quang Trung (U03), Minh Khai (U05), Kim Bình (U12), Tiên Tân (U13)"), text);
    assertTrue(text.contains("Chưa gửi thư nào"), text);
  }

  @Test
  void sendDeliversTheReportAndTheScorecardsToALocalSmtpServer() throws Exception {
    GreenMail server = smtpServer();
    try {
      int exit = report(smtp(server.getSmtp().getPort()), "--units", "--send");

      assertEquals(0, exit, errors.toString());
      MimeMessage[] received = server.getReceivedMessages();
      assertEquals(
          List.of(
              "chu-tich@phuly.example.org Báo cáo đánh giá mô hình Chính quyền thân thiện — năm 2024",
              "hai-ba-trung@phuly.example.org Phiếu kết quả năm 2024 — Hai Bà Trưng",
              "liem-tuyen@phuly.example.org Phiếu kết quả năm 2024 — Liêm Tuyền"),
          Arrays.stream(received).map(ReportDeliveryCommandTest::toAndSubject).sorted().toList());
      MimeMessage report = Arrays.stream(received)
          .filter(m -> toAndSubject(m).startsWith("chu-tich")).findFirst().orElseThrow();
      assertTrue(report.getHeader("Subject")[0].startsWith("=?UTF-8?"), "RFC 2047: " + report.getHeader("Subject")[0]);
      MimeMultipart parts = (MimeMultipart) report.getContent();
      assertEquals("bao-cao.pdf", parts.getBodyPart(1).getFileName());
      assertArrayEquals(Files.readAllBytes(tmp.resolve("reports/2024/bao-cao.pdf")),
          parts.getBodyPart(1).getInputStream().readAllBytes());
      assertEquals(
          List.of(
              "bao-cao [\"chu-tich@phuly.example.org\"] SENT",
              "units/U01 [] NO_RECIPIENT",
              "units/U02 [] NO_RECIPIENT",
              "units/U03 [] NO_RECIPIENT",
              "units/U04 [\"hai-ba-trung@phuly.example.org\"] SENT",
              "units/U05 [] NO_RECIPIENT",
              "units/U11 [\"liem-tuyen@phuly.example.org\"] SENT",
              "units/U12 [] NO_RECIPIENT",
              "units/U13 [] NO_RECIPIENT"),
          manifest());
      assertFalse(printed.toString(StandardCharsets.UTF_8).contains(PASSWORD));
    } finally {
      server.stop();
    }
  }

  @Test
  void dueWritesEachDuePeriodsScorecardsAndOutboxAndSendsThemWithSend() throws Exception {
    GreenMail server = smtpServer();
    try {
      ReportCommand command = new ReportCommand();
      command.environment = smtp(server.getSmtp().getPort());
      CommandLine cli = new CommandLine(command);
      cli.setErr(new PrintWriter(errors, true));
      // on 1/3/2025 the years 2023 and 2024 are due (45 days after their close), the halves have no scores
      int exit = Main.run(cli, new String[] {"--warehouse", warehouse.toString(), "--due", "2025-03-01",
          "--out", tmp.resolve("reports").toString(), "--reference", profile.toString(), "--units", "--send"});

      assertEquals(0, exit, errors.toString());
      for (String unit : List.of("U01", "U02", "U03", "U04", "U06")) {
        assertTrue(Files.isRegularFile(tmp.resolve("reports/2023/units/" + unit + ".pdf")), unit);
      }
      assertTrue(Files.isRegularFile(tmp.resolve("reports/2024/units/U13.pdf")));
      assertArrayEquals(Files.readAllBytes(tmp.resolve("reports/2023/bao-cao.pdf")),
          Files.readAllBytes(tmp.resolve("reports/outbox/2023/bao-cao.pdf")));
      assertEquals(
          List.of(
              "chu-tich@phuly.example.org Báo cáo đánh giá mô hình Chính quyền thân thiện — năm 2023",
              "chu-tich@phuly.example.org Báo cáo đánh giá mô hình Chính quyền thân thiện — năm 2024",
              "hai-ba-trung@phuly.example.org Phiếu kết quả năm 2023 — Hai Bà Trưng",
              "hai-ba-trung@phuly.example.org Phiếu kết quả năm 2024 — Hai Bà Trưng",
              "liem-tuyen@phuly.example.org Phiếu kết quả năm 2024 — Liêm Tuyền"),
          Arrays.stream(server.getReceivedMessages()).map(ReportDeliveryCommandTest::toAndSubject).sorted().toList());
      assertEquals("units/U04 [\"hai-ba-trung@phuly.example.org\"] SENT", manifest().get(4));
    } finally {
      server.stop();
    }
  }

  private static String toAndSubject(MimeMessage message) {
    try {
      return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress() + " "
          + MimeUtility.decodeText(message.getHeader("Subject")[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aSendToAServerThatIsDownExitsOneAndLeavesTheReportInTheOutbox() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    int exit = report(smtp(closedPort), "--units", "--send");

    assertEquals(Main.FAILURE, exit);
    String message = errors.toString();
    Path outbox = tmp.resolve("reports/outbox/2024");
    assertTrue(message.startsWith("Gửi thư không thành công: không kết nối được máy chủ thư 127.0.0.1:" + closedPort), message);
    assertTrue(message.contains("Báo cáo vẫn nằm trong hộp thư đi " + outbox.toAbsolutePath()), message);
    assertFalse(message.contains("\tat "), "no stack trace without --verbose: " + message);
    assertFalse(message.contains(PASSWORD) || printed.toString(StandardCharsets.UTF_8).contains(PASSWORD));
    assertArrayEquals(Files.readAllBytes(tmp.resolve("reports/2024/bao-cao.pdf")),
        Files.readAllBytes(outbox.resolve("bao-cao.pdf")));
    assertTrue(Files.isRegularFile(outbox.resolve("units/U04.pdf")));
    assertEquals("bao-cao [\"chu-tich@phuly.example.org\"] FAILED", manifest().get(0));
  }

  @Test
  void sendWithoutSmtpSettingsIsBadUsage() {
    int exit = report(Map.of(), "--send");

    assertEquals(Main.BAD_INPUT, exit);
    assertTrue(errors.toString().contains("THANTHIEN_SMTP_HOST"), errors.toString());
    assertTrue(Files.isRegularFile(tmp.resolve("reports/outbox/2024/bao-cao.pdf")));
  }
}
