package be.jobbonus.rules.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The retention of one stored record and how it was reached (protocol art. 3, decree art. 18; DWSE
 * privacy page):
 *
 * <pre>
 *   start event    = last payment, or the decision when nothing was paid
 *   time-barred on = start event + prescription period           (IP-prescription)
 *   retention from = max(time-barred on, last procedure ended)
 *   deletion date  = retention from + retention period (10 years)
 * </pre>
 *
 * <p>With an open procedure there is no deletion date: the record is on {@link #hold()}.
 *
 * @param recordId the record
 * @param startEvent which event starts the prescription
 * @param startEventDate its date
 * @param prescription the prescription period applied (chosen by the start event date)
 * @param timeBarredOn the date on which all claims are time-barred
 * @param lastProcedureEnded the latest end of a procedure, if any has ended
 * @param retentionStartBasis what starts the retention term
 * @param retentionStart the date the retention term starts (empty while on hold)
 * @param retentionPeriod the retention period applied (chosen by the retention start date), empty
 *     while on hold
 * @param deletionDate the first day on which the record is deleted; empty while on hold
 * @param hold the open procedures, if any
 */
public record Retention(
    String recordId,
    StartEvent startEvent,
    LocalDate startEventDate,
    DatedPeriod prescription,
    LocalDate timeBarredOn,
    Optional<LocalDate> lastProcedureEnded,
    RetentionStart retentionStartBasis,
    Optional<LocalDate> retentionStart,
    Optional<DatedPeriod> retentionPeriod,
    Optional<LocalDate> deletionDate,
    Optional<Hold> hold) {

  /** What starts the prescription of the claims (IP-prescription). */
  public enum StartEvent {
    /** The last payment: the claim to recover runs from it. */
    LAST_PAYMENT,
    /** The decision, where nothing was paid. */
    DECISION
  }

  /** What starts the 10-year retention term. */
  public enum RetentionStart {
    /** All claims time-barred (<i>verjaring</i>), no later procedure end. */
    TIME_BARRED,
    /** The last procedure definitively ended after the claims were time-barred. */
    LAST_PROCEDURE_ENDED,
    /** Not started: a procedure is open. */
    ON_HOLD
  }

  /**
   * Why a record has no deletion date yet, and what happens when the hold ends.
   *
   * @param open the kinds of the open procedures
   * @param whenItEnds what happens when the last one ends
   */
  public record Hold(List<ProcedureKind> open, String whenItEnds) {
    public Hold {
      open = List.copyOf(open);
      Objects.requireNonNull(whenItEnds, "whenItEnds");
    }
  }

  public Retention {
    Objects.requireNonNull(recordId, "recordId");
    Objects.requireNonNull(deletionDate, "deletionDate");
    Objects.requireNonNull(hold, "hold");
    if (deletionDate.isPresent() == hold.isPresent()) {
      throw new IllegalArgumentException("a record has a deletion date or a hold, not both or neither");
    }
  }

  /** Whether an open procedure holds the record. */
  public boolean onHold() {
    return hold.isPresent();
  }

  /** Whether the record must be deleted on {@code today}: not on hold and the deletion date reached. */
  public boolean deleteOn(LocalDate today) {
    return deletionDate.map(d -> !today.isBefore(d)).orElse(false);
  }

  /** The last day the record is kept; empty while on hold. */
  public Optional<LocalDate> keepUntil() {
    return deletionDate.map(d -> d.minusDays(1));
  }

  /** How the result was reached, in words (no personal data). */
  public String explanation() {
    StringBuilder b = new StringBuilder();
    b.append("record ").append(recordId).append(": prescription starts at the ")
        .append(startEvent == StartEvent.LAST_PAYMENT ? "last payment" : "decision (nothing paid)").append(" on ")
        .append(startEventDate).append("; + ").append(prescription.period()).append(" [").append(prescription.status())
        .append("] = all claims time-barred on ").append(timeBarredOn);
    lastProcedureEnded.ifPresent(d -> b.append("; last procedure ended on ").append(d));
    if (hold.isPresent()) {
      b.append("; ON HOLD: open ").append(hold.get().open()).append(". ").append(hold.get().whenItEnds());
    } else {
      b.append("; retention starts on ").append(retentionStart.orElseThrow()).append(" (")
          .append(retentionStartBasis == RetentionStart.TIME_BARRED ? "claims time-barred" : "last procedure ended")
          .append("); + ").append(retentionPeriod.orElseThrow().period()).append(" = deletion on ")
          .append(deletionDate.orElseThrow());
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return explanation();
  }
}
