package vn.phuly.thanthien.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

/** Spark's logs are quiet (WARN) unless {@code --verbose} asks for them. */
public final class Logging {
  private static boolean verbose;

  private Logging() {}

  public static void setVerbose(boolean on) {
    verbose = on;
    Configurator.setRootLevel(on ? Level.INFO : Level.WARN);
  }

  public static boolean verbose() {
    return verbose;
  }
}
