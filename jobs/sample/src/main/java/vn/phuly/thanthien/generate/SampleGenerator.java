package vn.phuly.thanthien.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import vn.phuly.thanthien.reference.Profile;

/**
 * Writes deterministic sample landing data for the three sources (DESIGN.md §3) from a profile:
 * {@code <out>/submissions|inspections|feedback/<YYYY-MM-DD>/…} and {@code <out>/_planted.json}.
 *
 * <p>Everything comes from the profile and the seed: the same profile, options and seed give
 * byte-identical files. The data carries the mess of real exports (BOM, Windows-1258 with
 * {@code ;} and decimal commas, CRLF, headers without diacritics in another order, three date
 * styles, NFD text, stray spaces, names without codes resolved through aliases, re-submissions,
 * re-exported feedback), a small set of planted bad rows listed in the manifest, and three story
 * units (see {@link StoryCast}): one improving steadily, one inflating its self-assessment, one
 * with repeated harassment findings and falling satisfaction.
 */
public final class SampleGenerator {
  private SampleGenerator() {}

  /** Per-source counts reported while generating. */
  public interface Progress {
    void source(String source, long rows, long files, double seconds);
  }

  public static PlantedManifest generate(Profile profile, Path out, GeneratorOptions options) {
    return generate(profile, out, options, (source, rows, files, seconds) -> {});
  }

  public static PlantedManifest generate(
      Profile profile, Path out, GeneratorOptions options, Progress progress) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": " + e.getMessage(), e);
    }
    Seeds seeds = new Seeds(options.seed());
    UnitDirectory units = new UnitDirectory(profile);
    StoryCast cast = new StoryCast(units, seeds, options.fromYear(), options.toYear());
    LandingLog log = new LandingLog(out);

    long start = System.nanoTime();
    new SubmissionSource(units, cast, seeds, log)
        .write(Period.assessed(options.fromYear(), options.toYear(), options.scale().everyPeriod));
    report(progress, log, SubmissionSource.SOURCE, start);

    start = System.nanoTime();
    new InspectionSource(units, cast, seeds, log, options.scale()).write(options.fromYear(), options.toYear());
    report(progress, log, InspectionSource.SOURCE, start);

    start = System.nanoTime();
    new FeedbackSource(units, cast, seeds, log, options.totalFeedbackItems())
        .write(options.fromYear(), options.toYear());
    report(progress, log, FeedbackSource.SOURCE, start);

    PlantedManifest manifest =
        new PlantedManifest(options.seed(), options.scale(), options.fromYear(), options.toYear(),
            log.files(), log.planted(), cast.story());
    manifest.write(out.resolve(PlantedManifest.FILE_NAME));
    return manifest;
  }

  /**
   * The ingest benchmark's input: one plain CSV feedback export of exactly {@code rows} items in
   * {@code out/feedback/<day>/}, drawn as {@link #generate} draws feedback (same seed, same items).
   */
  public static WrittenFile feedbackExport(Profile profile, Path out, long seed, LocalDate day, long rows) {
    Seeds seeds = new Seeds(seed);
    UnitDirectory units = new UnitDirectory(profile);
    int toYear = Math.min(day.getYear(), 2025);
    StoryCast cast = new StoryCast(units, seeds, 2021, toYear);
    return new FeedbackSource(units, cast, seeds, new LandingLog(out), rows).writeExport(day, rows, 2021, toYear);
  }

  private static void report(Progress progress, LandingLog log, String source, long startNanos) {
    progress.source(source, log.rows(source), log.fileCount(source), (System.nanoTime() - startNanos) / 1e9);
  }
}
