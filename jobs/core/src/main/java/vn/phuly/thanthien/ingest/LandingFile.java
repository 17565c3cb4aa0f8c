package vn.phuly.thanthien.ingest;

import java.io.Serializable;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.hadoop.fs.Path;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * One landing file as sniffed by the driver; the parallel read parses it whole or in ranges
 * ({@link FileSplit}).
 *
 * @param file path relative to the landing root, forward slashes ({@code source_file})
 * @param location where executors open it: the file's full URI ({@code file:/…}, {@code s3a://…})
 * @param format {@code csv} or {@code jsonl}
 * @param charset detected encoding (UTF-8 with or without BOM, UTF-16 with BOM, else
 *     Windows-1258); null for a file that is not text
 * @param separator CSV field separator found in the header line
 * @param headerColumns for CSV: the contract column of each header cell, null for an unknown cell
 * @param drift what differs from the contract without stopping the load (unknown columns)
 * @param rejectedCode why the whole file is quarantined: {@link ReasonCode#MISSING_COLUMN} (each
 *     record is quarantined) or {@link ReasonCode#UNREADABLE_FILE} (the file is one quarantined
 *     row, line 0: it has no records to read); null for a file that is read
 * @param rejected the reason in English (the manifest's {@code rejected}), else null
 * @param rejectedVi the same reason in Vietnamese, for the operator's console line
 */
public record LandingFile(
    String source,
    String file,
    String location,
    String landingDate,
    String format,
    String charset,
    char separator,
    List<String> headerColumns,
    List<String> drift,
    String rejectedCode,
    String rejected,
    String rejectedVi)
    implements Serializable {

  public boolean isCsv() {
    return "csv".equals(format);
  }

  /** The file as a Hadoop path, to open on its file system. */
  public Path path() {
    return new Path(URI.create(location));
  }

  /** Rejected whole without a record to read: the file is its own one quarantined row. */
  public boolean isUnreadable() {
    return ReasonCode.UNREADABLE_FILE.name().equals(rejectedCode);
  }

  /** What the sniffer learns of a file, step by step. */
  static final class Builder {
    private final String source;
    private final String file;
    private final String location;
    private final String landingDate;
    private final String format;
    private String charset;
    private char separator = ',';
    private List<String> headerColumns = List.of();
    private List<String> drift = List.of();

    Builder(String source, String file, String location, String landingDate, String format) {
      this.source = source;
      this.file = file;
      this.location = location;
      this.landingDate = landingDate;
      this.format = format;
    }

    boolean isCsv() {
      return "csv".equals(format);
    }

    Builder charset(Charset charset) {
      this.charset = charset.name();
      return this;
    }

    Builder header(char separator, List<String> headerColumns, List<String> drift) {
      this.separator = separator;
      // unknown cells are nulls, which List.copyOf refuses
      this.headerColumns = Collections.unmodifiableList(new ArrayList<>(headerColumns));
      this.drift = List.copyOf(drift);
      return this;
    }

    LandingFile build() {
      return new LandingFile(source, file, location, landingDate, format, charset, separator, headerColumns, drift,
          null, null, null);
    }

    LandingFile rejected(ReasonCode code, String reason, String reasonVi) {
      return new LandingFile(source, file, location, landingDate, format, charset, separator, headerColumns, drift,
          code.name(), reason, reasonVi);
    }
  }
}
