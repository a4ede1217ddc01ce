package be.jobbonus.rules.deadlines;

import be.jobbonus.rules.access.Party;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A party's duty to tell the other party "at once" (<i>onmiddellijk</i>) of a change of law that
 * touches the protocol (its purposes, proportionality, frequency, duration and so on) or of a change
 * of processors (protocol art. 9, second paragraph). The text gives no number: the delay is read from
 * {@link ProtocolTerms#lawChangeNotice()} and {@link ProtocolTerms#processorChangeNotice()} (the
 * same day, status I). Immutable: {@link #otherPartyInformed} returns a new notification.
 */
public final class ChangeNotification {

  /** What changed. */
  public enum Kind {
    /** Legislation with an impact on the protocol. */
    LAW,
    /** The processors (<i>verwerkers</i>) a party uses for the data. */
    PROCESSORS
  }

  private final Kind kind;
  private final Party party;
  private final LocalDate known;
  private final Term<LocalDate> due;
  private final LocalDate informed;

  private ChangeNotification(Kind kind, Party party, LocalDate known, Term<LocalDate> due, LocalDate informed) {
    this.kind = kind;
    this.party = party;
    this.known = known;
    this.due = due;
    this.informed = informed;
  }

  /**
   * {@code party} learned on {@code date} of a change of law touching the protocol (art. 9), under
   * the official terms.
   */
  public static ChangeNotification lawChanged(Party party, LocalDate date) {
    return lawChanged(ProtocolTerms.official(), party, date);
  }

  /** A change of law under the given terms (art. 9). */
  public static ChangeNotification lawChanged(ProtocolTerms terms, Party party, LocalDate date) {
    Objects.requireNonNull(terms, "terms");
    return of(Kind.LAW, terms.lawChangeNotice(), party, date);
  }

  /**
   * The processors of {@code party} changed on {@code date} (art. 9; the list of art. 6 must then be
   * updated too: {@link ProcessorList#processorsChanged}), under the official terms.
   */
  public static ChangeNotification processorsChanged(Party party, LocalDate date) {
    return processorsChanged(ProtocolTerms.official(), party, date);
  }

  /** A change of processors under the given terms (art. 9). */
  public static ChangeNotification processorsChanged(ProtocolTerms terms, Party party, LocalDate date) {
    Objects.requireNonNull(terms, "terms");
    return of(Kind.PROCESSORS, terms.processorChangeNotice(), party, date);
  }

  private static ChangeNotification of(Kind kind, Term<Period> delay, Party party, LocalDate date) {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(date, "date");
    return new ChangeNotification(kind, party, date, Term.due(delay, date), null);
  }

  /** The other party was informed on {@code date}; refused before the change was known, or twice. */
  public ChangeNotification otherPartyInformed(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (informed != null) {
      throw new IllegalStateException(kind + " change: the other party was already informed");
    }
    if (date.isBefore(known)) {
      throw new IllegalArgumentException(kind + " change: informed before the change was known");
    }
    return new ChangeNotification(kind, party, known, due, date);
  }

  public Kind kind() {
    return kind;
  }

  /** The party that must inform. */
  public Party party() {
    return party;
  }

  /** The party to inform. */
  public Party partyToInform() {
    return party.other();
  }

  /** The day the informing party learned of the change: the clock starts here. */
  public LocalDate knownOn() {
    return known;
  }

  /** The last day on which the information is in time, with its article, status and source. */
  public Term<LocalDate> due() {
    return due;
  }

  public Optional<LocalDate> informedOn() {
    return Optional.ofNullable(informed);
  }

  /** Whether on {@code today} the other party is not informed and the due date has passed. */
  public boolean overdue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return informed == null && today.isAfter(due.value());
  }

  /** Whether the other party was informed by the due date; empty while it is not informed. */
  public Optional<Boolean> informedInTime() {
    return Optional.ofNullable(informed).map(d -> !d.isAfter(due.value()));
  }

  @Override
  public String toString() {
    return "ChangeNotification[" + kind + ", " + party + " informs " + party.other() + ", known " + known + ", due "
        + due.value() + " (" + due.article() + ", " + due.status() + ")" + (informed == null ? "" : ", informed "
        + informed) + "]";
  }
}
