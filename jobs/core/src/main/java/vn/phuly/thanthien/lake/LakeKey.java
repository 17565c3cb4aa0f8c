package vn.phuly.thanthien.lake;

import java.time.Clock;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.BadInputException;

/**
 * {@code _key.json}: the fingerprint of the pseudonymisation key the lake is written with (an HMAC
 * of a fixed label under the key, never the key), recorded by the first ingest. A run under another
 * key would silently split every pseudonym from its history, so it is refused (exit 2) before it
 * writes anything. A lake written before fingerprints existed gets its fingerprint from its next
 * run (the key then in use is taken as the lake's).
 */
public final class LakeKey {
  static final String FILE = "_key.json";

  /** The file's content. */
  record Recorded(String fingerprint, String algorithm, String recordedAt) {}

  private LakeKey() {}

  /** Refuses {@code fingerprint} when the lake records another one; writes nothing. */
  public static void verify(Lake lake, String fingerprint) {
    Path file = file(lake);
    if (!lake.store().isFile(file)) {
      return;
    }
    String recorded = LakeJson.read(lake.store(), file, Recorded.class).fingerprint();
    if (!fingerprint.equals(recorded)) {
      throw new BadInputException(
          "Khóa bút danh (THANTHIEN_PII_KEY) không khớp với khóa đã dùng cho hồ dữ liệu " + lake.root()
              + " (dấu vân tay của khóa ghi trong " + file + "). Không ghi gì vào hồ dữ liệu. Dùng khóa khác sẽ tách mọi bút danh"
              + " khỏi lịch sử của chúng. Cách xử lý: đặt lại đúng khóa đã dùng cho hồ dữ liệu này (lấy từ nơi lưu khóa bí mật"
              + " của bộ lập lịch); hoặc, nếu khóa cũ đã mất hay bị lộ, nạp toàn bộ landing vào một hồ dữ liệu mới"
              + " (--lake THƯ_MỤC_MỚI) với khóa mới rồi dựng lại kho dữ liệu từ đó."
              + " / The pseudonymisation key does not match the key this lake was written with: nothing was written."
              + " Set the lake's key again, or ingest everything into a new lake under the new key.");
    }
  }

  /** Verifies, and records the fingerprint if the lake has none. Call holding {@link Lake#lockForWriting}. */
  public static void verifyOrRecord(Lake lake, String fingerprint, Clock clock) {
    verify(lake, fingerprint);
    if (!lake.store().isFile(file(lake))) {
      LakeJson.write(lake.store(), file(lake), new Recorded(fingerprint, "HMAC-SHA-256 under the key of a fixed label", clock.instant().toString()));
    }
  }

  static Path file(Lake lake) {
    return new Path(lake.root(), FILE);
  }
}
