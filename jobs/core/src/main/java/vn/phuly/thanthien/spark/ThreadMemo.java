package vn.phuly.thanthien.spark;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a costly pure function for the values a column repeats millions of times
 * (spellings, units): per executor thread, so without locking, and at most {@code max} per thread,
 * so that a column of distinct values cannot grow it without bound (past that, results are
 * computed and not kept).
 */
public final class ThreadMemo<K, V> {
  private final int max;
  private final ThreadLocal<Map<K, V>> results = ThreadLocal.withInitial(HashMap::new);

  public ThreadMemo(int max) {
    this.max = max;
  }

  public V get(K key, Function<K, V> compute) {
    Map<K, V> known = results.get();
    V result = known.get(key);
    if (result == null) {
      result = compute.apply(key);
      if (known.size() < max) {
        known.put(key, result);
      }
    }
    return result;
  }
}
