package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.phuly.thanthien.warehouse.docs.DocsSite;

/**
 * {@code docs}: writes the static documentation site of a published warehouse (models, lineage,
 * audits, ingest runs), opening the warehouse read-only like {@code sql}.
 */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Ghi trang tài liệu HTML tĩnh của kho dữ liệu: mô hình, dòng dữ liệu, kiểm tra, lượt nạp (mở kho chỉ đọc).")
public final class DocsCommand implements Callable<Integer> {
  @Option(names = "--warehouse", required = true, paramLabel = "FILE", description = "Tệp kho dữ liệu đã công bố.")
  Path warehouse;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Thư mục ghi trang tài liệu (index.html).")
  Path out;

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    DocsSite.Summary site;
    try (Connection db = SqlCommand.open(warehouse)) {
      site = DocsSite.write(warehouse.toAbsolutePath(), db, out);
    }
    Console.stage("tài liệu", site.models() + " mô hình, " + site.sources() + " nguồn, " + site.audits() + " kiểm tra ("
        + site.failingAudits() + " có dòng không đạt)", Console.since(start));
    Console.line("Mở trang: " + site.index().toAbsolutePath().toUri());
    return Main.OK;
  }
}
