package vn.phuly.thanthien.cli;

import picocli.CommandLine.Option;

/** Which run a command is about: {@code --dag D --run-id ID} (a picocli mixin). */
final class AirflowRunOptions {
  @Option(names = "--dag", required = true, description = "Mã DAG, ví dụ thanthien_nightly.")
  String dag;

  @Option(names = "--run-id", required = true, paramLabel = "ID", description = "Mã lượt chạy.")
  String runId;
}
