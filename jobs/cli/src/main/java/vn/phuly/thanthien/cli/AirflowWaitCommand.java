package vn.phuly.thanthien.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code airflow wait --dag D --run-id ID}: until the run ends; exit 0 only if it succeeded. */
@Command(name = "wait", mixinStandardHelpOptions = true, description = "Chờ một lượt chạy kết thúc (mã thoát 0 chỉ khi thành công).")
final class AirflowWaitCommand implements Callable<Integer> {
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions run;

  @Override
  public Integer call() {
    return AirflowCommand.waitAndReport(airflow.client(), airflow, run.dag, run.runId);
  }
}
