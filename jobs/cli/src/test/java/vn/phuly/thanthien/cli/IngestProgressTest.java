package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.ingest.DayOutcome;
import vn.phuly.thanthien.lake.FileReport;

/** What the operator reads while ingest runs, from the outcomes ingest reports (no Spark needed). */
class IngestProgressTest {
  static final String NEW_FIELD = "field: new value 'Giao thông vận tải'";

  static FileReport file(String name, String... drift) {
    return new FileReport("feedback", name, "2024-03-01", 10, 10, 0, 0, List.of(drift), null, 1.0);
  }

  static DayOutcome day(int day, FileReport... files) {
    return new DayOutcome("feedback", LocalDate.of(2024, 3, day), List.of(files), List.of(), Map.of());
  }

  /** Issue 11 item 8: drift seen in every file of a run is one line per source, with the number of files. */
  @Test
  void driftIsPrintedOncePerSourceWithTheNumberOfFiles() {
    List<DayOutcome> outcomes = new ArrayList<>();
    for (int d = 1; d <= 20; d++) {
      outcomes.add(day(d, file("feedback/2024-03-" + d + "/export.csv", NEW_FIELD)));
    }
    outcomes.add(day(21, file("feedback/2024-03-21/a.csv", NEW_FIELD, "unknown column 'Ghi chú'"),
        file("feedback/2024-03-21/b.csv")));

    List<String> lines = print(outcomes);

    assertEquals(List.of(
            "    ! feedback: khác với hợp đồng dữ liệu (được ghi nhận): " + NEW_FIELD + " (21 tệp)",
            "    ! feedback: khác với hợp đồng dữ liệu (được ghi nhận): unknown column 'Ghi chú' (tệp feedback/2024-03-21/a.csv)"),
        lines.stream().filter(line -> line.contains("khác với hợp đồng")).toList());
    assertEquals(21 + 3, lines.size(), "a line per day, the two drift notes and the source's summary:\n" + String.join("\n", lines));
  }

  static List<String> print(List<DayOutcome> outcomes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      IngestProgress progress = new IngestProgress();
      outcomes.forEach(progress::dayCommitted);
      progress.sourceFinished("feedback", outcomes, 1.0);
    } finally {
      Console.redirect(System.out);
    }
    return Arrays.asList(out.toString(StandardCharsets.UTF_8).split("\n"));
  }
}
