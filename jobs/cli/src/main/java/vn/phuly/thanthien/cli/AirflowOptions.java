package vn.phuly.thanthien.cli;

import java.net.URI;
import java.time.Duration;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.airflow.AirflowClient;
import vn.phuly.thanthien.airflow.AirflowSettings;

/** Where Airflow is and who we are there, from flags or the environment (a picocli mixin). */
final class AirflowOptions {
  @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:THANTHIEN_AIRFLOW_URL:-http://127.0.0.1:8080}",
      description = "Địa chỉ API server của Airflow (mặc định: $THANTHIEN_AIRFLOW_URL, hoặc ${DEFAULT-VALUE}).")
  URI url;

  @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:THANTHIEN_AIRFLOW_USER:-admin}",
      description = "Người dùng Airflow (mặc định: $THANTHIEN_AIRFLOW_USER).")
  String user;

  // no ${DEFAULT-VALUE} in the description: the password is never printed, not even by --help
  @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:THANTHIEN_AIRFLOW_PASSWORD}",
      description = "Mật khẩu (mặc định: $THANTHIEN_AIRFLOW_PASSWORD; nên dùng biến môi trường).")
  String password;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "14400",
      description = "Chờ tối đa bấy nhiêu giây (--wait; mặc định ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  AirflowClient client() {
    return new AirflowClient(new AirflowSettings(url, user, password));
  }

  Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }
}
