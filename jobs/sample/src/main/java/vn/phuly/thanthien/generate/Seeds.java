package vn.phuly.thanthien.generate;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the one seed: each stream is named by a purpose and
 * keys (a unit, a year, an item number), so a record's values do not depend on how many records
 * were drawn before it. That lets a feedback item be regenerated identically when it is
 * re-exported, without keeping it in memory.
 */
final class Seeds {
  private final long seed;

  Seeds(long seed) {
    this.seed = seed;
  }

  SplittableRandom rng(String purpose, Object... keys) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    h = mix(h ^ purpose.hashCode());
    for (Object key : keys) {
      h = mix(h ^ key.toString().hashCode() ^ ((long) key.toString().length() << 32));
    }
    return new SplittableRandom(h);
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static <T> T pick(SplittableRandom rng, java.util.List<T> items) {
    return items.get(rng.nextInt(items.size()));
  }

  /** Picks by integer weights, parallel to {@code items}. */
  static <T> T weighted(SplittableRandom rng, java.util.List<T> items, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rng.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return items.get(i);
      }
    }
    throw new IllegalStateException("unreachable");
  }
}
