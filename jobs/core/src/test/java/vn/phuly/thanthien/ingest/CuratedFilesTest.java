package vn.phuly.thanthien.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.phuly.thanthien.fs.Locations;
import vn.phuly.thanthien.lake.Lake;

/** Curated files cut from staged rows: the chosen columns only, every row, one file per day and year. */
class CuratedFilesTest {
  @Test
  void eachDayAndYearBecomesOneFileWithOnlyTheCuratedColumns(@TempDir Path dir) throws Exception {
    SparkSession spark = IngestFixtures.spark();
    StructType staged = new StructType()
        .add("id", "string").add("score", "double").add("note", "string").add("day", "string").add("year", "int");
    List<Row> rows = List.of(
        RowFactory.create("a", 1.0, "x", "2024-01-10", 2023),
        RowFactory.create("b", 2.0, null, "2024-01-10", 2023),
        RowFactory.create("c", 3.5, "y", "2024-01-10", 2024),
        RowFactory.create("d", 4.0, "z", "2024-01-11", 2023));
    // three tasks: several staged files per day and year to merge
    spark.createDataFrame(rows, staged).repartition(3)
        .write().partitionBy("day", "year").parquet(dir.resolve("staged").toString());
    StructType curated = new StructType().add("score", "double").add("id", "string");

    CuratedFiles.cut(new Lake(dir), Locations.fileSystem(Locations.of(dir), new Configuration()),
        Locations.of(dir.resolve("staged")), Locations.of(dir.resolve("curated")), curated);

    List<String> files;
    try (Stream<Path> all = Files.walk(dir.resolve("curated"))) {
      files = all.filter(Files::isRegularFile).map(f -> dir.resolve("curated").relativize(f).toString()).sorted().toList();
    }
    assertEquals(List.of("day=2024-01-10/year=2023/part-00000.parquet", "day=2024-01-10/year=2024/part-00000.parquet",
        "day=2024-01-11/year=2023/part-00000.parquet"), files);
    Path first = dir.resolve("curated/day=2024-01-10/year=2023/part-00000.parquet");
    try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(Locations.of(first), new Configuration()))) {
      assertEquals(List.of("score", "id"),
          reader.getFooter().getFileMetaData().getSchema().getFields().stream().map(Type::getName).toList());
    }
    // read without a schema: Spark takes it from the footer, which must be the curated one
    var read = spark.read().parquet(first.toString());
    assertEquals(curated, read.schema());
    assertEquals(List.of("[1.0,a]", "[2.0,b]"), read.orderBy("id").collectAsList().stream().map(Row::toString).toList());
    assertEquals(List.of("[3.5,c]"), spark.read().parquet(dir.resolve("curated/day=2024-01-10/year=2024").toString())
        .collectAsList().stream().map(Row::toString).toList());
  }
}
