package vn.phuly.thanthien.warehouse.docs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.warehouse.Model;
import vn.phuly.thanthien.warehouse.ModelCatalog;
import vn.phuly.thanthien.warehouse.Schemas;
import vn.phuly.thanthien.warehouse.docs.WarehouseFacts.AuditRow;
import vn.phuly.thanthien.warehouse.docs.WarehouseFacts.Entry;

/**
 * {@code bin/thanthien docs}: a static HTML site about one published warehouse, in the spirit of
 * {@code dbt docs} — every model with its grain, key, columns and SQL, the lineage from the landing
 * datasets through staging and core to the marts (inline SVG), the audits' last results, the last
 * ingest runs and the quarantine. The models' documentation is the data dictionary the build
 * wrote into the warehouse (headers and contracts) and their SQL and dependencies the {@code sql/}
 * tree of this version ({@link ModelCatalog}); nothing is written twice. Plain files: no server,
 * no script, nothing fetched, so it opens from {@code file://}.
 */
public final class DocsSite {
  /** What was written. */
  public record Summary(Path index, int models, int sources, int audits, int failingAudits) {}

  static final int FAILING_ROWS_SHOWN = 20;
  static final int RUNS_SHOWN = 10;

  private final Path warehouse;
  private final ModelCatalog catalog;
  private final WarehouseFacts facts;
  private final LineageGraph lineage;

  private DocsSite(Path warehouse, ModelCatalog catalog, WarehouseFacts facts) {
    this.warehouse = warehouse;
    this.catalog = catalog;
    this.facts = facts;
    this.lineage = Lineage.of(catalog, facts);
  }

  /**
   * Writes the site about {@code warehouse} (open on {@code db}, read-only) into {@code out}.
   *
   * @throws vn.phuly.thanthien.BadInputException when the file is no thanthien warehouse
   */
  public static Summary write(Path warehouse, Connection db, Path out) throws SQLException, IOException {
    return write(warehouse, db, out, ModelCatalog.fromClasspath());
  }

  static Summary write(Path warehouse, Connection db, Path out, ModelCatalog catalog) throws SQLException, IOException {
    DocsSite site = new DocsSite(warehouse, catalog, WarehouseFacts.read(warehouse, db));
    Files.createDirectories(out);
    try (InputStream css = DocsSite.class.getResourceAsStream("style.css")) {
      Files.write(out.resolve("style.css"), Objects.requireNonNull(css, "style.css").readAllBytes());
    }
    write(out.resolve("index.html"), site.index());
    for (Model model : catalog.buildOrder()) {
      write(out.resolve(Lineage.page(model.name())), site.modelPage(model));
    }
    for (String dataset : DatasetContract.DATASETS) {
      write(out.resolve(Lineage.sourcePage(dataset)), site.sourcePage(DatasetContract.load(dataset)));
    }
    write(out.resolve("audits.html"), site.auditsPage(db));
    write(out.resolve("runs.html"), site.runsPage(db));
    List<AuditRow> audits = site.facts.audits();
    return new Summary(out.resolve("index.html"), catalog.buildOrder().size(), DatasetContract.DATASETS.size(),
        audits.size(), (int) audits.stream().filter(a -> !"pass".equals(a.status())).count());
  }

