package be.jobbonus.core.calculation;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Region;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The jobbonus of one person for one reference year (docs/calculation.md §2-§3; decree of 20 May 2022
 * art. 3-5, BVR of 1 July 2022 art. 2). It runs the library's one engine, the integer arithmetic
 * that {@link be.jobbonus.core.batch.BatchKernel} runs over many people, on the one person given,
 * and builds the result and its explanation from the engine's exact values. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * JobbonusCalculator calc = JobbonusCalculator.official();
 * JobbonusResult r = calc.calculate(person, 2024, quarters);
 * System.out.println(r.explain().toText());
 * }</pre>
 */
public final class JobbonusCalculator {

  private final ParameterSet parameters;
  private final Map<Integer, BatchKernel> kernels; // the one engine, per reference year the set covers
  private final DmfaDerivation derivation;

  private JobbonusCalculator(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    Map<Integer, BatchKernel> byYear = new HashMap<>();
    for (int year : parameters.referenceYears()) {
      byYear.put(year, BatchKernel.of(parameters, year));
    }
    this.kernels = Map.copyOf(byYear);
    this.derivation = DmfaDerivation.of(parameters);
  }

  /** A calculator over the official parameter set. */
  public static JobbonusCalculator official() {
    return new JobbonusCalculator(be.jobbonus.core.parameters.ParameterSets.official());
  }

  /** A calculator over {@code parameters} (a reform, or a corrected reading). */
  public static JobbonusCalculator of(ParameterSet parameters) {
    return new JobbonusCalculator(parameters);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  /**
   * Computes the jobbonus.
   *
   * @param quarters the quarters of {@code referenceYear} with work; a missing quarter is a quarter
   *     without work
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the parameter set does
   *     not cover the year
   * @throws IllegalArgumentException when a quarter is outside the reference year or given twice,
   *     or no birth date is known (needed for the pension-age condition)
   */
  public JobbonusResult calculate(Person person, int referenceYear, List<QuarterInput> quarters) {
    return calculate(person, referenceYear, quarters, null);
  }

  /**
   * Computes the jobbonus from a derivation of the person's DmfA lines ({@link
   * DmfaDerivation#derive}): its quarters, and, when every line is of a category the decree
   * excludes as the declaration shows it ({@link Derivation#excludedCategory()}), that category's
   * reason (docs/calculation.md §2, IP-declared-category).
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the parameter set does
   *     not cover the year
   * @throws IllegalArgumentException as {@link #calculate(Person, int, List)}
   */
  public JobbonusResult calculate(Person person, int referenceYear, Derivation derivation) {
    Objects.requireNonNull(derivation, "derivation");
    return calculate(person, referenceYear, derivation.inputs(), derivation.excludedCategory().orElse(null));
  }

  private JobbonusResult calculate(Person person, int referenceYear, List<QuarterInput> quarters,
      String declaredCategory) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(quarters, "quarters");
    parameters.requireYear(referenceYear);
    BatchKernel kernel = kernels.get(referenceYear);

    List<QuarterInput> sorted = new ArrayList<>(quarters);
    sorted.sort(Comparator.comparing(QuarterInput::quarter));
    String problem = BatchInput.quartersProblem(referenceYear, sorted);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    LocalDate birthDate = person.birthDate().orElseThrow(() -> new IllegalArgumentException(BatchInput.BIRTH_DATE_UNKNOWN));

    // the person as a batch of one, through the one engine (QuarterInput keeps the domain)
    int k = sorted.size();
    BatchInput.Builder columns = BatchInput.builder(1);
    columns.person(person, kernel.firstQuarterAtPensionAge(birthDate));
    columns.quarters(sorted);
    BatchInput in = columns.build();
    BatchOutput out = BatchOutput.forInput(in);
    kernel.compute(in, out);

    List<Reason> reasons = new ArrayList<>();
    if (!parameters.eligibleCategories().value().contains(person.statuut())) {
      reasons.add(Reason.category(person.statuut()));
    } else if (declaredCategory != null) { // an excluded statuut says it already
      reasons.add(Reason.declaredCategory(declaredCategory));
    }
    if (person.residence() != Region.FLEMISH_REGION) {
      reasons.add(Reason.residence(parameters.residenceReferenceDate(referenceYear), person.residence()));
    }
    boolean personEligible = reasons.isEmpty();
    List<QuarterResult> results = new ArrayList<>(k);
    List<Reason> quarterReasons = new ArrayList<>();
    boolean anyWork = false;
    YearQuarter partTimeQuarter = null;
    long[] nb = new long[2];
    for (int i = 0; i < k; i++) {
      QuarterInput q = sorted.get(i);
      Period period = parameters.periodFor(q.quarter());
      byte status = out.status(i);
      Reason reason = null;
      if (status == BatchOutput.PENSION_AGE) {
        reason = Reason.pensionAge(q.quarter(), parameters.pensionAgeRuleFor(birthDate).age().value());
      } else if (status == BatchOutput.WAGE_ABOVE_UPPER_LIMIT) {
        reason = Reason.wageAboveUpperLimit(q.quarter(), period.upperLimit().value());
      }
      if (reason != null) {
        quarterReasons.add(reason);
      }
      int fraction = in.workFractionTenThousandths(i);
      anyWork |= fraction > 0;
      if (partTimeQuarter == null && kernel.makesPartTime(fraction, in.regime(i).ordinal(), status)) {
        partTimeQuarter = q.quarter();
      }
      kernel.parts(in.quarter(i), in.wageCents(i), fraction, nb);
      results.add(new QuarterResult(q, period, status == BatchOutput.COUNTED, reason, nb[0], nb[1],
          kernel.denominator(in.quarter(i)), out.amountCents(i)));
    }
    if (personEligible && !anyWork) {
      reasons.add(Reason.noPerformance(referenceYear));
    }
    reasons.addAll(quarterReasons);
    boolean eligible = out.eligible(0);
    boolean payable = out.payable(0);
    boolean fullTime = out.fullTime(0);
    long minimum = kernel.minimumPayableCents(fullTime);
    if (eligible && !payable) {
      reasons.add(Reason.belowMinimumPayable(minimum, fullTime));
    }
    return new JobbonusResult(person, referenceYear, parameters, results, reasons, eligible, out.baseCents(0), fullTime,
        fullTime ? null : partTimeQuarter, minimum, payable, out.fixedIncreaseCents(0), out.totalCents(0));
  }

