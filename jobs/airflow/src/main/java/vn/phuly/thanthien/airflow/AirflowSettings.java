package vn.phuly.thanthien.airflow;

import java.net.URI;
import java.util.Objects;

/**
 * Where Airflow's API server is and who we are there (simple auth manager, or any auth manager
 * behind {@code POST /auth/token}). The password never appears in {@link #toString()}.
 */
public record AirflowSettings(URI url, String user, String password) {
  public AirflowSettings {
    Objects.requireNonNull(url, "url");
    String text = url.toString();
    url = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  @Override
  public String toString() {
    return "AirflowSettings[url=" + url + ", user=" + user + ", password=" + (password == null ? "none" : "redacted") + "]";
  }
}
