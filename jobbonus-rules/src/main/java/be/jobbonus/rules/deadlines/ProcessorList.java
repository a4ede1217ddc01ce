package be.jobbonus.rules.deadlines;

import be.jobbonus.rules.access.Party;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of processors (<i>overzicht van de verwerkers</i>) a party owes the other (protocol
 * art. 6, last paragraph): the parties give each other the list and keep it current. The first
 * exchange is due from the entry into force ({@link ProtocolTerms#processorListExchange()}); after a
 * change of processors an updated list is due ({@link ProtocolTerms#processorListUpdate()}, read with
 * the "at once" of art. 9). The text sets no number for either: both are readings (status I).
 * Immutable: each step returns a new list.
 *
 * <p>A change of processors is also a change to report under art. 9: record it with
 * {@link ChangeNotification#processorsChanged}. Processors are named by organisation; a name that
 * carries 11 digits is refused as a likely INSZ.
 */
public final class ProcessorList {

  /** The duty that is open. */
  public enum Duty {
    /** The first list has not been sent yet. */
    EXCHANGE,
    /** The processors changed since the last list: an updated list is due. */
    UPDATE
  }

  private static final int MAX_NAME = 200;

  private final Party party;
  private final Term<Period> updatePeriod;
  private final Set<String> processors;
  private final LocalDate sent;
  private final Boolean lastInTime;
  private final Duty pending;
  private final LocalDate latestChange;
  private final Term<LocalDate> due;

  private ProcessorList(Party party, Term<Period> updatePeriod, Set<String> processors, LocalDate sent,
      Boolean lastInTime, Duty pending, LocalDate latestChange, Term<LocalDate> due) {
    this.party = party;
    this.updatePeriod = updatePeriod;
    this.processors = processors;
    this.sent = sent;
    this.lastInTime = lastInTime;
    this.pending = pending;
    this.latestChange = latestChange;
    this.due = due;
  }

  /** The list {@code party} owes the other party, not yet sent, under the official terms (art. 6). */
  public static ProcessorList owedBy(Party party) {
    return owedBy(ProtocolTerms.official(), party);
  }

  /** The list {@code party} owes under the given terms (art. 6). */
  public static ProcessorList owedBy(ProtocolTerms terms, Party party) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(party, "party");
    LocalDate start = terms.entryIntoForce().value();
    return new ProcessorList(party, terms.processorListUpdate(), Set.of(), null, null, Duty.EXCHANGE, null,
        Term.due(terms.processorListExchange(), start));
  }

  /**
   * The list was sent to the other party on {@code date}, naming {@code processors} (empty: no
   * processor is used). Discharges the open duty; a list dated before the last change recorded (which
   * it must reflect) is refused.
   */
  public ProcessorList sent(LocalDate date, Collection<String> processors) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(processors, "processors");
    if (sent != null && date.isBefore(sent)) {
      throw new IllegalArgumentException("processor list: sent before the previous list");
    }
    if (latestChange != null && date.isBefore(latestChange)) {
      throw new IllegalArgumentException("processor list: a list dated before the change it must reflect");
    }
    Set<String> names = new TreeSet<>();
    for (String p : processors) {
      names.add(checkName(p));
    }
    Boolean inTime = pending == null || !date.isAfter(due.value());
    return new ProcessorList(party, updatePeriod, Collections.unmodifiableSet(names), date, inTime, null, null, null);
  }

  /**
   * The processors of the party changed on {@code date}: an updated list is due (art. 6; art. 9).
   * With a duty already open, the earlier due date stands; the list sent must reflect the last change.
   */
  public ProcessorList processorsChanged(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (sent != null && date.isBefore(sent)) {
      throw new IllegalArgumentException("processor list: a change dated before the last list sent");
    }
    Term<LocalDate> next = Term.due(updatePeriod, date);
    if (pending == null) {
      return new ProcessorList(party, updatePeriod, processors, sent, lastInTime, Duty.UPDATE, date, next);
    }
    LocalDate latest = latestChange == null || date.isAfter(latestChange) ? date : latestChange;
    return new ProcessorList(party, updatePeriod, processors, sent, lastInTime, pending, latest,
        next.value().isBefore(due.value()) ? next : due);
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "processor");
    String n = name.strip();
    if (n.isEmpty() || n.length() > MAX_NAME || n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("processor list: a processor name must be non-blank text of at most "
          + MAX_NAME + " characters without control characters");
    }
    if (n.replaceAll("[^0-9]", "").length() == 11) {
      throw new IllegalArgumentException("processor list: a processor name carrying 11 digits is refused"
          + " (likely INSZ)");
    }
    return n;
  }

  /** The party whose processors are listed and who owes the list. */
  public Party party() {
    return party;
  }

  /** The party the list is for. */
  public Party recipient() {
    return party.other();
  }

  /** The processors named in the last list sent, sorted; empty before the first or when none are used. */
  public Set<String> processors() {
    return processors;
  }

  public Optional<LocalDate> lastSentOn() {
    return Optional.ofNullable(sent);
  }

  /** Whether the last list sent discharged its duty by the due date; empty before the first. */
  public Optional<Boolean> lastSentInTime() {
    return Optional.ofNullable(lastInTime);
  }

  /** The open duty, if any. */
  public Optional<Duty> pending() {
    return Optional.ofNullable(pending);
  }

  /** The due date of the open duty, with its article, status and source; empty when the list is current. */
  public Optional<Term<LocalDate>> due() {
    return Optional.ofNullable(due);
  }

  /** Whether the other party has the list as it stands (no duty open). */
  public boolean current() {
    return pending == null;
  }

  /** Whether on {@code today} a duty is open and its due date has passed. */
  public boolean overdue(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return pending != null && today.isAfter(due.value());
  }

  /** Party, state and dates; the processors' names are not personal data but are left out for brevity. */
  @Override
  public String toString() {
    return "ProcessorList[" + party + " to " + party.other() + ", " + processors.size() + " processor(s)"
        + (sent == null ? ", never sent" : ", sent " + sent)
        + (pending == null ? ", current" : ", " + pending + " due " + due.value() + " (" + due.article() + ")") + "]";
  }
}
