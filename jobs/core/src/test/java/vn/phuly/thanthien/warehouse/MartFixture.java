package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;

/**
 * Hand-made inputs for the mart tests, written as ingest and the profile would hold them (profile
 * CSV files, curated Parquet with the contract's columns), then built by the real runner over the
 * shipped {@code sql/} tree into an in-memory DuckDB, audits included.
 */
final class MartFixture implements AutoCloseable {
  private static final String CATALOGUE = "TEST";
  /** The watch-list thresholds of the shipped profile, used when a test sets none. */
  private static final String SHIPPED_WATCH_THRESHOLDS =
      "watch_self_gap_pp,10\nwatch_satisfaction_drop_pp,10\nwatch_harassment_findings,1\nwatch_overdue_measures,2\n"
          + "watch_min_responses,20\n";

  private final Path dir;
  private final Connection db;
  private final StringBuilder units = new StringBuilder();
  private final StringBuilder lineage = new StringBuilder();
  private final StringBuilder thresholds = new StringBuilder();
  private final StringBuilder emulation = new StringBuilder();
  private final StringBuilder criteria = new StringBuilder();
  private final StringBuilder bands = new StringBuilder();
  private final List<String> manifests = new ArrayList<>();
  private final TreeSet<String> unitTypes = new TreeSet<>();
  private final Map<String, List<Map<String, Object>>> curated = new LinkedHashMap<>();
  private final Map<String, Long> lastLine = new LinkedHashMap<>();
  private WarehouseInputs inputs;
  private BuildReport report;

