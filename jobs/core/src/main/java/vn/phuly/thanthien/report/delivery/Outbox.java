package vn.phuly.thanthien.report.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.phuly.thanthien.report.Labels;

/**
 * The outbox of one period, {@code <out>/outbox/<period>/}: a copy of every PDF to be sent and
 * {@code manifest.json}, which says who gets what, with the subject and body of each message (a
 * draft anyone can read before {@code --send}), and what happened to it. Nothing leaves the
 * machine without {@code --send}. Preparing again keeps a message that was already sent with the
 * same attachment bytes to the same people as sent, so a retry after a failure sends only what is
 * still owed.
 */
public final class Outbox {
  public static final String MANIFEST = "manifest.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path dir;
  private final String period;
  private final List<Letter> letters;

  private Outbox(Path dir, String period, List<Letter> letters) {
    this.dir = dir;
    this.period = period;
    this.letters = List.copyOf(letters);
  }

  /** What is to be sent: the report, and each scorecard with its unit's addresses (maybe none). */
  public record Scorecard(String unitId, String unitName, Path pdf, List<String> to) {}

  /**
   * Copies {@code reportPdf} and the scorecards into {@code dir} and writes the manifest.
   *
   * @param reportRecipients the profile's recipients of the period's kind (report.csv)
   */
  public static Outbox prepare(
      Path dir, String period, Path reportPdf, List<String> reportRecipients, List<Scorecard> scorecards) {
    Map<String, Letter> before = new LinkedHashMap<>();
    read(dir).forEach(l -> before.put(l.id(), l));
    List<Letter> letters = new ArrayList<>();
    if (reportPdf != null) {
      letters.add(
          letter(dir, before, "bao-cao", Letter.REPORT, null, null, reportRecipients,
              "Báo cáo đánh giá mô hình Chính quyền thân thiện — " + Labels.period(period),
              Messages.reportBody(period), reportPdf, reportPdf.getFileName().toString()));
    }
    for (Scorecard card : scorecards) {
      letters.add(
          letter(dir, before, "units/" + card.unitId(), Letter.SCORECARD, card.unitId(), card.unitName(), card.to(),
              "Phiếu kết quả " + Labels.period(period) + " — " + card.unitName(),
              Messages.scorecardBody(period, card.unitName()), card.pdf(),
              "units/" + card.pdf().getFileName()));
    }
    Outbox outbox = new Outbox(dir, period, letters);
    outbox.save();
    return outbox;
  }

  private static Letter letter(
      Path dir, Map<String, Letter> before, String id, String kind, String unitId, String unitName, List<String> to,
      String subject, String body, Path pdf, String attachment) {
    Path copy = dir.resolve(attachment);
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(pdf, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + pdf + " into the outbox " + dir, e);
    }
    String status = to.isEmpty() ? Letter.NO_RECIPIENT : Letter.DRAFT;
    Letter letter = new Letter(id, kind, unitId, unitName, to, subject, body, attachment, sha256(copy), status, null, null);
    Letter earlier = before.get(id);
    if (earlier != null && Letter.SENT.equals(earlier.status()) && earlier.sameAs(letter)) {
      return letter.withStatus(Letter.SENT, earlier.sentAt(), null);
    }
    return letter;
  }

  public Path dir() {
    return dir;
  }

  public Path manifest() {
    return dir.resolve(MANIFEST);
  }

  public List<Letter> letters() {
    return letters;
  }

  /** The outbox with {@code letter} (same id) replaced, saved. */
  Outbox with(Letter letter) {
    List<Letter> updated = new ArrayList<>();
    letters.forEach(l -> updated.add(l.id().equals(letter.id()) ? letter : l));
    Outbox outbox = new Outbox(dir, period, updated);
    outbox.save();
    return outbox;
  }

  private record Manifest(
      @JsonProperty("period") String period, @JsonProperty("messages") List<Letter> messages) {}

  private void save() {
    Path manifest = manifest();
    Path temp = dir.resolve(MANIFEST + ".tmp");
    try {
      Files.createDirectories(dir);
      JSON.writeValue(temp.toFile(), new Manifest(period, letters));
      Files.move(temp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + manifest, e);
    }
  }

  /** The letters of an existing manifest; none when there is none (or it cannot be read: it is rewritten). */
  static List<Letter> read(Path dir) {
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest)) {
      return List.of();
    }
    try {
      return JSON.readValue(manifest.toFile(), Manifest.class).messages();
    } catch (IOException e) {
      return List.of();
    }
  }

  static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
