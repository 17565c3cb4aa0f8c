package vn.phuly.thanthien.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.types.StructType;
import vn.phuly.thanthien.lake.Lake;

/**
 * Cuts the curated files out of a pass's staged good rows without decoding a value: for each
 * landing day and year, the row groups of every staged file are copied byte for byte into one
 * file that keeps only the curated columns (Parquet's {@code appendRowGroups} dropping the other
 * column chunks), and the footer's Spark schema is the curated one. A copy costs a fraction of
 * what a second Spark write of the same rows would, and each day and year ends up in one file.
 */
final class CuratedFiles {
  /** Where Spark keeps a file's Spark SQL schema in the Parquet footer. */
  static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

  private CuratedFiles() {}

  /**
   * {@code staged}/day=D/year=Y/*.parquet → {@code target}/day=D/year=Y/part-00000.parquet with the
   * columns of {@code schema}, in its order; both folders of {@code lake}, on {@code fs}.
   */
  static void cut(Lake lake, FileSystem fs, Path staged, Path target, StructType schema) {
    Map<Path, Path> outputs = new LinkedHashMap<>();
    for (Path day : lake.partitionFolders(staged)) {
      for (Path year : lake.partitionFolders(day)) {
        outputs.put(year, new Path(new Path(new Path(target, day.getName()), year.getName()), "part-00000.parquet"));
      }
    }
    outputs.entrySet().parallelStream()
        .forEach(year -> merge(fs, lake.parquetFiles(year.getKey()), year.getValue(), schema));
  }

  static void merge(FileSystem fs, List<Path> parts, Path out, StructType schema) {
    try {
      FileMetaData first = footer(fs, parts.get(0));
      MessageType staged = first.getSchema();
      List<Type> kept = new ArrayList<>();
      for (String name : schema.fieldNames()) {
        kept.add(staged.getType(name));
      }
      ParquetFileWriter writer =
          new ParquetFileWriter(ParquetFiles.output(fs, out), new MessageType(staged.getName(), kept),
              ParquetFileWriter.Mode.CREATE, ParquetWriter.DEFAULT_BLOCK_SIZE, ParquetWriter.MAX_PADDING_SIZE_DEFAULT);
      writer.start();
      for (Path part : parts) {
        InputFile input = ParquetFiles.input(fs, part);
        try (ParquetFileReader reader = ParquetFileReader.open(input);
            SeekableInputStream in = input.newStream()) {
          writer.appendRowGroups(in, reader.getFooter().getBlocks(), true);
        }
      }
      Map<String, String> metadata = new HashMap<>(first.getKeyValueMetaData());
      metadata.put(SPARK_SCHEMA, schema.json());
      writer.end(metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": " + e.getMessage(), e);
    }
  }

  private static FileMetaData footer(FileSystem fs, Path part) throws IOException {
    try (ParquetFileReader reader = ParquetFileReader.open(ParquetFiles.input(fs, part))) {
      return reader.getFooter().getFileMetaData();
    }
  }
}
