package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.try_element_at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import vn.phuly.thanthien.text.Vietnamese;

/** Enumerations of a contract: a code or its Vietnamese label, folded, maps to the code. */
final class Enums {
  private Enums() {}

  /** The code for {@code raw} (code or label in any case, with or without diacritics), or null. */
  static Column code(vn.phuly.thanthien.contract.Column column, Column raw) {
    List<Column> entries = new ArrayList<>();
    for (Map.Entry<String, String> value : column.values().entrySet()) {
      entries.add(lit(Vietnamese.fold(value.getKey())));
      entries.add(lit(value.getKey()));
      if (!Vietnamese.fold(value.getValue()).equals(Vietnamese.fold(value.getKey()))) {
        entries.add(lit(Vietnamese.fold(value.getValue())));
        entries.add(lit(value.getKey()));
      }
    }
    return try_element_at(map(entries.toArray(Column[]::new)), Udfs.FOLD.apply(raw));
  }
}
