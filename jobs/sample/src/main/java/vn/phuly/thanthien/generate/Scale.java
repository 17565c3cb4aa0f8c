package vn.phuly.thanthien.generate;

/**
 * How much sample data to write. Every scale has the same shape (same units, same sources, same
 * planted rows); larger scales add records per unit: more feedback, more inspections and, from
 * {@code PROVINCE} on, quarterly and half-yearly assessments in every year.
 */
public enum Scale {
  CITY(1, 1, false),
  PROVINCE(10, 10, true),
  /** About 50 million feedback items over five years, for {@link NationalProfile}'s 13,390 units. */
  NATIONAL(1_000, 100, true);

  /** Multiplier of {@link GeneratorOptions#feedbackItems()}. */
  final int feedbackFactor;
  /** Multiplier of the city's inspections per year. */
  final int inspectionFactor;
  /** Whether every year gets H1, H2 and quarterly assessments, not only a few. */
  final boolean everyPeriod;

  Scale(int feedbackFactor, int inspectionFactor, boolean everyPeriod) {
    this.feedbackFactor = feedbackFactor;
    this.inspectionFactor = inspectionFactor;
    this.everyPeriod = everyPeriod;
  }

  /** Parses {@code city|province|national} (case-insensitive). */
  public static Scale parse(String text) {
    for (Scale scale : values()) {
      if (scale.name().equalsIgnoreCase(text.trim())) {
        return scale;
      }
    }
    throw new IllegalArgumentException("unknown scale '" + text + "' (city, province or national)");
  }
}
