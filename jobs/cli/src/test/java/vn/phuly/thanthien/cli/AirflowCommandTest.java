package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.airflow.AirflowException;
import vn.phuly.thanthien.airflow.AirflowException.Problem;
import vn.phuly.thanthien.airflow.DagRun;
import vn.phuly.thanthien.airflow.RunOutcome;
import vn.phuly.thanthien.airflow.TaskInstance;

/**
 * The {@code airflow} commands' usage errors, exit codes and messages without a server (against a
 * real Airflow: bin/test.d/40-airflow; the HTTP error paths: jobs/airflow's mock tests).
 */
class AirflowCommandTest {
  @Test
  void aConfThatIsNotAJsonObjectIsBadUsage() {
    CliFixtures.Outcome outcome = CliFixtures.run("airflow", "trigger", "--dag", "thanthien_nightly", "--conf", "[1, 2]");
    assertEquals(Main.BAD_INPUT, outcome.exitCode(), outcome.err());
    assertTrue(outcome.err().contains("--conf"), outcome.err());
  }

  @Test
  void aDateThatContradictsTheConfIsBadUsage() {
    CliFixtures.Outcome outcome = CliFixtures.run("airflow", "trigger", "--dag", "thanthien_nightly", "--date", "2024-12-31",
        "--conf", "{\"date\": \"2024-12-30\"}");
    assertEquals(Main.BAD_INPUT, outcome.exitCode(), outcome.err());
    assertTrue(outcome.err().contains("2024-12-30"), outcome.err());
  }

  @Test
  void aBackfillThatEndsBeforeItStartsIsBadUsage() {
    CliFixtures.Outcome outcome = CliFixtures.run("airflow", "backfill", "--dag", "thanthien_nightly", "--from", "2024-12-05", "--to", "2024-12-01");
    assertEquals(Main.BAD_INPUT, outcome.exitCode(), outcome.err());
  }

  @Test
  void noServerExitsOneNamingTheUrlAndNeverThePassword() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    CliFixtures.Outcome outcome = CliFixtures.run("airflow", "errors", "--url", "http://127.0.0.1:" + closed, "--user", "operator",
        "--password", "cli-test-password-91c2");
    assertEquals(Main.FAILURE, outcome.exitCode(), outcome.err());
    assertTrue(outcome.err().contains("Không kết nối được Airflow") && outcome.err().contains("127.0.0.1:" + closed), outcome.err());
    assertFalse((outcome.out() + outcome.err()).contains("cli-test-password-91c2"));
  }

  @Test
  void whatTheUserMustFixExitsTwoTheRestOne() {
    for (Problem problem : Problem.values()) {
      int expected = switch (problem) {
        case UNAUTHORISED, DAG_NOT_FOUND, DAG_PAUSED, RUN_NOT_FOUND, REJECTED -> Main.BAD_INPUT;
        case UNREACHABLE, CONFLICT, TIMEOUT, SERVER_ERROR -> Main.FAILURE;
      };
      assertEquals(expected, AirflowReport.exitCode(new AirflowException(problem, "x")), problem.name());
    }
  }

  @Test
  void aRunThatFailedItsQualityGateExitsThreeNamingTheTask() {
    RunOutcome outcome = new RunOutcome(run("failed", Map.of("date", "2024-03-05")),
        List.of(task("plan", "success"), task("ingest", "failed"), task("build", "upstream_failed")),
        Map.of("ingest", "Không đạt kiểm tra chất lượng dữ liệu: feedback: 3/3 dòng bị cách ly"));
    CommandFailure failure = AirflowReport.failure(outcome);
    assertEquals(Main.QUALITY_GATE, failure.exitCode());
    assertTrue(failure.getMessage().contains("tác vụ lỗi ingest"), failure.getMessage());
    assertTrue(failure.getMessage().contains("feedback: 3/3 dòng bị cách ly"), failure.getMessage());

    RunOutcome other = new RunOutcome(outcome.run(), outcome.tasks(), Map.of());
    assertEquals(Main.FAILURE, AirflowReport.failure(other).exitCode());
  }

  @Test
  void theBusinessDateOfARunWithoutConfIsTheLocalDayBeforeItsLogicalDate() {
    // 2024-12-01T18:00Z is 2 December 01:00 in Hà Nội: the run of 1 December
    assertEquals("2024-12-01", AirflowReport.businessDate(run("success", Map.of())));
    assertEquals("2024-03-05", AirflowReport.businessDate(run("success", Map.of("date", "2024-03-05"))));
  }

  private static DagRun run(String state, Map<String, Object> conf) {
    return new DagRun("r", "thanthien_nightly", "2024-12-01T18:00:00Z", "backfill", state, null, null, conf);
  }

  private static TaskInstance task(String id, String state) {
    return new TaskInstance(id, -1, state, 1, 3, null, null);
  }
}
