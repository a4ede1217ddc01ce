package be.jobbonus.rules.access;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link AccessPolicy}: allowed or refused, why, under which article, and for a
 * refused export to a third party the duty to notify the other party first (art. 4). Holds no
 * personal data.
 *
 * @param allowed whether the access or transfer may happen
 * @param reason why, in words
 * @param article the article that decides
 * @param notificationDuty present for an onward communication to a third party
 */
public record Decision(boolean allowed, String reason, String article, Optional<NotificationDuty> notificationDuty) {
  public Decision {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(notificationDuty, "notificationDuty");
  }

  static Decision allow(String reason, String article) {
    return new Decision(true, reason, article, Optional.empty());
  }

  static Decision refuse(String reason, String article) {
    return new Decision(false, reason, article, Optional.empty());
  }

  /** {@code ALLOWED (article): reason} or {@code REFUSED (article): reason}. */
  @Override
  public String toString() {
    return (allowed ? "ALLOWED" : "REFUSED") + " (" + article + "): " + reason
        + notificationDuty.map(d -> "; notify " + d.partyToNotify() + " first").orElse("");
  }
}
