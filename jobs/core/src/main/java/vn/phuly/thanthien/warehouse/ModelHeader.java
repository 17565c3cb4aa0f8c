package vn.phuly.thanthien.warehouse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documentation a model declares in its leading {@code --} comment lines:
 *
 * <pre>
 * -- grain: one row per unit per period
 * -- primary_key: unit_id, period
 * -- references: unit_id -> dim_unit.unit_id
 * -- column score_pct: 100 · score_points / max_points
 * -- accepted_values: kind from feedback.kind
 * </pre>
 *
 * An {@code accepted_values} line says that a column holds the codes of an enum column of a
 * contract ({@code schemas/<dataset>.yaml}): the runner generates its audit and appends the
 * contract's values to its comment ({@link ContractEnums}), so no list of codes is copied by hand.
 *
 * An audit ({@code sql/audits/}) has a header of its own, and nothing else says what it checks,
 * so it must start with exactly these two lines (the description may go on in further lines):
 *
 * <pre>
 * -- severity: error          (or warn: reported, but the build still publishes)
 * -- description: every rank lies between 1 and the number of ranked units
 * </pre>
 *
 * Other lines are free comments.
 *
 * @param description an audit's description (its {@code -- description:} line and the lines
 *     after it); null for a model
 */
public record ModelHeader(
    String grain,
    List<String> primaryKey,
    List<Reference> references,
    Map<String, String> columns,
    List<AcceptedValues> acceptedValues,
    Severity severity,
    String description) {

  public enum Severity {
    ERROR,
    WARN
  }

  /** {@code column} of the model must exist in {@code table.targetColumn}. */
  public record Reference(String column, String table, String targetColumn) {}

  /** {@code column} of the model holds the codes of the enum {@code contractColumn} of {@code dataset}. */
  public record AcceptedValues(String column, String dataset, String contractColumn) {}

  private static final Set<String> KEYS =
      Set.of("grain", "primary_key", "references", "column", "accepted_values", "severity", "description");
  private static final Pattern LINE = Pattern.compile("^--\\s*([a-z_]+)(?:\\s+([A-Za-z_][A-Za-z0-9_]*))?\\s*:\\s*(.*)$");
  private static final Pattern ACCEPTED_VALUES =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s+from\\s+([a-z_]+)\\.([a-z_]+)$");
  private static final Pattern REFERENCE =
      Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*->\\s*([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)$");

  static ModelHeader parse(String origin, ModelKind kind, String text) {
    List<String> lines = leadingComments(text);
    if (kind == ModelKind.AUDIT) {
      checkAuditHeader(origin, lines);
    }
    String grain = null;
    List<String> primaryKey = List.of();
    List<Reference> references = new ArrayList<>();
    Map<String, String> columns = new LinkedHashMap<>();
    List<AcceptedValues> acceptedValues = new ArrayList<>();
    Severity severity = Severity.ERROR;
    String description = kind == ModelKind.AUDIT ? description(lines) : null;
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String key = m.group(1);
      String value = m.group(3).strip();
      switch (key) {
        case "grain" -> grain = value;
        case "primary_key" ->
            primaryKey = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        case "references" -> {
          Matcher r = REFERENCE.matcher(value);
          if (!r.matches()) {
            throw new ModelException(origin + ": bad references line '" + value + "' (want: col -> table.col)");
          }
          references.add(new Reference(r.group(1), r.group(2), r.group(3)));
        }
        case "accepted_values" -> {
          Matcher a = ACCEPTED_VALUES.matcher(value);
          if (!a.matches()) {
            throw new ModelException(origin + ": bad accepted_values line '" + value + "' (want: col from dataset.column)");
          }
          acceptedValues.add(ContractEnums.check(origin, new AcceptedValues(a.group(1), a.group(2), a.group(3))));
        }
        case "column" -> {
          if (m.group(2) == null) {
            throw new ModelException(origin + ": bad column line '" + line + "' (want: -- column <name>: <description>)");
          }
          columns.put(m.group(2), value);
        }
        case "severity" -> {
          if (kind != ModelKind.AUDIT) {
            throw new ModelException(origin + ": '-- severity:' belongs to audits (sql/audits/), not to a " + kind.name().toLowerCase());
          }
          switch (value) {
            case "error" -> severity = Severity.ERROR;
            case "warn" -> severity = Severity.WARN;
            default -> throw new ModelException(origin + ": severity must be error or warn, not '" + value + "'");
          }
        }
        default -> {
          // any other "-- key: text" line is a free comment
        }
      }
    }
    return new ModelHeader(grain, primaryKey, List.copyOf(references), Collections.unmodifiableMap(columns),
        List.copyOf(acceptedValues), severity, description);
  }

  /** An audit's description: its {@code -- description:} line and the comment lines that go on after it. */
  private static String description(List<String> lines) {
    StringBuilder text = new StringBuilder(value(lines.get(1)));
    for (String line : lines.subList(2, lines.size())) {
      String key = key(line);
      if (key != null && KEYS.contains(key)) {
        break;
      }
      text.append(' ').append(line.substring(2).strip());
    }
    return text.toString().strip();
  }

  /** The leading comment lines of {@code text}, stripped; blank lines skipped. */
  private static List<String> leadingComments(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (!line.startsWith("--")) {
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  private static void checkAuditHeader(String origin, List<String> lines) {
    String want = "an audit starts with '-- severity: error' (or warn), then '-- description: <what it checks>'";
    if (lines.stream().anyMatch(line -> "audit".equals(key(line)))) {
      throw new ModelException(origin + ": '-- audit:' is not an audit header; " + want);
    }
    if (lines.isEmpty()) {
      throw new ModelException(origin + ": no header comment; " + want);
    }
    if (!"severity".equals(key(lines.get(0)))) {
      throw new ModelException(origin + ": the header starts with '" + lines.get(0) + "'; " + want);
    }
    if (lines.size() < 2 || !"description".equals(key(lines.get(1))) || value(lines.get(1)).isEmpty()) {
      throw new ModelException(origin + ": no '-- description: …' line after the severity; " + want);
    }
  }

  private static String key(String line) {
    Matcher m = LINE.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  private static String value(String line) {
    Matcher m = LINE.matcher(line);
    return m.matches() ? m.group(3).strip() : "";
  }
}
