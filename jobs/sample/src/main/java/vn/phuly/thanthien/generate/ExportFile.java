package vn.phuly.thanthien.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One landing file being written, a line at a time (never held in memory). Counts physical lines
 * (the CSV header is line 1) and data records for the manifest.
 */
final class ExportFile implements Closeable {
  private final String source;
  private final String relativePath;
  private final String landingDate;
  private final ExportFormat format;
  private final Writer writer;
  private long lines;
  private long records;

  ExportFile(Path out, String source, String landingDate, String name, ExportFormat format) {
    this.source = source;
    this.relativePath = source + "/" + landingDate + "/" + name;
    this.landingDate = landingDate;
    this.format = format;
    try {
      Path path = out.resolve(relativePath);
      Files.createDirectories(path.getParent());
      OutputStream stream = Files.newOutputStream(path);
      if (format.bom) {
        stream.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      // Fail loudly rather than let the charset write '?' for a letter it cannot carry.
      this.writer =
          new BufferedWriter(
              new OutputStreamWriter(
                  stream,
                  format
                      .charset
                      .newEncoder()
                      .onUnmappableCharacter(CodingErrorAction.REPORT)
                      .onMalformedInput(CodingErrorAction.REPORT)),
              1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException(relativePath + ": " + e.getMessage(), e);
    }
  }

  String relativePath() {
    return relativePath;
  }

  ExportFormat format() {
    return format;
  }

  /** Writes the header row from canonical-order labels. */
  void header(List<String> labels) {
    write(csvLine(format.order(labels.stream().map(format::header).toList())));
  }

  /** Writes one CSV row from canonical-order values; returns its line number. */
  long row(List<String> values) {
    records++;
    return write(csvLine(format.order(values)));
  }

  /** Writes one JSON line that ingest explodes into {@code rowsInRecord} rows. */
  long jsonLine(String json, int rowsInRecord) {
    records += rowsInRecord;
    return write(json);
  }

  private long write(String line) {
    if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
      throw new IllegalStateException(relativePath + ": a record must be one physical line");
    }
    try {
      writer.write(format.encodable(line));
      writer.write(format.lineEnd);
    } catch (IOException e) {
      throw new UncheckedIOException(relativePath + ": " + e.getMessage(), e);
    }
    return ++lines;
  }

  private String csvLine(List<String> values) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(format.separator);
      }
      String value = values.get(i) == null ? "" : values.get(i);
      if (value.indexOf(format.separator) >= 0 || value.indexOf('"') >= 0) {
        line.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        line.append(value);
      }
    }
    return line.toString();
  }

  WrittenFile finish() {
    close();
    return new WrittenFile(
        source, relativePath, landingDate, format.name(), format.charset.name(), records);
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(relativePath + ": " + e.getMessage(), e);
    }
  }
}
