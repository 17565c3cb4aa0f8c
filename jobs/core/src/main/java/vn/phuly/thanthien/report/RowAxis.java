package vn.phuly.thanthien.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A vertical axis of named rows, the first at the top: row {@code i} of {@code n} spans
 * {@code [n-1-i, n-i]} and its label sits in the middle. Every label is drawn (no tick is dropped
 * for lack of room: the chart is made tall enough for its rows), horizontally, so every unit name
 * can be read.
 */
final class RowAxis extends NumberAxis {
  private final List<String> rows;

  RowAxis(List<String> rows) {
    this.rows = List.copyOf(rows);
    setRange(0, Math.max(1, rows.size()));
    setTickMarksVisible(false);
    setAxisLineVisible(false);
    setTickLabelFont(Fonts.regular(21f));
  }

  /** The axis value at the middle of row {@code i}. */
  double center(int i) {
    return rows.size() - i - 0.5;
  }

  @Override
  public List<? extends Tick> refreshTicks(
      Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
    List<NumberTick> ticks = new ArrayList<>();
    TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
    for (int i = 0; i < rows.size(); i++) {
      ticks.add(new NumberTick(center(i), rows.get(i), anchor, anchor, 0));
    }
    return ticks;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RowAxis axis && axis.rows.equals(rows) && super.equals(other);
  }

  @Override
  public int hashCode() {
    return rows.hashCode();
  }
}
