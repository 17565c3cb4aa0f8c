package vn.phuly.thanthien.airflow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.phuly.thanthien.airflow.AirflowException.Problem;

/**
 * The client's error paths against an HTTP mock: an expired token, retried and unretried server
 * errors, 409 on trigger, paused and unknown DAGs, the wait's deadline, unknown fields. What it does
 * against a real Airflow is proven by bin/test.d/40-airflow.
 */
class AirflowClientTest {
  private static final String PASSWORD = "mock-only-password-7f3a";
  private static final String RUN_PATH = "/api/v2/dags/thanthien_nightly/dagRuns/nightly-2024-12-31";

  @RegisterExtension
  static final WireMockExtension AIRFLOW =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

  private final FakeTimer timer = new FakeTimer();
  private AirflowClient client;

  @BeforeEach
  void client() {
    client = new AirflowClient(new AirflowSettings(URI.create(AIRFLOW.baseUrl()), "operator", PASSWORD), timer);
    AIRFLOW.stubFor(post("/auth/token")
        .withRequestBody(equalToJson("{\"username\": \"operator\", \"password\": \"" + PASSWORD + "\"}"))
        .willReturn(json(201, "{\"access_token\": \"token-1\", \"token_type\": \"bearer\"}")));
  }

  @Test
  void anExpiredTokenIsReplacedOnceAndTheRequestRepeated() {
    AIRFLOW.stubFor(post("/auth/token").inScenario("tokens").whenScenarioStateIs(STARTED).willSetStateTo("second")
        .willReturn(json(201, "{\"access_token\": \"token-1\"}")));
    AIRFLOW.stubFor(post("/auth/token").inScenario("tokens").whenScenarioStateIs("second")
        .willReturn(json(201, "{\"access_token\": \"token-2\"}")));
    AIRFLOW.stubFor(get("/api/v2/version").withHeader("Authorization", equalTo("Bearer token-1"))
        .willReturn(json(401, "{\"detail\": \"Token expired\"}")));
    AIRFLOW.stubFor(get("/api/v2/version").withHeader("Authorization", equalTo("Bearer token-2"))
        .willReturn(json(200, "{\"version\": \"3.3.2\", \"git_version\": null, \"added_later\": true}")));

    assertEquals(new Version("3.3.2", null), client.version());
    AIRFLOW.verify(2, postRequestedFor(urlEqualTo("/auth/token")));
    AIRFLOW.verify(2, getRequestedFor(urlEqualTo("/api/v2/version")));
  }

  @Test
  void aRefusedPasswordIsUnauthorisedAndNeverPrinted() {
    AIRFLOW.stubFor(post("/auth/token").willReturn(json(401, "{\"detail\": \"Invalid credentials\"}")));
    AirflowException e = assertThrows(AirflowException.class, () -> client.version());
    assertEquals(Problem.UNAUTHORISED, e.problem());
    assertTrue(e.getMessage().contains("operator"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
    assertFalse(new AirflowSettings(URI.create(AIRFLOW.baseUrl()), "operator", PASSWORD).toString().contains(PASSWORD));
  }

  @Test
  void a503IsRetriedWithBackOffUntilAnAnswer() {
    AIRFLOW.stubFor(get("/api/v2/monitor/health").inScenario("restart").whenScenarioStateIs(STARTED).willSetStateTo("503 again").willReturn(aResponse().withStatus(503)));
    AIRFLOW.stubFor(get("/api/v2/monitor/health").inScenario("restart").whenScenarioStateIs("503 again")
        .willSetStateTo("up").willReturn(aResponse().withStatus(503)));
    AIRFLOW.stubFor(get("/api/v2/monitor/health").inScenario("restart").whenScenarioStateIs("up")
        .willReturn(json(200, "{\"metadatabase\": {\"status\": \"healthy\"}, \"scheduler\": {\"status\": \"healthy\","
            + " \"latest_scheduler_heartbeat\": \"2025-01-01T00:00:00Z\"}, \"triggerer\": {\"status\": null},"
            + " \"dag_processor\": {\"status\": \"healthy\"}}")));

    assertTrue(client.health().healthy());
    AIRFLOW.verify(3, getRequestedFor(urlEqualTo("/api/v2/monitor/health")));
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), timer.sleeps);
  }

