package vn.phuly.thanthien.report.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One message of the outbox: the period report to the profile's recipients of its kind, or a
 * unit's scorecard to the unit's addresses. {@code attachment} is relative to the outbox folder.
 *
 * @param status {@code DRAFT} (waiting for {@code --send}), {@code SENT}, {@code FAILED} (see
 *     {@code error}) or {@code NO_RECIPIENT} (the profile names nobody: never sent)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Letter(
    @JsonProperty("id") String id,
    @JsonProperty("kind") String kind,
    @JsonProperty("unit_id") String unitId,
    @JsonProperty("unit_name") String unitName,
    @JsonProperty("to") List<String> to,
    @JsonProperty("subject") String subject,
    @JsonProperty("body") String body,
    @JsonProperty("attachment") String attachment,
    @JsonProperty("sha256") String sha256,
    @JsonProperty("status") String status,
    @JsonProperty("sent_at") String sentAt,
    @JsonProperty("error") String error) {
  public static final String REPORT = "REPORT";
  public static final String SCORECARD = "SCORECARD";
  public static final String DRAFT = "DRAFT";
  public static final String SENT = "SENT";
  public static final String FAILED = "FAILED";
  public static final String NO_RECIPIENT = "NO_RECIPIENT";

  public Letter {
    to = List.copyOf(to);
  }

  Letter withStatus(String newStatus, String newSentAt, String newError) {
    return new Letter(id, kind, unitId, unitName, to, subject, body, attachment, sha256, newStatus, newSentAt, newError);
  }

  /** The same message with the same attachment bytes to the same people. */
  boolean sameAs(Letter other) {
    return id.equals(other.id) && to.equals(other.to) && sha256.equals(other.sha256) && subject.equals(other.subject);
  }
}
