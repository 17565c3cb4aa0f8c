package vn.phuly.thanthien.cli;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * What a command tells its user: one line per stage with row counts and seconds, in Vietnamese
 * (the operators and leadership read it), with Vietnamese number formatting.
 */
public final class Console {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static PrintStream out = System.out;

  private Console() {}

  public static void redirect(PrintStream stream) {
    out = stream;
  }

  /** Where a command's own output goes (query results of {@code sql}). */
  static PrintStream out() {
    return out;
  }

  public static String number(long n) {
    return NumberFormat.getIntegerInstance(VI).format(n);
  }

  public static String seconds(double s) {
    return String.format(VI, "%.1f s", s);
  }

  /** {@code "▸ <stage>: <detail> (<seconds>)"}. */
  public static void stage(String stage, String detail, double seconds) {
    out.println("▸ " + stage + ": " + detail + " (" + seconds(seconds) + ")");
  }

  public static void line(String text) {
    out.println(text);
  }

  /**
   * Whether the output is an interactive terminal: live progress lines are drawn only then; logs
   * (a pipe, a file, Airflow) get the stage lines alone.
   */
  static boolean terminal() {
    return out == System.out && System.console() != null;
  }

  /** Draws {@code text} over the current terminal line (a live progress line). */
  static synchronized void status(String text) {
    out.print("\r" + text + "\033[K");
    out.flush();
  }

  /** Clears the live progress line. */
  static synchronized void clearStatus() {
    out.print("\r\033[K");
    out.flush();
  }

  /**
   * {@code "12/40 <unit> (30%), 1,2/s, còn khoảng 23 s"}: how far a long stage is, its rate so
   * far and the time left at that rate (none before anything is done).
   */
  static String progress(long done, long total, String unit, double seconds) {
    StringBuilder text = new StringBuilder(number(done) + "/" + number(total) + " " + unit);
    if (total > 0) {
      text.append(" (").append(done * 100 / total).append("%)");
    }
    if (done > 0 && seconds > 0) {
      double rate = done / seconds;
      text.append(", ").append(String.format(VI, rate >= 10 ? "%.0f" : "%.1f", rate)).append("/s");
      if (done < total) {
        text.append(", còn khoảng ").append(seconds((total - done) / rate));
      }
    }
    return text.toString();
  }

  /** Seconds since {@code startNanos}, for stage lines. */
  public static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
