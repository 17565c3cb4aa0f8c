package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * Hand-made warehouse inputs for the mart tests: units, lineage, annual scores, feedback and
 * inspection findings as the staging layer would hold them, in an in-memory DuckDB. The models
 * under test are then run from {@code sql/} in the order given.
 */
final class MartFixture implements AutoCloseable {
  private final Connection db;
  private final Map<String, InputTable> tables = new LinkedHashMap<>();

  MartFixture() {
    try {
      db = DriverManager.getConnection("jdbc:duckdb:");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    table("stg_units",
        "unit_id varchar, unit_code varchar, name varchar, unit_type varchar, parent_id varchar,"
            + " valid_from date, valid_to date, population bigint");
    table("stg_unit_lineage",
        "from_unit_id varchar, to_unit_id varchar, effective_date date, share double");
    table("stg_thresholds", "key varchar, value double");
    table("stg_emulation", "year integer, unit_type varchar, model_weight double");
    table("annual_scores", "unit_id varchar, year integer, score_pct double, self_gap_pp double");
    table("stg_feedback",
        "run_id varchar, landing_date date, source_file varchar, source_line bigint,"
            + " feedback_id varchar, received_at timestamp, channel varchar, kind varchar,"
            + " field varchar, unit_name varchar, sender_pseudonym varchar,"
            + " phone_pseudonym varchar, citizen_id_pseudonym varchar, address_pseudonym varchar,"
            + " content varchar, due_at timestamp, resolved_at timestamp, status varchar,"
            + " satisfaction varchar, unit_id varchar, unit_match varchar, year integer");
    table("stg_inspection_finding",
        "run_id varchar, landing_date date, source_file varchar, source_line bigint,"
            + " inspection_id varchar, inspection_date date, body varchar, kind varchar,"
            + " unit_code varchar, unit_name varchar, finding_code varchar, severity varchar,"
            + " official_pseudonym varchar, official_title varchar, measure varchar,"
            + " due_date date, fixed_date date, discipline varchar, finding_no integer,"
            + " unit_id varchar, unit_match varchar, year integer");
    table("stg_submission_score", "landing_date date");
  }

  private void table(String name, String columns) {
    tables.put(name, new InputTable(name, columns));
  }

  /** A unit version; {@code validTo} and {@code population} may be null. */
  MartFixture unit(
      String unitId, String code, String name, String type, String validFrom, String validTo,
      Long population) {
    tables.get("stg_units").add(unitId, code, name, type, null, validFrom, validTo, population);
    return this;
  }

  MartFixture lineage(String from, String to, String effectiveDate, double share) {
    tables.get("stg_unit_lineage").add(from, to, effectiveDate, share);
    return this;
  }

  MartFixture threshold(String key, double value) {
    tables.get("stg_thresholds").add(key, value);
    return this;
  }

  MartFixture emulation(int year, String unitType, double weight) {
    tables.get("stg_emulation").add(year, unitType, weight);
    return this;
  }

  /** The unit's annual score in percent and its self-assessment gap in percentage points. */
  MartFixture annualScore(String unitId, int year, Double scorePct, Double selfGapPp) {
    tables.get("annual_scores").add(unitId, year, scorePct, selfGapPp);
    return this;
  }

  MartFixture annualScore(String unitId, int year, double scorePct) {
    return annualScore(unitId, year, scorePct, 0.0);
  }

  /** One export of a feedback item (timestamps {@code yyyy-MM-dd HH:mm:ss}). */
  MartFixture feedback(Feedback f) {
    tables.get("stg_feedback")
        .add("run-test", f.landingDate, "feedback/" + f.landingDate + "/export.csv", f.line,
            f.id, f.receivedAt, f.channel, f.kind, f.field, "name of " + f.unitId, f.sender,
            null, null, null, "scrubbed", f.dueAt, f.resolvedAt, f.status, f.satisfaction,
            f.unitId, "CODE", Integer.parseInt(f.receivedAt.substring(0, 4)));
    return this;
  }

  /** One finding of one export of an inspection record. */
  MartFixture finding(Finding f) {
    tables.get("stg_inspection_finding")
        .add("run-test", f.landingDate, "inspections/" + f.landingDate + "/export.jsonl", f.line,
            f.inspectionId, f.date, "THANH_TRA", "DOT_XUAT", "code of " + f.unitId,
            "name of " + f.unitId, f.code, f.severity, f.official, "Công chức", "Kiểm điểm",
            f.dueDate, f.fixedDate, f.discipline, f.findingNo, f.unitId, "CODE",
            Integer.parseInt(f.date.substring(0, 4)));
    return this;
  }

  /** Creates the inputs, then runs each model ({@code core/fct_feedback}, ...) in order. */
  MartFixture build(String... models) {
    try {
      for (InputTable t : tables.values()) {
        t.create(db);
      }
      createScoreModels();
      for (String model : models) {
        String name = model.substring(model.lastIndexOf('/') + 1);
        execute("create or replace table " + name + " as\n" + sql(model));
      }
      return this;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The upstream score models as the marts read them, from the hand-made annual scores. */
  private void createScoreModels() throws SQLException {
    execute(
        "create table dim_unit as select unit_id, unit_code, name as unit_name, unit_type,"
            + " population from stg_units"
            + " qualify row_number() over (partition by unit_id order by valid_from desc) = 1");
    execute(
        "create table dim_period as select distinct year::varchar as period, 'YEAR' as period_kind,"
            + " year from annual_scores");
    execute(
        "create table mart_unit_scorecard as select s.unit_id, u.unit_name, u.unit_type,"
            + " s.year::varchar as period, s.score_pct, s.self_gap_pp, null::varchar as band"
            + " from annual_scores s join dim_unit u using (unit_id)");
  }

  /** The failing rows of {@code sql/audits/<name>.sql}. */
  List<Map<String, Object>> audit(String name) {
    return query(sql("audits/" + name));
  }

  List<Map<String, Object>> query(String sql) {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
    }
  }

  /** Runs a statement against the built warehouse (to break a table for an audit test). */
  void execute(String sql) {
    try (Statement st = db.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
    }
  }

  private static String sql(String model) {
    String resource = "sql/" + model + ".sql";
    try (InputStream in = MartFixture.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + resource);
      }
      return expandCurrent(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code {{current:<dataset>}}}: the window that orders a dataset's versions, latest first. */
  private static String expandCurrent(String sql) {
    for (String dataset : DatasetContract.DATASETS) {
      DatasetContract c = DatasetContract.load(dataset);
      sql = sql.replace("{{current:" + dataset + "}}",
          "partition by " + String.join(", ", c.businessKey())
              + " order by " + String.join(", ", c.versionOrder()));
    }
    return sql;
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }

  /** A feedback export row; build with {@link #item} and the fluent setters. */
  static final class Feedback {
    String id, unitId, receivedAt, kind = "PHAN_ANH", channel = "DUONG_DAY_NONG", field = "DAT_DAI";
    String status = "DA_TIEP_NHAN", satisfaction, dueAt, resolvedAt, sender;
    String landingDate = "2024-12-31";
    long line = 2;

    static Feedback item(String id, String unitId, String receivedAt) {
      Feedback f = new Feedback();
      f.id = id;
      f.unitId = unitId;
      f.receivedAt = receivedAt;
      return f;
    }

    Feedback kind(String v) { kind = v; return this; }
    Feedback channel(String v) { channel = v; return this; }
    Feedback field(String v) { field = v; return this; }
    Feedback status(String v) { status = v; return this; }
    Feedback satisfaction(String v) { satisfaction = v; return this; }
    Feedback due(String v) { dueAt = v; return this; }
    Feedback resolved(String v) { resolvedAt = v; return this; }
    Feedback exported(String landing, long sourceLine) { landingDate = landing; line = sourceLine; return this; }
  }

  /** An inspection finding export row; build with {@link #of} and the fluent setters. */
  static final class Finding {
    String inspectionId, unitId, date, code = "TRE_HAN", severity = "NHE", official;
    String dueDate, fixedDate, discipline = "KHONG", landingDate = "2024-12-31";
    int findingNo = 1;
    long line = 1;

    static Finding of(String inspectionId, int findingNo, String unitId, String date) {
      Finding f = new Finding();
      f.inspectionId = inspectionId;
      f.findingNo = findingNo;
      f.unitId = unitId;
      f.date = date;
      if (findingNo == 0) {
        f.code = null;
        f.severity = null;
        f.discipline = null;
      }
      return f;
    }

    Finding code(String v) { code = v; return this; }
    Finding severity(String v) { severity = v; return this; }
    Finding official(String v) { official = v; return this; }
    Finding due(String v) { dueDate = v; return this; }
    Finding fixed(String v) { fixedDate = v; return this; }
    Finding exported(String landing, long sourceLine) { landingDate = landing; line = sourceLine; return this; }
  }

  /** One input table: its typed columns and hand-written rows. */
  private static final class InputTable {
    private final String name;
    private final String columns;
    private final List<Object[]> rows = new ArrayList<>();

    InputTable(String name, String columns) {
      this.name = name;
      this.columns = columns;
    }

    void add(Object... values) {
      rows.add(values);
    }

    void create(Connection db) throws SQLException {
      try (Statement st = db.createStatement()) {
        st.execute("create or replace table " + name + " (" + columns + ")");
      }
      if (rows.isEmpty()) {
        return;
      }
      String marks = "?" + ", ?".repeat(rows.get(0).length - 1);
      try (PreparedStatement ps = db.prepareStatement("insert into " + name + " values (" + marks + ")")) {
        for (Object[] row : rows) {
          for (int i = 0; i < row.length; i++) {
            ps.setObject(i + 1, row[i]);
          }
          ps.execute();
        }
      }
    }
  }
}
