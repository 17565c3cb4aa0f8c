package vn.phuly.thanthien.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A table of coloured cells with a text in each: rows (units, named on a {@link RowAxis}, first on
 * top) × columns (named on a category axis at the top that wraps long names over three lines).
 * The heat map of criterion groups and the watch list are drawn with it.
 */
final class CellMatrix {
  static final int ROW_HEIGHT = 46;
  static final int WIDTH = 1600;

  /** One cell: its colour and its text (may be empty). */
  record Cell(Paint paint, String text) {}

  private CellMatrix() {}

  /** The chart's height in pixels for {@code rows} rows. */
  static int height(int rows) {
    return Math.max(700, 330 + ROW_HEIGHT * rows);
  }

  /** {@code cells[row][column]}. */
  static JFreeChart chart(String title, List<String> rows, List<String> columns, Cell[][] cells, String noData) {
    int n = rows.size();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    // Wrapped here: the axis's own wrapping measures too short a width and lets lines overlap.
    int perLine = Math.max(12, 84 / Math.max(1, columns.size()));
    for (int k = 0; k < n; k++) {
      for (String column : columns) {
        dataset.addValue(1.0, Integer.valueOf(k), wrap(column, perLine));
      }
    }
    CategoryAxis columnAxis = new CategoryAxis();
    columnAxis.setLowerMargin(0);
    columnAxis.setUpperMargin(0);
    columnAxis.setCategoryMargin(0);
    columnAxis.setMaximumCategoryLabelLines(5);
    columnAxis.setTickLabelFont(Fonts.bold(20f));
    RowAxis rowAxis = new RowAxis(rows);

    StackedBarRenderer renderer =
        new StackedBarRenderer() {
          @Override
          public Paint getItemPaint(int series, int column) {
            return cells[n - 1 - series][column].paint();
          }

          @Override
          public Paint getItemLabelPaint(int series, int column) {
            Paint paint = getItemPaint(series, column);
            return paint instanceof Color c ? ChartStyle.textOn(c) : Color.BLACK;
          }
        };
    renderer.setItemMargin(0);
    renderer.setDrawBarOutline(true);
    renderer.setDefaultOutlinePaint(Color.WHITE);
    renderer.setDefaultOutlineStroke(new BasicStroke(2f));
    renderer.setShadowVisible(false);
    renderer.setDefaultItemLabelGenerator(new CellText(cells, n));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(Fonts.regular(20f));
    renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));

    CategoryPlot plot = new CategoryPlot(dataset, columnAxis, rowAxis, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    plot.setNoDataMessage(noData);
    plot.setInsets(new RectangleInsets(4, 4, 4, 12));
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    ChartStyle.apply(chart);
    renderer.setDefaultItemLabelFont(Fonts.regular(20f));
    columnAxis.setTickLabelFont(Fonts.bold(20f));
    rowAxis.setTickLabelFont(Fonts.regular(21f));
    plot.setNoDataMessageFont(Fonts.regular(24f));
    chart.setPadding(new RectangleInsets(10, 10, 10, 24));
    return chart;
  }

  /** {@code text} broken into lines of at most {@code perLine} characters, at spaces and at its own line breaks. */
  static String wrap(String text, int perLine) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("\n");
    for (int i = 0; i < parts.length; i++) {
      out.append(i == 0 ? "" : "\n").append(wrapLine(parts[i], perLine));
    }
    return out.toString();
  }

  private static String wrapLine(String text, int perLine) {
    StringBuilder out = new StringBuilder();
    int line = 0;
    for (String word : text.split(" ")) {
      if (line > 0 && line + 1 + word.length() > perLine) {
        out.append('\n');
        line = 0;
      } else if (line > 0) {
        out.append(' ');
        line++;
      }
      out.append(word);
      line += word.length();
    }
    return out.toString();
  }

  private record CellText(Cell[][] cells, int rows) implements CategoryItemLabelGenerator {
    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
      return "";
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
      return "";
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int series, int column) {
      return cells[rows - 1 - series][column].text();
    }
  }
}
