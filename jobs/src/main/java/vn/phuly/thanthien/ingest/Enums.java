package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import vn.phuly.thanthien.text.Vietnamese;

/** Enumerations of a contract: a code or its Vietnamese label, folded, maps to the code. */
final class Enums {
  private Enums() {}

  /** The code for {@code raw} (code or label in any case, with or without diacritics), or null. */
  static Column code(vn.phuly.thanthien.contract.Column column, Column raw) {
    // Folded spelling -> code; a spelling shared by two entries keeps the first (Spark's map()
    // refuses duplicate keys).
    Map<String, String> spellings = new LinkedHashMap<>();
    for (Map.Entry<String, String> value : column.values().entrySet()) {
      spellings.putIfAbsent(Vietnamese.fold(value.getKey()), value.getKey());
      spellings.putIfAbsent(Vietnamese.fold(value.getValue()), value.getKey());
    }
    List<Column> entries = new ArrayList<>();
    spellings.forEach((spelling, code) -> {
      entries.add(lit(spelling));
      entries.add(lit(code));
    });
    return try_element_at(map(entries.toArray(Column[]::new)), Udfs.FOLD.apply(raw));
  }
}
