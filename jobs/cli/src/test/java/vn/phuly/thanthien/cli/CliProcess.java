package vn.phuly.thanthien.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.phuly.thanthien.privacy.PiiKey;
import vn.phuly.thanthien.testing.Repository;

/**
 * {@code thanthien} as a separate JVM, the way the launcher runs it: the flags of
 * {@code jobs/jvm.options}, the test classpath, main {@link Main}, {@code SPARK_LOCAL_IP} and the
 * test JVM's {@value PiiKey#ENV} (surefire sets it; see pom.xml). Output (stdout and stderr
 * together) goes to a file the test reads. Each child costs a JVM and, for ingest, a SparkSession.
 */
final class CliProcess {
  /** What a finished child did. */
  record Result(int exitCode, String output) {}

  private static final Path JVM_OPTIONS = Repository.file("jobs/jvm.options");

  private CliProcess() {}

  /** The key the test JVM and its children pseudonymise with. */
  static String key() {
    String key = System.getenv(PiiKey.ENV);
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(PiiKey.ENV + " is not set: run the tests through Maven (surefire sets it)");
    }
    return key;
  }

  /** Starts {@code thanthien args…} with the test key; output to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    return start(log, true, args);
  }

  /** Runs {@code thanthien args…} to its end. withKey false: {@value PiiKey#ENV} removed from the environment. */
  static Result run(Path log, boolean withKey, String... args) throws IOException, InterruptedException {
    Process process = start(log, withKey, args);
    int exit = process.waitFor();
    return new Result(exit, Files.readString(log, StandardCharsets.UTF_8));
  }

  /** Runs {@code thanthien args…} to its end under {@code key} as {@value PiiKey#ENV}. */
  static Result runWithKey(Path log, String key, String... args) throws IOException, InterruptedException {
    Process process = start(log, Map.of(PiiKey.ENV, key), args);
    int exit = process.waitFor();
    return new Result(exit, Files.readString(log, StandardCharsets.UTF_8));
  }

  /** SIGKILL, the way the OOM killer or a lost node ends a run: no shutdown hook, no finally. */
  static void kill(Process process) throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
    }
  }

  private static Process start(Path log, boolean withKey, String... args) throws IOException {
    return start(log, withKey ? Map.of(PiiKey.ENV, key()) : Map.of(), args);
  }

  /** {@code environment}: what the child gets on top of this JVM's environment without its key. */
  static Process start(Path log, Map<String, String> environment, String... args) throws IOException {
    return start(log, null, environment, args);
  }

  /** Runs {@code thanthien args…} with the test key to its end, under the shell's {@code umask}. */
  static Result runUnderUmask(Path log, String umask, String... args) throws IOException, InterruptedException {
    Process process = start(log, umask, Map.of(PiiKey.ENV, key()), args);
    int exit = process.waitFor();
    return new Result(exit, Files.readString(log, StandardCharsets.UTF_8));
  }

  private static Process start(Path log, String umask, Map<String, String> environment, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (umask != null) {
      command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("@" + JVM_OPTIONS);
    command.add("-Xmx1g");
    command.add("-Duser.timezone=UTC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> childEnvironment = builder.environment();
    childEnvironment.put("SPARK_LOCAL_IP", "127.0.0.1");
    childEnvironment.remove(PiiKey.ENV);
    childEnvironment.putAll(environment);
    return builder.start();
  }
}
