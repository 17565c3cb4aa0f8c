package vn.phuly.thanthien.airflow;

import java.time.Duration;
import java.time.Instant;

/** The client's clock and sleep: the system's, or a test's that advances without waiting. */
public interface Timer {
  Timer SYSTEM =
      new Timer() {
        @Override
        public Instant now() {
          return Instant.now();
        }

        @Override
        public void sleep(Duration duration) {
          try {
            Thread.sleep(duration.toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Airflow", e);
          }
        }
      };

  Instant now();

  void sleep(Duration duration);
}
