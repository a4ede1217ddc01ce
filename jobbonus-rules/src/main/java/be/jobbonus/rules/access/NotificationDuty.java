package be.jobbonus.rules.access;

import java.util.Objects;

/**
 * What a party must do before communicating the data onward to a third party (protocol art. 4):
 * notify the other party beforehand, and conclude a protocol where the law requires one.
 *
 * @param partyToNotify the party to notify first
 * @param article the legal source
 * @param duty what must be done, in words
 */
public record NotificationDuty(Party partyToNotify, String article, String duty) {
  public NotificationDuty {
    Objects.requireNonNull(partyToNotify, "partyToNotify");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(duty, "duty");
  }
}
