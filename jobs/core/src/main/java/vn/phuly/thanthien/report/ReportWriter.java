package vn.phuly.thanthien.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The periodic report for leadership (DESIGN §1): {@code <outDir>/} gets the ranking and trend
 * charts of every unit type (PNG + SVG), {@code bao-cao.html} and {@code bao-cao.pdf}.
 */
public final class ReportWriter {
  private ReportWriter() {}

  public static ReportOutputs write(Path warehouse, String period, Path outDir) {
    int year = Labels.year(period);
    List<RankingRow> ranking = Marts.ranking(warehouse, period);
    List<TrendPoint> trend = Marts.trend(warehouse, year);

    List<Path> files = new ArrayList<>(RankingChart.write(ranking, period, outDir));
    files.addAll(TrendChart.write(ranking, trend, period, outDir));

    List<GroupSummary> groups = new ArrayList<>();
    RankingChart.byType(ranking).forEach((type, rows) -> groups.add(GroupSummary.of(type, rows, trend, year)));
    String html = ReportHtml.render(period, groups, files);
    Path htmlFile = outDir.resolve(ReportHtml.FILE);
    try {
      Files.writeString(htmlFile, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + htmlFile, e);
    }
    files.add(htmlFile);
    files.add(ReportPdf.write(html, "Báo cáo " + Labels.MODEL + " — " + Labels.period(period), outDir));
    return new ReportOutputs(files);
  }
}
