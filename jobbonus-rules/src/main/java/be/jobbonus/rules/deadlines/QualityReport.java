package be.jobbonus.rules.deadlines;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A data-quality report (protocol art. 7): VLABEL finds art. 3 data wrong, inaccurate, incomplete,
 * missing, outdated or excessive, whether or not on the data subject's report ({@link FindingOrigin}),
 * and reports it to DWSE at once; DWSE investigates and takes measures within 1 month of the
 * finding, then informs VLABEL. Immutable: each step returns a new report and refuses steps out of
 * order or dated before the previous one.
 *
 * <p>The deadline is the finding date plus the period of {@link ProtocolTerms#qualityMeasures()},
 * end of month clamped (31 January gives 28 or 29 February); measures on the deadline are in time.
 * The origin does not change the clock: on a data subject's report, the finding date is the day
 * VLABEL establishes the defect on the basis of that report ("binnen 1 maand van de voornoemde
 * vaststellingen").
 */
public final class QualityReport {

  /** Where a report stands. */
  public enum State {
    /** VLABEL found the defect. */
    FOUND,
    /** VLABEL reported it to DWSE. */
    REPORTED,
    /** DWSE took measures. */
    MEASURES_TAKEN,
    /** DWSE informed VLABEL of the measures. */
    CLOSED
  }

  private final String reference;
  private final FindingOrigin origin;
  private final Set<Defect> defects;
  private final LocalDate found;
  private final LocalDate deadline;
  private final String article;
  private final LocalDate reported;
  private final LocalDate measures;
  private final LocalDate informed;

  private QualityReport(String reference, FindingOrigin origin, Set<Defect> defects, LocalDate found,
      LocalDate deadline, String article, LocalDate reported, LocalDate measures, LocalDate informed) {
    this.reference = reference;
    this.origin = origin;
    this.defects = defects;
    this.found = found;
    this.deadline = deadline;
    this.article = article;
    this.reported = reported;
    this.measures = measures;
    this.informed = informed;
  }

  /**
   * A finding by VLABEL on {@code date}, under the official terms (art. 7).
   *
   * @param reference an opaque reference of the report (no INSZ or name)
   * @param origin VLABEL's own finding or the data subject's report; the clock is the same
   */
  public static QualityReport found(String reference, LocalDate date, FindingOrigin origin, Set<Defect> defects) {
    return found(ProtocolTerms.official(), reference, date, origin, defects);
  }

  /** A finding under the given terms (art. 7). */
  public static QualityReport found(ProtocolTerms terms, String reference, LocalDate date, FindingOrigin origin,
      Set<Defect> defects) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(origin, "origin");
    if (reference.isBlank() || reference.replaceAll("[^0-9]", "").length() == 11) {
      throw new IllegalArgumentException("reference must be an opaque, non-blank identifier, not an INSZ");
    }
    if (defects == null || defects.isEmpty()) {
      throw new IllegalArgumentException("a finding names at least one defect");
    }
    return new QualityReport(reference, origin, Set.copyOf(EnumSet.copyOf(defects)), date,
        date.plus(terms.qualityMeasures().value()), terms.qualityMeasures().article(), null, null, null);
  }

  /** VLABEL reported the finding to DWSE on {@code date} (art. 7: at once). */
  public QualityReport reportedToDwse(LocalDate date) {
    step(State.FOUND, date, found, "reported");
    return new QualityReport(reference, origin, defects, found, deadline, article, date, null, null);
  }

  /** DWSE took the measures on {@code date}. */
  public QualityReport measuresTaken(LocalDate date) {
    step(State.REPORTED, date, reported, "measures");
    return new QualityReport(reference, origin, defects, found, deadline, article, reported, date, null);
  }

  /** DWSE informed VLABEL of the measures on {@code date}. */
  public QualityReport vlabelInformed(LocalDate date) {
    step(State.MEASURES_TAKEN, date, measures, "informed");
    return new QualityReport(reference, origin, defects, found, deadline, article, reported, measures, date);
  }

  private void step(State expected, LocalDate date, LocalDate previous, String what) {
    Objects.requireNonNull(date, what);
    if (state() != expected) {
      throw new IllegalStateException(reference + ": cannot record '" + what + "' in state " + state());
    }
    if (date.isBefore(previous)) {
      throw new IllegalArgumentException(reference + ": '" + what + "' dated before the previous step");
    }
  }

  public State state() {
    return informed != null ? State.CLOSED : measures != null ? State.MEASURES_TAKEN
        : reported != null ? State.REPORTED : State.FOUND;
  }

  public String reference() {
    return reference;
  }

  /** Whether VLABEL found the defect itself or on the data subject's report (art. 7). */
  public FindingOrigin origin() {
    return origin;
  }

  public Set<Defect> defects() {
    return defects;
  }

  public LocalDate foundOn() {
    return found;
  }

  /** The last day on which DWSE's measures are in time. */
  public LocalDate deadline() {
    return deadline;
  }

  /** The article behind the deadline. */
  public String article() {
    return article;
  }

  public Optional<LocalDate> reportedOn() {
    return Optional.ofNullable(reported);
  }

  public Optional<LocalDate> measuresTakenOn() {
    return Optional.ofNullable(measures);
  }

  public Optional<LocalDate> vlabelInformedOn() {
    return Optional.ofNullable(informed);
  }

  /** Whether on {@code today} the measures are not taken and the deadline has passed. */
  public boolean overdue(LocalDate today) {
    return measures == null && today.isAfter(deadline);
  }

  /** Whether the measures were taken by the deadline; empty while none are taken. */
  public Optional<Boolean> measuresInTime() {
    return Optional.ofNullable(measures).map(m -> !m.isAfter(deadline));
  }

  /** Days from the finding to the report to DWSE (art. 7 asks "at once"); empty before the report. */
  public Optional<Long> daysToReport() {
    return Optional.ofNullable(reported).map(r -> java.time.temporal.ChronoUnit.DAYS.between(found, r));
  }

  @Override
  public String toString() {
    return "QualityReport[" + reference + ", " + origin + ", " + defects + ", found " + found + ", deadline "
        + deadline + ", " + state() + "]";
  }
}
