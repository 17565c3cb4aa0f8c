package vn.phuly.thanthien.warehouse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.contract.VersionTerm;
import vn.phuly.thanthien.reference.AssessmentPeriod;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.reference.ProfileFile;
import vn.phuly.thanthien.reference.Threshold;

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
 *   <li>{@code {{reference:<file>}}}: a CSV of the profile, every column of its {@link ProfileFile}
 *       as text (an empty relation for an optional file the profile leaves out);
 *   <li>{@code {{thresholds}}}: every known threshold with its effective value ({@link Threshold});
 *   <li>{@code {{periods}}}: the period calendar ({@link AssessmentPeriod}), years 1900–2099.
 * </ul>
 */
final class Placeholders {
  /** The placeholders that read data (the others expand to SQL from a contract). */
  private static final Set<String> READS = Set.of("curated", "quarantine", "runs", "reference", "thresholds", "periods");
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
  /** The profile of the inputs, loaded (and so checked) when a model first reads it. */
  private Profile profile;

  Placeholders(WarehouseInputs inputs) {
    this.inputs = inputs;
  }

  /** The placeholders of {@code model} that read outside the warehouse, as {@code kind} or {@code kind:argument}. */
  static Set<String> sources(Model model) {
    Set<String> sources = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(model.sql());
    while (m.find()) {
      if (READS.contains(m.group(1))) {
        sources.add(m.group(1) + (m.group(2) == null ? "" : ":" + m.group(2)));
      }
    }
    return sources;
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

  /**
   * What {@code model} reads, as text that changes whenever what it reads changes (for {@link
   * BuildState}): the expansions that name no file, and for those that do, each file's name, size and
   * time instead of its absolute path (a moved lake keeps its identity) or, for a profile file, its
   * content's hash.
   */
  String identity(Model model) {
    Matcher m = PLACEHOLDER.matcher(model.sql());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String kind = m.group(1);
      String argument = m.group(2);
      out.append(kind).append(argument == null ? "" : ":" + argument).append(" = ");
      switch (kind) {
        case "curated" -> out.append(BuildState.filesIdentity(inputs.curated(contract(model, argument).dataset())));
        case "quarantine" -> out.append(BuildState.filesIdentity(inputs.quarantineFiles()));
        case "runs" -> out.append(BuildState.filesIdentity(inputs.runManifests()));
        case "reference" -> out.append(referenceIdentity(model, argument));
        default -> out.append(replacement(model, kind, argument));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private String referenceIdentity(Model model, String fileName) {
    return profile().layout(profileFile(model, fileName))
        .map(layout -> BuildState.contentIdentity(layout.path()))
        .orElse("absent");
  }

  private String replacement(Model model, String kind, String argument) {
    return switch (kind + (argument == null ? "" : ":")) {
      case "curated:" -> curated(contract(model, argument));
      case "current:" -> current(contract(model, argument));
      case "business_key:" -> String.join(", ", contract(model, argument).businessKey());
      case "quarantine" -> quarantine();
      case "runs" -> runs();
      case "reference:" -> reference(model, argument);
      case "thresholds" -> thresholds();
      case "periods" -> periods();
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

  /**
   * A profile file with every column its {@link ProfileFile} knows, all text: a column the file
   * leaves out is empty, a file the profile leaves out has no rows. The header's spelling does not
   * matter: the columns are named as the profile read them.
   */
  private String reference(Model model, String fileName) {
    ProfileFile file = profileFile(model, fileName);
    Optional<Profile.Layout> layout = profile().layout(file);
    if (layout.isEmpty()) {
      return empty(file.columns().stream().map(c -> new String[] {c, "varchar"}).toList());
    }
    Profile.Layout csv = layout.get();
    // DuckDB's comment option also cuts a line at a '#' inside a value: skip the leading comment
    // lines instead, as the profile format puts them on top (Profile refuses one further down).
    String read = "read_csv(" + literal(csv.path().toAbsolutePath().toString()) + ", header = true, skip = "
        + csv.commentLines() + ", all_varchar = true, delim = ',', quote = '\"', escape = '\"', names = "
        + csv.header().stream().map(Placeholders::literal).collect(Collectors.joining(", ", "[", "]")) + ")";
    return "(select "
        + file.columns().stream()
            .map(c -> csv.header().contains(c) ? c : "cast(null as varchar) as " + c)
            .collect(Collectors.joining(", "))
        + " from " + read + ")";
  }

  private static ProfileFile profileFile(Model model, String fileName) {
    return ProfileFile.byName(fileName)
        .orElseThrow(() -> new ModelException(model.origin() + ": unknown reference file '" + fileName + "' (one of "
            + Arrays.stream(ProfileFile.values()).map(ProfileFile::fileName).toList() + ")"));
  }

  /** Every known threshold (reference.Threshold) with the profile's value, else its default. */
  private String thresholds() {
    Profile p = profile();
    return "(select * from (values "
        + Arrays.stream(Threshold.values())
            .map(t -> "(" + literal(t.key()) + ", cast(" + p.threshold(t) + " as double), " + !p.setsThreshold(t) + ", "
                + literal(t.description()) + ")")
            .collect(Collectors.joining(", "))
        + ") as thresholds(threshold_key, threshold_value, is_default, description))";
  }

  /**
   * The period calendar ({@link AssessmentPeriod}): every period of every year a period code may
   * name, so that every period ingest derives is in it.
   */
  private static String periods() {
    return "(select * from (values "
        + AssessmentPeriod.all().stream()
            .map(p -> "(" + String.join(", ", literal(p.code()), literal(p.kind().name()), Integer.toString(p.year()),
                String.valueOf(p.half()), String.valueOf(p.quarter()), "date " + literal(p.start().toString()),
                "date " + literal(p.end().toString()), literal(p.previousCode())) + ")")
            .collect(Collectors.joining(", "))
        + ") as periods(period, period_kind, year, half, quarter, start_date, end_date, previous_period))";
  }

  private Profile profile() {
    if (profile == null) {
      profile = Profile.load(inputs.referenceDir());
    }
    return profile;
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
