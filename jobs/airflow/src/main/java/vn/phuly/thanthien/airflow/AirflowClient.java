package vn.phuly.thanthien.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import vn.phuly.thanthien.airflow.AirflowException.Problem;
import vn.phuly.thanthien.airflow.Transport.Response;

/**
 * A client of Airflow's stable REST API v2 ({@code /api/v2}): trigger a run with our own run id
 * and logical date, wait for it, its tasks, import errors, unpause, clear, backfills, health and
 * version. Not thread-safe (one token, fetched again when it expires).
 */
public final class AirflowClient {
  private static final int PAGE = 100;

  private final Transport transport;
  private final Timer timer;

  public AirflowClient(AirflowSettings settings) {
    this(settings, Timer.SYSTEM);
  }

  /** With the test's timer: back-off and deadlines without waiting. */
  public AirflowClient(AirflowSettings settings, Timer timer) {
    this.transport = new Transport(settings, timer);
    this.timer = timer;
  }

  public Health health() {
    Response response = transport.sendAnonymous("GET", "/api/v2/monitor/health");
    return Transport.read(expectOk(response, "GET /api/v2/monitor/health"), Health.class);
  }

  public Version version() {
    return Transport.read(expectOk(transport.send("GET", "/api/v2/version", null), "GET /api/v2/version"), Version.class);
  }

  /** The DAG; {@link Problem#DAG_NOT_FOUND} when Airflow does not know it. */
  public Dag dag(String dagId) {
    Response response = transport.send("GET", dagPath(dagId), null);
    if (response.status() == 404) {
      throw dagNotFound(dagId);
    }
    return Transport.read(expectOk(response, "GET " + dagPath(dagId)), Dag.class);
  }

  /** New DAGs start paused, and a run of a paused DAG stays queued for ever. */
  public Dag unpause(String dagId) {
    String path = dagPath(dagId) + "?update_mask=is_paused";
    Response response = transport.send("PATCH", path, Map.of("is_paused", false));
    if (response.status() == 404) {
      throw dagNotFound(dagId);
    }
    return Transport.read(expectOk(response, "PATCH " + path), Dag.class);
  }

