package vn.phuly.thanthien.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

/**
 * The CSV dialect of exports: {@code "} quotes escaped by doubling (RFC 4180, not Spark's default
 * backslash: ENGINEERING-NOTES trap 1), any line ending, embedded newlines, values kept verbatim
 * (cleaning is {@link vn.phuly.thanthien.text.Vietnamese#clean}'s job).
 */
final class CsvSettings {
  private CsvSettings() {}

  static CsvParser parser(char separator) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(separator);
    settings.getFormat().setQuote('"');
    settings.getFormat().setQuoteEscape('"');
    settings.setLineSeparatorDetectionEnabled(true);
    // Empty lines are returned (and skipped by the caller) so that line numbers stay exact.
    settings.setSkipEmptyLines(false);
    settings.setIgnoreLeadingWhitespaces(false);
    settings.setIgnoreTrailingWhitespaces(false);
    settings.setHeaderExtractionEnabled(false);
    settings.setMaxCharsPerColumn(-1);
    settings.setMaxColumns(1024);
    return new CsvParser(settings);
  }
}
