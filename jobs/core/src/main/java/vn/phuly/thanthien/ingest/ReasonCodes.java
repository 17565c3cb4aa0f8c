package vn.phuly.thanthien.ingest;

import java.util.List;

/**
 * Quarantine reason codes, in the order they are checked: a row gets the first that applies.
 *
 * <ol>
 *   <li>{@code MISSING_COLUMN}: the file lacks a required column; every record is quarantined
 *   <li>{@code PARSE_ERROR}: not a JSON object / wrong number of CSV fields
 *   <li>{@code MISSING_REQUIRED}: a required value is empty (columns in contract order)
 *   <li>{@code BAD_TYPE}: not a number / integer
 *   <li>{@code BAD_DATE}: not one of the accepted date/time formats, or no such day
 *   <li>{@code BAD_ENUM}: neither a code nor a label of a closed enumeration
 *   <li>{@code OUT_OF_RANGE}: below the contract's min or above its max
 *   <li>{@code BAD_PERIOD}: a period that is not {@code YYYY}, {@code YYYY-H1|2}, {@code YYYY-Q1..4}
 *   <li>{@code UNKNOWN_UNIT}, {@code AMBIGUOUS_UNIT}: the unit resolver's verdict
 *   <li>{@code UNKNOWN_CRITERION}: not in the catalogue valid for the unit's type on period_end
 *   <li>{@code OUT_OF_RANGE}: a score above the criterion's max_points
 *   <li>{@code DUPLICATE_KEY}: the same business key and version values already seen this day
 * </ol>
 */
public final class ReasonCodes {
  public static final List<String> ORDER =
      List.of("MISSING_COLUMN", "PARSE_ERROR", "MISSING_REQUIRED", "BAD_TYPE", "BAD_DATE",
          "BAD_ENUM", "OUT_OF_RANGE", "BAD_PERIOD", "UNKNOWN_UNIT", "AMBIGUOUS_UNIT",
          "UNKNOWN_CRITERION", "DUPLICATE_KEY");

  private ReasonCodes() {}
}