  private static void write(Path file, String html) throws IOException {
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  private String index() {
    StringBuilder body = new StringBuilder();
    body.append(Html.heading(1, null, "Kho dữ liệu thanthien", "The thanthien warehouse"))
        .append("<p class=\"lead\">").append(Html.label("Tệp", "File")).append(": <code>").append(Html.escape(warehouse.toString()))
        .append("</code>. ")
        .append(Html.escape("Lược đồ main chứa các bảng chiều, sự kiện và mart cho người phân tích; internal chứa các mô hình trung gian"
            + " và từ điển dữ liệu; audit chứa kết quả kiểm tra."))
        .append(" <span class=\"en\">").append(Html.escape("Schema main holds the dims, facts and marts analysts query;"
            + " internal the intermediate models and the data dictionary; audit the audits' results.")).append("</span></p>\n");
    body.append(Html.heading(2, "lineage", "Dòng dữ liệu", "Lineage"))
        .append("<p>").append(Html.label("Từ dữ liệu nguồn (hợp đồng schemas/*.yaml) và hồ sơ tham chiếu, qua staging và core, đến các mart.",
            "From the landing datasets (contracts in schemas/*.yaml) and the profile, through staging and core, to the marts."))
        .append("</p>\n").append(legend())
        .append("<div class=\"graph\">").append(lineage.svg(null, "lineage of every model")).append("</div>\n");
    body.append(Html.heading(2, "models", "Mô hình", "Models"));
    body.append("<table class=\"models\">\n").append(Html.headerRow(List.of(Html.label("Mô hình", "Model"), Html.label("Lớp", "Layer"),
        Html.label("Lược đồ", "Schema"), Html.label("Hạt dữ liệu", "Grain"), Html.label("Khóa chính", "Primary key"),
        Html.label("Số dòng", "Rows"))));
    for (Model model : byLayer()) {
      Entry entry = facts.entry(model.name()).orElse(null);
      body.append("<tr><td><a href=\"").append(Lineage.page(model.name())).append("\">").append(Html.escape(model.name()))
          .append("</a></td><td>").append(Lineage.layerLabel(model)).append("</td><td>").append(schemaLabel(model))
          .append("</td><td>").append(Html.escape(grain(model, entry))).append("</td><td><code>")
          .append(Html.escape(String.join(", ", model.header().primaryKey()))).append("</code></td><td class=\"num\">")
          .append(facts.rows(model.name()).map(String::valueOf).orElse("")).append("</td></tr>\n");
    }
    body.append("</table>\n");
    body.append(Html.heading(2, "sources", "Dữ liệu nguồn", "Landing datasets"));
    body.append("<ul>\n");
    for (String dataset : DatasetContract.DATASETS) {
      DatasetContract contract = DatasetContract.load(dataset);
      body.append("<li><a href=\"").append(Lineage.sourcePage(dataset)).append("\">").append(Html.escape(dataset))
          .append("</a> — <code>landing/").append(Html.escape(contract.source())).append("/</code>, <code>schemas/")
          .append(Html.escape(dataset)).append(".yaml</code>: ").append(Html.escape(contract.grain())).append("</li>\n");
    }
    body.append("</ul>\n");
    List<AuditRow> audits = facts.audits();
    long failing = audits.stream().filter(a -> !"pass".equals(a.status())).count();
    body.append(Html.heading(2, null, "Kiểm tra", "Audits")).append("<p><a href=\"audits.html\">")
        .append(Html.label(audits.size() + " kiểm tra, " + failing + " có dòng không đạt",
            audits.size() + " audits, " + failing + " with failing rows"))
        .append("</a> · <a href=\"runs.html\">").append(Html.label("Lượt nạp và cách ly", "Ingest runs and quarantine")).append("</a></p>\n");
    return Html.page("Tài liệu kho dữ liệu", body.toString());
  }

  /** Staging, then core, then the marts; by name within each. */
  private List<Model> byLayer() {
    List<String> layers = List.of("staging", "core", "mart");
    return catalog.buildOrder().stream()
        .sorted(Comparator.comparing((Model m) -> layers.indexOf(Lineage.layer(m))).thenComparing(Model::name))
        .toList();
  }

  private static String legend() {
    return "<p class=\"legend\"><span class=\"key source\"></span>" + Html.label("nguồn", "source")
        + " <span class=\"key staging\"></span>staging <span class=\"key core\"></span>core"
        + " <span class=\"key mart\"></span>mart</p>\n";
  }

  private static String grain(Model model, Entry entry) {
    if (entry != null && entry.grain() != null) {
      return entry.grain();
    }
    return model.header().grain() == null ? "" : model.header().grain();
  }

  private static String schemaLabel(Model model) {
    return switch (Lineage.layer(model)) {
      case "staging" -> Html.label("không công bố", "not published");
      default -> "<code>" + model.schema() + "</code>";
    };
  }

  private String modelPage(Model model) {
    Entry entry = facts.entry(model.name()).orElse(null);
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(model.name())).append("</h1>\n<dl class=\"facts\">\n")
        .append(fact(Html.label("Lớp", "Layer"), Lineage.layerLabel(model)))
        .append(fact(Html.label("Lược đồ", "Schema"), schemaLabel(model)
            + (Lineage.layer(model).equals("staging") ? " — " + Html.label("view lúc build, đọc tệp của hồ, bị xoá trước khi công bố",
                "a build-time view over the lake's files, dropped before publishing") : "")))
        .append(fact(Html.label("Hạt dữ liệu", "Grain"), Html.escape(grain(model, entry))))
        .append(fact(Html.label("Khóa chính", "Primary key"), "<code>" + Html.escape(String.join(", ", model.header().primaryKey())) + "</code>"))
        .append(fact(Html.label("Số dòng", "Rows"), facts.rows(model.name()).map(String::valueOf).orElse("—")))
        .append(fact(Html.label("Tệp SQL", "SQL file"), "<code>" + Html.escape(model.origin()) + "</code>"));
    if (!model.header().references().isEmpty()) {
      body.append(fact(Html.label("Tham chiếu", "References"), model.header().references().stream()
          .map(r -> "<code>" + Html.escape(r.column()) + "</code> → <a href=\"" + Lineage.page(r.table()) + "\">"
              + Html.escape(r.table()) + "</a>.<code>" + Html.escape(r.targetColumn()) + "</code>")
          .collect(Collectors.joining("<br>"))));
    }
    body.append("</dl>\n");
    body.append(Html.heading(2, "columns", "Cột", "Columns"));
    if (entry == null) {
      body.append("<p class=\"empty\">").append(Html.label(
          "Mô hình này không có trong kho dữ liệu đã công bố; xem SQL bên dưới.",
          "This model is not in the published warehouse; see its SQL below.")).append("</p>\n");
    } else {
      body.append(columnsTable(entry));
    }
    body.append(Html.heading(2, "lineage", "Dòng dữ liệu", "Lineage"))
        .append("<p>").append(Html.label("Các mô hình và nguồn tạo nên mô hình này, và các mô hình dùng nó.",
            "What this model is built from, and what is built from it.")).append("</p>\n").append(legend())
        .append("<div class=\"graph fit\">").append(lineage.around(model.name()).svg(model.name(), "lineage of " + model.name()))
        .append("</div>\n");
    List<AuditRow> audits = auditsOf(model);
    body.append(Html.heading(2, "audits", "Kiểm tra", "Audits"));
    body.append(audits.isEmpty()
        ? "<p class=\"empty\">" + Html.label("Không có kiểm tra nào.", "No audit.") + "</p>\n"
        : auditTable(audits));
    body.append(Html.heading(2, "sql", "SQL", "SQL")).append("<pre class=\"sql\"><code>").append(Html.escape(model.sql()))
        .append("</code></pre>\n");
    return Html.page(model.name(), body.toString());
  }

