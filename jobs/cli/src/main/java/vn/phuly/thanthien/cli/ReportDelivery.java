package vn.phuly.thanthien.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.phuly.thanthien.BadInputException;
import vn.phuly.thanthien.reference.AssessmentPeriod;
import vn.phuly.thanthien.reference.Contact;
import vn.phuly.thanthien.reference.Profile;
import vn.phuly.thanthien.report.delivery.Delivery;
import vn.phuly.thanthien.report.delivery.DeliveryException;
import vn.phuly.thanthien.report.delivery.Letter;
import vn.phuly.thanthien.report.delivery.Outbox;
import vn.phuly.thanthien.report.delivery.SmtpSettings;
import vn.phuly.thanthien.report.scorecard.ScorecardWriter;

/**
 * After the period report: the unit scorecards ({@code --units}, in {@code <period>/units/}), the
 * outbox ({@code <out>/outbox/<period>/}, always) and, only with {@code --send}, the e-mail. A failed
 * send leaves everything in the outbox and ends the command with exit 1 (exit 2 for missing SMTP
 * settings), with a Vietnamese message and no stack trace.
 */
final class ReportDelivery {
  private ReportDelivery() {}

  /**
   * The report of {@code period}, with {@code units} its scorecards, then its outbox (always) and,
   * with {@code send}, the e-mail: what {@code report --period} and each period of {@code report --due}
   * (and {@code run}) publish.
   */
  static void publish(
      PipelinePaths paths, String period, Profile profile, boolean units, boolean send, Map<String, String> environment) {
    Pipeline.report(paths, period, profile);
    List<ScorecardWriter.Scorecard> cards = units ? scorecards(paths, period) : List.of();
    deliver(paths, period, profile, cards, send, environment);
  }

  /** The unit scorecards of {@code period} under {@code reports/<period>/units/}. */
  static List<ScorecardWriter.Scorecard> scorecards(PipelinePaths paths, String period) {
    long start = System.nanoTime();
    Path dir = paths.reports().resolve(period).resolve("units");
    List<ScorecardWriter.Scorecard> cards = ScorecardWriter.write(paths.warehouse(), period, dir);
    Console.stage("Phiếu kết quả từng đơn vị kỳ " + period,
        Console.number(cards.size()) + " tệp PDF trong " + dir.toAbsolutePath(), Console.since(start));
    return cards;
  }

  /** Prepares the outbox of {@code period} and, when {@code send}, sends what it holds. */
  static void deliver(
      PipelinePaths paths, String period, Profile profile, List<ScorecardWriter.Scorecard> cards, boolean send,
      Map<String, String> environment) {
    long start = System.nanoTime();
    Path report = paths.reports().resolve(period).resolve("bao-cao.pdf");
    Map<String, List<String>> addresses = new LinkedHashMap<>();
    for (Contact contact : profile.contacts()) {
      addresses.computeIfAbsent(contact.unitId(), id -> new ArrayList<>()).add(contact.email());
    }
    List<Outbox.Scorecard> scorecards =
        cards.stream()
            .map(c -> new Outbox.Scorecard(c.unitId(), c.unitName(), c.pdf(), addresses.getOrDefault(c.unitId(), List.of())))
            .toList();
    Outbox outbox =
        Outbox.prepare(paths.reports().resolve("outbox").resolve(period), period,
            Files.isRegularFile(report) ? report : null, profile.recipients(kind(period)), scorecards);
    List<Letter> letters = outbox.letters();
    List<String> unaddressed =
        letters.stream().filter(l -> l.status().equals(Letter.NO_RECIPIENT)).map(l -> name(l, period)).toList();
    Console.stage("Hộp thư đi kỳ " + period,
        Console.number(letters.size() - unaddressed.size()) + " thư có người nhận, " + Console.number(unaddressed.size())
            + " không có địa chỉ; danh sách: " + outbox.manifest().toAbsolutePath(),
        Console.since(start));
    if (!unaddressed.isEmpty()) {
      Console.line("  Không gửi (hồ sơ tham chiếu không có địa chỉ): " + String.join(", ", unaddressed));
    }
    if (!send) {
      Console.line("  Chưa gửi thư nào: xem thư nháp trong " + Outbox.MANIFEST + ", rồi chạy lại với --send để gửi.");
      return;
    }
    send(outbox, environment);
  }

  private static void send(Outbox outbox, Map<String, String> environment) {
    long start = System.nanoTime();
    SmtpSettings settings;
    try {
      settings = SmtpSettings.fromEnvironment(environment);
    } catch (DeliveryException e) {
      throw new CommandFailure(Main.BAD_INPUT, "Không gửi được thư: " + e.getMessage() + " (" + outbox.dir().toAbsolutePath() + ")");
    }
    Delivery.Result result = Delivery.send(outbox, settings);
    Console.stage("Gửi thư qua " + settings.server(),
        "đã gửi " + Console.number(result.sent()) + " thư"
            + (result.alreadySent() == 0 ? "" : ", " + Console.number(result.alreadySent()) + " thư đã gửi từ trước (không gửi lại)")
            + (result.failed() ? ", " + Console.number(result.failures().size()) + " lỗi" : ""),
        Console.since(start));
    if (result.failed()) {
      throw new CommandFailure(Main.FAILURE,
          "Gửi thư không thành công: " + String.join("; ", result.failures())
              + ". Báo cáo vẫn nằm trong hộp thư đi " + outbox.dir().toAbsolutePath() + " (" + Outbox.MANIFEST
              + "); chạy lại với --send để gửi những thư còn lại.");
    }
  }

  private static String name(Letter letter, String period) {
    return letter.unitName() == null
        ? "báo cáo kỳ " + period + " (report.csv không có recipients_" + kind(period) + ")"
        : letter.unitName() + " (" + letter.unitId() + ")";
  }

  /** report.csv's kind of a period code: {@code year}, {@code half} or {@code quarter}. */
  static String kind(String period) {
    return AssessmentPeriod.parse(period)
        .map(p -> p.kind().name().toLowerCase(Locale.ROOT))
        .orElseThrow(() -> new BadInputException("period " + period + ": expected YYYY, YYYY-H1/H2 or YYYY-Q1..Q4"));
  }
}
