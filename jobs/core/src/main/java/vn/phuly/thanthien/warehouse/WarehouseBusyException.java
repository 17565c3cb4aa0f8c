package vn.phuly.thanthien.warehouse;

import java.nio.file.Path;
import java.time.Duration;

/** Another build holds the warehouse's {@link BuildLock} past the wait's bound (or the lock cannot be taken): exit 1. */
public final class WarehouseBusyException extends RuntimeException {
  WarehouseBusyException(Path warehouse, Duration bound) {
    super("Một lượt dựng kho dữ liệu khác đang chạy trên " + warehouse + "; đã chờ " + bound.toSeconds()
        + " giây mà chưa xong. Hãy chờ lượt đó kết thúc rồi chạy lại (hoặc tăng --wait)."
        + " / Another build of this warehouse is running; waited " + bound.toSeconds() + " s.");
  }

  WarehouseBusyException(Path file, Exception cause) {
    super("Không khóa được kho dữ liệu " + file + " / Cannot lock the warehouse: " + cause.getMessage(), cause);
  }
}
