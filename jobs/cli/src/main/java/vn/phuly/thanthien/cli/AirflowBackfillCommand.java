package vn.phuly.thanthien.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.airflow.AirflowClient;
import vn.phuly.thanthien.airflow.AirflowDates;
import vn.phuly.thanthien.airflow.AirflowException;
import vn.phuly.thanthien.airflow.Backfill;
import vn.phuly.thanthien.airflow.DagRun;
import vn.phuly.thanthien.airflow.RunOutcome;

/**
 * {@code airflow backfill --dag D --from D1 --to D2 [--wait]}: Airflow's own backfill of the
 * business dates D1..D2, one run at a time, oldest first. By default it redoes the failed days
 * and leaves the succeeded ones (a resumed backfill does not redo what is done).
 */
@Command(name = "backfill", mixinStandardHelpOptions = true,
    description = "Chạy bù các ngày nghiệp vụ bằng backfill của Airflow (từng lượt một, theo thứ tự ngày).")
final class AirflowBackfillCommand implements Callable<Integer> {
  enum Reprocess { failed, completed, none }

  @Mixin AirflowOptions airflow;

  @Option(names = "--dag", required = true, description = "Mã DAG.")
  String dag;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày nghiệp vụ đầu tiên.")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Ngày nghiệp vụ cuối cùng.")
  LocalDate to;

  @Option(names = "--reprocess", defaultValue = "failed",
      description = "Ngày đã có lượt chạy: failed (chỉ chạy lại ngày lỗi, mặc định), completed (chạy lại tất cả), none (bỏ qua).")
  Reprocess reprocess;

  @Option(names = "--wait", description = "Chờ backfill xong; mã thoát 0 chỉ khi mọi ngày thành công.")
  boolean wait;

  @Option(names = "--unpause", description = "Bật DAG trước nếu đang tạm dừng (lượt chạy của DAG tạm dừng không bắt đầu).")
  boolean unpause;

  @Override
  public Integer call() {
    if (from.isAfter(to)) {
      throw new BadInputException("--from " + from + " sau --to " + to);
    }
    long start = System.nanoTime();
    AirflowClient client = airflow.client();
    if (unpause) {
      client.unpause(dag);
    } else if (client.dag(dag).isPaused()) {
      throw new AirflowException(AirflowException.Problem.DAG_PAUSED, "DAG " + dag + " is paused: the backfill's runs would not start");
    }
    OffsetDateTime first = AirflowDates.backfillFrom(from);
    OffsetDateTime last = AirflowDates.backfillTo(to);
    Backfill backfill = client.backfill(dag, first, last, reprocess.name(), null);
    Console.stage("Airflow", "đã tạo backfill #" + backfill.id() + " của " + dag + ": ngày nghiệp vụ " + from + " → " + to
        + " (chạy lại: " + reprocess + ")", Console.since(start));
    if (!wait) {
      return Main.OK;
    }
    client.waitFor(backfill.id(), airflow.timeout());
    List<DagRun> runs = client.runsBetween(dag, first, last);
    Console.stage("Airflow", "backfill #" + backfill.id() + " xong: " + Console.number(runs.size()) + " lượt chạy", Console.since(start));
    int exit = Main.OK;
    StringBuilder failures = new StringBuilder();
    for (DagRun run : runs) {
      Console.line("  " + AirflowReport.businessDate(run) + ": " + run.dagRunId() + " (" + run.runType() + "): " + AirflowReport.state(run.state()));
      if (!run.succeeded()) {
        RunOutcome outcome = client.outcome(dag, run.dagRunId());
        failures.append(failures.length() == 0 ? "" : "\n").append(AirflowReport.failure(outcome).getMessage());
        exit = Math.max(exit, AirflowReport.exitCode(outcome));
      }
    }
    if (exit != Main.OK) {
      throw new CommandFailure(exit, failures.toString());
    }
    return Main.OK;
  }
}
