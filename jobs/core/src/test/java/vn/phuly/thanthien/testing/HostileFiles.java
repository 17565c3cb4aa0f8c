package vn.phuly.thanthien.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bytes real landing zones receive besides good exports: seeded, so a failure repeats. */
public final class HostileFiles {
  public static final String DAY = "feedback/2024-03-01/";
  public static final String FEEDBACK_HEADER = "Mã phản ánh,Thời gian tiếp nhận,Kênh tiếp nhận,Loại,Lĩnh vực,Đơn vị xử lý,"
      + "Họ tên người gửi,Số điện thoại,Số CCCD,Địa chỉ,Nội dung,Hạn xử lý,Thời gian hoàn thành,Trạng thái,Mức độ hài lòng\n";
  /** The files of the landing that cannot be read at all, rejected whole. */
  public static final List<String> UNREADABLE = List.of(DAY + "b_random.csv", DAY + "c_archive.csv",
      DAY + "e_utf16_nobom.csv", DAY + "f_nul.csv", DAY + "j_empty.csv", DAY + "k_zip.csv",
      "submissions/2024-01-10/b_random.jsonl");
  private static final String SCORE = "{\"submission_id\":\"S-1\",\"period\":\"2023\",\"unit_code\":\"13303\","
      + "\"assessor\":\"SELF\",\"version\":1,\"submitted_at\":\"2023-12-05\",\"scores\":[{\"criterion_id\":\"TC1\",\"score\":1}]}\n";

  private HostileFiles() {}

  /** A feedback export line of the test profile (unit Phòng Nội vụ), with no personal data. */
  public static String feedbackItem(String id, String content) {
    return id + ",05/02/2024 08:15,Zalo,Góp ý,Hộ tịch,Phòng Nội vụ,,,,," + content + ",,,Đã tiếp nhận,\n";
  }

  /**
   * A landing zone holding, beside good files, every case of issue 11 items 1 and 2: in
   * {@link #DAY} good CSV (a, PA-1 and PA-2), random bytes (b), a gzip archive (c), UTF-16 with
   * BOM (d, PA-3) and without (e), a NUL byte (f), a record of 2 MiB between good ones (g, PA-4
   * and PA-6), a truncated last line (h, PA-7), a header only (i), an empty file (j), a zip archive
   * (k), a .txt and a .jsonl (feedback reads .csv), a sub-folder and a hidden upload; a folder
   * {@code 2024-1-5}, a file {@code feedback/stray.csv}; the days 2099-01-01 (future, PA-9) and
   * 2020-12-31 (before the test profile's first unit, PA-10); a submissions day of one good JSON
   * line (S-1) and random bytes; a folder {@code tmp}, a file {@code readme.txt} and a hidden
   * {@code _planted.json} at the root. Without {@code unreadable}, the same less the files that
   * cannot be read ({@link #UNREADABLE}).
   */
  public static void landing(Path root, boolean unreadable) {
    String header = FEEDBACK_HEADER;
    write(root.resolve(DAY + "a_good.csv"), header + feedbackItem("PA-1", "một") + feedbackItem("PA-2", "hai"));
    write(root.resolve(DAY + "d_utf16.csv"), utf16le(header + feedbackItem("PA-3", "ba"), true));
    write(root.resolve(DAY + "g_long.csv"),
        header + feedbackItem("PA-4", "bốn") + feedbackItem("PA-5", longText(2 << 20)) + feedbackItem("PA-6", "sáu"));
    write(root.resolve(DAY + "h_truncated.csv"), header + feedbackItem("PA-7", "bảy") + "PA-8,05/02/2024 08:15,Za");
    write(root.resolve(DAY + "i_header_only.csv"), header);
    write(root.resolve(DAY + "notes.txt"), "ghi chú");
    write(root.resolve(DAY + "export.jsonl"), "{}\n");
    write(root.resolve(DAY + "sub/inner.csv"), header + feedbackItem("PA-X", "x"));
    write(root.resolve(DAY + ".upload.csv"), "in progress");
    write(root.resolve("feedback/2024-1-5/export.csv"), header + feedbackItem("PA-X", "x"));
    write(root.resolve("feedback/stray.csv"), header + feedbackItem("PA-X", "x"));
    write(root.resolve("feedback/2099-01-01/l_future.csv"), header + feedbackItem("PA-9", "chín"));
    write(root.resolve("feedback/2020-12-31/m_early.csv"), header + feedbackItem("PA-10", "mười"));
    write(root.resolve("submissions/2024-01-10/a_scores.jsonl"), SCORE);
    write(root.resolve("tmp/x.csv"), "x");
    write(root.resolve("readme.txt"), "x");
    write(root.resolve("_planted.json"), "{}");
    if (unreadable) {
      write(root.resolve(DAY + "b_random.csv"), randomBytes(11, 4096));
      write(root.resolve(DAY + "c_archive.csv"), gzip(header + feedbackItem("PA-X", "nén")));
      write(root.resolve(DAY + "e_utf16_nobom.csv"), utf16le(header + feedbackItem("PA-X", "x"), false));
      write(root.resolve(DAY + "f_nul.csv"), utf8With(header + feedbackItem("PA-X", "x"), 200, (byte) 0));
      write(root.resolve(DAY + "j_empty.csv"), new byte[0]);
      write(root.resolve(DAY + "k_zip.csv"), zip("x.csv", header + feedbackItem("PA-X", "x")));
      write(root.resolve("submissions/2024-01-10/b_random.jsonl"), randomBytes(12, 2048));
    }
  }

  /** {@code length} seeded random bytes (holding NULs and bytes no accepted encoding decodes). */
  public static byte[] randomBytes(long seed, int length) {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  public static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] zip(String entry, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** UTF-16 little-endian, with its byte order mark when {@code bom}. */
  public static byte[] utf16le(String text, boolean bom) {
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    if (!bom) {
      return body;
    }
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }

  /** {@code text} in UTF-8 with {@code inserted} put before byte {@code at}. */
  public static byte[] utf8With(String text, int at, byte... inserted) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + inserted.length];
    System.arraycopy(body, 0, bytes, 0, at);
    System.arraycopy(inserted, 0, bytes, at, inserted.length);
    System.arraycopy(body, at, bytes, at + inserted.length, body.length - at);
    return bytes;
  }

  /** A text of {@code chars} letters and spaces, no separator, quote or line break: one huge field. */
  public static String longText(int chars) {
    StringBuilder text = new StringBuilder(chars);
    String words = "phản ánh rất dài ";
    while (text.length() < chars) {
      text.append(words);
    }
    text.setLength(chars);
    return text.toString();
  }

  public static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path file, String text) {
    write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
