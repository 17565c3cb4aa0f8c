package vn.phuly.thanthien.launcher;

import vn.phuly.thanthien.cli.Main;

/**
 * {@code bin/thanthien}: every command on one machine — the product's ({@link Main}) plus {@code
 * demo} and {@code generate}, which need the sample generator and so are not in the cluster jar.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (tests call this instead of main). */
  public static int run(String... args) {
    return Main.run(Main.commandLine(new DemoCommand(), new GenerateCommand()), args);
  }
}
