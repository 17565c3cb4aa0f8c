package vn.phuly.thanthien.ingest;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;

/**
 * The CSV dialect of exports: {@code "} quotes escaped by doubling (RFC 4180, not Spark's default
 * backslash: ENGINEERING-NOTES trap 1), any line ending, embedded newlines, values kept verbatim
 * (cleaning is {@link vn.phuly.thanthien.text.Vietnamese#clean}'s job).
 */
final class CsvSettings {
  /** The most fields a record may have; a longer one is a {@code PARSE_ERROR} ({@link RecordGuard}). */
  static final int MAX_FIELDS = 1024;

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
    settings.setMaxColumns(MAX_FIELDS);
    // A line starting with '#' is a record like any other, not a comment to drop in silence.
    settings.setCommentProcessingEnabled(false);
    // A parser error message must not echo a record's content: it could be personal data.
    settings.setErrorContentLength(0);
    return new CsvParser(settings);
  }
}
