package vn.phuly.thanthien.airflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that a sleep moves forward at once, remembering each sleep. */
final class FakeTimer implements Timer {
  final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2025-01-02T00:00:00Z");

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    now = now.plus(duration);
  }

  Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
