package vn.phuly.thanthien.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import vn.phuly.thanthien.airflow.AirflowDates;
import vn.phuly.thanthien.airflow.AirflowException;
import vn.phuly.thanthien.airflow.DagRun;
import vn.phuly.thanthien.airflow.RunOutcome;
import vn.phuly.thanthien.airflow.TaskInstance;

/** How the {@code airflow} commands tell what happened, and their exit codes (DESIGN §7). */
final class AirflowReport {
  private static final Map<String, String> STATES = Map.ofEntries(
      Map.entry("success", "thành công"),
      Map.entry("failed", "thất bại"),
      Map.entry("running", "đang chạy"),
      Map.entry("queued", "đang chờ"),
      Map.entry("scheduled", "đã lên lịch"),
      Map.entry("up_for_retry", "chờ chạy lại"),
      Map.entry("upstream_failed", "không chạy: tác vụ trước thất bại"),
      Map.entry("skipped", "bỏ qua"),
      Map.entry("deferred", "tạm hoãn"),
      Map.entry("removed", "đã bỏ khỏi DAG"),
      Map.entry("restarting", "đang khởi động lại"),
      Map.entry("up_for_reschedule", "chờ lên lịch lại"));

  private AirflowReport() {}

  /** "thành công (success)": the Vietnamese word, and Airflow's own for scripts. */
  static String state(String state) {
    return state == null ? "chưa chạy (none)" : STATES.getOrDefault(state, state) + " (" + state + ")";
  }

  /** The business date of a nightly run: its conf's date, else the local day before its logical date. */
  static String businessDate(DagRun run) {
    Object date = run.conf() == null ? null : run.conf().get("date");
    if (date != null) {
      return date.toString();
    }
    if (run.logicalDate() == null) {
      return "?";
    }
    LocalDate local = OffsetDateTime.parse(run.logicalDate()).atZoneSameInstant(AirflowDates.ZONE).toLocalDate();
    return local.minusDays(1).toString();
  }

  static void print(RunOutcome outcome, double seconds) {
    DagRun run = outcome.run();
    Console.stage("Airflow",
        "lượt chạy " + run.dagRunId() + " của " + run.dagId() + " (ngày nghiệp vụ " + businessDate(run) + "): "
            + state(run.state()),
        seconds);
    for (TaskInstance task : outcome.tasks()) {
      Console.line("  " + task.taskId() + (task.mapIndex() != null && task.mapIndex() >= 0 ? "[" + task.mapIndex() + "]" : "")
          + ": " + state(task.state()) + (task.tryNumber() > 1 ? ", lần thử " + task.tryNumber() : ""));
    }
  }

  /** 0 when the run succeeded, 3 when a task failed its quality gate, 1 for any other end. */
  static int exitCode(RunOutcome outcome) {
    if (outcome.run().succeeded()) {
      return Main.OK;
    }
    return outcome.qualityGateFailed() ? Main.QUALITY_GATE : Main.FAILURE;
  }

  /** The failure of a finished run that did not succeed, naming its failed tasks and why. */
  static CommandFailure failure(RunOutcome outcome) {
    DagRun run = outcome.run();
    StringBuilder message = new StringBuilder("Lượt chạy " + run.dagRunId() + " của " + run.dagId() + " "
        + state(run.state()) + ": tác vụ lỗi " + (outcome.failedTasks().isEmpty() ? "(không có)" : String.join(", ", outcome.failedTasks())));
    outcome.qualityGates().forEach((task, reason) ->
        message.append("\n  ").append(task).append(": không đạt kiểm tra chất lượng dữ liệu — ").append(reason));
    return new CommandFailure(exitCode(outcome), message.toString());
  }

  /** Exit 2 for what the user must fix (credentials, names, a paused DAG); 1 for the rest. */
  static int exitCode(AirflowException e) {
    return switch (e.problem()) {
      case UNAUTHORISED, DAG_NOT_FOUND, DAG_PAUSED, RUN_NOT_FOUND, REJECTED -> Main.BAD_INPUT;
      case UNREACHABLE, CONFLICT, TIMEOUT, SERVER_ERROR -> Main.FAILURE;
    };
  }

  static String message(AirflowException e) {
    String lead = switch (e.problem()) {
      case UNREACHABLE -> "Không kết nối được Airflow";
      case UNAUTHORISED -> "Airflow từ chối người dùng hoặc mật khẩu";
      case DAG_NOT_FOUND -> "Airflow không có DAG này";
      case DAG_PAUSED -> "DAG đang tạm dừng (thêm --unpause, hoặc bật DAG trong Airflow)";
      case RUN_NOT_FOUND -> "Không có lượt chạy này";
      case CONFLICT -> "Airflow từ chối vì xung đột";
      case TIMEOUT -> "Hết thời gian chờ";
      case REJECTED -> "Airflow từ chối yêu cầu";
      case SERVER_ERROR -> "Airflow trả lời lỗi";
    };
    return "Lỗi Airflow: " + lead + " — " + e.getMessage();
  }
}
