package vn.phuly.thanthien.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.io.ByteStreams;
import com.univocity.parsers.common.TextParsingException;
import com.univocity.parsers.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.spark.sql.Row;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.privacy.Scrubber;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Parses one landing file into raw rows ({@link RawRow}, executor side): lineage, the position of
 * an exploded JSON element, a file-level problem (a malformed line, a rejected file) and one cleaned
 * and protected string per contract column ({@link RecordProtection}: identity columns are
 * pseudonyms under their curated names). Nothing is typed or judged here except what cannot be
 * parsed at all.
 */
public final class RawRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawRecords() {}

  /** The raw rows of one whole file, read lazily record by record (files may be large). */
  public static Iterator<Row> rows(
      LandingFile file, Configuration conf, DatasetContract contract, Pseudonymizer pseudonymizer) {
    return rows(FileSplit.whole(file), conf, contract, pseudonymizer, RecordLimits.DEFAULT);
  }

  /**
   * The raw rows of one range of a file, each with its line number in the whole file. Whatever the
   * bytes, the rows account for the range: a file rejected as unreadable is one problem row (line
   * 0), a record too big to parse one problem row, and a read that fails half-way (the file changed
   * since it was sniffed) ends with one problem row for the rest. The file is opened on its file
   * system through {@code conf} (on an executor: the driver's, {@link vn.phuly.thanthien.fs.HadoopConf}).
   */
  public static Iterator<Row> rows(FileSplit split, Configuration conf, DatasetContract contract,
      Pseudonymizer pseudonymizer, RecordLimits limits) {
    LandingFile file = split.file();
    RawRow.Layout layout = new RawRow.Layout(contract, new RecordProtection(contract, pseudonymizer));
    if (file.isUnreadable()) {
      return List.of(layout.row(file, 0)
          .problem(ReasonCode.UNREADABLE_FILE, "file rejected, " + file.rejected(), "tệp bị loại, " + file.rejectedVi())
          .build()).iterator();
    }
    return new Iterator<>() {
      private final Deque<Row> buffer = new ArrayDeque<>();
      private RecordSource source;
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        while (buffer.isEmpty() && !exhausted) {
          try {
            if (source == null) {
              source = file.isCsv() ? csv(split, conf, layout, limits) : jsonLines(file, conf, contract, layout, limits);
            }
            exhausted = !source.next(buffer);
            if (exhausted) {
              source.close();
            }
          } catch (IOException | UncheckedIOException | TextParsingException | FSError e) {
            exhausted = true;
            buffer.add(unreadableRest(file, layout, source == null ? split.linesBefore() + 1 : source.nextLine(), e));
            closeQuietly(source);
          }
        }
        return !buffer.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffer.poll();
      }
    };
  }

  /** Reads the next physical record into zero or more rows; false at the end of the file. */
  private interface RecordSource extends Closeable {
    boolean next(Collection<Row> out) throws IOException;

    /** The line the next record starts on. */
    long nextLine();
  }

  /**
   * The rest of a file that stopped reading half-way. The detail names the exception's class only:
   * a parser's message may quote the record.
   */
  private static Row unreadableRest(LandingFile file, RawRow.Layout layout, long line, Throwable e) {
    // the wrappers say nothing: a parser's, Java's unchecked one, Hadoop's local read error
    boolean wrapper = e instanceof TextParsingException || e instanceof UncheckedIOException || e instanceof FSError;
    String kind = wrapper && e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getClass().getSimpleName();
    return layout.row(file, line)
        .problem(ReasonCode.PARSE_ERROR,
            "the file could not be read on from this line (" + kind + "): did it change while it was read?",
            "không đọc tiếp được tệp từ dòng này (" + kind + "): tệp có bị thay đổi trong khi đọc không?")
        .build();
  }

  private static void closeQuietly(Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException | RuntimeException e) {
      // the read already failed; its problem row says so
    }
  }

  /** The problem row of a record the guard cut (too long, or too many fields). */
  private static Row cutRow(LandingFile file, RawRow.Layout layout, long line, RecordGuard.Cut cut, RecordLimits limits) {
    RawRow.Builder row = layout.row(file, line);
    if (file.rejected() != null) {
      return row.problem(ReasonCode.MISSING_COLUMN, "file rejected, " + file.rejected(), "tệp bị loại, " + file.rejectedVi())
          .build();
    }
    return switch (cut) {
      case TOO_LONG -> row.problem(ReasonCode.RECORD_TOO_LONG,
          "the record is longer than " + limits.maxRecordBytes() + " bytes (max_record_bytes)",
          "bản ghi dài hơn " + limits.maxRecordBytes() + " byte (max_record_bytes)").build();
      case TOO_MANY_FIELDS -> row.problem(ReasonCode.PARSE_ERROR,
          "the record has more than " + CsvSettings.MAX_FIELDS + " fields",
          "bản ghi có hơn " + CsvSettings.MAX_FIELDS + " trường").build();
    };
  }

  private static RecordSource csv(FileSplit split, Configuration conf, RawRow.Layout layout, RecordLimits limits)
      throws IOException {
    LandingFile file = split.file();
    // the contract column of each header cell, null for an unknown one
    String[] columns =
        file.headerColumns().stream().map(column -> column != null && layout.hasColumn(column) ? column : null)
            .toArray(String[]::new);
    CsvParser parser = CsvSettings.parser(file.separator());
    // A decoder that reports malformed input, as Files.newBufferedReader does for a whole file.
    RecordGuard guard = RecordGuard.csv(
        new BufferedReader(new InputStreamReader(bytes(split, conf), Charset.forName(file.charset()).newDecoder())),
        file.separator(), limits);
    parser.beginParsing(guard);
    return new RecordSource() {
      // The parser counts lines from the start of its range.
      private long previousEnd = split.linesBefore();

      @Override
      public boolean next(Collection<Row> out) {
        String[] cells = parser.parseNext();
        if (cells == null) {
          guard.untaken().forEach((line, cut) -> out.add(cutRow(file, layout, split.linesBefore() + line, cut, limits)));
          return false;
        }
        // The parser reports the line a record ends on; it starts right after the previous one.
        long start = previousEnd + 1;
        previousEnd = split.linesBefore() + parser.getContext().currentLine();
        RecordGuard.Cut cut = guard.take(start - split.linesBefore());
        if (cut != null) {
          out.add(cutRow(file, layout, start, cut, limits));
        } else if (start > 1 && !isBlank(cells)) {
          out.add(csvRow(file, layout, columns, cells, start));
        }
        return true;
      }

      @Override
      public long nextLine() {
        return previousEnd + 1;
      }

      @Override
      public void close() {
        parser.stopParsing();
      }
    };
  }

  /**
   * The bytes of a range: from its start to its end, which is right after its last record's line
   * feed ({@link CsvSplitter}), or to the end of the file.
   */
  private static InputStream bytes(FileSplit split, Configuration conf) throws IOException {
    FSDataInputStream in = open(split.file(), conf);
    in.seek(split.start());
    return split.end() == Long.MAX_VALUE ? in : ByteStreams.limit(in, split.end() - split.start());
  }

  private static FSDataInputStream open(LandingFile file, Configuration conf) throws IOException {
    return Locations.fileSystem(file.path(), conf).open(file.path());
  }

  private static Row csvRow(LandingFile file, RawRow.Layout layout, String[] columns, String[] cells, long line) {
    RawRow.Builder row = layout.row(file, line);
    if (file.rejected() != null) {
      row.problem(ReasonCode.MISSING_COLUMN, "file rejected, " + file.rejected(), "tệp bị loại, " + file.rejectedVi());
    } else if (cells.length != columns.length) {
      row.problem(ReasonCode.PARSE_ERROR,
          "the record has " + cells.length + " fields, the header " + columns.length,
          "bản ghi có " + cells.length + " trường, dòng tiêu đề có " + columns.length);
    }
    for (int i = 0; i < cells.length && i < columns.length; i++) {
      if (columns[i] != null) {
        row.column(columns[i], nullIfEmpty(Vietnamese.clean(cells[i])));
      }
    }
    return row.build();
  }

  private static RecordSource jsonLines(LandingFile file, Configuration conf, DatasetContract contract,
      RawRow.Layout layout, RecordLimits limits) throws IOException {
    RecordGuard guard = RecordGuard.jsonLines(
        new BufferedReader(new InputStreamReader(open(file, conf), Charset.forName(file.charset()))), limits);
    BufferedReader reader = new BufferedReader(guard);
    Set<String> known = knownFields(contract);
    return new RecordSource() {
      private long number;

      @Override
      public boolean next(Collection<Row> out) throws IOException {
        String line = reader.readLine();
        if (line == null) {
          guard.untaken().forEach((at, cut) -> out.add(cutRow(file, layout, at, cut, limits)));
          return false;
        }
        number++;
        RecordGuard.Cut cut = guard.take(number);
        if (cut != null) {
          out.add(cutRow(file, layout, number, cut, limits));
          return true;
        }
        String text = Vietnamese.clean(line);
        if (text.isEmpty()) {
          return true;
        }
        JsonNode record = parse(text);
        if (record == null || !record.isObject()) {
          out.add(layout.row(file, number)
              .problem(ReasonCode.PARSE_ERROR, "the line is not a JSON object", "dòng không phải là một đối tượng JSON")
              .build());
        } else {
          explode(file, number, contract, layout, known, record, out);
        }
        return true;
      }

      @Override
      public long nextLine() {
        return number + 1;
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  private static void explode(
      LandingFile file, long line, DatasetContract contract, RawRow.Layout layout, Set<String> known,
      JsonNode record, Collection<Row> rows) {
    String array = contract.explode();
    JsonNode elements = array == null ? null : record.get(array);
    if (array == null) {
      rows.add(jsonRow(file, line, contract, layout, known, record, null, null));
    } else if (elements == null || elements.isNull() || elements.isArray() && elements.isEmpty()) {
      rows.add(jsonRow(file, line, contract, layout, known, record, null, 0));
    } else if (!elements.isArray()) {
      rows.add(layout.row(file, line)
          .problem(ReasonCode.PARSE_ERROR, "'" + array + "' is not a JSON array",
              "'" + array + "' không phải là một mảng JSON")
          .build());
    } else {
      for (int i = 0; i < elements.size(); i++) {
        rows.add(jsonRow(file, line, contract, layout, known, record, elements.get(i), i + 1));
      }
    }
  }

  private static Row jsonRow(
      LandingFile file, long line, DatasetContract contract, RawRow.Layout layout, Set<String> known,
      JsonNode record, JsonNode element, Integer elementNo) {
    RawRow.Builder row = layout.row(file, line).elementNo(elementNo);
    String prefix = contract.explode() == null ? null : contract.explode() + ".";
    for (Column column : contract.columns()) {
      String path = column.json();
      if (path == null) {
        continue;
      }
      JsonNode node =
          prefix != null && path.startsWith(prefix)
              ? (element == null ? null : element.get(path.substring(prefix.length())))
              : record.get(path);
      row.column(column.name(), text(node));
    }
    return row.drift(unknownFields(known, contract.explode(), record, element)).build();
  }

  /** What a JSON record may hold: the contract's JSON paths and the exploded array itself. */
  private static Set<String> knownFields(DatasetContract contract) {
    Set<String> known = new HashSet<>();
    contract.columns().stream().map(Column::json).filter(Objects::nonNull).forEach(known::add);
    if (contract.explode() != null) {
      known.add(contract.explode());
    }
    return known;
  }

  /**
   * The fields of a record, and of its exploded element, that no contract column reads, as drift
   * notes ("unknown field 'findings.photo'"); null when there are none, as in most records. The
   * names are cleaned and scrubbed like any text of an export.
   */
  private static Seq<String> unknownFields(Set<String> known, String array, JsonNode record, JsonNode element) {
    List<String> unknown = new ArrayList<>();
    List<String> names = new ArrayList<>();
    record.fieldNames().forEachRemaining(names::add);
    if (element != null && element.isObject()) {
      element.fieldNames().forEachRemaining(name -> names.add(array + "." + name));
    }
    for (String name : names) {
      if (!known.contains(name)) {
        unknown.add("unknown field '" + Scrubber.scrub(Vietnamese.clean(name)) + "'");
      }
    }
    // Spark's row encoder takes arrays as Scala sequences
    return unknown.isEmpty() ? null : CollectionConverters.asScala(unknown).toSeq();
  }

  private static String text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    String raw = node.isValueNode() ? node.asText() : node.toString();
    return nullIfEmpty(Vietnamese.clean(raw));
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isBlank(String[] cells) {
    for (String cell : cells) {
      if (cell != null && !cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String nullIfEmpty(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
