package be.jobbonus.core.calculation;

import be.jobbonus.core.internal.Rational;
import be.jobbonus.core.Euro;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The reference calculator: the jobbonus of one person for one reference year, exactly as
 * calculation.md §2-§3 states it, in exact rational arithmetic. Immutable and thread-safe.
 *
 * <pre>{@code
 * JobbonusCalculator calc = JobbonusCalculator.official();
 * JobbonusResult r = calc.calculate(person, 2024, quarters);
 * System.out.println(r.explain().toText());
 * }</pre>
 */
public final class JobbonusCalculator {

  private static final Rational THREE = Rational.of(3);
  private static final Rational FOUR = Rational.of(4);

  private final ParameterSet parameters;

  private JobbonusCalculator(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
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
    YearRules year = parameters.yearRules(referenceYear);
    Interpretation ip = parameters.interpretation();

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
    LocalDate pensionDate = parameters.pensionAgeDate(birthDate);

    List<Reason> reasons = new ArrayList<>();
    if (!parameters.eligibleCategories().value().contains(person.statuut())) {
      reasons.add(new Reason(ReasonCode.CATEGORY, null,
          "statuut " + person.statuut() + " is not a beneficiary category"));
    }
    if (person.residence() != Region.FLEMISH_REGION) {
      reasons.add(new Reason(ReasonCode.RESIDENCE, null,
          "official residence on " + parameters.residenceReferenceDate(referenceYear) + " is "
              + person.residence() + ", not the Flemish Region"));
    }
    boolean personEligible = reasons.isEmpty();

    List<QuarterResult> results = new ArrayList<>();
    List<Reason> quarterReasons = new ArrayList<>();
    Rational exactBase = Rational.ZERO;
    long perQuarterRoundedSum = 0;
    boolean anyPerformance = false;
    boolean allFullTime = true;
    for (QuarterInput q : sorted) {
      Period period = parameters.periodFor(q.quarter());
      Rational mu = Rational.of(q.workFraction());
      Rational s = null;
      Rational a = Rational.ZERO;
      Reason reason = null;
      boolean pensionOk = q.quarter().firstDay().isBefore(pensionDate);
      if (!pensionOk) {
        reason = new Reason(ReasonCode.PENSION_AGE, q.quarter(),
            q.quarter() + " starts on or after the day the statutory pension age of "
                + parameters.pensionAgeRuleFor(birthDate).age().value() + " is reached");
      }
      if (mu.signum() > 0) {
        s = Rational.of(q.wageCents()).dividedBy(THREE).dividedBy(mu);
        a = annualAmount(period, s, ip);
        if (a.signum() == 0 && reason == null) {
          reason = new Reason(ReasonCode.WAGE_ABOVE_UPPER_LIMIT, q.quarter(),
              q.quarter() + ": reference monthly wage above the upper limit of "
                  + Euro.format(period.upperLimit().value()));
        }
      }
      boolean counted = personEligible && pensionOk && mu.signum() > 0 && a.signum() > 0;
      Rational jb = counted ? a.dividedBy(FOUR).times(mu) : Rational.ZERO;
      if (counted) {
        anyPerformance = true;
        exactBase = exactBase.plus(jb);
        perQuarterRoundedSum += jb.roundHalfUp();
        boolean complete = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_PERFORMED_QUARTER_COMPLETE;
        if (q.regime() != Regime.FULL_TIME || (complete && mu.compareTo(Rational.of(1)) != 0)) {
          allFullTime = false;
        }
      }
      if (reason != null) {
        quarterReasons.add(reason);
      }
      results.add(new QuarterResult(q, period, counted, reason, s, a, jb, 0));
    }

    long baseCents;
    if (ip.rounding().value() == Interpretation.Rounding.PER_QUARTER) {
      baseCents = perQuarterRoundedSum;
      for (int i = 0; i < results.size(); i++) {
        QuarterResult r = results.get(i);
        results.set(i, r.withAmountCents(r.exact().roundHalfUp()));
      }
    } else {
      baseCents = exactBase.roundHalfUp();
      distributeLargestRemainder(results, baseCents);
    }

    boolean fullTime = anyPerformance && allFullTime;
    long minimum = fullTime ? year.minimumPayableFullTime().value() : year.minimumPayablePartTime().value();
    if (personEligible && !anyPerformance) {
      boolean anyWork = sorted.stream().anyMatch(q -> q.workFraction().signum() > 0);
      if (!anyWork) {
        reasons.add(new Reason(ReasonCode.NO_PERFORMANCE, null,
            "no quarter of " + referenceYear + " with performance"));
      }
    }
    reasons.addAll(quarterReasons);
    boolean eligible = personEligible && baseCents > 0;
    boolean payable = eligible && baseCents >= minimum;
    if (eligible && !payable) {
      reasons.add(new Reason(ReasonCode.BELOW_MINIMUM_PAYABLE, null,
          "base amount below the minimum payable of " + Euro.format(minimum)
              + (fullTime ? " (full-time)" : " (part-time)")));
    }
    long fixed = payable ? year.fixedIncrease().value() : 0;
    long total = payable ? Math.addExact(baseCents, fixed) : 0;
    return new JobbonusResult(person, referenceYear, parameters, results, reasons, eligible,
        exactBase, baseCents, fullTime, minimum, payable, fixed, total);
  }

  /**
   * Recomputes after an objection with corrected quarters (calculation.md §6) and compares with
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

  /**
   * A(S), annual full-time amount in cents, exact (decree art. 5 §1; BVR art. 2 §5):
   * Jmax at or below OG, 0 above BG, a straight line in between (IP-degressive-line).
   */
  static Rational annualAmount(Period p, Rational s, Interpretation ip) {
    Rational og = Rational.of(p.lowerLimit().value());
    Rational bg = Rational.of(p.upperLimit().value());
    Rational jmax = Rational.of(p.maxAmount().value());
    if (s.compareTo(og) <= 0) {
      return jmax;
    }
    if (s.compareTo(bg) > 0) {
      return Rational.ZERO;
    }
    Rational jmin = Rational.of(p.minAmount().value());
    Rational end = ip.degressiveLineEnd().value() == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT
        ? bg.plus(Rational.of(1)) : bg;
    return jmax.minus(jmax.minus(jmin).times(s.minus(og)).dividedBy(end.minus(og)));
  }

  /** Largest-remainder display amounts that add up to {@code baseCents} (ties: earlier quarter). */
  private static void distributeLargestRemainder(List<QuarterResult> results, long baseCents) {
    long floorSum = 0;
    for (QuarterResult r : results) {
      floorSum += r.exact().floor();
    }
    long left = baseCents - floorSum;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      order.add(i);
    }
    order.sort((i, j) -> {
      Rational fi = results.get(i).exact().minus(Rational.of(results.get(i).exact().floor()));
      Rational fj = results.get(j).exact().minus(Rational.of(results.get(j).exact().floor()));
      int c = fj.compareTo(fi);
      return c != 0 ? c : Integer.compare(i, j);
    });
    long[] cents = new long[results.size()];
    for (int i = 0; i < results.size(); i++) {
      cents[i] = results.get(i).exact().floor();
    }
    for (int k = 0; k < left; k++) {
      cents[order.get(k)]++;
    }
    for (int i = 0; i < results.size(); i++) {
      results.set(i, results.get(i).withAmountCents(cents[i]));
    }
  }
}
