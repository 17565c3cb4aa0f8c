package vn.phuly.thanthien.report.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run by {@code bin/test.d/80-delivery} only (not a {@code *Test}: it needs the stage's server):
 * an outbox sent with STARTTLS required to aiosmtpd, which refuses AUTH and mail before STARTTLS,
 * then the stored messages read back.
 */
class StartTlsDeliveryCheck {
  @TempDir Path tmp;

  private static String property(String name) {
    String value = System.getProperty(name);
    assertNotNull(value, name + " is set by bin/test.d/80-delivery, which starts the SMTP server");
    return value;
  }

  @Test
  void sendsUnderStartTlsWithLoginAndTheServerStoresTheRightMessages() throws Exception {
    System.setProperty("javax.net.ssl.trustStore", property("thanthien.smtp.truststore"));
    System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
    Path mail = Path.of(property("thanthien.smtp.mail"));
    byte[] pdf = new byte[5000];
    for (int i = 0; i < pdf.length; i++) {
      pdf[i] = (byte) (i * 17 + 3);
    }
    Path report = Files.write(tmp.resolve("bao-cao.pdf"), pdf);
    Path card = Files.write(tmp.resolve("xa-liem-tuyen.pdf"), new byte[] {0, (byte) 0xFF, 10, 13, 26});
    Outbox outbox =
        Outbox.prepare(tmp.resolve("outbox"), "2024-Q3", report, List.of("chu-tich@phuly.example.org"),
            List.of(new Outbox.Scorecard("xa-liem-tuyen", "Liêm Tuyền", card, List.of("liem-tuyen@phuly.example.org"))));
    SmtpSettings settings =
        SmtpSettings.fromEnvironment(Map.of(
            SmtpSettings.HOST, "127.0.0.1", SmtpSettings.PORT, property("thanthien.smtp.port"),
            SmtpSettings.FROM, "bao-cao@phuly.example.org", SmtpSettings.USER, "bao-cao",
            SmtpSettings.PASSWORD, "mk-starttls-80"));
    assertTrue(settings.startTls(), "STARTTLS is required by default");

    Delivery.Result result = Delivery.send(outbox, settings);

    assertEquals(List.of(), result.failures());
    assertEquals(2, result.sent());
    List<JsonNode> envelopes = new ArrayList<>();
    List<MimeMessage> messages = new ArrayList<>();
    Session session = Session.getInstance(new Properties());
    for (int n = 1; n <= 2; n++) {
      envelopes.add(new ObjectMapper().readTree(mail.resolve(n + ".json").toFile()));
      try (InputStream in = Files.newInputStream(mail.resolve(n + ".eml"))) {
        messages.add(new MimeMessage(session, in));
      }
    }
    for (JsonNode envelope : envelopes) {
      assertTrue(envelope.get("tls").asBoolean(), "the message travelled under TLS: " + envelope);
      assertEquals("bao-cao", envelope.get("login").asText());
    }
    assertEquals("[\"chu-tich@phuly.example.org\"]", envelopes.get(0).get("rcpt_tos").toString());
    assertEquals("[\"liem-tuyen@phuly.example.org\"]", envelopes.get(1).get("rcpt_tos").toString());
    String rawSubject = messages.get(1).getHeader("Subject")[0];
    assertTrue(rawSubject.startsWith("=?UTF-8?"), rawSubject);
    assertEquals("Phiếu kết quả quý III năm 2024 — Liêm Tuyền", MimeUtility.decodeText(rawSubject));
    assertArrayEquals(pdf, ((MimeMultipart) messages.get(0).getContent()).getBodyPart(1).getInputStream().readAllBytes());
    assertArrayEquals(
        Files.readAllBytes(card), ((MimeMultipart) messages.get(1).getContent()).getBodyPart(1).getInputStream().readAllBytes());
  }
}
