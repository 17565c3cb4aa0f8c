package vn.phuly.thanthien.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.QualityGateException;
import vn.phuly.thanthien.airflow.AirflowException;
import vn.phuly.thanthien.reference.ProfileException;

/**
 * {@code bin/thanthien}: the command line of DESIGN.md §7. Exit codes: 0 success, 2 bad usage or
 * unreadable input, 3 a data-quality gate failed, 1 anything else.
 */
@Command(
    name = "thanthien",
    mixinStandardHelpOptions = true,
    version = "thanthien 0.1.0",
    description = "Đánh giá mô hình \"Chính quyền thân thiện vì Nhân dân phục vụ\" — Phủ Lý 2021–2025.",
    subcommands = {
      IngestCommand.class,
      BuildCommand.class,
      ReportCommand.class,
      RunCommand.class,
      SqlCommand.class,
      DocsCommand.class,
      AirflowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int BAD_INPUT = 2;
  public static final int QUALITY_GATE = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return run(commandLine(), args);
  }

  /**
   * The product's commands plus {@code extraCommands} (the launcher adds {@code demo} and {@code
   * generate}, which are not part of the product jar).
   */
  public static CommandLine commandLine(Object... extraCommands) {
    CommandLine cli = new CommandLine(new Main());
    for (Object command : extraCommands) {
      cli.addSubcommand(command);
    }
    return cli;
  }

  /** Runs {@code cli} with DESIGN §7's exit codes. */
  public static int run(CommandLine cli, String... args) {
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof BadInputException || e instanceof ProfileException) {
            cmd.getErr().println("Lỗi dữ liệu đầu vào: " + e.getMessage());
            return BAD_INPUT;
          }
          if (e instanceof AirflowException airflow) {
            cmd.getErr().println(AirflowReport.message(airflow));
            return AirflowReport.exitCode(airflow);
          }
          if (e instanceof CommandFailure failure) {
            cmd.getErr().println(failure.getMessage());
            return failure.exitCode();
          }
          if (e instanceof QualityGateException) {
            cmd.getErr().println("Không đạt kiểm tra chất lượng dữ liệu: " + e.getMessage());
            return QUALITY_GATE;
          }
          cmd.getErr().println("Lỗi: " + e);
          if (Logging.verbose()) {
            e.printStackTrace(cmd.getErr());
          }
          return FAILURE;
        });
    return cli.execute(args);
  }

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // no command given: bad usage
    spec.commandLine().usage(System.err);
    return BAD_INPUT;
  }
}
