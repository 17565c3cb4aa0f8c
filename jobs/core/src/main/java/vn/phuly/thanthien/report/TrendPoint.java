package vn.phuly.thanthien.report;

/**
 * One row of {@code mart_trend}: a unit's score in one year (history follows lineage), with the
 * peer mean of its unit type that year ({@code city_mean_pct}: over the units as they existed then).
 */
public record TrendPoint(
    String unitId,
    String unitName,
    String unitType,
    int year,
    Double scorePct,
    Double changePp,
    Integer rank,
    Integer placesChange,
    Double slopePpPerYear,
    Double cityMeanPct) {}
