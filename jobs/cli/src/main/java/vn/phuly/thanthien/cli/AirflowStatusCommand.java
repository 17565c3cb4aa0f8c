package vn.phuly.thanthien.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code airflow status --dag D --run-id ID}: the run and each of its tasks, now; exit 1 or 3 if it failed. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Trạng thái một lượt chạy và từng tác vụ của nó.")
final class AirflowStatusCommand implements Callable<Integer> {
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions run;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    return AirflowCommand.report(airflow.client().outcome(run.dag, run.runId), start);
  }
}
