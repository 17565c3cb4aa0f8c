package vn.phuly.thanthien.generate;

/**
 * What {@link SampleGenerator} writes.
 *
 * @param seed the only source of randomness: the same seed gives byte-identical files
 * @param feedbackItems feedback items at city scale (multiplied by the scale); tests shrink it
 * @param feedbackRows feedback items over the whole run, whatever the scale, or 0 for {@code
 *     feedbackItems} × the scale's factor ({@code generate --feedback-rows}, to scale national data down)
 */
public record GeneratorOptions(long seed, Scale scale, int fromYear, int toYear, int feedbackItems, long feedbackRows) {
  public static final long DEFAULT_SEED = 20210101L;
  public static final int DEFAULT_FEEDBACK_ITEMS = 50_000;

  public GeneratorOptions {
    if (scale == null) {
      throw new IllegalArgumentException("scale is required");
    }
    if (fromYear > toYear) {
      throw new IllegalArgumentException("from year " + fromYear + " is after to year " + toYear);
    }
    if (feedbackItems < 0 || feedbackRows < 0) {
      throw new IllegalArgumentException("feedback items must not be negative");
    }
  }

  public GeneratorOptions(long seed, Scale scale, int fromYear, int toYear, int feedbackItems) {
    this(seed, scale, fromYear, toYear, feedbackItems, 0);
  }

  public GeneratorOptions(long seed, Scale scale, int fromYear, int toYear) {
    this(seed, scale, fromYear, toYear, DEFAULT_FEEDBACK_ITEMS);
  }

  public static GeneratorOptions defaults() {
    return new GeneratorOptions(DEFAULT_SEED, Scale.CITY, 2021, 2025);
  }

  long totalFeedbackItems() {
    return feedbackRows > 0 ? feedbackRows : (long) feedbackItems * scale.feedbackFactor;
  }
}
