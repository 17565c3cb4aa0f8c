package vn.phuly.thanthien.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  /** Ten samples, deliberately unsorted: 1..10 ms. */
  private static final double[] TEN = {7, 3, 10, 1, 5, 9, 2, 8, 4, 6};

  @Test
  void medianOfTenIsTheFifthSmallest() {
    // rank ⌈0.5 · 10⌉ = 5
    assertEquals(5.0, Percentiles.nearestRank(TEN, 50));
  }

  @Test
  void p95OfTenIsTheLargest() {
    // rank ⌈0.95 · 10⌉ = 10
    assertEquals(10.0, Percentiles.nearestRank(TEN, 95));
  }

  @Test
  void p90OfTenIsTheNinthSmallest() {
    assertEquals(9.0, Percentiles.nearestRank(TEN, 90));
  }

  @Test
  void medianOfThreeIsTheMiddleOne() {
    // rank ⌈0.5 · 3⌉ = 2
    assertEquals(12.5, Percentiles.nearestRank(new double[] {30.0, 12.5, 11.0}, 50));
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    assertEquals(4.2, Percentiles.nearestRank(new double[] {4.2}, 1));
    assertEquals(4.2, Percentiles.nearestRank(new double[] {4.2}, 100));
  }

  @Test
  void doesNotReorderTheCallersSamples() {
    double[] samples = {3, 1, 2};
    Percentiles.nearestRank(samples, 50);
    assertEquals(3.0, samples[0]);
  }

  @Test
  void rejectsNoSamplesAndPercentilesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(new double[0], 50));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(TEN, 0));
    assertThrows(IllegalArgumentException.class, () -> Percentiles.nearestRank(TEN, 101));
  }
}
