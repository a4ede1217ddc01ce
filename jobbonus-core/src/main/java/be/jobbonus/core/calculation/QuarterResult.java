package be.jobbonus.core.calculation;

import be.jobbonus.core.internal.Rational;
import be.jobbonus.core.Euro;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Period;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;

/**
 * The calculation of one quarter (calculation.md §3). Exact values are kept inside; the cents
 * shown are rounded half-up for display, except {@link #amountCents()}, which is the quarter's
 * share of the rounded annual base (largest remainder), so that the quarters add up to it.
 */
public final class QuarterResult {

  private final QuarterInput input;
  private final Period period;
  private final boolean counted;
  private final Reason reason; // nullable
  private final Rational referenceMonthlyWage; // nullable when µ = 0
  private final Rational annualAmount; // A(S)
  private final Rational exactAmount; // JB_q, zero when not counted
  private final long amountCents;

  QuarterResult(QuarterInput input, Period period, boolean counted, Reason reason,
      Rational referenceMonthlyWage, Rational annualAmount, Rational exactAmount, long amountCents) {
    this.input = input;
    this.period = period;
    this.counted = counted;
    this.reason = reason;
    this.referenceMonthlyWage = referenceMonthlyWage;
    this.annualAmount = annualAmount;
    this.exactAmount = exactAmount;
    this.amountCents = amountCents;
  }

  QuarterResult withAmountCents(long cents) {
    return new QuarterResult(input, period, counted, reason, referenceMonthlyWage, annualAmount, exactAmount, cents);
  }

  public YearQuarter quarter() {
    return input.quarter();
  }

  /** The inputs of the quarter. */
  public QuarterInput input() {
    return input;
  }

  /** The parameter period that contains the quarter. */
  public Period period() {
    return period;
  }

  /** Whether the quarter counts towards the base amount (the person and the quarter are eligible). */
  public boolean counted() {
    return counted;
  }

  /** Why the quarter does not count, when it is the quarter's own condition. */
  public Optional<Reason> reason() {
    return Optional.ofNullable(reason);
  }

  /** Work fraction µ as given. */
  public BigDecimal workFraction() {
    return input.workFraction();
  }

  public long wageCents() {
    return input.wageCents();
  }

  /** <i>Refertemaandloon</i> S = W / 3 / µ, rounded half-up to the cent; empty when µ = 0. */
  public OptionalLong referenceMonthlyWageCents() {
    return referenceMonthlyWage == null ? OptionalLong.empty() : OptionalLong.of(referenceMonthlyWage.roundHalfUp());
  }

  /** The annual full-time amount A(S) of the period, rounded half-up to the cent (0 when µ = 0). */
  public long annualAmountCents() {
    return annualAmount.roundHalfUp();
  }

  /** <i>Basisbedrag</i> B = A(S) / 4, rounded half-up to the cent. */
  public long baseAmountCents() {
    return annualAmount.dividedBy(Rational.of(4)).roundHalfUp();
  }

  /** <i>Jobbonus per kwartaal</i> JB = B × µ as shown: the quarter's share of the rounded base. */
  public long amountCents() {
    return amountCents;
  }

  /** {@link #amountCents()} as EUR. */
  public MonetaryAmount amount() {
    return Euro.of(amountCents);
  }

  /** The exact JB, to {@code scale} decimals of a euro (half-up): for explanation and audit. */
  public BigDecimal exactAmount(int scale) {
    return exactAmount.dividedBy(Rational.of(100)).toBigDecimal(scale);
  }

  /** Exact S in euro to {@code scale} decimals; empty when µ = 0. */
  public Optional<BigDecimal> exactReferenceMonthlyWage(int scale) {
    return referenceMonthlyWage == null ? Optional.empty()
        : Optional.of(referenceMonthlyWage.dividedBy(Rational.of(100)).toBigDecimal(scale));
  }

  Rational exact() {
    return exactAmount;
  }

  Rational exactReferenceMonthlyWage() {
    return referenceMonthlyWage;
  }

  Rational exactAnnualAmount() {
    return annualAmount;
  }

  /** Hides wages: quarter, whether it counts and the amount only. */
  @Override
  public String toString() {
    return "QuarterResult[" + quarter() + (counted ? "" : " not counted") + ", amount " + Euro.format(amountCents) + "]";
  }
}