  private static String fact(String term, String value) {
    return "<dt>" + term + "</dt><dd>" + value + "</dd>\n";
  }

  private static String columnsTable(Entry entry) {
    StringBuilder table = new StringBuilder("<table class=\"columns\">\n")
        .append(Html.headerRow(List.of("#", Html.label("Cột", "Column"), Html.label("Kiểu", "Type"), Html.label("Mô tả", "Description"))));
    int position = 0;
    for (WarehouseFacts.Column column : entry.columns()) {
      table.append("<tr><td class=\"num\">").append(++position).append("</td><td><code>").append(Html.escape(column.name()))
          .append("</code></td><td><code>").append(Html.escape(column.type())).append("</code></td><td>")
          .append(Html.escape(column.description())).append("</td></tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  /** The audits generated from the model's header and those whose SQL reads it. */
  private List<AuditRow> auditsOf(Model model) {
    Map<String, Model> files = new TreeMap<>();
    catalog.audits().forEach(a -> files.put(a.name(), a));
    return facts.audits().stream()
        .filter(a -> a.name().startsWith(model.name() + "__")
            || (files.containsKey(a.name()) && catalog.dependencies(files.get(a.name())).contains(model.name())))
        .toList();
  }

  private static String auditTable(List<AuditRow> audits) {
    StringBuilder table = new StringBuilder("<table class=\"audits\">\n").append(Html.headerRow(List.of(
        Html.label("Trạng thái", "Status"), Html.label("Kiểm tra", "Audit"), Html.label("Mức", "Severity"),
        Html.label("Số dòng lỗi", "Failing rows"), Html.label("Mô tả", "Description"), Html.label("Định nghĩa tại", "Defined in"))));
    for (AuditRow audit : audits) {
      table.append("<tr class=\"").append(Html.escape(audit.status())).append("\"><td><span class=\"status ")
          .append(Html.escape(audit.status())).append("\">").append(statusLabel(audit.status())).append("</span></td><td><a href=\"audits.html#")
          .append(Html.escape(audit.name())).append("\"><code>").append(Html.escape(audit.name())).append("</code></a></td><td>")
          .append(Html.escape(audit.severity())).append("</td><td class=\"num\">").append(audit.failingRows()).append("</td><td>")
          .append(Html.escape(audit.description())).append("</td><td><code>").append(Html.escape(audit.definedIn())).append("</code></td></tr>\n");
    }
    return table.append("</table>\n").toString();
  }

  private static String statusLabel(String status) {
    return switch (status) {
      case "pass" -> Html.label("đạt", "pass");
      case "warn" -> Html.label("cảnh báo", "warn");
      default -> Html.label("không đạt", "fail");
    };
  }

  private String sourcePage(DatasetContract contract) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(Html.escape(contract.dataset())).append("</h1>\n<dl class=\"facts\">\n")
        .append(fact(Html.label("Lớp", "Layer"), Html.label("nguồn", "landing dataset")))
        .append(fact(Html.label("Thư mục nhận", "Landing folder"), "<code>landing/" + Html.escape(contract.source()) + "/</code>"))
        .append(fact(Html.label("Hợp đồng dữ liệu", "Contract"), "<code>schemas/" + Html.escape(contract.dataset()) + ".yaml</code>"))
        .append(fact(Html.label("Trong hồ", "In the lake"), "<code>lake/curated/" + Html.escape(contract.dataset()) + "/</code>"))
        .append(fact(Html.label("Mô tả", "Description"), Html.escape(contract.description())))
        .append(fact(Html.label("Hạt dữ liệu", "Grain"), Html.escape(contract.grain())))
        .append(fact(Html.label("Khóa nghiệp vụ", "Business key"), "<code>" + Html.escape(String.join(", ", contract.businessKey())) + "</code>"))
        .append("</dl>\n");
    body.append(Html.heading(2, "columns", "Cột (bảng curated)", "Columns (curated table)"));
    facts.entry("lake/curated/" + contract.dataset()).ifPresent(entry -> body.append(columnsTable(entry)));
    String id = Lineage.sourceId(contract.dataset());
    body.append(Html.heading(2, "lineage", "Dòng dữ liệu", "Lineage")).append(legend()).append("<div class=\"graph fit\">")
        .append(lineage.ids().contains(id) ? lineage.around(id).svg(id, "lineage of " + contract.dataset()) : "").append("</div>\n");
    return Html.page(contract.dataset(), body.toString());
  }

  private String auditsPage(Connection db) throws SQLException {
    List<AuditRow> audits = facts.audits();
    StringBuilder body = new StringBuilder();
    body.append(Html.heading(1, null, "Kiểm tra của lần build cuối", "Audits of the last build"))
        .append("<p>").append(Html.label(
            "Mỗi kiểm tra trả về các dòng không đạt; mức error chặn việc công bố, mức warn chỉ cảnh báo. Các dòng được giữ trong lược đồ audit.",
            "Each audit returns its failing rows; an error audit stops the publish, a warn audit is reported. The rows are kept in the audit schema."))
        .append(" <code>select * from ").append(Html.escape(Schemas.AUDIT_RESULTS)).append("</code></p>\n")
        .append(auditTable(audits));
    for (AuditRow audit : audits) {
      if (audit.failingRows() == 0) {
        continue;
      }
      String sql = "select * from " + audit.failingRowsTable() + " limit " + FAILING_ROWS_SHOWN;
      body.append("<h3 id=\"").append(Html.escape(audit.name())).append("\"><code>").append(Html.escape(audit.name()))
          .append("</code> — ").append(Html.label(audit.failingRows() + " dòng lỗi", audit.failingRows() + " failing rows")).append("</h3>\n");
      body.append(query(db, sql, "rows"));
    }
    return Html.page("Kiểm tra", body.toString());
  }

  private String runsPage(Connection db) throws SQLException {
    StringBuilder body = new StringBuilder();
    body.append(Html.heading(1, null, "Lượt nạp và dữ liệu cách ly", "Ingest runs and quarantine"));
    body.append(Html.heading(2, "runs", "Các lượt nạp gần nhất", "Last ingest runs"))
        .append(query(db, "select run_id, min(started_at) as started_at, max(finished_at) as finished_at,"
            + " string_agg(distinct status, ', ' order by status) as statuses,"
            + " count(*) filter (where status <> 'SKIPPED') as files, sum(rows_read) as rows_read,"
            + " sum(rows_accepted) as rows_accepted, sum(rows_quarantined) as rows_quarantined,"
            + " sum(rows_superseded) as rows_superseded\nfrom ingest_runs\ngroup by run_id\norder by started_at desc, run_id\nlimit "
            + RUNS_SHOWN, "rows"));
    body.append(Html.heading(2, "last-run", "Các tệp của lượt nạp cuối", "Files of the last run"))
        .append(query(db, "select source, file, landing_date, status, rows_read, rows_accepted, rows_quarantined,"
            + " rows_superseded, rejected_reason\nfrom ingest_runs\nwhere run_id = (select run_id from ingest_runs"
            + " order by started_at desc, run_id desc limit 1)\norder by source, file", "rows"));
    body.append(Html.heading(2, "quarantine", "Dữ liệu cách ly theo nguồn và lý do", "Quarantine by source and reason"))
        .append(query(db, "select source, reason_code, sum(rows) as rows, count(distinct file) as files,"
            + " count(distinct run_id) as runs\nfrom quarantine_summary\ngroup by all\norder by source, rows desc, reason_code", "rows"));
    return Html.page("Lượt nạp", body.toString());
  }

  private static String query(Connection db, String sql, String cssClass) throws SQLException {
    try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      return Html.resultTable(rows, sql, cssClass);
    }
  }
}
