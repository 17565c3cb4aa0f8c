package vn.phuly.thanthien.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import vn.phuly.thanthien.airflow.ImportError;

/** {@code airflow errors}: the DAG files Airflow could not load; exit 0 when there is none, 1 otherwise. */
@Command(name = "errors", mixinStandardHelpOptions = true, description = "Các tệp DAG mà Airflow không nạp được (mã thoát 1 nếu có).")
final class AirflowErrorsCommand implements Callable<Integer> {
  @Mixin AirflowOptions airflow;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    List<ImportError> errors = airflow.client().importErrors();
    if (errors.isEmpty()) {
      Console.stage("Airflow", "không có tệp DAG nào lỗi khi nạp", Console.since(start));
      return Main.OK;
    }
    Console.stage("Airflow", Console.number(errors.size()) + " tệp DAG lỗi khi nạp", Console.since(start));
    for (ImportError error : errors) {
      Console.line("  " + error.filename() + ": " + lastLine(error.stackTrace()));
    }
    return Main.FAILURE;
  }

  /** A Python traceback's last line says what went wrong. */
  private static String lastLine(String trace) {
    String[] lines = trace == null ? new String[0] : trace.strip().split("\n");
    return lines.length == 0 ? "(không có chi tiết)" : lines[lines.length - 1].strip();
  }
}
