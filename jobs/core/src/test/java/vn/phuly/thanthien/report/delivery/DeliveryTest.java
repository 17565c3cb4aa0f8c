package vn.phuly.thanthien.report.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox and {@code --send} against a real SMTP server (GreenMail) the test starts on
 * 127.0.0.1 on a free port, with a user and password; the messages are read back from it.
 */
class DeliveryTest {
  private static final String USER = "bao-cao";
  private static final String PASSWORD = "mật-khẩu-Kh0ng-in-ra";
  private static final String FROM = "bao-cao@phuly.example.org";

  @TempDir Path tmp;
  private GreenMail server;
  private Path reportPdf;
  private Path liemTuyenPdf;
  private Path trinhXaPdf;

  @BeforeEach
  void start() throws IOException {
    server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.withConfiguration(GreenMailConfiguration.aConfig().withUser(FROM, USER, PASSWORD));
    server.start();
    // bytes of every value, so a lossy transfer encoding would show
    byte[] bytes = new byte[3000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    Path reports = Files.createDirectories(tmp.resolve("reports/2024/units"));
    reportPdf = Files.write(reports.getParent().resolve("bao-cao.pdf"), bytes);
    liemTuyenPdf = Files.write(reports.resolve("xa-liem-tuyen.pdf"), Arrays.copyOf(bytes, 1234));
    trinhXaPdf = Files.write(reports.resolve("xa-trinh-xa.pdf"), Arrays.copyOf(bytes, 99));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private Outbox outbox() {
    return Outbox.prepare(
        tmp.resolve("outbox/2024"), "2024", reportPdf,
        List.of("chu-tich@phuly.example.org", "thi-dua@phuly.example.org"),
        List.of(
            new Outbox.Scorecard("xa-liem-tuyen", "Liêm Tuyền", liemTuyenPdf, List.of("liem-tuyen@phuly.example.org")),
            new Outbox.Scorecard("xa-trinh-xa", "Trịnh Xá", trinhXaPdf, List.of())));
  }

  private SmtpSettings settings(int port, String password, String startTls) {
    return SmtpSettings.fromEnvironment(
        Map.of(SmtpSettings.HOST, "127.0.0.1", SmtpSettings.PORT, String.valueOf(port), SmtpSettings.FROM, FROM,
            SmtpSettings.USER, USER, SmtpSettings.PASSWORD, password, SmtpSettings.STARTTLS, startTls));
  }

  @Test
  void withoutSendTheOutboxHoldsTheFilesAndADraftOfEveryMessage() throws IOException {
    Outbox outbox = outbox();

    assertArrayEquals(Files.readAllBytes(reportPdf), Files.readAllBytes(outbox.dir().resolve("bao-cao.pdf")));
    assertArrayEquals(Files.readAllBytes(liemTuyenPdf), Files.readAllBytes(outbox.dir().resolve("units/xa-liem-tuyen.pdf")));
    List<Letter> letters = Outbox.read(outbox.dir());
    assertEquals(List.of("bao-cao", "units/xa-liem-tuyen", "units/xa-trinh-xa"), letters.stream().map(Letter::id).toList());
    assertEquals(List.of(Letter.DRAFT, Letter.DRAFT, Letter.NO_RECIPIENT), letters.stream().map(Letter::status).toList());
    assertEquals(List.of("chu-tich@phuly.example.org", "thi-dua@phuly.example.org"), letters.get(0).to());
    assertEquals("Phiếu kết quả năm 2024 — Liêm Tuyền", letters.get(1).subject());
    assertTrue(letters.get(1).body().startsWith("Kính gửi Thủ trưởng đơn vị Liêm Tuyền,"), letters.get(1).body());
    assertEquals(0, server.getReceivedMessages().length, "nothing is sent without --send");
  }

  @Test
  void sendDeliversEachPdfToItsRecipientsWithAnEncodedVietnameseSubject() throws Exception {
    Delivery.Result result = Delivery.send(outbox(), settings(server.getSmtp().getPort(), PASSWORD, "off"));

    assertEquals(List.of(), result.failures());
    assertEquals(2, result.sent());
    assertEquals(1, result.withoutRecipient());
    MimeMessage[] received = server.getReceivedMessages();
    // GreenMail keeps one copy per recipient: 2 for the report, 1 for the scorecard
    assertEquals(3, received.length);
    MimeMessage report = received[0];
    assertEquals(
        List.of("chu-tich@phuly.example.org", "thi-dua@phuly.example.org"),
        Arrays.stream(report.getRecipients(Message.RecipientType.TO)).map(a -> ((InternetAddress) a).getAddress()).toList());
    assertEquals(FROM, ((InternetAddress) report.getFrom()[0]).getAddress());
    String rawSubject = report.getHeader("Subject")[0];
    assertTrue(rawSubject.startsWith("=?UTF-8?"), "RFC 2047 encoded word: " + rawSubject);
    assertTrue(StandardCharsets.US_ASCII.newEncoder().canEncode(rawSubject), rawSubject);
    assertEquals("Báo cáo đánh giá mô hình Chính quyền thân thiện — năm 2024", MimeUtility.decodeText(rawSubject));
    assertArrayEquals(Files.readAllBytes(reportPdf), attachment(report));

    MimeMessage scorecard =
        Arrays.stream(received).filter(m -> subject(m).contains("Liêm Tuyền")).findFirst().orElseThrow();
    assertEquals("Phiếu kết quả năm 2024 — Liêm Tuyền", MimeUtility.decodeText(scorecard.getHeader("Subject")[0]));
    assertEquals("liem-tuyen@phuly.example.org",
        ((InternetAddress) scorecard.getRecipients(Message.RecipientType.TO)[0]).getAddress());
    assertArrayEquals(Files.readAllBytes(liemTuyenPdf), attachment(scorecard));
    MimeMultipart parts = (MimeMultipart) scorecard.getContent();
    assertTrue(((String) parts.getBodyPart(0).getContent()).contains("Kính gửi Thủ trưởng đơn vị Liêm Tuyền"));
    assertEquals("xa-liem-tuyen.pdf", parts.getBodyPart(1).getFileName());

    List<Letter> letters = Outbox.read(tmp.resolve("outbox/2024"));
    assertEquals(List.of(Letter.SENT, Letter.SENT, Letter.NO_RECIPIENT), letters.stream().map(Letter::status).toList());
    assertTrue(letters.get(0).sentAt() != null);
  }

  @Test
  void aSecondSendOfTheSameFilesSendsNothingAgainButAChangedFileGoesOut() throws Exception {
    SmtpSettings settings = settings(server.getSmtp().getPort(), PASSWORD, "off");
    Delivery.send(outbox(), settings);
    server.purgeEmailFromAllMailboxes();

    Delivery.Result again = Delivery.send(outbox(), settings);
    assertEquals(0, again.sent());
    assertEquals(2, again.alreadySent());
    assertEquals(0, server.getReceivedMessages().length);

    Files.write(liemTuyenPdf, new byte[] {1, 2, 3});
    Delivery.Result changed = Delivery.send(outbox(), settings);
    assertEquals(1, changed.sent());
    assertEquals(1, server.getReceivedMessages().length);
  }

  @Test
  void aServerThatIsDownLeavesEveryMessageInTheOutboxAsFailed() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Delivery.Result result = Delivery.send(outbox(), settings(closedPort, PASSWORD, "off"));

    assertTrue(result.failed());
    assertEquals(0, result.sent());
    String failure = result.failures().get(0);
    assertTrue(failure.startsWith("không kết nối được máy chủ thư 127.0.0.1:" + closedPort + ": máy chủ không nhận kết nối"),
        failure);
    assertTrue(failure.endsWith("2 thư chưa gửi"), failure);
    List<Letter> letters = Outbox.read(tmp.resolve("outbox/2024"));
    assertEquals(List.of(Letter.FAILED, Letter.FAILED, Letter.NO_RECIPIENT), letters.stream().map(Letter::status).toList());
    assertTrue(letters.get(0).error().contains("máy chủ không nhận kết nối"), letters.get(0).error());
    assertArrayEquals(Files.readAllBytes(reportPdf), Files.readAllBytes(tmp.resolve("outbox/2024/bao-cao.pdf")));

    // once the server is back, the retry sends what failed
    Delivery.Result retry = Delivery.send(outbox(), settings(server.getSmtp().getPort(), PASSWORD, "off"));
    assertEquals(2, retry.sent());
  }

  @Test
  void aWrongPasswordIsRefusedWithoutShowingThePassword() {
    Delivery.Result result = Delivery.send(outbox(), settings(server.getSmtp().getPort(), "sai-" + PASSWORD, "off"));

    assertTrue(result.failed());
    String failure = result.failures().get(0);
    assertTrue(failure.contains("máy chủ từ chối đăng nhập của " + USER), failure);
    assertFalse(failure.contains(PASSWORD), failure);
    assertEquals(0, server.getReceivedMessages().length);
  }

  @Test
  void startTlsIsRequiredByDefaultSoAServerWithoutItGetsNothingInClear() {
    Delivery.Result result = Delivery.send(outbox(), settings(server.getSmtp().getPort(), PASSWORD, "required"));

    assertTrue(result.failed());
    assertTrue(result.failures().get(0).contains("STARTTLS"), result.failures().get(0));
    assertEquals(0, server.getReceivedMessages().length);
  }

  @Test
  void settingsComeFromTheEnvironmentAndNeverShowThePassword() {
    DeliveryException missing = assertThrows(DeliveryException.class, () -> SmtpSettings.fromEnvironment(Map.of()));
    assertTrue(missing.badSetup());
    assertTrue(missing.getMessage().contains(SmtpSettings.HOST), missing.getMessage());

    SmtpSettings defaults =
        SmtpSettings.fromEnvironment(Map.of(SmtpSettings.HOST, "mail.example.org", SmtpSettings.FROM, FROM));
    assertEquals(587, defaults.port());
    assertTrue(defaults.startTls());

    DeliveryException half =
        assertThrows(DeliveryException.class, () -> SmtpSettings.fromEnvironment(
            Map.of(SmtpSettings.HOST, "h", SmtpSettings.FROM, FROM, SmtpSettings.USER, USER)));
    assertTrue(half.getMessage().contains(SmtpSettings.PASSWORD), half.getMessage());
    assertFalse(settings(25, PASSWORD, "off").toString().contains(PASSWORD));
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] attachment(MimeMessage message) throws Exception {
    MimeMultipart parts = (MimeMultipart) message.getContent();
    Part pdf = parts.getBodyPart(1);
    assertEquals("application/pdf", pdf.getContentType().split(";")[0].strip());
    return pdf.getInputStream().readAllBytes();
  }
}
