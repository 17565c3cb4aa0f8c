package vn.phuly.thanthien.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One term of a contract's {@code version_order}: a column and a direction, written
 * {@code "<column> desc|asc"} in the YAML (no direction: ascending). Ingest sorts by the terms
 * in Spark, the warehouse in SQL ({@code {{current:…}}}); both put nulls last.
 */
public record VersionTerm(String column, boolean descending) implements Serializable {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static VersionTerm parse(String term) {
    String[] parts = term.strip().split("\\s+");
    if (parts.length > 2 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("version_order term '" + term + "' is not '<column> desc|asc'");
    }
    String direction = parts.length == 1 ? "asc" : parts[1].toLowerCase(Locale.ROOT);
    if (!direction.equals("asc") && !direction.equals("desc")) {
      throw new IllegalArgumentException("version_order term '" + term + "': the direction is asc or desc");
    }
    return new VersionTerm(parts[0], direction.equals("desc"));
  }

  /** The term as SQL and as the YAML writes it: {@code "version desc"}. */
  public String sql() {
    return column + (descending ? " desc" : " asc");
  }

  /** The terms of an {@code order by}: {@code "version desc, submitted_at desc"}. */
  public static String sql(List<VersionTerm> terms) {
    return terms.stream().map(VersionTerm::sql).collect(Collectors.joining(", "));
  }
}
