package vn.phuly.thanthien.report.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Properties;
import javax.net.ssl.SSLException;

/**
 * Sends the outbox's letters over one SMTP connection (Eclipse Angus Mail), STARTTLS required
 * unless the settings turn it off: the session refuses a server that does not offer it, rather
 * than falling back to clear text. The subject is UTF-8 encoded per RFC 2047, the body UTF-8 text,
 * the PDF a base64 attachment.
 */
final class SmtpMailer implements AutoCloseable {
  private static final String TIMEOUT_MS = "20000";

  private final SmtpSettings settings;
  private final Session session;
  private final Transport transport;

  private SmtpMailer(SmtpSettings settings, Session session, Transport transport) {
    this.settings = settings;
    this.session = session;
    this.transport = transport;
  }

  static SmtpMailer connect(SmtpSettings settings) {
    Properties props = new Properties();
    props.put("mail.transport.protocol", "smtp");
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.from", settings.from());
    props.put("mail.smtp.auth", String.valueOf(settings.user() != null));
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    props.put("mail.smtp.timeout", TIMEOUT_MS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MS);
    Session session = Session.getInstance(props);
    try {
      Transport transport = session.getTransport("smtp");
      transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
      return new SmtpMailer(settings, session, transport);
    } catch (MessagingException e) {
      throw new DeliveryException(
          "không kết nối được máy chủ thư " + settings.server() + ": " + why(e, settings), false);
    }
  }

  /** Sends one letter with its attachment; a refusal is a {@link DeliveryException} naming the reason. */
  void send(Letter letter, Path attachment) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      for (String to : letter.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      }
      message.setSubject(letter.subject(), "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(letter.body(), "UTF-8");
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.attachFile(attachment.toFile(), "application/pdf", "base64");
      pdf.setFileName(attachment.getFileName().toString());
      message.setContent(new MimeMultipart(text, pdf));
      message.saveChanges();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | IOException e) {
      throw new DeliveryException(why(e, settings), false);
    }
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (MessagingException e) {
      // the letters are sent or recorded as failed already; a failed QUIT changes nothing
    }
  }

  /** A short Vietnamese reason, from the cause the mail library wraps. */
  static String why(Exception e, SmtpSettings settings) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "máy chủ không nhận kết nối (" + t.getMessage() + ")";
      }
      if (t instanceof UnknownHostException) {
        return "không tìm thấy máy chủ " + settings.host();
      }
      if (t instanceof SocketTimeoutException) {
        return "máy chủ không trả lời trong " + Integer.parseInt(TIMEOUT_MS) / 1000 + " giây";
      }
      if (t instanceof AuthenticationFailedException) {
        return "máy chủ từ chối đăng nhập của " + settings.user() + " (kiểm tra " + SmtpSettings.USER + ", "
            + SmtpSettings.PASSWORD + ")";
      }
      if (t instanceof SSLException) {
        return "không thiết lập được kết nối mã hoá STARTTLS (" + t.getMessage() + ")";
      }
      if (t instanceof SendFailedException failed && failed.getInvalidAddresses() != null
          && failed.getInvalidAddresses().length > 0) {
        return "máy chủ từ chối người nhận " + java.util.Arrays.toString(failed.getInvalidAddresses());
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("STARTTLS")) {
      return "máy chủ không hỗ trợ STARTTLS, thư không được gửi dưới dạng không mã hoá (" + message.strip() + ")";
    }
    return message.strip();
  }
}
