package vn.phuly.thanthien.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The options of an ingest, shared by {@code ingest} and {@code run} (a picocli mixin). */
final class IngestOptions {
  @Option(names = "--landing", required = true, paramLabel = "DIR|URI",
      description = "Thư mục landing (landing/<nguồn>/<YYYY-MM-DD>/): đường dẫn cục bộ, hoặc URI Hadoop (file://…, hdfs://…, s3a://…).")
  String landing;

  @Option(names = "--lake", required = true, paramLabel = "DIR|URI",
      description = "Thư mục hồ dữ liệu: đường dẫn cục bộ, hoặc URI Hadoop (file://…, hdfs://…, s3a://…).")
  String lake;

  @Option(names = "--date", description = "Nạp lại đúng ngày landing này (YYYY-MM-DD), thay phần đã nạp của ngày đó.")
  LocalDate date;

  @Option(names = "--through", paramLabel = "YYYY-MM-DD",
      description = "Chỉ nạp các ngày landing chưa nạp đến hết ngày này (lượt chạy theo lịch của ngày nghiệp vụ).")
  LocalDate through;

  @Option(names = "--reprocess",
      description = "Nạp lại cả các ngày đã nạp mà kết quả sẽ khác theo hồ sơ tham chiếu hôm nay (thêm bí danh, sửa đơn vị):"
          + " dòng bị cách ly vì nguyên nhân đã được sửa sẽ được nhận lại.")
  boolean reprocess;

  @Option(names = "--reference", paramLabel = "DIR", description = "Thư mục hồ sơ tham chiếu (mặc định: Phủ Lý).")
  Path reference;

  @Option(names = "--master", description = "Spark master URL khi chạy không qua spark-submit (mặc định: master của spark-submit, hoặc local[*]).")
  String master;

  @Option(names = "--verbose", description = "Hiện nhật ký của Spark (và từng mô hình SQL khi dựng kho).")
  boolean verbose;
}
