package vn.phuly.thanthien.ingest;

import java.io.Serializable;
import java.util.List;

/**
 * One landing file as sniffed by the driver; the parallel read parses it whole or in ranges
 * ({@link FileSplit}).
 *
 * @param file path relative to the landing root, forward slashes ({@code source_file})
 * @param absolutePath where executors open it
 * @param format {@code csv} or {@code jsonl}
 * @param charset detected encoding (UTF-8 with or without BOM, else Windows-1258)
 * @param separator CSV field separator found in the header line
 * @param headerColumns for CSV: the contract column of each header cell, null for an unknown cell
 * @param drift what differs from the contract without stopping the load (unknown columns)
 * @param rejected why the whole file is quarantined (a required column is missing), else null
 * @param rejectedVi the same reason in Vietnamese, for the operator's console line
 */
public record LandingFile(
    String source,
    String file,
    String absolutePath,
    String landingDate,
    String format,
    String charset,
    char separator,
    List<String> headerColumns,
    List<String> drift,
    String rejected,
    String rejectedVi)
    implements Serializable {

  public boolean isCsv() {
    return "csv".equals(format);
  }
}