  MartFixture() {
    try {
      dir = Files.createTempDirectory("marts-");
      db = DriverManager.getConnection("jdbc:duckdb:");
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
    DatasetContract.DATASETS.forEach(d -> curated.put(d, new ArrayList<>()));
  }

  /** A unit version; {@code validTo} and {@code population} may be null. */
  MartFixture unit(
      String unitId, String code, String name, String type, String validFrom, String validTo,
      Long population) {
    units.append(String.join(",", unitId, code, name, type, "", validFrom, text(validTo), text(population)))
        .append('\n');
    unitTypes.add(type);
    return this;
  }

  MartFixture lineage(String from, String to, String effectiveDate, double share) {
    return lineage(from, to, effectiveDate, String.valueOf(share));
  }

  /** A lineage step with the share as written in the file (possibly empty or out of range). */
  MartFixture lineage(String from, String to, String effectiveDate, String share) {
    lineage.append(from).append(',').append(to).append(',').append(effectiveDate).append(',').append(share).append('\n');
    return this;
  }

  /** A profile threshold; without any, the shipped watch-list thresholds are written. */
  MartFixture threshold(String key, double value) {
    thresholds.append(key).append(',').append(value).append('\n');
    return this;
  }

  MartFixture emulation(int year, String unitType, double weight) {
    emulation.append(year).append(',').append(unitType).append(',').append(weight).append('\n');
    return this;
  }

  /**
   * A criterion of the profile; once one is given, the test catalogue (one criterion TC of 100
   * points per unit type, valid from 2000) is not written. {@code validTo} may be null.
   */
  MartFixture criterion(
      String catalogue, String validFrom, String validTo, String unitType, String criterionId, double maxPoints) {
    return criterion(catalogue, validFrom, validTo, unitType, criterionId, "G1", "Nhóm 1", maxPoints);
  }

  /** A criterion of the group {@code groupId} (its name quoted, as it may hold a comma); null: of no group. */
  MartFixture criterion(
      String catalogue, String validFrom, String validTo, String unitType, String criterionId, String groupId,
      String groupName, double maxPoints) {
    criteria.append(String.join(",", catalogue, validFrom, text(validTo), unitType, criterionId, text(groupId),
            groupName == null ? "" : "\"" + groupName + "\"", "Tiêu chí " + criterionId, String.valueOf(maxPoints), "SELF"))
        .append('\n');
    return this;
  }

  /** A band of the profile; once one is given, the test bands (Tốt ≥ 80, Yếu ≥ 0) are not written. */
  MartFixture band(String catalogue, String band, double minPct) {
    bands.append(catalogue).append(',').append(band).append(',').append(minPct).append('\n');
    return this;
  }

  /** A run manifest ({@code _runs/<run_id>.json}) with one file, its times as ingest writes them (UTC instants). */
  MartFixture run(String runId, String startedAt, String finishedAt, String file, String landingDate) {
    manifests.add(
        """
        {"run_id": "%s", "started_at": "%s", "finished_at": "%s", "status": "SUCCEEDED",
         "files": [{"source": "feedback", "file": "%s", "landing_date": "%s", "rows_read": 1,
                    "rows_accepted": 1, "rows_quarantined": 0, "rows_superseded": 0, "drift": {},
                    "rejected": null, "seconds": 0.5}],
         "quarantine": []}
        """.formatted(runId, startedAt, finishedAt, file, landingDate));
    return this;
  }

  /**
   * The unit's annual score: an appraisal of {@code scorePct} points on the test catalogue's one
   * criterion (100 points), and a self-assessment {@code selfGapPp} points higher.
   */
  MartFixture annualScore(String unitId, int year, double scorePct, double selfGapPp) {
    score(unitId, year, "APPRAISAL", scorePct);
    score(unitId, year, "SELF", scorePct + selfGapPp);
    return this;
  }

  MartFixture annualScore(String unitId, int year, double scorePct) {
    return annualScore(unitId, year, scorePct, 0.0);
  }

  private void score(String unitId, int year, String assessor, double points) {
    score(unitId, String.valueOf(year), assessor, "TC", points);
  }

  /** A current score of one criterion for a period {@code 2024}, {@code 2024-H1} or {@code 2024-Q3}. */
  MartFixture score(String unitId, String period, String assessor, String criterionId, double points) {
    int year = Integer.parseInt(period.substring(0, 4));
    LocalDate start;
    LocalDate end;
    String kind;
    if (period.length() == 4) {
      kind = "YEAR";
      start = LocalDate.of(year, 1, 1);
      end = start.plusYears(1).minusDays(1);
    } else {
      int part = period.charAt(6) - '0';
      kind = period.charAt(5) == 'H' ? "HALF" : "QUARTER";
      int months = kind.equals("HALF") ? 6 : 3;
      start = LocalDate.of(year, months * (part - 1) + 1, 1);
      end = start.plusMonths(months).minusDays(1);
    }
    String landing = end.plusDays(5).toString();
    Map<String, Object> row = lineageColumns("submissions/" + landing + "/scores.jsonl", landing);
    row.put("submission_id", "S-" + period + "-" + unitId + "-" + assessor);
    row.put("period", period);
    row.put("assessor", assessor);
    row.put("criterion_id", criterionId);
    row.put("score", points);
    row.put("submitted_at", end.minusDays(2) + " 09:00:00");
    row.put("version", 1);
    row.put("period_kind", kind);
    row.put("period_start", start.toString());
    row.put("period_end", end.toString());
    row.put("unit_id", unitId);
    row.put("unit_match", "CODE");
    row.put("year", year);
    curated.get("submission_score").add(row);
    return this;
  }

  /** One export of a feedback item (timestamps {@code yyyy-MM-dd HH:mm:ss}). */
  MartFixture feedback(Feedback f) {
    Map<String, Object> row = lineageColumns("feedback/" + f.landingDate + "/export.csv", f.landingDate);
    row.put("feedback_id", f.id);
    row.put("received_at", f.receivedAt);
    row.put("channel", f.channel);
    row.put("kind", f.kind);
    row.put("field", f.field);
    row.put("unit_name", "UBND " + f.unitId);
    row.put("sender_pseudonym", f.sender);
    row.put("due_at", f.dueAt);
    row.put("resolved_at", f.resolvedAt);
    row.put("status", f.status);
    row.put("satisfaction", f.satisfaction);
    row.put("unit_id", f.unitId);
    row.put("unit_match", "NAME");
    row.put("year", Integer.parseInt(f.receivedAt.substring(0, 4)));
    curated.get("feedback").add(row);
    return this;
  }

  /** One finding of one export of an inspection record. */
  MartFixture finding(Finding f) {
    Map<String, Object> row = lineageColumns("inspections/" + f.landingDate + "/export.jsonl", f.landingDate);
    row.put("inspection_id", f.inspectionId);
    row.put("inspection_date", f.date);
    row.put("body", "THANH_TRA");
    row.put("kind", "DOT_XUAT");
    row.put("finding_code", f.code);
    row.put("severity", f.severity);
    row.put("official_pseudonym", f.official);
    row.put("official_title", f.official == null ? null : f.title);
    row.put("measure", f.findingNo == 0 ? null : "Kiểm điểm, xin lỗi công dân");
    row.put("due_date", f.dueDate);
    row.put("fixed_date", f.fixedDate);
    row.put("discipline", f.discipline);
    row.put("finding_no", f.findingNo);
    row.put("unit_id", f.unitId);
    row.put("unit_match", "CODE");
    row.put("year", Integer.parseInt(f.date.substring(0, 4)));
    curated.get("inspection_finding").add(row);
    return this;
  }

  /** Lineage columns; rows of one source file get lines 2, 3, … in the order they are added. */
  private Map<String, Object> lineageColumns(String sourceFile, String landingDate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("run_id", "run-test");
    row.put("landing_date", landingDate);
    row.put("source_file", sourceFile);
    row.put("source_line", lastLine.merge(sourceFile, 1L, Long::sum) + 1);
    return row;
  }

  /** Writes the profile and the curated files, then builds every model and audit of {@code sql/}. */
  MartFixture build() {
    try {
      Path profile = writeProfile();
      Map<String, List<Path>> files = new LinkedHashMap<>();
      for (String dataset : DatasetContract.DATASETS) {
        files.put(dataset, writeCurated(dataset));
      }
      inputs = new WarehouseInputs(files, List.of(), writeManifests(), profile);
      report = Warehouse.buildOn(db, inputs, ModelCatalog.fromDirectory(sqlTree()));
      return this;
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private Path writeProfile() throws IOException {
    Path profile = dir.resolve("profile");
    Fixtures.profile(
        profile,
        units.toString(),
        criteria.isEmpty()
            ? unitTypes.stream()
                .map(t -> CATALOGUE + ",2000-01-01,," + t + ",TC,G1,Nhóm 1,Tiêu chí tổng hợp,100,SELF\n")
                .collect(Collectors.joining())
            : criteria.toString(),
        bands.isEmpty() ? CATALOGUE + ",Tốt,80\n" + CATALOGUE + ",Yếu,0\n" : bands.toString());
    Fixtures.write(profile.resolve("unit_lineage.csv"), "from_unit_id,to_unit_id,effective_date,share\n" + lineage);
    Fixtures.write(
        profile.resolve("thresholds.csv"),
        "key,value\n" + (thresholds.isEmpty() ? SHIPPED_WATCH_THRESHOLDS : thresholds));
    Fixtures.write(profile.resolve("emulation.csv"), "year,unit_type,model_weight\n" + emulation);
    return profile;
  }

  private List<Path> writeManifests() throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < manifests.size(); i++) {
      Path file = dir.resolve("lake/_runs/run-" + i + ".json");
      Fixtures.write(file, manifests.get(i));
      files.add(file);
    }
    return files;
  }

  /** One Parquet file with the contract's curated columns, or none when there are no rows. */
  private List<Path> writeCurated(String dataset) throws SQLException {
    List<Map<String, Object>> rows = curated.get(dataset);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Column> columns = DatasetContract.load(dataset).curatedColumns();
    String table = "input_" + dataset;
    execute("create table " + table + " ("
        + columns.stream().map(c -> c.curatedName() + " " + c.duckdbType()).collect(Collectors.joining(", ")) + ")");
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    try (PreparedStatement ps = db.prepareStatement("insert into " + table + " values (" + marks + ")")) {
      for (Map<String, Object> row : rows) {
        for (int i = 0; i < columns.size(); i++) {
          ps.setObject(i + 1, row.get(columns.get(i).curatedName()));
        }
        ps.execute();
      }
    }
    Path file = dir.resolve("lake/curated/" + dataset + "/" + dataset + ".parquet");
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    execute("copy " + table + " to " + Placeholders.literal(file.toString()) + " (format parquet)");
    execute("drop table " + table);
    return List.of(file);
  }

  /** A copy of the shipped {@code sql/} tree, so audits can be run again from it. */
  private Path sqlTree() throws IOException {
    Path root = dir.resolve("sql");
    Path shipped;
    try {
      shipped = Path.of(MartFixture.class.getClassLoader().getResource("sql/staging").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = root.resolve(shipped.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    return root;
  }

  /** The failing rows of an audit of the last build (a file of sql/audits or a generated one). */
  long failingRows(String audit) {
    return report.audits().stream()
        .filter(a -> a.name().equals(audit))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no audit " + audit + " in " + report.audits()))
        .failingRows();
  }

  /** The audits of the last build that found failing rows, with a sample of them. */
  List<String> failedAudits() {
    return report.audits().stream().filter(AuditResult::failed).map(a -> a.name() + " " + a.sample()).toList();
  }

  /** Runs {@code sql/audits/<name>.sql} again on the warehouse as it is now. */
  long reaudit(String name) {
    try {
      Model audit =
          ModelCatalog.fromDirectory(dir.resolve("sql")).audits().stream()
              .filter(a -> a.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new IllegalArgumentException("no audit " + name));
      return Audits.run(db, new Placeholders(inputs), audit, false).failingRows();
    } catch (RuntimeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** Runs a primary-key or relationship audit generated from {@code model}'s header again. */
  long reauditGenerated(String name) {
    List<Model> models = ModelCatalog.fromDirectory(dir.resolve("sql")).buildOrder();
    Model audit =
        Audits.generated(models).stream()
            .filter(a -> a.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no generated audit " + name));
    return Audits.run(db, new Placeholders(inputs), audit, false).failingRows();
  }

  /** Builds {@code model} again over its inputs as they are now (after {@link #withSpoiled} changed one). */
  void rebuild(String model) {
    Model found =
        ModelCatalog.fromDirectory(dir.resolve("sql")).buildOrder().stream()
            .filter(m -> m.name().equals(model))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no model " + model));
    new ModelRunner(db, new Placeholders(inputs)).build(found);
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

  /** The single row of a query. */
  Map<String, Object> one(String sql) {
    List<Map<String, Object>> rows = query(sql);
    if (rows.size() != 1) {
      throw new AssertionError("expected one row, got " + rows.size() + " from " + sql + ": " + rows);
    }
    return rows.get(0);
  }

  /** Runs a statement on the built warehouse (to break a table for an audit test). */
  void execute(String sql) {
    try (Statement st = db.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
    }
  }

  /**
   * Runs {@code spoil}, which breaks rows of {@code tables} to show an audit fires, then puts every
   * table back as it was built, so the other tests of the class see the intact warehouse.
   */
  void withSpoiled(List<String> tables, Runnable spoil) {
    tables.forEach(table -> execute("create table " + table + "__kept as select * from " + table));
    try {
      spoil.run();
    } finally {
      for (String table : tables) {
        execute("create or replace table " + table + " as select * from " + table + "__kept");
        execute("drop table " + table + "__kept");
      }
    }
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  @Override
  public void close() throws Exception {
    db.close();
    Warehouse.deleteTree(dir);
  }

  /** A feedback export row; build with {@link #item} and the fluent setters. */
  static final class Feedback {
    String id, unitId, receivedAt, kind = "PHAN_ANH", channel = "DUONG_DAY_NONG", field = "DAT_DAI";
    String status = "DA_TIEP_NHAN", satisfaction, dueAt, resolvedAt, sender = "ps-sender";
    String landingDate = "2024-12-31";

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
    Feedback exported(String landing) { landingDate = landing; return this; }
  }

  /** A finding of an inspection export; build with {@link #of} and the fluent setters. */
  static final class Finding {
    String inspectionId, unitId, date, code = "TRE_HAN", severity = "NHE", official;
    String dueDate, fixedDate, discipline = "KHONG", landingDate = "2024-12-31", title = "Công chức địa chính";
    int findingNo = 1;

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
    Finding title(String v) { title = v; return this; }
    Finding exported(String landing) { landingDate = landing; return this; }
  }
}
