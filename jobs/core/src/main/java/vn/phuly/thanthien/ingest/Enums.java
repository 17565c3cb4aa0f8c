package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import vn.phuly.thanthien.text.Vietnamese;

/** Enumerations of a contract: a code or its Vietnamese label, folded, maps to the code. */
final class Enums {
  private Enums() {}

  /**
   * The code for {@code raw} (code or label in any case, with or without diacritics), or null. A
   * code or label spelt exactly as in the contract, by far the most common, is looked up as it is;
   * only other spellings are folded (a Java function, so each one a round trip out of Spark's
   * own strings).
   */
  static Column code(vn.phuly.thanthien.contract.Column column, Column raw) {
    return coalesce(try_element_at(exact(column), raw), folded(column, raw));
  }

  /** {@link #code} as a Java function, for values that are not in a Spark row yet. */
  static UnaryOperator<String> codeLookup(vn.phuly.thanthien.contract.Column column) {
    Map<String, String> exact = column.codesBySpelling(Vietnamese::clean);
    Map<String, String> folded = column.codesBySpelling(Vietnamese::fold);
    return raw -> {
      if (raw == null) {
        return null;
      }
      String code = exact.get(raw);
      return code != null ? code : folded.get(Vietnamese.fold(raw));
    };
  }

  /** Exact spelling (a code, or a label in NFC) → code, as a map. */
  private static Column exact(vn.phuly.thanthien.contract.Column column) {
    return codeMap(column.codesBySpelling(Vietnamese::clean));
  }

  /** Folded spelling → code (Spark's map() refuses duplicate keys: the first spelling is kept). */
  private static Column folded(vn.phuly.thanthien.contract.Column column, Column raw) {
    return try_element_at(codeMap(column.codesBySpelling(Vietnamese::fold)), Udfs.FOLD.apply(raw));
  }

  private static Column codeMap(Map<String, String> codes) {
    List<Column> entries = new ArrayList<>();
    codes.forEach((spelling, code) -> {
      entries.add(lit(spelling));
      entries.add(lit(code));
    });
    return map(entries.toArray(Column[]::new));
  }
}
