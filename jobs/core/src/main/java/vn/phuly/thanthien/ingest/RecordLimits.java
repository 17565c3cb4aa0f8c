package vn.phuly.thanthien.ingest;

import java.io.Serializable;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Threshold;

/**
 * How big one landing record may be: a longer one is quarantined ({@code RECORD_TOO_LONG}) with
 * its line number instead of being held in memory whole. The profile's threshold
 * {@code max_record_bytes} ({@link Threshold#MAX_RECORD_BYTES}, default 1 MiB) sets it.
 *
 * @param maxRecordBytes the most bytes of one record (a CSV record with its quoted line breaks, a
 *     JSON line), counted as UTF-8
 */
public record RecordLimits(int maxRecordBytes) implements Serializable {
  public static final RecordLimits DEFAULT = new RecordLimits((int) Threshold.MAX_RECORD_BYTES.defaultValue());

  public RecordLimits {
    if (maxRecordBytes < 1) {
      throw new IllegalArgumentException("max_record_bytes must be at least 1, not " + maxRecordBytes);
    }
  }

  /** The limits a profile sets (Profile has checked the value is a whole number of at least 1). */
  public static RecordLimits of(Profile profile) {
    double value = profile.threshold(Threshold.MAX_RECORD_BYTES);
    // a Java array holds at most about 2^31 characters
    return new RecordLimits((int) Math.min(Integer.MAX_VALUE - 16, (long) value));
  }
}
