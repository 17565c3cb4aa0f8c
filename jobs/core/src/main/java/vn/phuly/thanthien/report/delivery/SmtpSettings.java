package vn.phuly.thanthien.report.delivery;

import java.util.Map;

/**
 * Where and as whom {@code --send} sends, from the environment (never from the profile or the
 * command line, so no credential lands in a file, a shell history or a log):
 * {@code THANTHIEN_SMTP_HOST} (required), {@code THANTHIEN_SMTP_PORT} (default 587, the submission
 * port), {@code THANTHIEN_SMTP_FROM} (required), {@code THANTHIEN_SMTP_USER} and {@code
 * THANTHIEN_SMTP_PASSWORD} (both or neither), {@code THANTHIEN_SMTP_STARTTLS} ({@code required},
 * the default: the password and the reports never travel in clear, a server that offers no
 * STARTTLS is refused; {@code off} only for a relay on the same machine or network).
 */
public record SmtpSettings(String host, int port, String from, String user, String password, boolean startTls) {
  public static final String HOST = "THANTHIEN_SMTP_HOST";
  public static final String PORT = "THANTHIEN_SMTP_PORT";
  public static final String FROM = "THANTHIEN_SMTP_FROM";
  public static final String USER = "THANTHIEN_SMTP_USER";
  public static final String PASSWORD = "THANTHIEN_SMTP_PASSWORD";
  public static final String STARTTLS = "THANTHIEN_SMTP_STARTTLS";

  public static SmtpSettings fromEnvironment(Map<String, String> env) {
    String host = value(env, HOST);
    String from = value(env, FROM);
    if (host == null || from == null) {
      throw new DeliveryException(
          "--send cần máy chủ thư: đặt biến môi trường " + HOST + " và " + FROM
              + " (và " + USER + ", " + PASSWORD + " nếu máy chủ yêu cầu đăng nhập); báo cáo vẫn nằm trong hộp thư đi",
          true);
    }
    String portText = value(env, PORT);
    int port;
    try {
      port = portText == null ? 587 : Integer.parseInt(portText);
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) {
      throw new DeliveryException(PORT + " = '" + portText + "' không phải là số cổng (1–65535)", true);
    }
    String user = value(env, USER);
    String password = value(env, PASSWORD);
    if ((user == null) != (password == null)) {
      throw new DeliveryException("cần đặt cả " + USER + " và " + PASSWORD + ", hoặc không đặt biến nào", true);
    }
    String tls = value(env, STARTTLS);
    if (tls != null && !tls.equals("required") && !tls.equals("off")) {
      throw new DeliveryException(STARTTLS + " = '" + tls + "': chỉ nhận required (mặc định) hoặc off", true);
    }
    return new SmtpSettings(host, port, from, user, password, !"off".equals(tls));
  }

  private static String value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The server as an operator message names it: never the user or the password. */
  public String server() {
    return host + ":" + port;
  }

  @Override
  public String toString() {
    return "SmtpSettings[" + server() + ", from=" + from + ", auth=" + (user != null) + ", startTls=" + startTls + "]";
  }
}
