package vn.phuly.thanthien.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders the report's XHTML to PDF with openhtmltopdf. The bundled Noto Sans is given to the
 * renderer explicitly: without {@code useFont} every Vietnamese-specific letter prints as '#'.
 * The document id and dates are fixed so that the same report gives the same bytes.
 */
public final class ReportPdf {
  static final String FILE = "bao-cao.pdf";

  static {
    // openhtmltopdf logs every stage at INFO through java.util.logging; keep warnings only.
    XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
  }

  private ReportPdf() {}

  static Path write(String xhtml, String title, Path dir) {
    return write(xhtml, title, dir, dir.resolve(FILE));
  }

  /**
   * Renders {@code xhtml} into {@code pdf}; relative references (images) resolve against {@code
   * baseDir}.
   */
  public static Path write(String xhtml, String title, Path baseDir, Path pdf) {
    byte[] id = documentId(xhtml);
    try (OutputStream out = Files.newOutputStream(pdf)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(
          () -> Fonts.open(Fonts.REGULAR_RESOURCE), Fonts.FAMILY, 400, FontStyle.NORMAL, true);
      builder.useFont(() -> Fonts.open(Fonts.BOLD_RESOURCE), Fonts.FAMILY, 700, FontStyle.NORMAL, true);
      builder.useFont(
          () -> Fonts.open(Fonts.SYMBOLS_RESOURCE), Fonts.SYMBOLS_FAMILY, 400, FontStyle.NORMAL, true);
      builder.withProducer("thanthien");
      builder.withHtmlContent(xhtml, baseDir.toAbsolutePath().toUri().toString());
      builder.toStream(out);
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.setListener(new FixedIdentity(id, title));
        renderer.layout();
        renderer.createPDF();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + pdf, e);
    }
    return pdf;
  }

  /** Derived from the content: PDFBox would otherwise seed the trailer /ID from the clock. */
  private static byte[] documentId(String xhtml) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Fixed info dictionary (no dates) and trailer id. The renderer stamps the clock into the info
   * after {@code preWrite}; {@code onClose} runs after that, just before the document is saved.
   */
  private record FixedIdentity(byte[] id, String title) implements PDFCreationListener {
    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    @Override
    public void onClose(PdfBoxRenderer renderer) {
      PDDocument doc = renderer.getPdfDocument();
      PDDocumentInformation info = new PDDocumentInformation();
      info.setTitle(title);
      info.setProducer("thanthien");
      doc.setDocumentInformation(info);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
  }
}
