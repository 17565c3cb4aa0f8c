package vn.phuly.thanthien.airflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Business dates of {@code thanthien_nightly} and the logical dates of its runs (the DAG's side:
 * dags/thanthien/dates.py). The run for business date D is the one of D + 1 at 01:00
 * Asia/Ho_Chi_Minh: a triggered run for D takes that logical date, so it stands where the
 * scheduled run of D would, and a backfill over it sees it as done.
 */
public final class AirflowDates {
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalTime NIGHTLY = LocalTime.of(1, 0);

  private AirflowDates() {}

  /** The logical date of the nightly run of {@code businessDate}. */
  public static OffsetDateTime logicalDate(LocalDate businessDate) {
    return businessDate.plusDays(1).atTime(NIGHTLY).atZone(ZONE).toOffsetDateTime();
  }

  /** The first instant of the local day after {@code first}: a backfill from here starts at the run of {@code first}. */
  public static OffsetDateTime backfillFrom(LocalDate first) {
    return first.plusDays(1).atStartOfDay(ZONE).toOffsetDateTime();
  }

  /** The last second of the local day after {@code last}: a backfill to here ends with the run of {@code last}. */
  public static OffsetDateTime backfillTo(LocalDate last) {
    return last.plusDays(2).atStartOfDay(ZONE).minusSeconds(1).toOffsetDateTime();
  }
}
