package vn.phuly.thanthien.cli;

/** A command that ran to its end and failed, with its own message and exit code (DESIGN §7). */
final class CommandFailure extends RuntimeException {
  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
