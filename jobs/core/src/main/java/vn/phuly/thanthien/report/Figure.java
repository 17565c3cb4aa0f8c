package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * One chart of the report: the file name (without extension), the section it belongs to, its
 * heading and the one or two sentences the report prints under it, written from the same data.
 */
record Figure(Section section, String name, String heading, String caption, JFreeChart chart, int width, int height) {
  /** The report's chart sections, in the order they are printed. */
  enum Section {
    RANKING, MOVEMENT, GROUPS, TREND, SELF_GAP, FEEDBACK, INSPECTIONS, WATCHLIST
  }

  /** Writes the PNG and the SVG into {@code dir}. */
  List<Path> write(Path dir) {
    return ChartFiles.write(chart, dir, name, width, height);
  }
}
