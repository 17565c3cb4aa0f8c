package vn.phuly.thanthien.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.phuly.thanthien.airflow.AirflowClient;
import vn.phuly.thanthien.airflow.RunOutcome;

/** {@code airflow trigger|wait|status|errors|backfill|clear}: the nightly DAGs through Airflow's REST API v2. */
@Command(
    name = "airflow",
    mixinStandardHelpOptions = true,
    description = "Điều khiển các DAG của Airflow qua REST API v2: chạy, chờ, xem trạng thái, lỗi nạp DAG, chạy bù.",
    subcommands = {
      AirflowTriggerCommand.class,
      AirflowWaitCommand.class,
      AirflowStatusCommand.class,
      AirflowErrorsCommand.class,
      AirflowBackfillCommand.class,
      AirflowClearCommand.class
    })
public final class AirflowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return Main.BAD_INPUT;
  }

  /** Waits for the run, prints it with its tasks, and fails (exit 1 or 3) unless it succeeded. */
  static int waitAndReport(AirflowClient client, AirflowOptions airflow, String dagId, String runId) {
    long start = System.nanoTime();
    client.waitFor(dagId, runId, airflow.timeout());
    return report(client.outcome(dagId, runId), start);
  }

  static int report(RunOutcome outcome, long start) {
    AirflowReport.print(outcome, Console.since(start));
    if (outcome.run().finished() && !outcome.run().succeeded()) {
      throw AirflowReport.failure(outcome);
    }
    return Main.OK;
  }
}
