package vn.phuly.thanthien.ingest;

import java.io.Serializable;

/**
 * A byte range of one landing file that starts and ends on record boundaries, the unit of work of
 * the parallel read. Byte offsets are safe for every accepted encoding: ranges only start right
 * after a line feed (UTF-8 never uses that byte inside a character; Windows-1258 is single-byte).
 *
 * @param start first byte of the range (0: the file's start, with its BOM and header)
 * @param end byte after the range's last record, {@link Long#MAX_VALUE} for the end of the file
 * @param linesBefore physical lines of the file before {@code start}, so that every record keeps
 *     the line number it has in the whole file
 */
public record FileSplit(LandingFile file, long start, long end, long linesBefore) implements Serializable {

  /** The whole file as one range. */
  public static FileSplit whole(LandingFile file) {
    return new FileSplit(file, 0, Long.MAX_VALUE, 0);
  }
}
