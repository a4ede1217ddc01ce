package be.jobbonus.rules.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of a personal-data breach (protocol art. 9; GDPR art. 33): the parties inform each other
 * through their data protection officers without undue delay (no number is set), and the controller
 * notifies the supervisory authority without undue delay and, where feasible, within 72 hours of
 * becoming aware; a later notification must give the reasons for the delay. Instants, since hours
 * count. Immutable.
 */
public final class BreachNotification {

  /** Where the notification to the authority stands at a moment. */
  public enum AuthorityStatus {
    /** Not yet notified, still within the period. */
    DUE,
    /** Not yet notified and the period has passed: notify now, with the reasons for the delay. */
    OVERDUE,
    /** Notified within the period. */
    NOTIFIED_IN_TIME,
    /** Notified after the period: the notification must give the reasons for the delay. */
    NOTIFIED_LATE
  }

  private final String reference;
  private final Instant aware;
  private final Duration period;
  private final String article;
  private final Instant otherParty;
  private final Instant authority;

  private BreachNotification(String reference, Instant aware, Duration period, String article, Instant otherParty,
      Instant authority) {
    this.reference = reference;
    this.aware = aware;
    this.period = period;
    this.article = article;
    this.otherParty = otherParty;
    this.authority = authority;
  }

  /** A breach the party became aware of at {@code aware}, under the official terms. */
  public static BreachNotification becameAware(String reference, Instant aware) {
    return becameAware(ProtocolTerms.official(), reference, aware);
  }

  public static BreachNotification becameAware(ProtocolTerms terms, String reference, Instant aware) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(aware, "aware");
    return new BreachNotification(reference, aware, terms.breachToAuthority().value(),
        terms.breachToAuthority().article(), null, null);
  }

  /** The other party's data protection officer was informed at {@code at}. */
  public BreachNotification otherPartyInformed(Instant at) {
    after(at, "otherPartyInformed");
    if (otherParty != null) {
      throw new IllegalStateException(reference + ": the other party was already informed");
    }
    return new BreachNotification(reference, aware, period, article, at, authority);
  }

  /** The supervisory authority was notified at {@code at}. */
  public BreachNotification authorityNotified(Instant at) {
    after(at, "authorityNotified");
    if (authority != null) {
      throw new IllegalStateException(reference + ": the authority was already notified");
    }
    return new BreachNotification(reference, aware, period, article, otherParty, at);
  }

  private void after(Instant at, String what) {
    Objects.requireNonNull(at, what);
    if (at.isBefore(aware)) {
      throw new IllegalArgumentException(reference + ": " + what + " before becoming aware");
    }
  }

  public Instant awareAt() {
    return aware;
  }

  /** Awareness plus 72 hours: the latest moment for the authority. */
  public Instant authorityDeadline() {
    return aware.plus(period);
  }

  /** The article behind the deadline. */
  public String article() {
    return article;
  }

  public Optional<Instant> otherPartyInformedAt() {
    return Optional.ofNullable(otherParty);
  }

  public Optional<Instant> authorityNotifiedAt() {
    return Optional.ofNullable(authority);
  }

  /** The status towards the authority at {@code now}; a notification exactly at the deadline is in time. */
  public AuthorityStatus authorityStatus(Instant now) {
    Objects.requireNonNull(now, "now");
    if (authority != null) {
      return authority.isAfter(authorityDeadline()) ? AuthorityStatus.NOTIFIED_LATE : AuthorityStatus.NOTIFIED_IN_TIME;
    }
    return now.isAfter(authorityDeadline()) ? AuthorityStatus.OVERDUE : AuthorityStatus.DUE;
  }

  /** Time left until the authority deadline at {@code now} (negative once passed). */
  public Duration remaining(Instant now) {
    return Duration.between(now, authorityDeadline());
  }

  /** Whether the notification to the authority must state the reasons for the delay (GDPR art. 33(1)). */
  public boolean reasonsForDelayRequired(Instant now) {
    AuthorityStatus s = authorityStatus(now);
    return s == AuthorityStatus.OVERDUE || s == AuthorityStatus.NOTIFIED_LATE;
  }

  /** Whether the other party still has to be informed (art. 9: without undue delay). */
  public boolean otherPartyPending() {
    return otherParty == null;
  }

  @Override
  public String toString() {
    return "BreachNotification[" + reference + ", aware " + aware + ", authority by " + authorityDeadline() + "]";
  }
}
