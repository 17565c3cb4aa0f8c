package vn.phuly.thanthien.generate;

/** Why a planted row must be quarantined (the ingest reason codes). */
public enum Reason {
  UNKNOWN_UNIT,
  OUT_OF_RANGE,
  BAD_DATE,
  MISSING_REQUIRED,
  UNKNOWN_CRITERION,
  BAD_ENUM,
  PARSE_ERROR
}