  /**
   * A run of {@code dagId} with our run id and logical date. Refused when the DAG is paused. If the
   * run id or the logical date is taken (409: a retried request, a second trigger of the same
   * date), the existing run is returned and none is created.
   */
  public Triggered trigger(String dagId, String runId, OffsetDateTime logicalDate, Map<String, Object> conf) {
    if (dag(dagId).isPaused()) {
      throw new AirflowException(Problem.DAG_PAUSED, "DAG " + dagId + " is paused: its runs would stay queued");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dag_run_id", runId);
    body.put("logical_date", logicalDate.toString());
    body.put("conf", conf == null ? Map.of() : conf);
    String path = dagPath(dagId) + "/dagRuns";
    Response response = transport.send("POST", path, body);
    if (response.status() == 409) {
      return new Triggered(findRun(dagId, runId).or(() -> runAt(dagId, logicalDate)).orElseThrow(
          () -> new AirflowException(Problem.CONFLICT, "POST " + path + " answered 409 but no run " + runId
              + " nor any run at " + logicalDate + " exists: " + Transport.detail(response))), false);
    }
    if (response.status() == 404) {
      throw dagNotFound(dagId);
    }
    return new Triggered(Transport.read(expectOk(response, "POST " + path), DagRun.class), true);
  }

  /** The run; {@link Problem#RUN_NOT_FOUND} (or DAG_NOT_FOUND) when it does not exist. */
  public DagRun run(String dagId, String runId) {
    return findRun(dagId, runId).orElseThrow(() -> {
      dag(dagId);
      return new AirflowException(Problem.RUN_NOT_FOUND, "DAG " + dagId + " has no run " + runId);
    });
  }

  /** Polls the run with back-off until it is finished; {@link Problem#TIMEOUT} after {@code timeout}. */
  public DagRun waitFor(String dagId, String runId, Duration timeout) {
    return poll(() -> run(dagId, runId), DagRun::finished, timeout,
        run -> "run " + runId + " of " + dagId + " is still " + run.state());
  }

  /** Every task instance of the run, in Airflow's order. */
  public List<TaskInstance> taskInstances(String dagId, String runId) {
    String path = runPath(dagId, runId) + "/taskInstances";
    List<TaskInstance> tasks = new ArrayList<>();
    for (JsonNode node : pages(path, "task_instances", Problem.RUN_NOT_FOUND)) {
      tasks.add(Transport.JSON.convertValue(node, TaskInstance.class));
    }
    return tasks;
  }

  /** The run, its tasks, and the quality-gate reasons of its failed tasks. */
  public RunOutcome outcome(String dagId, String runId) {
    DagRun run = run(dagId, runId);
    List<TaskInstance> tasks = taskInstances(dagId, runId);
    Map<String, String> gates = new LinkedHashMap<>();
    for (TaskInstance task : tasks) {
      if (task.failed()) {
        xcom(dagId, runId, task.taskId(), RunOutcome.QUALITY_GATE_XCOM).ifPresent(reason -> gates.put(task.taskId(), reason));
      }
    }
    return new RunOutcome(run, tasks, gates);
  }

  /** An XCom of a task as text; empty when the task pushed none under that key. */
  public Optional<String> xcom(String dagId, String runId, String taskId, String key) {
    String path = runPath(dagId, runId) + "/taskInstances/" + segment(taskId) + "/xcomEntries/" + segment(key);
    Response response = transport.send("GET", path, null);
    if (response.status() == 404) {
      return Optional.empty();
    }
    JsonNode value = expectOk(response, "GET " + path).body().path("value");
    return Optional.of(value.isTextual() ? value.asText() : value.toString());
  }

  /** Every DAG file the DAG processor could not load. */
  public List<ImportError> importErrors() {
    List<ImportError> errors = new ArrayList<>();
    for (JsonNode node : pages("/api/v2/importErrors", "import_errors", Problem.REJECTED)) {
      errors.add(Transport.JSON.convertValue(node, ImportError.class));
    }
    return errors;
  }

  /** Clears the failed tasks of a run (and what depends on them), which queues it again. */
  public void clearFailed(String dagId, String runId) {
    String path = runPath(dagId, runId) + "/clear";
    Response response = transport.send("POST", path, Map.of("dry_run", false, "only_failed", true));
    if (response.status() == 404) {
      run(dagId, runId);
    }
    expectOk(response, "POST " + path);
  }

  /**
   * Airflow's backfill of {@code dagId} over logical dates {@code [from, to]}: one run at a time,
   * oldest first; {@code reprocess} {@code failed} redoes failed runs and leaves succeeded ones.
   */
  public Backfill backfill(String dagId, OffsetDateTime from, OffsetDateTime to, String reprocess, Map<String, Object> conf) {
    dag(dagId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dag_id", dagId);
    body.put("from_date", from.toString());
    body.put("to_date", to.toString());
    body.put("run_backwards", false);
    body.put("max_active_runs", 1);
    body.put("reprocess_behavior", reprocess);
    body.put("dag_run_conf", conf == null ? Map.of() : conf);
    Response response = transport.send("POST", "/api/v2/backfills", body);
    if (response.status() == 409) {
      throw new AirflowException(Problem.CONFLICT, "backfill of " + dagId + " refused: " + Transport.detail(response));
    }
    return Transport.read(expectOk(response, "POST /api/v2/backfills"), Backfill.class);
  }

  public Backfill backfill(long id) {
    String path = "/api/v2/backfills/" + id;
    return Transport.read(expectOk(transport.send("GET", path, null), "GET " + path), Backfill.class);
  }

  /** Polls the backfill until it has completed; {@link Problem#TIMEOUT} after {@code timeout}. */
  public Backfill waitFor(long backfillId, Duration timeout) {
    return poll(() -> backfill(backfillId), Backfill::completed, timeout, backfill -> "backfill " + backfillId + " is still running");
  }

  /** The runs of {@code dagId} whose logical date is in {@code [from, to]}, oldest first. */
  public List<DagRun> runsBetween(String dagId, OffsetDateTime from, OffsetDateTime to) {
    String path = dagPath(dagId) + "/dagRuns?order_by=logical_date&logical_date_gte=" + query(from.toString())
        + "&logical_date_lte=" + query(to.toString());
    List<DagRun> runs = new ArrayList<>();
    for (JsonNode node : pages(path, "dag_runs", Problem.DAG_NOT_FOUND)) {
      runs.add(Transport.JSON.convertValue(node, DagRun.class));
    }
    return runs;
  }

  /** Looks with back-off (Backoff.POLLING), never past the deadline, until {@code done}. */
  private <T> T poll(Supplier<T> look, Predicate<T> done, Duration timeout, Function<T, String> stillGoing) {
    Instant deadline = timer.now().plus(timeout);
    Duration pause = Backoff.POLLING.first();
    while (true) {
      T current = look.get();
      if (done.test(current)) {
        return current;
      }
      Duration left = Duration.between(timer.now(), deadline);
      if (left.isNegative() || left.isZero()) {
        throw new AirflowException(Problem.TIMEOUT, stillGoing.apply(current) + " after " + timeout.toSeconds() + " s");
      }
      timer.sleep(pause.compareTo(left) < 0 ? pause : left);
      pause = Backoff.POLLING.after(pause);
    }
  }

  private Optional<DagRun> findRun(String dagId, String runId) {
    Response response = transport.send("GET", runPath(dagId, runId), null);
    if (response.status() == 404) {
      return Optional.empty();
    }
    return Optional.of(Transport.read(expectOk(response, "GET " + runPath(dagId, runId)), DagRun.class));
  }

  private Optional<DagRun> runAt(String dagId, OffsetDateTime logicalDate) {
    return runsBetween(dagId, logicalDate, logicalDate).stream().findFirst();
  }

  /** Every item of a paged collection ({@code limit}/{@code offset}, {@code total_entries}). */
  private List<JsonNode> pages(String path, String field, Problem onNotFound) {
    List<JsonNode> items = new ArrayList<>();
    String separator = path.contains("?") ? "&" : "?";
    while (true) {
      String page = path + separator + "limit=" + PAGE + "&offset=" + items.size();
      Response response = transport.send("GET", page, null);
      if (response.status() == 404) {
        throw new AirflowException(onNotFound, "GET " + path + " answered 404: " + Transport.detail(response));
      }
      JsonNode list = expectOk(response, "GET " + page).body().path(field);
      list.forEach(items::add);
      long total = response.body().path("total_entries").asLong(items.size());
      if (list.isEmpty() || items.size() >= total) {
        return items;
      }
    }
  }

  private static Response expectOk(Response response, String what) {
    int status = response.status();
    if (status / 100 == 2) {
      return response;
    }
    Problem problem = status == 400 || status == 404 || status == 422 ? Problem.REJECTED : Problem.SERVER_ERROR;
    throw new AirflowException(problem, what + " answered " + status + ": " + Transport.detail(response));
  }

  private static AirflowException dagNotFound(String dagId) {
    return new AirflowException(Problem.DAG_NOT_FOUND, "Airflow has no DAG " + dagId + " (check `errors` for import errors)");
  }

  private static String dagPath(String dagId) {
    return "/api/v2/dags/" + segment(dagId);
  }

  private static String runPath(String dagId, String runId) {
    return dagPath(dagId) + "/dagRuns/" + segment(runId);
  }

  /** A path segment: run ids hold ':' and '+' ({@code scheduled__2024-12-01T18:00:00+00:00}). */
  private static String segment(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String query(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
