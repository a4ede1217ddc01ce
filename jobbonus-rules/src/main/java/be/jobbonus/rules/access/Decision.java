package be.jobbonus.rules.access;

import be.jobbonus.core.parameters.Status;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AccessPolicy}: allowed or refused, why, under which article (from the policy
 * data, with its status), and for a refused export to a third party the duty to notify the other
 * party first (art. 4). Holds no personal data.
 *
 * @param allowed whether the access or transfer may happen
 * @param reason why, in words
 * @param article the article that decides
 * @param status how sure the deciding reading is: the weakest status among the sources applied
 * @param notificationDuty present for an onward communication to a third party
 */
public record Decision(boolean allowed, String reason, String article, Status status,
    Optional<NotificationDuty> notificationDuty) {
  public Decision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(notificationDuty, "notificationDuty");
  }

  static Decision allow(String reason, String article, Status status) {
    return new Decision(true, reason, article, status, Optional.empty());
  }

  static Decision refuse(String reason, Citation by) {
    return new Decision(false, reason, by.article(), by.status(), Optional.empty());
  }

  /** {@code ALLOWED (article) [status]: reason} or {@code REFUSED (article) [status]: reason}. */
  @Override
  public String toString() {
    return (allowed ? "ALLOWED" : "REFUSED") + " (" + article + ") [" + status + "]: " + reason
        + notificationDuty.map(d -> "; notify " + d.partyToNotify() + " first").orElse("");
  }
}
