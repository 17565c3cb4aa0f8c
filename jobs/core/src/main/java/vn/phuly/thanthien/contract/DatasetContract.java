package vn.phuly.thanthien.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The declarative contract of one dataset, read from {@code schemas/<dataset>.yaml}: the single
 * source of truth for parsing raw exports, validating them, the curated Parquet schema and the
 * data dictionary.
 *
 * @param dataset the curated table name ({@code lake/curated/<dataset>/})
 * @param source the landing source ({@code landing/<source>/})
 * @param explode for JSON Lines: the array whose elements become rows (null: one row per line)
 * @param businessKey the columns that identify one logical record across versions
 * @param versionOrder the order of the versions of a business key; the first row in it is current
 * @param yearFrom the curated column whose year is the {@code year=} partition
 * @param unit which columns identify the unit, and the dates it is resolved on
 * @param pseudonymDropWhen identity fields are dropped, not pseudonymised, where this holds
 */
public record DatasetContract(
    String dataset,
    String source,
    String description,
    String grain,
    List<String> formats,
    String explode,
    List<String> businessKey,
    List<VersionTerm> versionOrder,
    String yearFrom,
    UnitRef unit,
    DropRule pseudonymDropWhen,
    List<Column> columns,
    List<Column> derived)
    implements Serializable {

  public static final List<String> DATASETS =
      List.of("submission_score", "inspection_finding", "feedback");

  /** Lineage columns every curated table starts with. */
  public static final List<Column> LINEAGE =
      List.of(
          Column.derived("run_id", "string", "Ingest run that wrote the row."),
          Column.derived("landing_date", "date", "Landing day (export date) of the source file."),
          Column.derived("source_file", "string", "Source file, relative to the landing root."),
          Column.derived("source_line", "long", "Line of the record in the source file (1 = header)."));

  /**
   * Which raw columns name the unit, and when it is resolved (DESIGN §5). Without {@code period},
   * among the units valid on {@code date}; with it ({@code [first day column, last day column]}),
   * among the units valid on at least one day of that period, {@code date} (the record's own)
   * deciding only between two of them.
   */
  public record UnitRef(String code, String name, String date, List<String> period) implements Serializable {
    public UnitRef {
      if (period != null && period.size() != 2) {
        throw new IllegalArgumentException("unit.period names the first and the last day column: " + period);
      }
    }
  }

  /** Identity fields are dropped entirely where {@code column} has value {@code equals}. */
  public record DropRule(String column, @JsonProperty("equals") String value)
      implements Serializable {}

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  /** Loads {@code schemas/<dataset>.yaml} from the classpath (the jar carries schemas/). */
  public static DatasetContract load(String dataset) {
    String resource = "schemas/" + dataset + ".yaml";
    try (InputStream in = DatasetContract.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no contract " + resource);
      }
      return YAML.readValue(in, DatasetContract.class);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  public static DatasetContract forSource(String source) {
    return DATASETS.stream()
        .map(DatasetContract::load)
        .filter(c -> c.source().equals(source))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no contract for source " + source));
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * The curated Parquet schema in order: lineage columns, the raw columns under their curated
   * names, the derived columns, then the {@code year} partition.
   */
  public List<Column> curatedColumns() {
    List<Column> all = new ArrayList<>(LINEAGE);
    columns.stream().filter(Column::isCurated).map(Column::asCurated).forEach(all::add);
    all.addAll(derived == null ? List.of() : derived);
    all.add(Column.derived("year", "integer", "Partition: year of " + yearFrom + "."));
    return all;
  }
}
