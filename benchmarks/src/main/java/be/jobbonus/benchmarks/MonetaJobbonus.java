package be.jobbonus.benchmarks;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import javax.money.MonetaryRounding;
import org.javamoney.moneta.Money;

/**
 * Peer (3): the jobbonus as a typical first version would write it, with Moneta {@link Money}
 * throughout: S = W / 3 / µ, A(S), JB = A / 4 · µ, the sum rounded with Moneta's default rounding
 * for EUR, each quarter rounded on its own for display. Not the reference: Moneta's default
 * rounding is half-even (ties at half a cent, frequent with the official figures, go to the even
 * cent); the quarters shown need not add up to the base; {@code Money} divides in a 256-digit
 * {@code MathContext} (Moneta 1.4.5 default), which is exact enough here.
 */
final class MonetaJobbonus {

  static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  /** The figures the benchmarks compare: base, total and the quarters shown, in cents. */
  record Result(long baseCents, long totalCents, boolean payable, long[] quarterCents) {}

  private final ParameterSet parameters;
  private final MonetaryRounding rounding = Monetary.getDefaultRounding();

  MonetaJobbonus(ParameterSet parameters) {
    this.parameters = parameters;
  }

  Result calculate(Person person, int year, java.util.List<QuarterInput> quarters) {
    YearRules rules = parameters.yearRules(year);
    boolean personOk = parameters.eligibleCategories().value().contains(person.statuut())
        && person.residence() == Region.FLEMISH_REGION;
    LocalDate pension = parameters.pensionAgeDate(person.birthDate().orElseThrow());
    boolean lineToBgPlusCent = parameters.interpretation().degressiveLineEnd().value()
        == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT;
    MonetaryAmount sum = Money.of(0, EUR);
    long[] shown = new long[quarters.size()];
    boolean any = false;
    boolean fullTime = true;
    for (int i = 0; i < quarters.size(); i++) {
      QuarterInput q = quarters.get(i);
      BigDecimal mu = q.workFraction();
      if (!personOk || mu.signum() == 0 || !q.quarter().firstDay().isBefore(pension)) {
        continue;
      }
      Period p = parameters.periodFor(q.quarter());
      Money og = Money.ofMinor(EUR, p.lowerLimit().value());
      Money bg = Money.ofMinor(EUR, p.upperLimit().value());
      Money jmax = Money.ofMinor(EUR, p.maxAmount().value());
      Money jmin = Money.ofMinor(EUR, p.minAmount().value());
      Money lineEnd = lineToBgPlusCent ? bg.add(Money.ofMinor(EUR, 1)) : bg;
      Money s = Money.ofMinor(EUR, q.wageCents()).divide(3).divide(mu);
      Money a;
      if (s.isLessThanOrEqualTo(og)) {
        a = jmax;
      } else if (s.isGreaterThan(bg)) {
        a = Money.of(0, EUR);
      } else {
        a = jmax.subtract(jmax.subtract(jmin).multiply(s.subtract(og).getNumber())
            .divide(lineEnd.subtract(og).getNumber()));
      }
      if (q.regime() != Regime.FULL_TIME) {
        fullTime = false; // IP-full-time: every quarter with performance decides
      }
      if (!a.isPositive()) {
        continue;
      }
      MonetaryAmount jb = a.divide(4).multiply(mu);
      shown[i] = jb.with(rounding).getNumber().numberValue(BigDecimal.class).movePointRight(2).longValueExact();
      sum = sum.add(jb);
      any = true;
    }
    long base = sum.with(rounding).getNumber().numberValue(BigDecimal.class).movePointRight(2).longValueExact();
    long minimum = any && fullTime ? rules.minimumPayableFullTime().value() : rules.minimumPayablePartTime().value();
    boolean payable = personOk && base > 0 && base >= minimum;
    long total = payable ? base + rules.fixedIncrease().value() : 0;
    return new Result(base, total, payable, shown);
  }
}
