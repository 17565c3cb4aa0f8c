package vn.phuly.thanthien.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.phuly.thanthien.warehouse.ModelKind;
import vn.phuly.thanthien.warehouse.ModelResult;

/** Progress of long work: the live line's text, and what logs (not a terminal) get. */
class ProgressTest {
  @Test
  void theLiveLineSaysDoneOfTotalTheRateAndTheTimeLeft() {
    assertEquals("12/40 phần việc Spark (30%), 1,2/s, còn khoảng 23,3 s",
        Console.progress(12, 40, "phần việc Spark", 10));
    assertEquals("1.500/2.000 mô hình (75%), 150/s, còn khoảng 3,3 s", Console.progress(1_500, 2_000, "mô hình", 10));
    assertEquals("0/31 mô hình (0%)", Console.progress(0, 31, "mô hình", 2));
    assertEquals("31/31 mô hình (100%), 3,1/s", Console.progress(31, 31, "mô hình", 10));
  }

  @Test
  void logsGetOneLinePerStageAndNoLiveLine() {
    List<String> ingest = printed(() -> {
      IngestProgress progress = new IngestProgress();
      progress.sourceStarted("feedback", List.of(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 6, 30)));
      progress.passProgress("feedback", 3, 40, 5);
      progress.passProgress("feedback", 20, 40, 10);
    });
    assertEquals(List.of("  feedback: nạp 2 ngày landing (2024-03-31 … 2024-06-30)"), ingest);

    List<String> build = printed(() -> {
      BuildProgress progress = new BuildProgress();
      progress.modelBuilt(new ModelResult("stg_units", ModelKind.VIEW, null, 0.1, false), 1, 2);
      progress.modelBuilt(new ModelResult("fct_feedback", ModelKind.TABLE, 10L, 1.0, false), 2, 2);
      progress.auditsRun(57, 2.25);
      progress.martsExported(16, 1.0);
    });
    assertEquals(3, build.size(), String.join("\n", build));
    assertEquals(true, build.get(0).startsWith("  mô hình: 2 xong ("), build.get(0));
    assertEquals(List.of("  kiểm định: 57 (2,3 s)", "  xuất Parquet: 16 bảng (1,0 s)"), build.subList(1, 3));
  }

  private static List<String> printed(Runnable work) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console.redirect(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      work.run();
    } finally {
      Console.redirect(System.out);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
