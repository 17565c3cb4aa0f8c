package vn.phuly.thanthien.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.ReasonCode;

/**
 * One raw row, as the reader ({@link RawRecords}) emits it: lineage, the position of an exploded
 * JSON element, a problem the reader found, drift, then one string per contract column (an
 * identity column under its curated name: it holds the pseudonym). This class alone knows where
 * each of them sits: {@link #schema} and {@link Builder} follow the one list {@link #FIXED}.
 */
public final class RawRow {
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

  /** The fields every raw row starts with, in order; the contract's columns follow. */
  private static final List<StructField> FIXED =
      List.of(
          field(SOURCE_FILE, DataTypes.StringType, false),
          field(SOURCE_LINE, DataTypes.LongType, false),
          field(LANDING_DATE, DataTypes.StringType, false),
          field(ELEMENT_NO, DataTypes.IntegerType, true),
          field(PROBLEM_CODE, DataTypes.StringType, true),
          field(PROBLEM_DETAIL, DataTypes.StringType, true),
          field(PROBLEM_DETAIL_VI, DataTypes.StringType, true),
          field(DRIFT, DataTypes.createArrayType(DataTypes.StringType, false), true));

  private static final int SOURCE_FILE_AT = at(SOURCE_FILE);
  private static final int SOURCE_LINE_AT = at(SOURCE_LINE);
  private static final int LANDING_DATE_AT = at(LANDING_DATE);
  private static final int ELEMENT_NO_AT = at(ELEMENT_NO);
  private static final int PROBLEM_CODE_AT = at(PROBLEM_CODE);
  private static final int PROBLEM_DETAIL_AT = at(PROBLEM_DETAIL);
  private static final int PROBLEM_DETAIL_VI_AT = at(PROBLEM_DETAIL_VI);
  private static final int DRIFT_AT = at(DRIFT);

  private RawRow() {}

  /** The raw schema of a contract: the fixed fields, then every contract column as a string. */
  public static StructType schema(DatasetContract contract) {
    List<StructField> fields = new ArrayList<>(FIXED);
    for (Column column : contract.columns()) {
      fields.add(field(rawName(column), DataTypes.StringType, true));
    }
    return DataTypes.createStructType(fields);
  }

  /** A column's name in the raw rows: an identity column holds its pseudonym, under its curated name. */
  static String rawName(Column column) {
    return column.isIdentity() ? column.curatedName() : column.name();
  }

  /**
   * Where the columns of one contract go, and how their values are protected
   * ({@link RecordProtection}) once a row is complete.
   */
  static final class Layout {
    private final Map<String, Integer> slots = new HashMap<>();
    private final int columns;
    private final RecordProtection protection;

    Layout(DatasetContract contract, RecordProtection protection) {
      List<Column> contractColumns = contract.columns();
      for (int i = 0; i < contractColumns.size(); i++) {
        slots.put(contractColumns.get(i).name(), FIXED.size() + i);
      }
      this.columns = contractColumns.size();
      this.protection = protection;
    }

    /** Whether the contract has a column of this (contract, not curated) name. */
    boolean hasColumn(String name) {
      return slots.containsKey(name);
    }

    /** A new row of record {@code line} of {@code file}. */
    Builder row(LandingFile file, long line) {
      return new Builder(this, file, line);
    }
  }

  /** Fills one raw row by name; {@link #build} protects its values and makes the Spark row. */
  static final class Builder {
    private final Layout layout;
    private final Object[] values;

    private Builder(Layout layout, LandingFile file, long line) {
      this.layout = layout;
      values = new Object[FIXED.size() + layout.columns];
      values[SOURCE_FILE_AT] = file.file();
      values[SOURCE_LINE_AT] = line;
      values[LANDING_DATE_AT] = file.landingDate();
    }

    Builder elementNo(Integer elementNo) {
      values[ELEMENT_NO_AT] = elementNo;
      return this;
    }

    Builder problem(ReasonCode code, String detail, String detailVi) {
      values[PROBLEM_CODE_AT] = code.name();
      values[PROBLEM_DETAIL_AT] = detail;
      values[PROBLEM_DETAIL_VI_AT] = detailVi;
      return this;
    }

    /** Drift notes as a Scala sequence (what Spark's row encoder takes for an array), or null. */
    Builder drift(Seq<String> notes) {
      values[DRIFT_AT] = notes;
      return this;
    }

    /** The cleaned value of the contract column {@code name}. */
    Builder column(String name, String value) {
      Integer slot = layout.slots.get(name);
      if (slot == null) {
        throw new IllegalArgumentException("no contract column " + name);
      }
      values[slot] = value;
      return this;
    }

    Row build() {
      layout.protection.protect(values, FIXED.size());
      return RowFactory.create(values);
    }
  }

  private static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  private static int at(String name) {
    for (int i = 0; i < FIXED.size(); i++) {
      if (FIXED.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException(name);
  }
}
