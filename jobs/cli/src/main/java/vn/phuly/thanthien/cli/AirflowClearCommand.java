package vn.phuly.thanthien.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.airflow.AirflowClient;

/** {@code airflow clear --dag D --run-id ID [--wait]}: runs the failed tasks of a run again (after fixing their cause). */
@Command(name = "clear", mixinStandardHelpOptions = true, description = "Chạy lại các tác vụ lỗi của một lượt chạy (sau khi đã sửa nguyên nhân).")
final class AirflowClearCommand implements Callable<Integer> {
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions run;

  @Option(names = "--wait", description = "Chờ lượt chạy kết thúc; mã thoát 0 chỉ khi thành công.")
  boolean wait;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    AirflowClient client = airflow.client();
    client.clearFailed(run.dag, run.runId);
    Console.stage("Airflow", "đã xóa trạng thái các tác vụ lỗi của " + run.runId + ": lượt chạy được xếp hàng lại", Console.since(start));
    return wait ? AirflowCommand.waitAndReport(client, airflow, run.dag, run.runId) : Main.OK;
  }
}
