package vn.phuly.thanthien.report.scorecard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.phuly.thanthien.report.Labels;
import vn.phuly.thanthien.report.ReportPdf;

/**
 * {@code report --units}: one A4 scorecard per unit of the period (every unit of its {@code
 * mart_ranking}, scored or not) in {@code <dir>/<unit_id>.pdf}. The same warehouse and period give
 * the same bytes.
 */
public final class ScorecardWriter {
  private ScorecardWriter() {}

  /** A written scorecard. */
  public record Scorecard(String unitId, String unitName, String unitType, Path pdf) {}

  public static List<Scorecard> write(Path warehouse, String period, Path dir) {
    List<UnitScorecard> cards = ScorecardMarts.read(warehouse, period);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
    int year = Labels.year(period);
    List<Scorecard> written = new ArrayList<>();
    for (UnitScorecard card : cards) {
      UnitScorecard.Ranking r = card.ranking();
      written.add(new Scorecard(r.unitId(), r.unitName(), r.unitType(), writeOne(card, year, dir)));
    }
    return written;
  }

  /** The PDF of one card of {@code year}'s period in {@code dir}. */
  static Path writeOne(UnitScorecard card, int year, Path dir) {
    byte[] groups = card.groups().isEmpty() ? null : ScorecardCharts.groups(card.groups());
    boolean anyYear = card.trend().stream().anyMatch(t -> t.scorePct() != null);
    byte[] trend = anyYear ? ScorecardCharts.trend(card.trend(), year) : null;
    String xhtml = ScorecardHtml.render(card, groups, trend);
    UnitScorecard.Ranking r = card.ranking();
    return ReportPdf.write(xhtml, ScorecardHtml.title(r), dir, dir.resolve(fileName(r.unitId())));
  }

  /** {@code <unit_id>.pdf}; a unit id is a profile's surrogate key, kept to a safe file name. */
  static String fileName(String unitId) {
    return unitId.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
  }
}