  @Test
  void a500IsNotRetried() {
    AIRFLOW.stubFor(get("/api/v2/version").willReturn(json(500, "{\"detail\": \"boom\"}")));
    AirflowException e = assertThrows(AirflowException.class, () -> client.version());
    assertEquals(Problem.SERVER_ERROR, e.problem());
    assertTrue(e.getMessage().contains("500") && e.getMessage().contains("boom"), e.getMessage());
    AIRFLOW.verify(1, getRequestedFor(urlEqualTo("/api/v2/version")));
  }

  @Test
  void noServerIsUnreachableAfterTheRetries() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    AirflowClient nobody = new AirflowClient(new AirflowSettings(URI.create("http://127.0.0.1:" + closed), "operator", PASSWORD), timer);
    AirflowException e = assertThrows(AirflowException.class, nobody::health);
    assertEquals(Problem.UNREACHABLE, e.problem());
    assertTrue(e.getMessage().contains("127.0.0.1:" + closed) && e.getMessage().contains("5 attempts"), e.getMessage());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), timer.sleeps);
  }

  @Test
  void a409ReturnsTheExistingRunAndCreatesNoSecond() {
    dag(false);
    AIRFLOW.stubFor(post("/api/v2/dags/thanthien_nightly/dagRuns").willReturn(json(409, "{\"detail\": {\"reason\": \"Unique constraint violation\"}}")));
    AIRFLOW.stubFor(get(RUN_PATH).willReturn(json(200, run("nightly-2024-12-31", "running"))));

    Triggered triggered = client.trigger("thanthien_nightly", "nightly-2024-12-31",
        OffsetDateTime.parse("2025-01-01T01:00+07:00"), Map.of("date", "2024-12-31"));

    assertFalse(triggered.created());
    assertEquals("nightly-2024-12-31", triggered.run().dagRunId());
    assertEquals("running", triggered.run().state());
    AIRFLOW.verify(1, postRequestedFor(urlEqualTo("/api/v2/dags/thanthien_nightly/dagRuns"))
        .withRequestBody(equalToJson("{\"dag_run_id\": \"nightly-2024-12-31\", \"logical_date\": \"2025-01-01T01:00+07:00\","
            + " \"conf\": {\"date\": \"2024-12-31\"}}")));
  }

  @Test
  void a409OnTheSameLogicalDateReturnsTheRunThatHoldsIt() {
    dag(false);
    AIRFLOW.stubFor(post("/api/v2/dags/thanthien_nightly/dagRuns").willReturn(json(409, "{\"detail\": \"conflict\"}")));
    AIRFLOW.stubFor(get("/api/v2/dags/thanthien_nightly/dagRuns/second-id").willReturn(json(404, "{\"detail\": \"not found\"}")));
    AIRFLOW.stubFor(get(urlPathEqualTo("/api/v2/dags/thanthien_nightly/dagRuns"))
        .withQueryParam("logical_date_gte", equalTo("2025-01-01T01:00+07:00"))
        .withQueryParam("logical_date_lte", equalTo("2025-01-01T01:00+07:00"))
        .willReturn(json(200, "{\"dag_runs\": [" + run("nightly-2024-12-31", "success") + "], \"total_entries\": 1}")));

    Triggered triggered = client.trigger("thanthien_nightly", "second-id", OffsetDateTime.parse("2025-01-01T01:00+07:00"), null);

    assertFalse(triggered.created());
    assertEquals("nightly-2024-12-31", triggered.run().dagRunId());
  }

  @Test
  void aPausedDagIsRefusedBeforeAnyRunIsCreated() {
    dag(true);
    AirflowException e = assertThrows(AirflowException.class,
        () -> client.trigger("thanthien_nightly", "r", OffsetDateTime.parse("2025-01-01T01:00+07:00"), null));
    assertEquals(Problem.DAG_PAUSED, e.problem());
    AIRFLOW.verify(0, postRequestedFor(urlEqualTo("/api/v2/dags/thanthien_nightly/dagRuns")));
  }

  @Test
  void unpauseSendsTheUpdateMask() {
    AIRFLOW.stubFor(patch(urlEqualTo("/api/v2/dags/thanthien_nightly?update_mask=is_paused"))
        .withRequestBody(equalToJson("{\"is_paused\": false}"))
        .willReturn(json(200, "{\"dag_id\": \"thanthien_nightly\", \"is_paused\": false}")));
    assertFalse(client.unpause("thanthien_nightly").isPaused());
  }

  @Test
  void anUnknownDagIsNamed() {
    AIRFLOW.stubFor(get("/api/v2/dags/no_such_dag").willReturn(json(404, "{\"detail\": \"The Dag with dag_id: `no_such_dag` was not found\"}")));
    AirflowException e = assertThrows(AirflowException.class,
        () -> client.trigger("no_such_dag", "r", OffsetDateTime.parse("2025-01-01T01:00+07:00"), null));
    assertEquals(Problem.DAG_NOT_FOUND, e.problem());
    assertTrue(e.getMessage().contains("no_such_dag"), e.getMessage());
  }

  @Test
  void waitingGivesUpAtTheDeadlineWithGrowingPauses() {
    AIRFLOW.stubFor(get(RUN_PATH).willReturn(json(200, run("nightly-2024-12-31", "running"))));
    AirflowException e = assertThrows(AirflowException.class,
        () -> client.waitFor("thanthien_nightly", "nightly-2024-12-31", Duration.ofSeconds(40)));
    assertEquals(Problem.TIMEOUT, e.problem());
    assertTrue(e.getMessage().contains("still running after 40 s"), e.getMessage());
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8),
        Duration.ofSeconds(15), Duration.ofSeconds(10)), timer.sleeps, "1, 2, 4, 8, then at most 15 s, never past the deadline");
    assertEquals(Duration.ofSeconds(40), timer.slept());
  }

  @Test
  void aFailedRunNamesItsFailedTaskAndTheQualityGateReason() {
    AIRFLOW.stubFor(get(RUN_PATH).willReturn(json(200, run("nightly-2024-12-31", "failed"))));
    AIRFLOW.stubFor(get(urlPathEqualTo(RUN_PATH + "/taskInstances")).willReturn(json(200, "{\"task_instances\": ["
        + task("plan", "success") + "," + task("ingest", "failed") + "," + task("stale_sources", "failed") + ","
        + task("build", "upstream_failed") + "], \"total_entries\": 4}")));
    AIRFLOW.stubFor(get(RUN_PATH + "/taskInstances/ingest/xcomEntries/quality_gate").willReturn(json(200,
        "{\"key\": \"quality_gate\", \"value\": \"Không đạt kiểm tra chất lượng dữ liệu: feedback: 3/3 dòng bị cách ly\"}")));
    AIRFLOW.stubFor(get(RUN_PATH + "/taskInstances/stale_sources/xcomEntries/quality_gate").willReturn(json(404, "{\"detail\": \"no xcom\"}")));

    RunOutcome outcome = client.outcome("thanthien_nightly", "nightly-2024-12-31");

    assertEquals(List.of("ingest", "stale_sources"), outcome.failedTasks());
    assertEquals(Map.of("ingest", "Không đạt kiểm tra chất lượng dữ liệu: feedback: 3/3 dòng bị cách ly"), outcome.qualityGates());
    assertEquals(List.of("plan", "ingest", "stale_sources", "build"), outcome.tasks().stream().map(TaskInstance::taskId).toList());
  }

  @Test
  void runIdsWithColonsAndPlusSignsAreOneEncodedSegment() {
    AIRFLOW.stubFor(get(urlEqualTo("/api/v2/dags/thanthien_nightly/dagRuns/scheduled__2024-12-01T18%3A00%3A00%2B00%3A00"))
        .willReturn(json(200, run("scheduled__2024-12-01T18:00:00+00:00", "success"))));
    assertTrue(client.run("thanthien_nightly", "scheduled__2024-12-01T18:00:00+00:00").succeeded());
  }

  @Test
  void importErrorsAreReadPageByPage() {
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      first.append(i == 0 ? "" : ",").append(importError(i));
    }
    AIRFLOW.stubFor(get(urlEqualTo("/api/v2/importErrors?limit=100&offset=0"))
        .willReturn(json(200, "{\"import_errors\": [" + first + "], \"total_entries\": 101}")));
    AIRFLOW.stubFor(get(urlEqualTo("/api/v2/importErrors?limit=100&offset=100"))
        .willReturn(json(200, "{\"import_errors\": [" + importError(100) + "], \"total_entries\": 101}")));

    List<ImportError> errors = client.importErrors();

    assertEquals(101, errors.size());
    assertEquals("dags/broken_100.py", errors.get(100).filename());
    assertTrue(errors.get(100).stackTrace().endsWith("ModuleNotFoundError: No module named 'x'"));
  }

  @Test
  void aSecondBackfillWhileOneRunsIsAConflict() {
    dag(false);
    AIRFLOW.stubFor(post("/api/v2/backfills").willReturn(json(409,
        "{\"detail\": \"Another backfill is running for Dag thanthien_nightly. There can be only one running backfill per Dag.\"}")));
    AirflowException e = assertThrows(AirflowException.class, () -> client.backfill("thanthien_nightly",
        AirflowDates.backfillFrom(LocalDate.of(2024, 12, 1)), AirflowDates.backfillTo(LocalDate.of(2024, 12, 3)),
        "failed", null));
    assertEquals(Problem.CONFLICT, e.problem());
    assertTrue(e.getMessage().contains("Another backfill is running"), e.getMessage());
    AIRFLOW.verify(postRequestedFor(urlEqualTo("/api/v2/backfills")).withRequestBody(equalToJson(
        "{\"dag_id\": \"thanthien_nightly\", \"from_date\": \"2024-12-02T00:00+07:00\", \"to_date\": \"2024-12-04T23:59:59+07:00\","
            + " \"run_backwards\": false, \"max_active_runs\": 1, \"reprocess_behavior\": \"failed\", \"dag_run_conf\": {}}")));
  }

  @Test
  void everyApiRequestCarriesTheToken() {
    dag(false);
    client.dag("thanthien_nightly");
    AIRFLOW.verify(getRequestedFor(urlEqualTo("/api/v2/dags/thanthien_nightly")).withHeader("Authorization", matching("Bearer token-1")));
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private static void dag(boolean paused) {
    AIRFLOW.stubFor(get("/api/v2/dags/thanthien_nightly").willReturn(json(200,
        "{\"dag_id\": \"thanthien_nightly\", \"is_paused\": " + paused + ", \"has_import_errors\": false,"
            + " \"fileloc\": \"/dags/thanthien_nightly.py\", \"tags\": [{\"name\": \"thanthien\"}], \"timetable_summary\": \"0 1 * * *\"}")));
  }

  /** A run as Airflow 3.3 answers it, with fields the client does not know. */
  private static String run(String id, String state) {
    return "{\"dag_run_id\": \"" + id + "\", \"dag_id\": \"thanthien_nightly\", \"logical_date\": \"2024-12-31T18:00:00Z\","
        + " \"queued_at\": \"2025-01-01T00:00:00Z\", \"run_after\": \"2024-12-31T18:00:00Z\", \"run_type\": \"manual\","
        + " \"state\": \"" + state + "\", \"triggered_by\": \"rest_api\", \"conf\": {\"date\": \"2024-12-31\"},"
        + " \"dag_versions\": [{\"version_number\": 1}], \"partition_key\": null, \"note\": null}";
  }

  private static String task(String id, String state) {
    return "{\"id\": \"01-" + id + "\", \"task_id\": \"" + id + "\", \"map_index\": -1, \"state\": \"" + state + "\","
        + " \"try_number\": 1, \"max_tries\": 3, \"operator\": \"PythonOperator\", \"rendered_fields\": {}, \"pool\": \"default_pool\"}";
  }

  private static String importError(int i) {
    return "{\"import_error_id\": " + i + ", \"timestamp\": \"2025-01-01T00:00:00Z\", \"filename\": \"dags/broken_" + i + ".py\","
        + " \"bundle_name\": \"dags-folder\", \"stack_trace\": \"Traceback (most recent call last):\\nModuleNotFoundError: No module named 'x'\"}";
  }
}
