package vn.phuly.thanthien.ingest;

import com.google.common.base.Utf8;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a landing file's bytes are (driver side, before any task reads it): text in one of the
 * encodings exports come in — UTF-8 with or without BOM, UTF-16 with its byte order mark,
 * Windows-1258 — detected, never configured; or not text at all, and why. A file is text only if
 * all of it decodes cleanly and holds no NUL: the parallel read may then never meet a byte it
 * cannot decode, and a file of random bytes, an archive or UTF-16 without a BOM is rejected whole
 * ({@code UNREADABLE_FILE}) instead of failing the run.
 */
final class TextEncoding {
  static final Charset WINDOWS_1258 = Charset.forName("windows-1258");
  /** Java's UTF-16 decoder reads the byte order mark, decodes by it and drops it. */
  static final Charset UTF_16 = StandardCharsets.UTF_16;
  private static final String NOT_TEXT = "not text in UTF-8, UTF-8 with BOM, UTF-16 or Windows-1258: ";
  private static final String NOT_TEXT_VI = "không phải văn bản UTF-8, UTF-8 có BOM, UTF-16 hay Windows-1258: ";

  /**
   * The file's encoding, or (charset null) why it is not text, in English and Vietnamese.
   */
  record Verdict(Charset charset, String problem, String problemVi) {
    static Verdict text(Charset charset) {
      return new Verdict(charset, null, null);
    }

    static Verdict notText(String problem, String problemVi) {
      return new Verdict(null, NOT_TEXT + problem, NOT_TEXT_VI + problemVi);
    }

    boolean isText() {
      return charset != null;
    }
  }

  /** At least this much of a file per parallel part of the check. */
  private static final long CHECK_PART_BYTES = 16L << 20;
  private static final int BLOCK = 1 << 20;
  /** The bytes Windows-1258 leaves undefined (Java's decoder reports them). */
  private static final boolean[] UNDEFINED_1258 = undefined1258();

  private TextEncoding() {}

  /** Judges the whole file; an I/O error (permission denied…) is the caller's to report. */
  static Verdict of(FileSystem fs, Path file) throws IOException {
    byte[] head = new byte[4];
    int n;
    try (var in = fs.open(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return Verdict.notText("a gzip archive (decompress it before it lands)", "tệp nén gzip (cần giải nén trước khi đưa vào)");
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] < 9 && head[3] < 9) {
      return Verdict.notText("a zip archive (unpack it before it lands)", "tệp nén zip (cần giải nén trước khi đưa vào)");
    }
    if (n >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
      return utf16(fs, file);
    }
    return bytes(fs, file);
  }

