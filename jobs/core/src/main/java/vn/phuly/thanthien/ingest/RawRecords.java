package vn.phuly.thanthien.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.privacy.Scrubber;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * Parses one landing file into raw rows (executor side): lineage, the position of an exploded
 * JSON element, a file-level problem (a malformed line, a rejected file) and one cleaned and
 * protected string per contract column ({@link RecordProtection}: identity columns are pseudonyms
 * under their curated names). Nothing is typed or judged here except what cannot be parsed at all.
 */
public final class RawRecords {
  public static final String SOURCE_FILE = "source_file";
  public static final String SOURCE_LINE = "source_line";
  public static final String LANDING_DATE = "landing_date";
  /** 1..n for the n-th element of the exploded JSON array, 0 for an empty array, null for CSV. */
  public static final String ELEMENT_NO = "element_no";
  public static final String PROBLEM_CODE = "raw_problem";
  public static final String PROBLEM_DETAIL = "raw_problem_detail";
  public static final String PROBLEM_DETAIL_VI = "raw_problem_detail_vi";
  /** Drift the reader sees in a record: fields of a JSON record no contract column reads (else null). */
  public static final String DRIFT = "raw_drift";

  private static final int FIXED = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawRecords() {}

  /**
   * The raw schema of a contract: lineage, element_no, problem, drift, then every contract column (an
   * identity column under its curated name: it holds the pseudonym).
   */
  public static StructType schema(DatasetContract contract) {
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(SOURCE_FILE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(SOURCE_LINE, DataTypes.LongType, false));
    fields.add(DataTypes.createStructField(LANDING_DATE, DataTypes.StringType, false));
    fields.add(DataTypes.createStructField(ELEMENT_NO, DataTypes.IntegerType, true));
    fields.add(DataTypes.createStructField(PROBLEM_CODE, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PROBLEM_DETAIL, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(PROBLEM_DETAIL_VI, DataTypes.StringType, true));
    fields.add(DataTypes.createStructField(DRIFT, DataTypes.createArrayType(DataTypes.StringType, false), true));
    for (Column column : contract.columns()) {
      fields.add(DataTypes.createStructField(rawName(column), DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** A column's name in the raw rows: an identity column holds its pseudonym, under its curated name. */
  static String rawName(Column column) {
    return column.isIdentity() ? column.curatedName() : column.name();
  }

  /** The raw rows of one whole file, read lazily record by record (files may be large). */
  public static Iterator<Row> rows(LandingFile file, DatasetContract contract, Pseudonymizer pseudonymizer) {
    return rows(FileSplit.whole(file), contract, pseudonymizer);
  }

  /** The raw rows of one range of a file, each with its line number in the whole file. */
  public static Iterator<Row> rows(FileSplit split, DatasetContract contract, Pseudonymizer pseudonymizer) {
    LandingFile file = split.file();
    RecordProtection protection = new RecordProtection(contract, pseudonymizer);
    RecordSource source;
    try {
      source = file.isCsv() ? csv(split, contract, protection) : jsonLines(file, contract, protection);
    } catch (IOException e) {
      throw new UncheckedIOException(file.file() + ": " + e.getMessage(), e);
    }
    return new Iterator<>() {
      private final Deque<Row> buffer = new ArrayDeque<>();
      private boolean exhausted;

      @Override
      public boolean hasNext() {
        try {
          while (buffer.isEmpty() && !exhausted) {
            exhausted = !source.next(buffer);
            if (exhausted) {
              source.close();
            }
          }
        } catch (IOException e) {
          throw new UncheckedIOException(file.file() + ": " + e.getMessage(), e);
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
  }

  private static RecordSource csv(FileSplit split, DatasetContract contract, RecordProtection protection) throws IOException {
    LandingFile file = split.file();
    List<String> names = contract.columns().stream().map(Column::name).toList();
    List<String> header = file.headerColumns();
    // the contract position of each header cell, -1 for an unknown one
    int[] positions = header.stream().mapToInt(column -> column == null ? -1 : names.indexOf(column)).toArray();
    CsvParser parser = CsvSettings.parser(file.separator());
    // A decoder that reports malformed input, as Files.newBufferedReader does for a whole file.
    Reader reader =
        new BufferedReader(new InputStreamReader(bytes(split), Charset.forName(file.charset()).newDecoder()));
    parser.beginParsing(reader);
    return new RecordSource() {
      // The parser counts lines from the start of its range.
      private long previousEnd = split.linesBefore();

      @Override
      public boolean next(Collection<Row> out) {
        String[] cells = parser.parseNext();
        if (cells == null) {
          return false;
        }
        // The parser reports the line a record ends on; it starts right after the previous one.
        long start = previousEnd + 1;
        previousEnd = split.linesBefore() + parser.getContext().currentLine();
        if (start > 1 && !isBlank(cells)) {
          out.add(csvRow(file, contract, protection, positions, cells, start));
        }
        return true;
      }

      @Override
      public void close() {
        parser.stopParsing();
      }
    };
  }

  private static InputStream bytes(FileSplit split) throws IOException {
    InputStream in = Files.newInputStream(Path.of(split.file().absolutePath()));
    in.skipNBytes(split.start());
    return split.end() == Long.MAX_VALUE ? in : new RangeInputStream(in, split.end() - split.start());
  }

  private static Row csvRow(
      LandingFile file, DatasetContract contract, RecordProtection protection, int[] positions, String[] cells,
      long line) {
    Object[] values = base(file, line, null, contract);
    if (file.rejected() != null) {
      values[4] = ReasonCode.MISSING_COLUMN.name();
      values[5] = "file rejected, " + file.rejected();
      values[6] = "tệp bị loại, " + file.rejectedVi();
    } else if (cells.length != positions.length) {
      values[4] = ReasonCode.PARSE_ERROR.name();
      values[5] = "the record has " + cells.length + " fields, the header " + positions.length;
      values[6] = "bản ghi có " + cells.length + " trường, dòng tiêu đề có " + positions.length;
    }
    for (int i = 0; i < cells.length && i < positions.length; i++) {
      if (positions[i] >= 0) {
        values[FIXED + positions[i]] = nullIfEmpty(Vietnamese.clean(cells[i]));
      }
    }
    return protectedRow(values, protection);
  }

  private static RecordSource jsonLines(LandingFile file, DatasetContract contract, RecordProtection protection)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(Path.of(file.absolutePath())), Charset.forName(file.charset())));
    Set<String> known = knownFields(contract);
    return new RecordSource() {
      private long number;

      @Override
      public boolean next(Collection<Row> out) throws IOException {
        String line = reader.readLine();
        if (line == null) {
          return false;
        }
        number++;
        String text = Vietnamese.clean(line);
        if (text.isEmpty()) {
          return true;
        }
        JsonNode record = parse(text);
        if (record == null || !record.isObject()) {
          out.add(problem(file, number, contract, protection, ReasonCode.PARSE_ERROR, "the line is not a JSON object",
              "dòng không phải là một đối tượng JSON"));
        } else {
          explode(file, number, contract, protection, known, record, out);
        }
        return true;
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  private static void explode(
      LandingFile file, long line, DatasetContract contract, RecordProtection protection, Set<String> known,
      JsonNode record, Collection<Row> rows) {
    String array = contract.explode();
    JsonNode elements = array == null ? null : record.get(array);
    if (array == null) {
      rows.add(jsonRow(file, line, contract, protection, known, record, null, null));
    } else if (elements == null || elements.isNull() || elements.isArray() && elements.isEmpty()) {
      rows.add(jsonRow(file, line, contract, protection, known, record, null, 0));
    } else if (!elements.isArray()) {
      rows.add(
          problem(file, line, contract, protection, ReasonCode.PARSE_ERROR, "'" + array + "' is not a JSON array",
              "'" + array + "' không phải là một mảng JSON"));
    } else {
      for (int i = 0; i < elements.size(); i++) {
        rows.add(jsonRow(file, line, contract, protection, known, record, elements.get(i), i + 1));
      }
    }
  }

  private static Row jsonRow(
      LandingFile file, long line, DatasetContract contract, RecordProtection protection, Set<String> known,
      JsonNode record, JsonNode element, Integer elementNo) {
    Object[] values = base(file, line, elementNo, contract);
    String prefix = contract.explode() == null ? null : contract.explode() + ".";
    List<Column> columns = contract.columns();
    for (int i = 0; i < columns.size(); i++) {
      String path = columns.get(i).json();
      if (path == null) {
        continue;
      }
      JsonNode node =
          prefix != null && path.startsWith(prefix)
              ? (element == null ? null : element.get(path.substring(prefix.length())))
              : record.get(path);
      values[FIXED + i] = text(node);
    }
    values[7] = unknownFields(known, contract.explode(), record, element);
    return protectedRow(values, protection);
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

  private static Row problem(
      LandingFile file, long line, DatasetContract contract, RecordProtection protection, ReasonCode code,
      String detail, String detailVi) {
    Object[] values = base(file, line, null, contract);
    values[4] = code.name();
    values[5] = detail;
    values[6] = detailVi;
    return protectedRow(values, protection);
  }

  private static Row protectedRow(Object[] values, RecordProtection protection) {
    protection.protect(values, FIXED);
    return RowFactory.create(values);
  }

  private static Object[] base(
      LandingFile file, long line, Integer elementNo, DatasetContract contract) {
    Object[] values = new Object[FIXED + contract.columns().size()];
    values[0] = file.file();
    values[1] = line;
    values[2] = file.landingDate();
    values[3] = elementNo;
    return values;
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
