package vn.phuly.thanthien.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import vn.phuly.thanthien.fs.Locations;

/**
 * Cuts a big CSV file into byte ranges at record boundaries (driver side) so that several tasks
 * parse it at once. One sequential pass runs the RFC 4180 quoting rules over the bytes, counting
 * lines, and ends a range at the first line feed outside quotes past each {@code targetBytes}.
 *
 * <p>The file stays one range whenever a split could parse differently from the whole file: a
 * quote inside an unquoted field, text after a closing quote, an unclosed quote (the parser's
 * lenient handling of these is not reproduced here), or line endings that are not all LF or all
 * CRLF (the parser detects the line ending from the first one it meets in its input, and each range
 * is a new input).
 */
final class CsvSplitter {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  /** A quote inside a quoted field: the field's end, or the first half of an escaped quote. */
  private static final int QUOTE_IN_QUOTED = 3;
  /** A carriage return after a closing quote: only a line feed may follow. */
  private static final int CLOSED = 4;

  private CsvSplitter() {}

  static List<FileSplit> split(LandingFile file, Configuration conf, long targetBytes) {
    if (!file.isCsv() || file.rejected() != null || !byteSplittable(file)) {
      return List.of(FileSplit.whole(file));
    }
    try {
      FileSystem fs = Locations.fileSystem(file.path(), conf);
      if (fs.getFileStatus(file.path()).getLen() <= targetBytes) {
        return List.of(FileSplit.whole(file));
      }
      try (InputStream in = fs.open(file.path())) {
        return split(file, in, targetBytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file.file() + ": " + e.getMessage(), e);
    }
  }

  /** UTF-8 and Windows-1258 never use a line feed's byte inside a character; UTF-16 does. */
  private static boolean byteSplittable(LandingFile file) {
    return !TextEncoding.UTF_16.name().equals(file.charset());
  }

  private static List<FileSplit> split(LandingFile file, InputStream in, long targetBytes) throws IOException {
    Scan scan = new Scan(file, targetBytes);
    byte[] buffer = new byte[1 << 20];
    long offset = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      boolean bom = offset == 0 && n >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF;
      if (!scan.feed(buffer, bom ? 3 : 0, n, offset)) {
        return List.of(FileSplit.whole(file));
      }
      offset += n;
    }
    return scan.splits(offset);
  }

  /**
   * The state of the pass between blocks. Each block is scanned by its own call of {@link #feed}:
   * a short method called a thousand times is compiled early and well by the JIT, a long loop in
   * one call is not.
   */
  private static final class Scan {
    private final LandingFile file;
    private final long targetBytes;
    private final byte separator;
    private final List<FileSplit> splits = new ArrayList<>();
    private long lines;
    private long carriageReturns;
    private long crlf;
    private long rangeStart;
    private long rangeLines;
    private int state = FIELD_START;
    private boolean afterCr;

    Scan(LandingFile file, long targetBytes) {
      this.file = file;
      this.targetBytes = targetBytes;
      this.separator = (byte) file.separator();
    }

    /** Scans {@code buffer[from, n)}, which starts at {@code offset} in the file; false: keep the file whole. */
    boolean feed(byte[] buffer, int from, int n, long offset) {
      for (int i = from; i < n; i++) {
        byte b = buffer[i];
        if ((b & 0xFF) > '"' && b != separator) {
          // Most bytes: not a line end, quote or separator, so only the state can change (the
          // general rules below, taken in a few comparisons).
          afterCr = false;
          if (state == FIELD_START) {
            state = UNQUOTED;
          } else if (state == QUOTE_IN_QUOTED || state == CLOSED) {
            return false;
          }
          continue;
        }
        if (b == '\n') {
          lines++;
          if (afterCr) {
            crlf++;
          }
        } else if (b == '\r') {
          carriageReturns++;
        }
        afterCr = b == '\r';
        switch (state) {
          case FIELD_START, UNQUOTED, CLOSED, QUOTE_IN_QUOTED -> {
            if (b == '\n') {
              state = FIELD_START;
              long next = offset + i + 1;
              if (next - rangeStart >= targetBytes) {
                splits.add(new FileSplit(file, rangeStart, next, rangeLines));
                rangeStart = next;
                rangeLines = lines;
              }
            } else if (b == separator) {
              state = FIELD_START;
            } else if (b == '\r') {
              state = state == UNQUOTED ? UNQUOTED : (state == FIELD_START ? FIELD_START : CLOSED);
            } else if (b == '"') {
              if (state == FIELD_START || state == QUOTE_IN_QUOTED) {
                state = QUOTED;
              } else {
                return false;
              }
            } else if (state == FIELD_START) {
              state = UNQUOTED;
            } else if (state != UNQUOTED) {
              return false;
            }
          }
          default -> {
            if (b == '"') {
              state = QUOTE_IN_QUOTED;
            }
          }
        }
      }
      return true;
    }

    /** The ranges once the whole file ({@code length} bytes) is scanned. */
    List<FileSplit> splits(long length) {
      boolean uniformEndings = carriageReturns == 0 || carriageReturns == crlf && crlf == lines;
      if (state == QUOTED || !uniformEndings || splits.isEmpty()) {
        return List.of(FileSplit.whole(file));
      }
      List<FileSplit> all = new ArrayList<>(splits);
      if (rangeStart < length) {
        all.add(new FileSplit(file, rangeStart, Long.MAX_VALUE, rangeLines));
      }
      return all;
    }
  }
}
