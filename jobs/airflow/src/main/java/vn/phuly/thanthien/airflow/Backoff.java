package vn.phuly.thanthien.airflow;

import java.time.Duration;

/** Exponential back-off: {@code first}, then doubled each time, never above {@code max}. */
public record Backoff(Duration first, Duration max) {
  /** Between retries of a request that got no answer or a 502/503/504. */
  public static final Backoff REQUESTS = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));
  /** Between looks at a run that is still going. */
  public static final Backoff POLLING = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(15));

  public Duration after(Duration previous) {
    Duration doubled = previous.multipliedBy(2);
    return doubled.compareTo(max) > 0 ? max : doubled;
  }
}