  /** UTF-16 with a byte order mark: text if every character decodes and none is NUL. */
  private static Verdict utf16(FileSystem fs, Path file) throws IOException {
    CharsetDecoder decoder = UTF_16.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    char[] buffer = new char[BLOCK / 2];
    long position = 0;
    try (Reader reader = new InputStreamReader(fs.open(file), decoder)) {
      for (int read; (read = reader.read(buffer)) > 0; position += read) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == 0) {
            return Verdict.notText("UTF-16 holding a NUL character (character " + (position + i) + ")",
                "UTF-16 có ký tự NUL (ký tự thứ " + (position + i) + ")");
          }
        }
      }
    } catch (CharacterCodingException e) {
      return Verdict.notText("UTF-16 with a byte order mark that does not decode cleanly",
          "UTF-16 có BOM nhưng không giải mã trọn vẹn được");
    }
    return Verdict.text(UTF_16);
  }

  /**
   * UTF-8 when the whole file is well-formed UTF-8 (with or without BOM), else Windows-1258 when
   * it defines every byte; never text with a NUL byte. Guava's UTF-8 check, several times faster
   * than decoding, on parts of a big file at once (the driver does this before any task starts,
   * with the cores otherwise idle).
   */
  private static Verdict bytes(FileSystem fs, Path file) throws IOException {
    long size = fs.getFileStatus(file).getLen();
    int parts = (int) Math.max(1, Math.min(64, size / CHECK_PART_BYTES));
    long[] starts = partStarts(fs, file, size, parts);
    try {
      Scan scan = IntStream.range(0, parts).parallel()
          .mapToObj(part -> scan(fs, file, starts[part], starts[part + 1]))
          .reduce(Scan::and).orElseThrow();
      if (scan.firstNul >= 0) {
        return Verdict.notText("a NUL byte at offset " + scan.firstNul + " (binary data, or UTF-16 without a byte order mark)",
            "có byte NUL ở vị trí " + scan.firstNul + " (dữ liệu nhị phân, hoặc UTF-16 không có BOM)");
      }
      if (scan.utf8) {
        return Verdict.text(StandardCharsets.UTF_8);
      }
      if (scan.firstUndefined < 0) {
        return Verdict.text(WINDOWS_1258);
      }
      String at = String.format(Locale.ROOT, "0x%02X", scan.undefinedByte);
      return Verdict.notText("byte " + at + " at offset " + scan.firstUndefined + " is neither UTF-8 nor Windows-1258",
          "byte " + at + " ở vị trí " + scan.firstUndefined + " không phải UTF-8 cũng không phải Windows-1258");
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** One part's findings: well-formed UTF-8 or not, the first NUL and the first byte Windows-1258 lacks (-1: none). */
  private record Scan(boolean utf8, long firstNul, long firstUndefined, int undefinedByte) {
    Scan and(Scan later) {
      boolean nulHere = firstNul >= 0;
      boolean undefinedHere = firstUndefined >= 0;
      return new Scan(utf8 && later.utf8, nulHere ? firstNul : later.firstNul,
          undefinedHere ? firstUndefined : later.firstUndefined, undefinedHere ? undefinedByte : later.undefinedByte);
    }
  }

  /**
   * Where each of {@code parts} parts starts, and (last) the file's end: the first UTF-8 sequence
   * start at or after its share of the file (at most 4 bytes on), so that the parts cover the file
   * exactly. Found in one forward pass before the parts run: on an object store, seeking back
   * would turn a sequential read into ranged requests.
   */
  private static long[] partStarts(FileSystem fs, Path file, long size, int parts) throws IOException {
    long[] starts = new long[parts + 1];
    starts[parts] = size;
    if (parts == 1) {
      return starts;
    }
    byte[] probe = new byte[4];
    try (FSDataInputStream in = fs.open(file)) {
      for (int part = 1; part < parts; part++) {
        long at = size * part / parts;
        in.seek(at);
        int n = in.readNBytes(probe, 0, probe.length);
        int continuation = 0;
        while (continuation < n && (probe[continuation] & 0xC0) == 0x80) {
          continuation++;
        }
        starts[part] = at + continuation;
      }
    }
    return starts;
  }

  /**
   * The bytes {@code [from, end)}, which start and end where UTF-8 sequences start, read on their
   * own stream in blocks; a block's UTF-8 check ends before its last, possibly incomplete,
   * sequence, which starts the next.
   */
  private static Scan scan(FileSystem fs, Path file, long from, long end) {
    try (FSDataInputStream in = fs.open(file)) {
      in.seek(from);
      long position = from;
      byte[] buffer = new byte[BLOCK];
      int carried = 0;
      boolean utf8 = true;
      long firstNul = -1;
      long firstUndefined = -1;
      int undefinedByte = 0;
      while (position < end) {
        int n = in.read(buffer, carried, (int) Math.min(BLOCK - carried, end - position));
        if (n <= 0) {
          break;
        }
        long blockStart = position - carried;
        position += n;
        int filled = carried + n;
        if (firstNul < 0 || firstUndefined < 0) {
          for (int i = carried; i < filled; i++) {
            int b = buffer[i] & 0xFF;
            if (b == 0 && firstNul < 0) {
              firstNul = blockStart + i;
            } else if (UNDEFINED_1258[b] && firstUndefined < 0) {
              firstUndefined = blockStart + i;
              undefinedByte = b;
            }
          }
        }
        int checked = position < end ? lastSequenceStart(buffer, filled) : filled;
        utf8 = utf8 && Utf8.isWellFormed(buffer, 0, checked);
        carried = filled - checked;
        System.arraycopy(buffer, checked, buffer, 0, carried);
      }
      utf8 = utf8 && (carried == 0 || Utf8.isWellFormed(buffer, 0, carried));
      return new Scan(utf8, firstNul, firstUndefined, undefinedByte);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the last UTF-8 sequence of {@code bytes[0, end)} starts (looking at most 4 bytes back). */
  private static int lastSequenceStart(byte[] bytes, int end) {
    for (int i = end - 1; i >= Math.max(0, end - 4); i--) {
      if ((bytes[i] & 0xC0) != 0x80) {
        return i;
      }
    }
    return end;
  }

  private static boolean[] undefined1258() {
    boolean[] undefined = new boolean[256];
    for (int b = 0; b < 256; b++) {
      try {
        WINDOWS_1258.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(new byte[] {(byte) b}));
      } catch (CharacterCodingException e) {
        undefined[b] = true;
      }
    }
    return undefined;
  }
}