  /**
   * Computes the jobbonus from the person's DmfA occupation lines of the reference year (any
   * employers, any order): the one derivation ({@link DmfaDerivation}, docs/calculation.md §4)
   * gives each quarter's wage, work fraction and regime, then {@link #calculate}. The derivation
   * with its explanation is {@code DmfaDerivation.of(parameters()).derive(lines)}.
   *
   * @throws be.jobbonus.core.dmfa.InvalidOccupationLineException when a line cannot be used (the
   *     first in order), naming the field
   * @throws IllegalArgumentException when a line is of another person or of another year than
   *     {@code referenceYear}
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the parameter set does
   *     not cover the year
   */
  public JobbonusResult calculateFromDmfa(Person person, int referenceYear, List<OccupationLine> lines) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(lines, "lines");
    parameters.requireYear(referenceYear);
    for (OccupationLine line : lines) {
      if (!Objects.requireNonNull(line, "line").insz().equals(person.insz())) {
        throw new IllegalArgumentException("a line of another person (INSZ " + line.insz().masked() + ") given for "
            + person.insz().masked());
      }
      if (line.quarter().year() != referenceYear) {
        throw new IllegalArgumentException("a line of " + line.quarter() + " given for reference year "
            + referenceYear);
      }
    }
    return calculate(person, referenceYear, derivation.derive(lines));
  }

  /**
   * Recomputes after an objection with corrected quarters (docs/calculation.md §6) and compares with
   * the previous result.
   *
   * @throws IllegalArgumentException when {@code previous} is of another person or year
   */
  public Recalculation recalculate(JobbonusResult previous, Person person, List<QuarterInput> corrected) {
    if (!previous.insz().equals(person.insz())) {
      throw new IllegalArgumentException("recalculation must concern the same person");
    }
    return Recalculation.between(previous, calculate(person, previous.referenceYear(), corrected));
  }
}
