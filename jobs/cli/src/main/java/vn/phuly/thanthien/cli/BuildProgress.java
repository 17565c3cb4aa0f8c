package vn.phuly.thanthien.cli;

import vn.phuly.thanthien.warehouse.BuildListener;
import vn.phuly.thanthien.warehouse.ModelResult;

/**
 * Prints a warehouse build as it happens: on a terminal a live line (models done of total, rate,
 * time left, the model just built); in every case one line when the models (with how many tables
 * were kept from the previous build), the audits and the Parquet export are done.
 */
final class BuildProgress implements BuildListener {
  private final boolean live = Console.terminal();
  private final long start = System.nanoTime();
  private int kept;

  @Override
  public void modelBuilt(ModelResult model, int done, int total) {
    if (model.kept()) {
      kept++;
    }
    if (done == total) {
      if (live) {
        Console.clearStatus();
      }
      Console.line("  mô hình: " + Console.number(total) + " xong"
          + (kept > 0 ? ", " + Console.number(kept) + " bảng giữ nguyên từ lần dựng trước" : "")
          + " (" + Console.seconds(Console.since(start)) + ")");
    } else if (live) {
      Console.status("  xây dựng: " + Console.progress(done, total, "mô hình", Console.since(start))
          + " — vừa xong " + model.name() + " (" + Console.seconds(model.seconds()) + ")");
    }
  }

  @Override
  public void auditsRun(int audits, double seconds) {
    Console.line("  kiểm định: " + Console.number(audits) + " (" + Console.seconds(seconds) + ")");
  }

  @Override
  public void martsExported(int marts, double seconds) {
    Console.line("  xuất Parquet: " + Console.number(marts) + " bảng (" + Console.seconds(seconds) + ")");
  }
}
