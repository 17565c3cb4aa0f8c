package vn.phuly.thanthien.ingest;

import java.io.Serializable;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ProfileException;

/**
 * How big one landing record may be: a longer one is quarantined ({@code RECORD_TOO_LONG}) with
 * its line number instead of being held in memory whole. The profile's threshold
 * {@value #MAX_RECORD_BYTES} (thresholds.csv) sets it; without it, {@link #DEFAULT_MAX_RECORD_BYTES}.
 *
 * @param maxRecordBytes the most bytes of one record (a CSV record with its quoted line breaks, a
 *     JSON line), counted as UTF-8
 */
public record RecordLimits(int maxRecordBytes) implements Serializable {
  public static final String MAX_RECORD_BYTES = "max_record_bytes";
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;
  public static final RecordLimits DEFAULT = new RecordLimits(DEFAULT_MAX_RECORD_BYTES);

  public RecordLimits {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException(MAX_RECORD_BYTES + " must be at least 1, not " + maxRecordBytes);
    }
  }

  /** The limits a profile sets: the one place that reads {@value #MAX_RECORD_BYTES}. */
  public static RecordLimits of(Profile profile) {
    Double value = profile.thresholds().get(MAX_RECORD_BYTES);
    if (value == null) {
      return DEFAULT;
    }
    if (!(value >= 1)) {
      throw new ProfileException(profile.directory().resolve("thresholds.csv") + ": " + MAX_RECORD_BYTES
          + " must be a number of bytes of at least 1, not " + value);
    }
    // a Java array holds at most about 2^31 characters
    return new RecordLimits((int) Math.min(Integer.MAX_VALUE - 16, value.longValue()));
  }
}
