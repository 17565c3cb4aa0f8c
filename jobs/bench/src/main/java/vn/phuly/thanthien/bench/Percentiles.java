package vn.phuly.thanthien.bench;

import java.util.Arrays;

/** Percentiles of benchmark samples by the nearest-rank method: always one of the measured values. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The {@code p}-th percentile (0 &lt; p ≤ 100) of {@code samples}: the smallest sample such that at
   * least {@code p}% of the samples are less than or equal to it, i.e. the value at rank
   * ⌈p/100 · n⌉ of the sorted samples.
   */
  public static double nearestRank(double[] samples, double p) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
