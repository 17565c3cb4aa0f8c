package vn.phuly.thanthien.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Between the decoder and the parser of one landing file (or range): hands the text on record by
 * record, and replaces each record that is too big to parse — longer than {@link
 * RecordLimits#maxRecordBytes()}, or for CSV with more fields than the parser takes — by as many
 * empty lines as it spans, noting the line it starts on ({@link #take}). The parser then meets
 * blank records there, line numbers stay exact, and no record longer than the limit is ever held in
 * memory: a file of one endless line costs the limit, not the file.
 *
 * <p>Records end at a line feed outside quotes (RFC 4180 quoting for CSV: a quoted field may hold
 * line breaks, {@code ""} is a quote; every line feed for JSON Lines). Lines are counted by line
 * feeds, as the parser counts them for LF and CRLF files.
 */
final class RecordGuard extends Reader {
  /** Why a record was cut. */
  enum Cut { TOO_LONG, TOO_MANY_FIELDS }

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  /** A quote inside a quoted field: the field's end, or the first half of an escaped quote. */
  private static final int QUOTE_IN_QUOTED = 3;
  private static final int CHUNK = 1 << 16;

  private final Reader in;
  private final boolean csv;
  private final char separator;
  private final long maxBytes;
  private final int maxFields;
  /** Written as records are cut, read by the parser's thread (univocity reads ahead on its own). */
  private final Map<Long, Cut> cuts = new ConcurrentHashMap<>();

  private final char[] chunk = new char[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private boolean eof;
  /** Complete records from {@code pos} to {@code safe}, then the current record up to {@code end}. */
  private char[] records = new char[2 * CHUNK];
  private int pos;
  private int safe;
  private int end;

  /**
   * Whether lines end with CRLF, known at the first line feed. The parser counts lines as it
   * detects them: with CRLF a lone line feed ends a record but does not count as a line.
   */
  private Boolean crlf;
  private boolean afterCr;
  private int state = FIELD_START;
  private long recordBytes;
  private int fields = 1;
  /** Lines (as the parser counts them) before the current record: it starts on line {@code linesBefore + 1}. */
  private long linesBefore;
  private long linesInRecord;
  private boolean swallowing;

  private RecordGuard(Reader in, boolean csv, char separator, RecordLimits limits, int maxFields) {
    this.in = in;
    this.csv = csv;
    this.separator = separator;
    this.maxBytes = limits.maxRecordBytes();
    this.maxFields = maxFields;
  }

  static RecordGuard csv(Reader in, char separator, RecordLimits limits) {
    return new RecordGuard(in, true, separator, limits, CsvSettings.MAX_FIELDS);
  }

  static RecordGuard jsonLines(Reader in, RecordLimits limits) {
    return new RecordGuard(in, false, '\n', limits, Integer.MAX_VALUE);
  }

  /**
   * Why the record starting on {@code line} (1: the first of this input) was cut, else null; each
   * cut is given once, so that {@link #untaken} holds those the parser never met.
   */
  Cut take(long line) {
    return cuts.remove(line);
  }

  /** The cuts not taken, by line: none unless the parser split records differently from this guard. */
  Map<Long, Cut> untaken() {
    return new TreeMap<>(cuts);
  }

  @Override
  public int read(char[] out, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos == safe) {
      if (chunkPos == chunkEnd && !nextChunk()) {
        if (swallowing) {
          // a cut last record without a line end: one empty line where it starts
          swallowing = false;
          lineEnd(true);
          safe = end;
        } else if (end > safe) {
          safe = end;
        } else {
          return -1;
        }
      } else {
        compact();
        scan();
      }
    }
    int n = Math.min(len, safe - pos);
    System.arraycopy(records, pos, out, off, n);
    pos += n;
    return n;
  }

  private boolean nextChunk() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(chunk, 0, CHUNK);
    if (n < 0) {
      eof = true;
      return false;
    }
    chunkPos = 0;
    chunkEnd = n;
    return true;
  }

  /** Moves the current record to the front once every complete record is handed on. */
  private void compact() {
    if (pos == safe && pos > 0) {
      System.arraycopy(records, pos, records, 0, end - pos);
      end -= pos;
      safe = 0;
      pos = 0;
    }
  }

  /** Scans the rest of the chunk. */
  private void scan() {
    while (chunkPos < chunkEnd) {
      char c = chunk[chunkPos++];
      if (c == '\n') {
        lineFeed();
      } else {
        if (!swallowing) {
          append(c);
        }
        recordBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (csv) {
          step(c);
        }
        if (!swallowing && (recordBytes > maxBytes || fields > maxFields)) {
          cut(fields > maxFields ? Cut.TOO_MANY_FIELDS : Cut.TOO_LONG);
        }
      }
      afterCr = c == '\r';
    }
  }

  private void lineFeed() {
    if (crlf == null) {
      crlf = afterCr;
    }
    // JSON Lines are read by readLine, which counts every line feed
    boolean counted = !csv || !crlf || afterCr;
    if (csv && state == QUOTED) {
      // a line break inside a quoted field
      if (counted) {
        linesInRecord++;
      }
      if (!swallowing) {
        append('\n');
      } else if (counted) {
        lineEnd(true);
        safe = end;
      }
      recordBytes++;
      return;
    }
    if (swallowing) {
      swallowing = false;
      lineEnd(counted);
    } else {
      append('\n');
    }
    safe = end;
    linesBefore += linesInRecord + (counted ? 1 : 0);
    linesInRecord = 0;
    recordBytes = 0;
    fields = 1;
    state = FIELD_START;
  }

  /**
   * The current record is too big: forget what it holds so far and hand on, from now on, only an
   * empty line for each line it spans.
   */
  private void cut(Cut why) {
    cuts.put(linesBefore + 1, why);
    swallowing = true;
    end = safe;
    for (long i = 0; i < linesInRecord; i++) {
      lineEnd(true);
    }
    safe = end;
  }

  /** An empty line in place of a cut record's line: a line end the parser counts, or a lone line feed. */
  private void lineEnd(boolean counted) {
    if (counted && Boolean.TRUE.equals(crlf)) {
      append('\r');
    }
    append('\n');
  }

  private void append(char c) {
    if (end == records.length) {
      records = Arrays.copyOf(records, records.length * 2);
    }
    records[end++] = c;
  }

  /** Feeds one character (not a line feed) of a CSV record to the quoting state. */
  private void step(char c) {
    switch (state) {
      case QUOTED -> {
        if (c == '"') {
          state = QUOTE_IN_QUOTED;
        }
      }
      case QUOTE_IN_QUOTED -> state = c == '"' ? QUOTED : c == separator ? newField() : UNQUOTED;
      case FIELD_START -> state = c == '"' ? QUOTED : c == separator ? newField() : UNQUOTED;
      default -> {
        if (c == separator) {
          state = newField();
        }
      }
    }
  }

  private int newField() {
    fields++;
    return FIELD_START;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
