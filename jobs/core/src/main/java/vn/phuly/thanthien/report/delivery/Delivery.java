package vn.phuly.thanthien.report.delivery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --send}: sends every letter of an outbox that is waiting (a draft or an earlier failure)
 * and has recipients, records each outcome in the manifest as it happens, and reports what it did.
 * A letter that fails stays in the outbox as {@code FAILED} with its reason; the others go on.
 */
public final class Delivery {
  private Delivery() {}

  /** What a send did; {@code failures} are Vietnamese lines naming the letter and the reason. */
  public record Result(Outbox outbox, int sent, int alreadySent, int withoutRecipient, List<String> failures) {
    public boolean failed() {
      return !failures.isEmpty();
    }
  }

  public static Result send(Outbox outbox, SmtpSettings settings) {
    List<Letter> waiting =
        outbox.letters().stream()
            .filter(l -> l.status().equals(Letter.DRAFT) || l.status().equals(Letter.FAILED))
            .toList();
    int alreadySent = count(outbox, Letter.SENT);
    int withoutRecipient = count(outbox, Letter.NO_RECIPIENT);
    if (waiting.isEmpty()) {
      return new Result(outbox, 0, alreadySent, withoutRecipient, List.of());
    }
    List<String> failures = new ArrayList<>();
    int sent = 0;
    SmtpMailer mailer;
    try {
      mailer = SmtpMailer.connect(settings);
    } catch (DeliveryException e) {
      for (Letter letter : waiting) {
        outbox = outbox.with(letter.withStatus(Letter.FAILED, null, e.getMessage()));
      }
      failures.add(e.getMessage() + " — " + waiting.size() + " thư chưa gửi");
      return new Result(outbox, 0, alreadySent, withoutRecipient, failures);
    }
    try (mailer) {
      for (Letter letter : waiting) {
        try {
          mailer.send(letter, outbox.dir().resolve(letter.attachment()));
          outbox = outbox.with(letter.withStatus(Letter.SENT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), null));
          sent++;
        } catch (DeliveryException e) {
          outbox = outbox.with(letter.withStatus(Letter.FAILED, null, e.getMessage()));
          failures.add(letter.id() + " → " + String.join(", ", letter.to()) + ": " + e.getMessage());
        }
      }
    }
    return new Result(outbox, sent, alreadySent, withoutRecipient, failures);
  }

  private static int count(Outbox outbox, String status) {
    return (int) outbox.letters().stream().filter(l -> l.status().equals(status)).count();
  }
}
