package vn.phuly.thanthien.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import vn.phuly.thanthien.contract.Column;
import vn.phuly.thanthien.contract.DatasetContract;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.privacy.Scrubber;
import vn.phuly.thanthien.text.Vietnamese;

/**
 * The baseline of {@code bench/ingest}: the feedback export converted by DuckDB alone, one
 * {@code COPY (select … from read_csv(…)) TO … (FORMAT parquet, PARTITION_BY year)}, with the
 * transforms of the Spark ingest written in DuckDB SQL from the same contract:
 *
 * <ul>
 *   <li>every cell NFC ({@code nfc_normalize}), white-space runs collapsed, trimmed, empty → null
 *       ({@link Vietnamese#clean});
 *   <li>timestamps: {@code try_strptime} with the accepted {@code d/M/yyyy [H:mm[:ss]]} and ISO
 *       forms (ISO with an offset is not converted: the export has none);
 *   <li>enumerations: code or label, lower case without diacritics, → code;
 *   <li>identity columns: the very HMAC-SHA-256 of {@link Pseudonymizer} (same canonical forms,
 *       same 32 hex characters), built from DuckDB's {@code sha256} over BLOBs as RFC 2104 defines
 *       it, {@code sha256((K ^ opad) || sha256((K ^ ipad) || m))}: DuckDB has no HMAC, and a
 *       plain {@code sha256(key || value)} would do half the hashing work; dropped for
 *       denunciations and unknown kinds;
 *   <li>free text: {@link Scrubber#RULES} with {@code regexp_replace}. DuckDB's RE2 has no
 *       look-around, so the rules lose their {@code (?<!…)}/{@code (?!…)} guards here: the same
 *       matching work minus the guards (a slightly cheaper, slightly greedier scrub).
 * </ul>
 *
 * Not done here, unlike the Spark ingest: unit resolution, duplicate detection, the quarantine
 * and the manifest's counts. The comparison is therefore conservative for Spark.
 */
final class DuckDbIngest {
  private static final int HMAC_BLOCK = 64;
  private static final String FORMATS =
      "['%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%dT%H:%M',"
          + " '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d']";

  private DuckDbIngest() {}

  static String copy(Path csv, Path out, byte[] key) {
    return copy(List.of(csv), out, key);
  }

  /** One COPY over every file of {@code csvs} (UTF-8, with or without a BOM, the contract's first labels). */
  static String copy(List<Path> csvs, Path out, byte[] key) {
    DatasetContract contract = DatasetContract.forSource("feedback");
    List<String> cleaned = new ArrayList<>();
    for (Column column : contract.columns()) {
      cleaned.add(clean(quote(column.labels().get(0))) + " as " + column.name());
    }
    String[] pads = pads(key);
    Column dropColumn = contract.column(contract.pseudonymDropWhen().column()).orElseThrow();
    String drop = "(" + enumCode(dropColumn, dropColumn.name()) + ") is null or ("
        + enumCode(dropColumn, dropColumn.name()) + ") = '" + contract.pseudonymDropWhen().value() + "'";
    List<String> typed = new ArrayList<>();
    for (Column column : contract.columns()) {
      String name = column.name();
      String value;
      if (column.isIdentity()) {
        value = "case when " + drop + " then null else "
            + pseudonym(column.pseudonymKind(), name, pads) + " end as " + column.curatedName();
      } else if (column.isFreeText()) {
        value = scrub(name) + " as " + name;
      } else {
        value = switch (column.type()) {
          case "timestamp" -> "try_strptime(" + name + ", " + FORMATS + ") as " + name;
          case "enum" -> (column.openEnum() ? "coalesce(" + enumCode(column, name) + ", " + name + ")"
              : enumCode(column, name)) + " as " + name;
          default -> name;
        };
      }
      typed.add(value);
    }
    return "copy (select *, year(received_at) as year from (select " + String.join(", ", typed)
        + " from (select " + String.join(", ", cleaned) + " from read_csv("
        + csvs.stream().map(csv -> "'" + csv + "'").collect(Collectors.joining(", ", "[", "]"))
        + ", header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')))) to '" + out
        + "' (format parquet, partition_by (year))";
  }

