package be.jobbonus.core.calculation;

import be.jobbonus.core.Euro;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.internal.Engine;
import be.jobbonus.core.parameters.Period;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import javax.money.MonetaryAmount;

/**
 * The calculation of one quarter (docs/calculation.md §3), as the engine computed it. The exact values
 * are kept as the engine's integers: the quarter's amount is JB = N / (C·D) with N = D·n' + b
 * (see the engine's algebra); the cents shown are rounded half-up for display, except {@link
 * #amountCents()}, which is the quarter's share of the rounded annual base (largest remainder),
 * so that the quarters add up to it.
 */
public final class QuarterResult {

  private final QuarterInput input;
  private final Period period;
  private final boolean counted;
  private final Reason reason; // nullable
  private final long nPrime; // N = D·n' + b of the quarter, whether or not it counts
  private final long b;
  private final long d;
  private final long amountCents;

  QuarterResult(QuarterInput input, Period period, boolean counted, Reason reason, long nPrime, long b, long d,
      long amountCents) {
    this.input = input;
    this.period = period;
    this.counted = counted;
    this.reason = reason;
    this.nPrime = nPrime;
    this.b = b;
    this.d = d;
    this.amountCents = amountCents;
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
    int m = input.workFractionTenThousandths();
    return m == 0 ? OptionalLong.empty() : OptionalLong.of(Engine.referenceMonthlyWageCents(input.wageCents(), m));
  }

  /** The annual full-time amount A(S) of the period, rounded half-up to the cent (0 when µ = 0). */
  public long annualAmountCents() {
    return Engine.annualAmountCents(nPrime, b, d, input.workFractionTenThousandths());
  }

  /** <i>Basisbedrag</i> B = A(S) / 4, rounded half-up to the cent. */
  public long baseAmountCents() {
    return Engine.baseAmountCents(nPrime, input.workFractionTenThousandths());
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
    return exact().euros(scale);
  }

  /** Exact S in euro to {@code scale} decimals; empty when µ = 0. */
  public Optional<BigDecimal> exactReferenceMonthlyWage(int scale) {
    ExactCents s = exactReferenceMonthlyWage();
    return s == null ? Optional.empty() : Optional.of(s.euros(scale));
  }

  /** JB = N / (C·D) when the quarter counts, else 0. */
  ExactCents exact() {
    return counted ? ExactCents.ofParts(nPrime, b, d, Engine.C) : ExactCents.ZERO;
  }

  /** S = 10000·W / (3m); null when m = 0. */
  ExactCents exactReferenceMonthlyWage() {
    int m = input.workFractionTenThousandths();
    return m == 0 ? null : ExactCents.of(10_000L * input.wageCents(), 3L * m);
  }

  /** A(S) = N / (3m·D) (0 when m = 0). */
  ExactCents exactAnnualAmount() {
    int m = input.workFractionTenThousandths();
    return m == 0 ? ExactCents.ZERO : ExactCents.ofParts(nPrime, b, d, 3L * m);
  }

  /** B = A(S) / 4 = N / (12m·D) (0 when m = 0). */
  ExactCents exactBaseAmount() {
    int m = input.workFractionTenThousandths();
    return m == 0 ? ExactCents.ZERO : ExactCents.ofParts(nPrime, b, d, 12L * m);
  }

  /** Hides wages: quarter, whether it counts and the amount only. */
  @Override
  public String toString() {
    return "QuarterResult[" + quarter() + (counted ? "" : " not counted") + ", amount " + Euro.format(amountCents) + "]";
  }
}
