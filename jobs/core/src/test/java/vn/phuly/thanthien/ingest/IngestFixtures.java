package vn.phuly.thanthien.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.contract.ReasonCode;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.fs.OtherSchemeFileSystem;
import vn.phuly.thanthien.lake.Lake;
import vn.phuly.thanthien.privacy.Pseudonymizer;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.spark.Sparks;

/** Shared test inputs: the tiny landing zone and profile under test resources, a fixed key. */
public final class IngestFixtures {
  public static final Pseudonymizer PSEUDONYMIZER =
      new Pseudonymizer("test key of the ingest tests, 32+ bytes".getBytes(StandardCharsets.UTF_8));

  /** The type of the judged rows' {@link Problems#PROBLEM} column. */
  public static final StructType PROBLEM_TYPE =
      new StructType().add("code", "string").add("detail_en", "string").add("detail_vi", "string");

  /**
   * Hadoop's configuration for what tests read of a landing without a Spark session (the sniffer,
   * the reader), with the {@code other:} scheme ({@link OtherSchemeFileSystem}).
   */
  public static final Configuration HADOOP = OtherSchemeFileSystem.register(new Configuration());

  private IngestFixtures() {}

  public static SparkSession spark() {
    return Sparks.session("local[2]");
  }

  public static Path resource(String name) {
    try {
      return Path.of(IngestFixtures.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Profile profile() {
    return Profile.load(resource("profiles/ingest"));
  }

  public static IngestRequest request(Path landing, Path lake, String source, LocalDate date) {
    return new IngestRequest(Locations.of(landing), Locations.of(lake), source == null ? null : List.of(source), date, profile(),
        PSEUDONYMIZER, spark(), null);
  }

  /** Every committed curated row of a dataset as "a|b|c" strings of the given columns (null: ∅), sorted. */
  public static List<String> curated(Path lakeRoot, String dataset, Column... columns) {
    return curated(new Lake(lakeRoot), dataset, columns);
  }

  /** The same of any lake. */
  public static List<String> curated(Lake lake, String dataset, Column... columns) {
    List<String> files = lake.committedFiles(dataset).stream().map(Object::toString).toList();
    if (files.isEmpty()) {
      return List.of();
    }
    return lines(spark().read().parquet(files.toArray(String[]::new)), columns);
  }

  /** Rows as "a|b|c" strings of the given columns (null: ∅), sorted. */
  public static List<String> lines(Dataset<Row> rows, Column... columns) {
    return rows
        .select(concat_ws("|", Arrays.stream(columns).map(c -> coalesce(c.cast("string"), lit("∅"))).toArray(Column[]::new)).as("row"))
        .orderBy("row")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  /** The same of the named columns. */
  public static List<String> lines(Dataset<Row> rows, String... columns) {
    return lines(rows, Arrays.stream(columns).map(functions::col).toArray(Column[]::new));
  }

  /** A problem the row already has, of {@link #PROBLEM_TYPE}. */
  public static Row problem(ReasonCode code) {
    return RowFactory.create(code.name(), "an earlier check failed", "một bước kiểm tra trước đã không đạt");
  }

  /** Every committed quarantine row as "file|line|reason", sorted. */
  public static List<String> quarantine(Path lakeRoot) {
    return quarantine(new Lake(lakeRoot));
  }

  /** The same of any lake. */
  public static List<String> quarantine(Lake lake) {
    List<String> files = lake.committedQuarantine().stream().map(Object::toString).toList();
    if (files.isEmpty()) {
      return List.of();
    }
    return spark().read().parquet(files.toArray(String[]::new))
        .select(concat_ws("|", col("source_file"), col("source_line"), col("reason_code")).as("row"))
        .orderBy("row")
        .collectAsList().stream().map((Row r) -> r.getString(0)).toList();
  }

  public static Column minutes(String column) {
    return date_format(col(column), "yyyy-MM-dd'T'HH:mm");
  }
}
