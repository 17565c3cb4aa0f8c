package vn.phuly.thanthien.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.phuly.thanthien.contract.ReasonCode;

/** Opens landing files under the output folder and records what was written and planted. */
final class LandingLog {
  private final Path out;
  private final List<WrittenFile> files = new ArrayList<>();
  private final List<PlantedRow> planted = new ArrayList<>();

  LandingLog(Path out) {
    this.out = out;
  }

  ExportFile open(String source, LocalDate landingDay, String name, ExportFormat format) {
    return new ExportFile(out, source, landingDay.toString(), name + "." + format.extension, format);
  }

  void finish(ExportFile file) {
    files.add(file.finish());
  }

  void planted(String source, ExportFile file, long line, ReasonCode reason) {
    planted.add(new PlantedRow(source, file.relativePath(), line, reason));
  }

  List<WrittenFile> files() {
    return List.copyOf(files);
  }

  List<PlantedRow> planted() {
    return List.copyOf(planted);
  }

  long rows(String source) {
    return files.stream().filter(f -> f.source().equals(source)).mapToLong(WrittenFile::rows).sum();
  }

  long fileCount(String source) {
    return files.stream().filter(f -> f.source().equals(source)).count();
  }
}
