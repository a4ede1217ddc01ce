package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.Parameter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The oracle: the jobbonus of one person for one reference year exactly as docs/calculation.md §2-§3
 * states it, in exact rational arithmetic, and its explanation text. It is the reference
 * calculator as it was before the one engine, moved to the tests: slow and plainly the formulas of
 * the law, so that the engine, which computes in integers, can be checked against it on every
 * figure.
 */
public final class OracleCalculator {

  private static final Rational THREE = Rational.of(3);
  private static final Rational FOUR = Rational.of(4);

  /** One quarter as the oracle computes it: S (null when µ = 0), A(S), JB (0 when not counted). */
  public record Quarter(QuarterInput input, Period period, boolean counted, Reason reason, Rational s, Rational a,
      Rational jb, long amountCents) {

    Quarter withAmountCents(long cents) {
      return new Quarter(input, period, counted, reason, s, a, jb, cents);
    }

    public YearQuarter quarter() {
      return input.quarter();
    }

    /** S rounded half-up, or −1 when µ = 0. */
    public long referenceMonthlyWageCents() {
      return s == null ? -1 : s.roundHalfUp();
    }

    public long annualAmountCents() {
      return a.roundHalfUp();
    }

    public long baseAmountCents() {
      return a.dividedBy(FOUR).roundHalfUp();
    }
  }

  /** The oracle's result. */
  public record Result(Person person, int referenceYear, ParameterSet parameters, List<Quarter> quarters,
      List<Reason> reasons, boolean eligible, Rational exactBase, long baseCents, boolean fullTime,
      YearQuarter partTimeQuarter,
      long minimumPayableCents, boolean payable, long fixedIncreaseCents, long totalCents) {}

  private final ParameterSet parameters;

  private OracleCalculator(ParameterSet parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
  }

