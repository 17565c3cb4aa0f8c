package vn.phuly.thanthien.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ingest_runs: the manifests hold UTC instants (Instant#toString); the mart shows Hanoi local time. */
class IngestRunsMartTest {
  @Test
  void runTimesAreHanoiLocalTime() throws Exception {
    try (MartFixture lake =
        new MartFixture()
            .unit("U1", "13303", "Lam Hạ", "PHUONG", "2021-01-01", null, 2000L)
            // 23:58 UTC on 31/12/2024 is 06:58 on 1/1/2025 in Hanoi (UTC+7)
            .run("run-1", "2024-12-31T23:58:00Z", "2025-01-01T00:01:02.500Z", "feedback/2024-12-31/export.csv", "2024-12-31")
            .build()) {
      assertEquals(
          List.of(Map.of("run_id", "run-1", "started_at", "2025-01-01 06:58:00", "finished_at", "2025-01-01 07:01:02.5")),
          lake.query(
              "select run_id, cast(started_at as varchar) as started_at, cast(finished_at as varchar) as finished_at"
                  + " from ingest_runs"));
    }
  }
}
