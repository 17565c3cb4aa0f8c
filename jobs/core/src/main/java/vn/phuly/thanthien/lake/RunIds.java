package vn.phuly.thanthien.lake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Run ids like {@code 20261126T213000Z-3f9a}: UTC start second (so they sort by time) and a random suffix. */
public final class RunIds {
  private static final DateTimeFormatter UTC_SECOND = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private RunIds() {}

  public static String newRunId(Clock clock) {
    byte[] suffix = new byte[2];
    RANDOM.nextBytes(suffix);
    return UTC_SECOND.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix);
  }
}
