package vn.phuly.thanthien.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random texts over a small alphabet, to compare a shortcut with the plain rule it skips. */
public final class RandomTexts {
  private RandomTexts() {}

  /** {@code count} texts of 0 to {@code maxLength - 1} characters of {@code alphabet}, the same for a seed. */
  public static List<String> of(long seed, String alphabet, int maxLength, int count) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(maxLength); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
