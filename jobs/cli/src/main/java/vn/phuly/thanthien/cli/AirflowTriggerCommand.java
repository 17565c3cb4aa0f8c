package vn.phuly.thanthien.cli;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.airflow.AirflowClient;
import vn.phuly.thanthien.airflow.AirflowDates;
import vn.phuly.thanthien.airflow.RunConf;
import vn.phuly.thanthien.airflow.Triggered;

/**
 * {@code airflow trigger --dag D [--run-id ID] [--date D] [--conf JSON] [--wait] [--unpause]}: a run
 * with our run id and an explicit logical date (that of the scheduled run of the business date),
 * so that triggering again — a retried request, a second operator — returns the run that exists.
 */
@Command(name = "trigger", mixinStandardHelpOptions = true, description = "Tạo một lượt chạy DAG (mã lượt và ngày logic do ta đặt).")
final class AirflowTriggerCommand implements Callable<Integer> {
  @Mixin AirflowOptions airflow;

  @Option(names = "--dag", required = true, description = "Mã DAG, ví dụ thanthien_nightly.")
  String dag;

  @Option(names = "--run-id", paramLabel = "ID", description = "Mã lượt chạy (mặc định manual__<ngày logic>).")
  String runId;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Ngày nghiệp vụ (conf.date; mặc định: hôm qua giờ Việt Nam).")
  LocalDate date;

  @Option(names = "--conf", paramLabel = "JSON", description = "conf của lượt chạy, một đối tượng JSON (landing, lake, warehouse, out).")
  String conf;

  @Option(names = "--wait", description = "Chờ lượt chạy kết thúc; mã thoát 0 chỉ khi thành công.")
  boolean wait;

  @Option(names = "--unpause", description = "Bật DAG trước nếu đang tạm dừng.")
  boolean unpause;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Map<String, Object> runConf;
    try {
      runConf = RunConf.parse(conf);
    } catch (IllegalArgumentException e) {
      throw new BadInputException("--conf: " + e.getMessage(), e);
    }
    OffsetDateTime logicalDate;
    if (date != null) {
      Object confDate = runConf.putIfAbsent("date", date.toString());
      if (confDate != null && !confDate.equals(date.toString())) {
        throw new BadInputException("--date " + date + " khác conf.date " + confDate);
      }
      logicalDate = AirflowDates.logicalDate(date);
    } else {
      logicalDate = OffsetDateTime.now(AirflowDates.ZONE).truncatedTo(ChronoUnit.SECONDS);
    }
    String id = runId != null ? runId : "manual__" + logicalDate;
    AirflowClient client = airflow.client();
    if (unpause) {
      client.unpause(dag);
    }
    Triggered triggered = client.trigger(dag, id, logicalDate, runConf);
    String runIdGiven = triggered.run().dagRunId();
    Console.stage("Airflow",
        (triggered.created() ? "đã tạo lượt chạy " : "lượt chạy đã có, không tạo lượt thứ hai: ") + runIdGiven + " của " + dag
            + " (ngày logic " + triggered.run().logicalDate() + ", " + AirflowReport.state(triggered.run().state()) + ")",
        Console.since(start));
    if (!triggered.created() && !runIdGiven.equals(id)) {
      Console.line("  Airflow giữ một lượt chạy cho mỗi ngày logic: lượt " + runIdGiven + " đã có cho ngày này, không phải " + id);
    }
    return wait ? AirflowCommand.waitAndReport(client, airflow, dag, runIdGiven) : Main.OK;
  }
}
