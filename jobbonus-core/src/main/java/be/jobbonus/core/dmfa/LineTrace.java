package be.jobbonus.core.dmfa;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Regime;
import be.jobbonus.core.parameters.Citations;
import be.jobbonus.core.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How one occupation line contributed to its quarter (docs/calculation.md §4): which services and
 * remunerations counted, and its share µ_line = J / (13 × D) or H / (13 × S).
 *
 * <p>Contains wages: personal data, for the person and their advisor ({@code explain}).
 */
public final class LineTrace {

  /** What became of the line. */
  public enum Status {
    /** Its counted services and wage amounts count. */
    COUNTED,
    /** A termination-indemnity line before the rule that makes such lines count: nothing counts. */
    TERMINATION_INDEMNITY_NOT_COUNTED,
    /**
     * A line of a category the decree excludes, as the declaration shows it (docs/dmfa.md §14):
     * neither its days nor its wage count ({@link #excludedCategory()}).
     */
    EXCLUDED_CATEGORY
  }

  private final int index;
  private final OccupationLine line;
  private final Status status;
  private final List<Service> countedServices;
  private final List<Service> otherServices;
  private final List<Remuneration> wageRemunerations;
  private final List<Remuneration> otherRemunerations;
  private final long wageCents;
  private final long numerator;
  private final long denominator;
  private final boolean teachingStaff;
  /** The excluded category's name and the rule that excluded the line, as explained; null when none. */
  private final String excludedCategory;
  private final String exclusionRule;

  LineTrace(int index, OccupationLine line, Status status, List<Service> countedServices,
      List<Service> otherServices, List<Remuneration> wageRemunerations, List<Remuneration> otherRemunerations,
      long wageCents, long numerator, long denominator, boolean teachingStaff, String excludedCategory,
      String exclusionRule) {
    this.excludedCategory = excludedCategory;
    this.exclusionRule = exclusionRule;
    this.index = index;
    this.line = Objects.requireNonNull(line);
    this.status = status;
    this.countedServices = List.copyOf(countedServices);
    this.otherServices = List.copyOf(otherServices);
    this.wageRemunerations = List.copyOf(wageRemunerations);
    this.otherRemunerations = List.copyOf(otherRemunerations);
    this.wageCents = wageCents;
    this.numerator = numerator;
    this.denominator = denominator;
    this.teachingStaff = teachingStaff;
  }

  /** Position of the line in the list given to {@link DmfaDerivation#derive} (0-based). */
  public int index() {
    return index;
  }

  public OccupationLine line() {
    return line;
  }

  public Status status() {
    return status;
  }

  /** The services whose days (full-time) or hours (part-time) counted. */
  public List<Service> countedServices() {
    return countedServices;
  }

  /** The services that did not count (codes outside the counted set, or the line did not count). */
  public List<Service> otherServices() {
    return otherServices;
  }

  /** The remunerations whose amounts are wage. */
  public List<Remuneration> wageRemunerations() {
    return wageRemunerations;
  }

  public List<Remuneration> otherRemunerations() {
    return otherRemunerations;
  }

  /** W_line in cents. */
  public long wageCents() {
    return wageCents;
  }

  /** J (full-time: counted days) or H (part-time: counted hours), in hundredths. */
  public long numerator() {
    return numerator;
  }

  /** 13 × D (full-time) or 13 × S (part-time), in hundredths; 0 when nothing counted. */
  public long denominator() {
    return denominator;
  }

  /** µ_line, exact; 0 when nothing counted. */
  public BigDecimal workFraction(int scale) {
    return denominator == 0 ? BigDecimal.ZERO.setScale(scale) : fraction().roundHalfUp(scale);
  }

  private Fraction fraction() {
    return Fraction.of(numerator, denominator);
  }

  /** Whether the line's worker code is one of temporary teaching staff paid in tenths (citation {@code teachingStaff}). */
  public boolean teachingStaff() {
    return teachingStaff;
  }

  /**
   * The category the decree excludes that the line is of, as the declaration shows it (its name:
   * {@code STUDENT_SOLIDARITY}, {@code APPRENTICE}, {@code MEDICAL_SPECIALIST_IN_TRAINING}, {@code
   * FLAT_RATE_SPORTSPERSON}, {@code FLEXI_JOB}); empty when it is of none.
   */
  public java.util.Optional<String> excludedCategory() {
    return java.util.Optional.ofNullable(excludedCategory);
  }

  List<String> toLines(java.util.function.IntFunction<String> label, Parameter<String> teachingStaffCitation) {
    List<String> out = new ArrayList<>();
    OccupationLine l = line;
    out.add(label.apply(index) + ": employer " + l.employer() + ", worker code " + l.workerCode() + ", "
        + l.contract() + ", D = " + hundredths(l.daysPerWeek()) + " days/week, Q = "
        + hundredths(l.meanWorkingHours()) + " h, S = " + hundredths(l.refMeanWorkingHours()) + " h");
    if (status == Status.EXCLUDED_CATEGORY) {
      out.add("  EXCLUDED: " + exclusionRule);
    }
    if (status == Status.TERMINATION_INDEMNITY_NOT_COUNTED) {
      out.add("  termination-indemnity line before the rule that counts such lines: nothing counts");
    }
    out.add("  services counted: " + services(countedServices, l.contract()) + "; not counted: "
        + services(otherServices, l.contract()));
    out.add("  wage: " + remunerations(wageRemunerations) + "; not wage: " + remunerations(otherRemunerations)
        + " -> W_line = " + Euro.format(wageCents));
    if (denominator == 0) {
      out.add("  µ_line = 0 (no counted services)");
    } else if (l.contract() == Regime.FULL_TIME) {
      out.add("  µ_line = J / (13 × D) = " + hundredths(numerator) + " / (13 × " + hundredths(l.daysPerWeek())
          + ") = " + fraction().toText());
    } else {
      out.add("  µ_line = H / (13 × S) = " + hundredths(numerator) + " / (13 × " + hundredths(l.refMeanWorkingHours())
          + ") = " + fraction().toText());
    }
    if (teachingStaff) {
      out.add("  FLAG: temporary teaching staff paid in tenths (" + Citations.shown(teachingStaffCitation)
          + "): the summer pay is spread by a special rule; supply the corrected quarter wage in quarters.csv if it applies");
    }
    return out;
  }

  private static String services(List<Service> list, Regime contract) {
    return list.isEmpty() ? "none" : list.stream()
        .map(s -> "code " + s.code() + " (" + hundredths(s.days()) + " days"
            + (contract == Regime.PART_TIME || s.hours() > 0 ? ", " + hundredths(s.hours()) + " h" : "") + ")")
        .collect(Collectors.joining(", "));
  }

  private static String remunerations(List<Remuneration> list) {
    return list.isEmpty() ? "none" : list.stream()
        .map(r -> "code " + r.code() + " = " + Euro.format(r.amountCents()))
        .collect(Collectors.joining(", "));
  }

  static String hundredths(long v) {
    return BigDecimal.valueOf(v, 2).toPlainString();
  }

  /** Masked: the line's own toString plus the status. */
  @Override
  public String toString() {
    return "LineTrace[" + line + ", " + status + "]";
  }
}