  public static OracleCalculator of(ParameterSet parameters) {
    return new OracleCalculator(parameters);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  public Result calculate(Person person, int referenceYear, List<QuarterInput> quarters) {
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
      reasons.add(worded(Reason.category(person.statuut()),
          "statuut " + person.statuut() + " is not a beneficiary category"));
    }
    if (person.residence() != Region.FLEMISH_REGION) {
      reasons.add(worded(Reason.residence(parameters.residenceReferenceDate(referenceYear), person.residence()),
          "official residence on " + parameters.residenceReferenceDate(referenceYear) + " is "
              + person.residence() + ", not the Flemish Region"));
    }
    boolean personEligible = reasons.isEmpty();

    List<Quarter> results = new ArrayList<>();
    List<Reason> quarterReasons = new ArrayList<>();
    Rational exactBase = Rational.ZERO;
    long perQuarterRoundedSum = 0;
    boolean anyPerformance = false;
    boolean allFullTime = true;
    YearQuarter partTimeQuarter = null;
    for (QuarterInput q : sorted) {
      Period period = parameters.periodFor(q.quarter());
      Rational mu = Rational.of(q.workFraction());
      Rational s = null;
      Rational a = Rational.ZERO;
      Reason reason = null;
      boolean pensionOk = q.quarter().firstDay().isBefore(pensionDate);
      if (!pensionOk) {
        reason = worded(Reason.pensionAge(q.quarter(), parameters.pensionAgeRuleFor(birthDate).age().value()),
            q.quarter() + " starts on or after the day the statutory pension age of "
                + parameters.pensionAgeRuleFor(birthDate).age().value() + " is reached");
      }
      if (mu.signum() > 0) {
        s = Rational.of(q.wageCents()).dividedBy(THREE).dividedBy(mu);
        a = annualAmount(period, s, ip);
        if (a.signum() == 0 && reason == null) {
          reason = worded(Reason.wageAboveUpperLimit(q.quarter(), period.upperLimit().value()),
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
      }
      // IP-full-time (docs/calculation.md §3): a quarter with performance before the pension age
      // decides whether or not it counts; the alternative reading looks at counted quarters only
      Interpretation.FullTimeMinimum ft = ip.fullTimeMinimum().value();
      boolean decides = ft == Interpretation.FullTimeMinimum.EVERY_COUNTED_QUARTER_FULL_TIME
          ? counted : mu.signum() > 0 && pensionOk;
      boolean complete = ft == Interpretation.FullTimeMinimum.EVERY_PERFORMED_QUARTER_COMPLETE;
      if (decides && (q.regime() != Regime.FULL_TIME || (complete && mu.compareTo(Rational.of(1)) != 0))) {
        allFullTime = false;
        if (partTimeQuarter == null) {
          partTimeQuarter = q.quarter();
        }
      }
      if (reason != null) {
        quarterReasons.add(reason);
      }
      results.add(new Quarter(q, period, counted, reason, s, a, jb, 0));
    }

    long baseCents;
    if (ip.rounding().value() == Interpretation.Rounding.PER_QUARTER) {
      baseCents = perQuarterRoundedSum;
      for (int i = 0; i < results.size(); i++) {
        Quarter r = results.get(i);
        results.set(i, r.withAmountCents(r.jb().roundHalfUp()));
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
        reasons.add(worded(Reason.noPerformance(referenceYear),
            "no quarter of " + referenceYear + " with performance"));
      }
    }
    reasons.addAll(quarterReasons);
    boolean eligible = personEligible && baseCents > 0;
    boolean payable = eligible && baseCents >= minimum;
    if (eligible && !payable) {
      reasons.add(worded(Reason.belowMinimumPayable(minimum, fullTime),
          "base amount below the minimum payable of " + Euro.format(minimum)
              + (fullTime ? " (full-time)" : " (part-time)")));
    }
    long fixed = payable ? year.fixedIncrease().value() : 0;
    long total = payable ? Math.addExact(baseCents, fixed) : 0;
    return new Result(person, referenceYear, parameters, List.copyOf(results), List.copyOf(reasons), eligible,
        exactBase, baseCents, fullTime, fullTime ? null : partTimeQuarter, minimum, payable, fixed, total);
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
  private static void distributeLargestRemainder(List<Quarter> results, long baseCents) {
    long floorSum = 0;
    for (Quarter r : results) {
      floorSum += r.jb().floor();
    }
    long left = baseCents - floorSum;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      order.add(i);
    }
    order.sort((i, j) -> {
      Rational fi = results.get(i).jb().minus(Rational.of(results.get(i).jb().floor()));
      Rational fj = results.get(j).jb().minus(Rational.of(results.get(j).jb().floor()));
      int c = fj.compareTo(fi);
      return c != 0 ? c : Integer.compare(i, j);
    });
    long[] cents = new long[results.size()];
    for (int i = 0; i < results.size(); i++) {
      cents[i] = results.get(i).jb().floor();
    }
    for (int k = 0; k < left; k++) {
      cents[order.get(k)]++;
    }
    for (int i = 0; i < results.size(); i++) {
      results.set(i, results.get(i).withAmountCents(cents[i]));
    }
  }

  /** The explanation text of {@code r}, as the calculator wrote it before the one engine. */
  public static String explanationText(Result r) {
    ParameterSet p = r.parameters();
    Person person = r.person();
    int year = r.referenceYear();
    List<Explanation.Step> steps = new ArrayList<>();
    String heading = "Jobbonus for reference year " + year + ", INSZ " + person.insz().masked()
        + ", parameter set '" + p.id() + "' version " + p.version() + " (" + p.id() + "-" + year + ")";

    boolean categoryOk = p.eligibleCategories().value().contains(person.statuut());
    steps.add(new Explanation.Step("Category (statuut)", law(p, "category"), List.of(
        "statuut: " + person.statuut(),
        "beneficiary categories: " + p.eligibleCategories().value() + " " + cite(p.eligibleCategories()),
        categoryOk ? "met" : "NOT met: not a beneficiary category")));

    boolean residenceOk = person.residence() == Region.FLEMISH_REGION;
    steps.add(new Explanation.Step("Residence", law(p, "residence"), List.of(
        "reference date: " + p.residenceReferenceDate(year) + " (day " + p.residenceMonthDay().value().toString().substring(2)
            + " of the year " + p.residenceYearsAfterReferenceYear().value() + " after the reference year) "
            + cite(p.residenceYearsAfterReferenceYear()),
        "official residence on that date: " + person.residence(),
        residenceOk ? "met" : "NOT met: residence outside the Flemish Region")));

    person.birthDate().ifPresent(bd -> steps.add(new Explanation.Step("Pension age", law(p, "pensionAge"), List.of(
        "statutory pension age: " + p.pensionAgeRuleFor(bd).age().value() + " " + cite(p.pensionAgeRuleFor(bd).age()),
        "reached on: " + p.pensionAgeDate(bd),
        "rule: " + p.interpretation().pensionAge().value() + " " + cite(p.interpretation().pensionAge())))));

    Interpretation ip = p.interpretation();
    for (Quarter q : r.quarters()) {
      Period per = q.period();
      List<String> lines = new ArrayList<>();
      BigDecimal mu = q.input().workFraction();
      lines.add("inputs: wage W = " + Euro.format(q.input().wageCents()) + ", work fraction µ = "
          + (mu.scale() < 2 ? mu.setScale(2) : mu).toPlainString() + ", regime " + q.input().regime());
      lines.add("period " + per.from() + " to " + per.to() + ": OG = " + Euro.format(per.lowerLimit().value())
          + " " + cite(per.lowerLimit()) + "; BG = " + Euro.format(per.upperLimit().value()) + " " + cite(per.upperLimit())
          + "; Jmax = " + Euro.format(per.maxAmount().value()) + " " + cite(per.maxAmount())
          + "; Jmin = " + Euro.format(per.minAmount().value()) + " " + cite(per.minAmount()));
      if (q.s() == null) {
        lines.add("µ = 0: no performance, no reference monthly wage, amount 0");
      } else {
        lines.add("reference monthly wage S = W / 3 / µ = " + euro(q.s()));
        Rational s = q.s();
        String band;
        if (s.compareTo(Rational.of(per.lowerLimit().value())) <= 0) {
          band = "S <= OG: A = Jmax";
        } else if (s.compareTo(Rational.of(per.upperLimit().value())) > 0) {
          band = "S > BG: A = 0";
        } else {
          String end = ip.degressiveLineEnd().value() == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT
              ? "(BG + 0.01 - OG)" : "(BG - OG)";
          band = "OG < S <= BG: A = Jmax - (Jmax - Jmin) x (S - OG) / " + end + " "
              + cite(ip.degressiveLineEnd());
        }
        lines.add(band + " = " + euro(q.a()) + " a year");
        lines.add("base amount B = A / 4 = " + euro(q.a().dividedBy(Rational.of(4))));
        lines.add("amount JB = B x µ = " + euro(q.jb()) + (q.counted() ? "" : " -> does not count"));
      }
      if (q.reason() != null) {
        lines.add("NOT counted: " + q.reason());
      }
      lines.add("shown as " + Euro.format(q.amountCents()));
      steps.add(new Explanation.Step("Quarter " + q.quarter(), law(p, "quarter"), lines));
    }

    steps.add(new Explanation.Step("Annual base amount", law(p, "annualBase") + "; " + ip.rounding().value(), List.of(
        "sum of the quarters' exact amounts = " + euro(r.exactBase()),
        "rounding " + ip.rounding().value() + " " + cite(ip.rounding()) + ": base = " + Euro.format(r.baseCents()),
        "the quarters' shown amounts add up to the base (largest remainder)")));

    if (r.eligible()) {
      YearRules y = p.yearRules(year);
      Parameter<Long> min = r.fullTime() ? y.minimumPayableFullTime() : y.minimumPayablePartTime();
      steps.add(new Explanation.Step("Minimum payable amount", law(p, "minimumPayable"), List.of(
          "performance: " + performance(r) + " " + cite(ip.fullTimeMinimum()),
          "minimum payable: " + Euro.format(min.value()) + " " + cite(min),
          r.payable() ? "base " + Euro.format(r.baseCents()) + " >= minimum: payable"
              : "base " + Euro.format(r.baseCents()) + " < minimum: nothing is paid")));
      steps.add(new Explanation.Step("Fixed increase", law(p, "fixedIncrease." + year, "fixedIncrease"), List.of(
          "fixed increase for " + year + ": " + Euro.format(y.fixedIncrease().value()) + " " + cite(y.fixedIncrease()),
          r.payable() ? "added once, not prorated" : "not added: the base is not payable")));
    } else {
      List<String> lines = new ArrayList<>();
      for (Reason reason : r.reasons()) {
        lines.add(reason.toString());
      }
      if (lines.isEmpty()) {
        lines.add("no quarter counts");
      }
      steps.add(new Explanation.Step("Not a beneficiary for " + year, law(p, "notBeneficiary"), lines));
    }
    steps.add(new Explanation.Step("Total", law(p, "total"), List.of(
        "total paid = " + (r.payable() ? Euro.format(r.baseCents()) + " + " + Euro.format(r.fixedIncreaseCents()) + " = " : "")
            + Euro.format(r.totalCents()))));

    StringBuilder b = new StringBuilder(heading).append('\n');
    int n = 1;
    for (Explanation.Step s : steps) {
      b.append('\n').append(n++).append(". ").append(s.title()).append("  [").append(s.legalSource()).append("]\n");
      for (String line : s.lines()) {
        b.append("   ").append(line).append('\n');
      }
    }
    return b.toString();
  }

  private static String euro(Rational cents) {
    BigDecimal exact = cents.dividedBy(Rational.of(100)).toBigDecimal(6);
    String s = exact.stripTrailingZeros().toPlainString();
    BigDecimal back = new BigDecimal(s);
    boolean isExact = Rational.of(back).times(Rational.of(100)).equals(cents);
    if (back.scale() < 2) {
      s = back.setScale(2).toPlainString();
    }
    return isExact ? s : s + "…";
  }

  private static String law(ParameterSet p, String key) {
    Parameter<String> c = p.citations().all().get(key);
    return c.value() + " (" + c.status() + ")";
  }

  private static String law(ParameterSet p, String key, String fallback) {
    return p.citations().all().containsKey(key) ? law(p, key) : law(p, fallback);
  }

  private static String performance(Result r) {
    if (r.fullTime()) {
      return "full-time (every quarter with performance full-time)";
    }
    if (r.partTimeQuarter() == null) {
      return "part-time";
    }
    Quarter q = r.quarters().stream().filter(x -> x.input().quarter().equals(r.partTimeQuarter())).findFirst().orElseThrow();
    BigDecimal mu = q.input().workFraction();
    return "part-time (decided by " + r.partTimeQuarter() + ": regime " + q.input().regime() + ", µ "
        + (mu.scale() < 2 ? mu.setScale(2) : mu).toPlainString() + ")";
  }

  private static String cite(Parameter<?> p) {
    return "[" + p.status() + ": " + p.source() + "]";
  }

  /**
   * The library's reason, whose English wording must be the oracle's own: the words are data in the
   * library (a resource bundle), the oracle keeps them as literals.
   */
  private static Reason worded(Reason r, String english) {
    if (!r.message().equals(english)) {
      throw new AssertionError("the reason's English wording changed: «" + r.message() + "», the oracle has «"
          + english + "»");
    }
    return r;
  }
}
