package be.jobbonus.core.calculation;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Region;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.internal.Engine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
  private final Map<Integer, Engine> engines; // one per reference year the set covers
  private final DmfaDerivation derivation;

  private JobbonusCalculator(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    Map<Integer, Engine> byYear = new HashMap<>();
    for (int year : parameters.referenceYears()) {
      byYear.put(year, Engine.of(parameters, year));
    }
    this.engines = Map.copyOf(byYear);
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
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(quarters, "quarters");
    parameters.requireYear(referenceYear);
    Engine engine = engines.get(referenceYear);

    List<QuarterInput> sorted = new ArrayList<>(quarters);
    sorted.sort(Comparator.comparing(QuarterInput::quarter));
    Set<YearQuarter> seen = new HashSet<>();
    for (QuarterInput q : sorted) {
      if (q.quarter().year() != referenceYear) {
        throw new IllegalArgumentException(
            q.quarter() + ": quarter outside reference year " + referenceYear);
      }
      if (!seen.add(q.quarter())) {
        throw new IllegalArgumentException(q.quarter() + ": quarter given twice");
      }
    }
    LocalDate birthDate = person.birthDate().orElseThrow(() -> new IllegalArgumentException(
        "birth date unknown: the INSZ does not encode a complete birth date; give birth_date"));

    // the person as a batch of one, in the engine's columns (QuarterInput keeps the domain)
    int k = sorted.size();
    byte[] quarter = new byte[k];
    long[] wage = new long[k];
    short[] fraction = new short[k];
    byte[] regime = new byte[k];
    for (int i = 0; i < k; i++) {
      QuarterInput q = sorted.get(i);
      quarter[i] = (byte) q.quarter().quarter();
      wage[i] = q.wageCents();
      fraction[i] = (short) q.workFractionTenThousandths();
      regime[i] = (byte) q.regime().ordinal();
    }
    long[] amount = new long[k];
    byte[] status = new byte[k];
    long[] base = new long[1];
    long[] fixed = new long[1];
    long[] total = new long[1];
    byte[] flags = new byte[1];
    engine.compute(new int[] {0, k}, new byte[] {(byte) person.statuut().ordinal()},
        new byte[] {(byte) person.residence().ordinal()}, new byte[] {(byte) engine.firstQuarterAtPensionAge(birthDate)},
        quarter, wage, fraction, regime, amount, status, base, fixed, total, flags, 0, 1);

    List<Reason> reasons = new ArrayList<>();
    if (!parameters.eligibleCategories().value().contains(person.statuut())) {
      reasons.add(Reason.category(person.statuut()));
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
      Reason reason = null;
      if (status[i] == Engine.PENSION_AGE) {
        reason = Reason.pensionAge(q.quarter(), parameters.pensionAgeRuleFor(birthDate).age().value());
      } else if (status[i] == Engine.WAGE_ABOVE_UPPER_LIMIT) {
        reason = Reason.wageAboveUpperLimit(q.quarter(), period.upperLimit().value());
      }
      if (reason != null) {
        quarterReasons.add(reason);
      }
      anyWork |= fraction[i] > 0;
      if (partTimeQuarter == null && engine.makesPartTime(fraction[i], regime[i], status[i])) {
        partTimeQuarter = q.quarter();
      }
      engine.parts(quarter[i], wage[i], fraction[i], nb);
      results.add(new QuarterResult(q, period, status[i] == Engine.COUNTED, reason, nb[0], nb[1],
          engine.denominator(quarter[i]), amount[i]));
    }
    if (personEligible && !anyWork) {
      reasons.add(Reason.noPerformance(referenceYear));
    }
    reasons.addAll(quarterReasons);
    boolean eligible = (flags[0] & Engine.ELIGIBLE) != 0;
    boolean payable = (flags[0] & Engine.PAYABLE) != 0;
    boolean fullTime = (flags[0] & Engine.FULL_TIME) != 0;
    long minimum = engine.minimumPayableCents(fullTime);
    if (eligible && !payable) {
      reasons.add(Reason.belowMinimumPayable(minimum, fullTime));
    }
    return new JobbonusResult(person, referenceYear, parameters, results, reasons, eligible, base[0], fullTime,
        fullTime ? null : partTimeQuarter, minimum, payable, fixed[0], total[0]);
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
    return calculate(person, referenceYear, derivation.derive(lines).inputs());
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
