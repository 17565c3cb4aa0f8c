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

  /** Seconds since {@code startNanos}, for stage lines. */
  public static double since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
