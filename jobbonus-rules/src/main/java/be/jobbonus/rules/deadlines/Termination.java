package be.jobbonus.rules.deadlines;

import be.jobbonus.rules.access.Party;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The end of the protocol (art. 8 and 11). Three ways:
 *
 * <ul>
 *   <li>{@link #byNotice}: either party, in writing, with 6 months' notice (art. 11). The term runs
 *       from the day after the notice and includes its last day (Judicial Code art. 52-54): the
 *       protocol is in force up to and including notice date + 6 months.
 *   <li>{@link #forBreach}: by simple notice, without prior formal notice, when the other party
 *       processes the data against the protocol or data-protection law (art. 8): no communication is
 *       covered from the day of the notice.
 *   <li>{@link #byLaw}: the communication period ends or no legal basis remains (art. 11): no
 *       communication is covered from that day.
 * </ul>
 *
 * @param kind how it ends
 * @param by the party that ends it (empty for an end by law)
 * @param date the day of the notice, or of the end by law
 * @param inForceFrom the entry into force (art. 11: the date of signature)
 * @param lastDayInForce the last day on which communications are covered
 * @param article the article applied
 */
public record Termination(Kind kind, Optional<Party> by, LocalDate date, LocalDate inForceFrom, LocalDate lastDayInForce,
    String article) {

  /** How the protocol ends. */
  public enum Kind {
    /** Written notice, 6 months (art. 11). */
    NOTICE,
    /** Immediate, for processing against the protocol or the law (art. 8). */
    BREACH,
    /** By law: no legal basis or end of the communication period (art. 11). */
    BY_LAW
  }

  public Termination {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(inForceFrom, "inForceFrom");
    Objects.requireNonNull(lastDayInForce, "lastDayInForce");
    if (date.isBefore(inForceFrom)) {
      throw new IllegalArgumentException("the protocol entered into force on " + inForceFrom);
    }
    Objects.requireNonNull(article, "article");
  }

  /** Ordinary termination by {@code by}, written notice given on {@code noticeDate}, official terms. */
  public static Termination byNotice(Party by, LocalDate noticeDate) {
    return byNotice(ProtocolTerms.official(), by, noticeDate);
  }

  public static Termination byNotice(ProtocolTerms terms, Party by, LocalDate noticeDate) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(noticeDate, "noticeDate");
    return new Termination(Kind.NOTICE, Optional.of(by), noticeDate, terms.entryIntoForce().value(),
        noticeDate.plus(terms.terminationNotice().value()), terms.terminationNotice().article());
  }

  /** Immediate termination by {@code by} because the other party breached (art. 8). */
  public static Termination forBreach(Party by, LocalDate noticeDate) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(noticeDate, "noticeDate");
    ProtocolTerms terms = ProtocolTerms.official();
    return new Termination(Kind.BREACH, Optional.of(by), noticeDate, terms.entryIntoForce().value(),
        noticeDate.plus(terms.terminationForBreach().value()).minusDays(1), terms.terminationForBreach().article());
  }

  /** End by law on {@code date} (art. 11). */
  public static Termination byLaw(LocalDate date) {
    Objects.requireNonNull(date, "date");
    ProtocolTerms terms = ProtocolTerms.official();
    return new Termination(Kind.BY_LAW, Optional.empty(), date, terms.entryIntoForce().value(),
        date.plus(terms.terminationByLaw().value()).minusDays(1), terms.terminationByLaw().article());
  }

  /** Whether the protocol covers communications on {@code day}: from the entry into force to the last day. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(inForceFrom) && !day.isAfter(lastDayInForce);
  }
}