  /** {@link Vietnamese#clean}, then empty → null. */
  static String clean(String cell) {
    return "nullif(trim(regexp_replace(nfc_normalize(" + cell + "), '[\\s\\x{00A0}\\x{FEFF}]+', ' ', 'g')), '')";
  }

  /** {@link Vietnamese#fold} of a cleaned value. */
  static String fold(String value) {
    return "replace(strip_accents(lower(" + value + ")), 'đ', 'd')";
  }

  static String enumCode(Column column, String value) {
    return "case " + fold(value) + " " + column.codesBySpelling(Vietnamese::fold).entrySet().stream()
        .map(e -> "when '" + e.getKey() + "' then '" + e.getValue() + "'")
        .collect(Collectors.joining(" ")) + " end";
  }

  /** Pseudonymizer's canonical form of a cleaned value, as SQL. */
  static String canonical(String kind, String value) {
    String digits = "regexp_replace(" + value + ", '\\D', '', 'g')";
    return switch (kind) {
      case Pseudonymizer.PERSON, Pseudonymizer.ADDRESS -> "lower(" + value + ")";
      case Pseudonymizer.CITIZEN_ID -> digits;
      // Written without a subquery (a correlated one is a join per row); DuckDB computes the
      // repeated digits expression once.
      case Pseudonymizer.PHONE -> "case"
          + " when " + digits + " like '0084%' then " + national(digits, 5)
          + " when " + digits + " like '84%' and length(" + digits + ") >= 11 then " + national(digits, 3)
          + " else " + digits + " end";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  /** The rest of the digits from position {@code from} on, with a leading 0. */
  private static String national(String digits, int from) {
    String rest = "substr(" + digits + ", " + from + ")";
    return "(case when " + rest + " like '0%' then " + rest + " else '0' || " + rest + " end)";
  }

  /** HMAC-SHA-256(key, kind:canonical), 32 hex characters; null for a null or empty canonical. */
  static String pseudonym(String kind, String value, String[] pads) {
    String canonical = "nullif(" + canonical(kind, value) + ", '')";
    String inner = "sha256(unhex('" + pads[0] + "') || encode('" + kind + ":' || " + canonical + "))";
    return "left(sha256(unhex('" + pads[1] + "') || unhex(" + inner + ")), 32)";
  }

  /** The HMAC inner and outer padded keys as hex (RFC 2104; keys longer than a block are hashed first). */
  static String[] pads(byte[] key) {
    byte[] k = key;
    if (k.length > HMAC_BLOCK) {
      try {
        k = java.security.MessageDigest.getInstance("SHA-256").digest(k);
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    byte[] ipad = new byte[HMAC_BLOCK];
    byte[] opad = new byte[HMAC_BLOCK];
    for (int i = 0; i < HMAC_BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      ipad[i] = (byte) (b ^ 0x36);
      opad[i] = (byte) (b ^ 0x5c);
    }
    return new String[] {HexFormat.of().formatHex(ipad), HexFormat.of().formatHex(opad)};
  }

  static String scrub(String value) {
    String result = value;
    for (Scrubber.Rule rule : Scrubber.RULES) {
      result = "regexp_replace(" + result + ", '" + withoutLookaround(rule.regex()).replace("'", "''") + "', '"
          + rule.replacement() + "', 'g')";
    }
    return result;
  }

  /** A Java regex without its look-around groups, \\uXXXX written as RE2's \\x{XXXX}. */
  static String withoutLookaround(String regex) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      if (regex.startsWith("(?<!", i) || regex.startsWith("(?<=", i) || regex.startsWith("(?!", i)
          || regex.startsWith("(?=", i)) {
        i = groupEnd(regex, i);
      } else if (regex.charAt(i) == '\\') {
        out.append(regex, i, i + 2);
        i += 2;
      } else {
        out.append(regex.charAt(i++));
      }
    }
    return out.toString().replaceAll("\\\\u([0-9A-Fa-f]{4})", "\\\\x{$1}");
  }

  /** The index after the group opening at {@code start} (escapes and character classes skipped). */
  private static int groupEnd(String regex, int start) {
    int depth = 0;
    boolean inClass = false;
    for (int i = start; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unbalanced group in " + regex);
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
