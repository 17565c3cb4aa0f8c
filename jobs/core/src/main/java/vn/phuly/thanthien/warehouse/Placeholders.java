package vn.phuly.thanthien.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.VersionTerm;
import vn.phuly.thanthien.reference.Profile;

/**
 * Expands the build-time placeholders of the SQL models:
 *
 * <ul>
 *   <li>{@code {{curated:<dataset>}}}: the committed curated files with the contract's columns and
 *       types, or an empty relation of those columns when there are none;
 *   <li>{@code {{current:<dataset>}}}: {@code partition by <business key> order by <version
 *       order>}, so {@code row_number() over (…) = 1} marks the current version;
 *   <li>{@code {{business_key:<dataset>}}}: the business key columns, comma-separated;
 *   <li>{@code {{quarantine}}}: the committed quarantine files;
 *   <li>{@code {{runs}}}: the run manifests, one row per run;
 *   <li>{@code {{reference:<file>}}}: a CSV of the profile, every column as text.
 * </ul>
 */
final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)(?::([A-Za-z0-9_.\\-]+))?\\s*}}");

  /** Quarantine columns (docs/architecture.md "The lake"). */
  static final List<String[]> QUARANTINE_COLUMNS =
      List.of(
          new String[] {"run_id", "varchar"},
          new String[] {"source", "varchar"},
          new String[] {"landing_date", "date"},
          new String[] {"source_file", "varchar"},
          new String[] {"source_line", "bigint"},
          new String[] {"reason_code", "varchar"},
          new String[] {"detail_en", "varchar"},
          new String[] {"detail_vi", "varchar"},
          new String[] {"fields_json", "varchar"});

  /** Run manifest fields; timestamps stay text for stg_runs to parse. */
  static final List<String[]> RUN_COLUMNS =
      List.of(
          new String[] {"run_id", "varchar"},
          new String[] {"started_at", "varchar"},
          new String[] {"finished_at", "varchar"},
          new String[] {"status", "varchar"},
          new String[] {
            "files",
            "struct(source varchar, file varchar, landing_date varchar, rows_read bigint,"
                + " rows_accepted bigint, rows_quarantined bigint, rows_superseded bigint,"
                + " drift json, rejected varchar, seconds double)[]"
          },
          new String[] {
            "quarantine", "struct(source varchar, file varchar, reason_code varchar, rows bigint)[]"
          },
          new String[] {"skipped", "struct(source varchar, path varchar, reason varchar)[]"},
          new String[] {"warnings", "struct(source varchar, path varchar, reason varchar)[]"});

  private final WarehouseInputs inputs;

  Placeholders(WarehouseInputs inputs) {
    this.inputs = inputs;
  }

  /** The SQL of {@code model} with every placeholder replaced. */
  String expand(Model model) {
    Matcher m = PLACEHOLDER.matcher(model.sql());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(model, m.group(1), m.group(2))));
    }
    m.appendTail(out);
    if (out.indexOf("{{") >= 0) {
      throw new ModelException(model.origin() + ": malformed placeholder near '" + snippet(out) + "'");
    }
    return out.toString();
  }

  private String replacement(Model model, String kind, String argument) {
    return switch (kind + (argument == null ? "" : ":")) {
      case "curated:" -> curated(contract(model, argument));
      case "current:" -> current(contract(model, argument));
      case "business_key:" -> String.join(", ", contract(model, argument).businessKey());
      case "quarantine" -> quarantine();
      case "runs" -> runs();
      case "reference:" -> reference(model, argument);
      default ->
          throw new ModelException(
              model.origin() + ": unknown placeholder {{" + kind + (argument == null ? "" : ":" + argument) + "}}");
    };
  }

  private static DatasetContract contract(Model model, String dataset) {
    if (!DatasetContract.DATASETS.contains(dataset)) {
      throw new ModelException(model.origin() + ": unknown dataset '" + dataset + "' in a placeholder");
    }
    return DatasetContract.load(dataset);
  }

  private String curated(DatasetContract contract) {
    List<String[]> columns =
        contract.curatedColumns().stream().map(c -> new String[] {c.curatedName(), c.duckdbType()}).toList();
    List<Path> files = inputs.curated(contract.dataset());
    if (files.isEmpty()) {
      return empty(columns);
    }
    // An explicit, typed select keeps the relation's shape the contract's, whatever the files hold.
    return "(select "
        + columns.stream().map(c -> "cast(" + c[0] + " as " + c[1] + ") as " + c[0]).collect(Collectors.joining(", "))
        + " from read_parquet(" + pathList(files) + ", hive_partitioning = true, union_by_name = true))";
  }

  private static String current(DatasetContract contract) {
    return "partition by " + String.join(", ", contract.businessKey()) + " order by " + VersionTerm.sql(contract.versionOrder());
  }

  private String quarantine() {
    if (inputs.quarantineFiles().isEmpty()) {
      return empty(QUARANTINE_COLUMNS);
    }
    return "(select "
        + QUARANTINE_COLUMNS.stream().map(c -> "cast(" + c[0] + " as " + c[1] + ") as " + c[0]).collect(Collectors.joining(", "))
        + " from read_parquet(" + pathList(inputs.quarantineFiles()) + ", hive_partitioning = false, union_by_name = true))";
  }

  private String runs() {
    if (inputs.runManifests().isEmpty()) {
      return empty(RUN_COLUMNS);
    }
    return "read_json(" + pathList(inputs.runManifests()) + ", format = 'auto', columns = {"
        + RUN_COLUMNS.stream().map(c -> c[0] + ": '" + c[1] + "'").collect(Collectors.joining(", "))
        + "})";
  }

  private String reference(Model model, String file) {
    if (!Profile.FILES.contains(file)) {
      throw new ModelException(model.origin() + ": unknown reference file '" + file + "' (one of " + Profile.FILES + ")");
    }
    Path path = inputs.referenceDir().resolve(file).toAbsolutePath();
    // DuckDB's comment option also cuts a line at a '#' inside a value: skip the leading
    // comment lines instead, as the profile format puts them on top.
    return "read_csv(" + literal(path.toString()) + ", header = true, skip = " + leadingCommentLines(path)
        + ", all_varchar = true, delim = ',', quote = '\"', escape = '\"')";
  }

  static int leadingCommentLines(Path csv) {
    try {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      int n = 0;
      while (n < lines.size()) {
        String line = lines.get(n).replace("\uFEFF", "").strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          break;
        }
        n++;
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
    }
  }

  private static String empty(List<String[]> columns) {
    return "(select "
        + columns.stream().map(c -> "cast(null as " + c[1] + ") as " + c[0]).collect(Collectors.joining(", "))
        + " where false)";
  }

  private static String pathList(List<Path> files) {
    return files.stream().map(p -> literal(p.toAbsolutePath().toString())).collect(Collectors.joining(", ", "[", "]"));
  }

  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String snippet(CharSequence sql) {
    String s = sql.toString();
    int at = s.indexOf("{{");
    return s.substring(at, Math.min(s.length(), at + 40));
  }
}
