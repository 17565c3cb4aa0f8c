package vn.phuly.thanthien.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.Threshold;

/**
 * The periodic report for leadership (DESIGN §1): {@code <outDir>/} gets every chart (PNG for the
 * PDF, SVG for the browser), {@code bao-cao.pdf} and {@code bao-cao.html}. The HTML is written
 * last: it carries the data's fingerprint, so a report whose writing was interrupted is written
 * again by {@code report --due}.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The report with the shipped profile's settings. */
  public static ReportOutputs write(Path warehouse, String period, Path outDir) {
    return write(warehouse, period, outDir, Profile.shipped());
  }

  public static ReportOutputs write(Path warehouse, String period, Path outDir, Profile profile) {
    return write(read(warehouse, period, profile), outDir);
  }

  static ReportData read(Path warehouse, String period, Profile profile) {
    return ReportQueries.read(
        warehouse, period, profile.reportSettings().issuer().orElse(null),
        profile.threshold(Threshold.WATCH_SELF_GAP_PP));
  }

  static ReportOutputs write(ReportData data, Path outDir) {
    List<Figure> figures = figures(data);
    List<Path> files = new ArrayList<>();
    for (Figure f : figures) {
      files.addAll(f.write(outDir));
    }
    String title = ReportHtml.title(data.period().code());
    files.add(ReportPdf.write(ReportHtml.render(data, figures, "png"), title, outDir));
    Path htmlFile = outDir.resolve(ReportHtml.FILE);
    try {
      Files.writeString(htmlFile, ReportHtml.render(data, figures, "svg"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + htmlFile, e);
    }
    files.add(files.size() - 1, htmlFile);
    return new ReportOutputs(files);
  }

  /** Every chart of the report, in the order the report prints them. */
  static List<Figure> figures(ReportData data) {
    List<Figure> figures = new ArrayList<>();
    figures.addAll(RankingChart.figures(data));
    figures.addAll(RankMovementChart.figures(data));
    figures.addAll(GroupHeatMap.figures(data));
    figures.addAll(TrendChart.figures(data));
    figures.addAll(SelfGapChart.figures(data));
    figures.addAll(FeedbackTrendChart.figures(data));
    figures.addAll(InspectionCharts.figures(data));
    figures.addAll(WatchlistChart.figures(data));
    return figures;
  }
}
