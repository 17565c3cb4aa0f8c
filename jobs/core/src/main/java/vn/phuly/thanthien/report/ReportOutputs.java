package vn.phuly.thanthien.report;

import java.nio.file.Path;
import java.util.List;

/** The files a report run wrote: charts (PNG + SVG), {@code bao-cao.html} and {@code bao-cao.pdf}. */
public record ReportOutputs(List<Path> files) {
  public ReportOutputs {
    files = List.copyOf(files);
  }
}
