package vn.phuly.thanthien.ingest;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.util.HadoopStreams;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Parquet files on the file system the caller gives ({@code Locations.fileSystem}: for {@code file:}
 * the raw local one). Not Parquet's {@code HadoopInputFile}/{@code HadoopOutputFile.fromPath}: they
 * take the path's default file system, for {@code file:} the checksummed one, which writes a
 * {@code .crc} beside every file. Not {@code LocalInputFile}: it reads one byte per system call,
 * which makes copying row groups crawl.
 */
final class ParquetFiles {
  private ParquetFiles() {}

  static InputFile input(FileSystem fs, Path file) {
    return new InputFile() {
      @Override
      public long getLength() throws IOException {
        return fs.getFileStatus(file).getLen();
      }

      @Override
      public SeekableInputStream newStream() throws IOException {
        return HadoopStreams.wrap(fs.open(file));
      }

      @Override
      public String toString() {
        return file.toString();
      }
    };
  }

  static OutputFile output(FileSystem fs, Path file) {
    return new OutputFile() {
      @Override
      public PositionOutputStream create(long blockSizeHint) throws IOException {
        return HadoopStreams.wrap(fs.create(file, false));
      }

      @Override
      public PositionOutputStream createOrOverwrite(long blockSizeHint) throws IOException {
        return HadoopStreams.wrap(fs.create(file, true));
      }

      @Override
      public boolean supportsBlockSize() {
        return false;
      }

      @Override
      public long defaultBlockSize() {
        return 0;
      }

      @Override
      public String getPath() {
        return file.toString();
      }
    };
  }
}
