package vn.phuly.thanthien.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bytes real landing zones receive besides good exports: seeded, so a failure repeats. */
public final class HostileFiles {
  private HostileFiles() {}

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
