package be.jobbonus.benchmarks;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Peer (4): Camunda's standalone DMN engine (FEEL on Scala) evaluates the per-quarter decision of
 * {@code jobbonus-quarter.dmn}; Java does what is per person (eligibility, pension age, sum,
 * one half-up rounding, largest-remainder display, minimum payable, fixed increase) as the
 * reference does. FEEL numbers are 34-digit decimals ({@code DECIMAL128}).
 */
final class DmnJobbonus {

  /** The figures compared: base, total and the quarters shown, in cents. */
  record Result(long baseCents, long totalCents, boolean payable, long[] quarterCents) {}

  private final ParameterSet parameters;
  private final DmnEngine engine;
  private final DmnDecision decision;

  DmnJobbonus(ParameterSet parameters) {
    this.parameters = parameters;
    this.engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = DmnJobbonus.class.getResourceAsStream("jobbonus-quarter.dmn")) {
      this.decision = engine.parseDecision("quarterAmount", in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static BigDecimal euro(long cents) {
    return BigDecimal.valueOf(cents, 2);
  }

  /** JB of one quarter, as the DMN decision gives it, in euro. */
  BigDecimal quarterAmount(Period p, long wageCents, BigDecimal mu) {
    boolean plusCent = parameters.interpretation().degressiveLineEnd().value()
        == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT;
    long lineEnd = p.upperLimit().value() + (plusCent ? 1 : 0);
    VariableMap vars = Variables.createVariables()
        .putValue("wage", euro(wageCents))
        .putValue("mu", mu)
        .putValue("og", euro(p.lowerLimit().value()))
        .putValue("bg", euro(p.upperLimit().value()))
        .putValue("jmax", euro(p.maxAmount().value()))
        .putValue("jmin", euro(p.minAmount().value()))
        .putValue("lineEnd", euro(lineEnd));
    String amount = engine.evaluateDecisionTable(decision, vars).getSingleResult().getSingleEntry();
    return new BigDecimal(amount);
  }

  Result calculate(Person person, int year, List<QuarterInput> quarters) {
    YearRules rules = parameters.yearRules(year);
    Interpretation ip = parameters.interpretation();
    boolean personOk = parameters.eligibleCategories().value().contains(person.statuut())
        && person.residence() == Region.FLEMISH_REGION;
    LocalDate pension = parameters.pensionAgeDate(person.birthDate().orElseThrow());
    BigDecimal[] jb = new BigDecimal[quarters.size()];
    BigDecimal sum = BigDecimal.ZERO;
    boolean any = false;
    boolean fullTime = true;
    boolean complete = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_PERFORMED_QUARTER_COMPLETE;
    boolean countedOnly = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_COUNTED_QUARTER_FULL_TIME;
    boolean perQuarter = ip.rounding().value() == Interpretation.Rounding.PER_QUARTER;
    long perQuarterSum = 0;
    for (int i = 0; i < quarters.size(); i++) {
      QuarterInput q = quarters.get(i);
      jb[i] = BigDecimal.ZERO;
      if (!personOk || q.workFraction().signum() == 0 || !q.quarter().firstDay().isBefore(pension)) {
        continue;
      }
      BigDecimal amount = quarterAmount(parameters.periodFor(q.quarter()), q.wageCents(), q.workFraction());
      // IP-full-time: a quarter with performance decides, whether or not it yields an amount
      boolean decides = amount.signum() > 0 || !countedOnly;
      if (decides && (q.regime() != Regime.FULL_TIME || (complete && q.workFraction().compareTo(BigDecimal.ONE) != 0))) {
        fullTime = false;
      }
      if (amount.signum() <= 0) {
        continue;
      }
      jb[i] = amount.movePointRight(2); // cents
      sum = sum.add(jb[i]);
      perQuarterSum += jb[i].setScale(0, RoundingMode.HALF_UP).longValueExact();
      any = true;
    }
    long base = perQuarter ? perQuarterSum : sum.setScale(0, RoundingMode.HALF_UP).longValueExact();
    long[] shown = new long[quarters.size()];
    if (perQuarter) {
      for (int i = 0; i < shown.length; i++) {
        shown[i] = jb[i].setScale(0, RoundingMode.HALF_UP).longValueExact();
      }
    } else {
      largestRemainder(jb, base, shown);
    }
    boolean ft = any && fullTime;
    long minimum = ft ? rules.minimumPayableFullTime().value() : rules.minimumPayablePartTime().value();
    boolean payable = personOk && base > 0 && base >= minimum;
    long total = payable ? base + rules.fixedIncrease().value() : 0;
    return new Result(base, total, payable, shown);
  }

  /** Largest remainder (ties: earlier quarter), as the reference shows quarters. */
  static void largestRemainder(BigDecimal[] exact, long base, long[] shown) {
    long left = base;
    for (int i = 0; i < exact.length; i++) {
      shown[i] = exact[i].setScale(0, RoundingMode.FLOOR).longValueExact();
      left -= shown[i];
    }
    boolean[] taken = new boolean[exact.length];
    for (long t = 0; t < left; t++) {
      int best = -1;
      BigDecimal bestFraction = null;
      for (int i = 0; i < exact.length; i++) {
        BigDecimal f = exact[i].subtract(BigDecimal.valueOf(shown[i] - (taken[i] ? 1 : 0)));
        if (!taken[i] && (best < 0 || f.compareTo(bestFraction) > 0)) {
          best = i;
          bestFraction = f;
        }
      }
      taken[best] = true;
      shown[best]++;
    }
  }
}
