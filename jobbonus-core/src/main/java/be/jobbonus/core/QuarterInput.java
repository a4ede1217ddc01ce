package be.jobbonus.core;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The calculation's own inputs for one quarter (docs/calculation.md §3): the wage (<i>loon</i>) of all
 * employers added up, the work fraction (<i>prestatiebreuk</i>) and the regime.
 *
 * <p>Domain: {@code 0 <= wageCents <= }{@value #MAX_WAGE_CENTS} (10 million euro a quarter); work
 * fraction in [0, 1] with at most 4 decimals. {@link #toString()} hides the wage.
 *
 * @param wageCents the quarter's wage in cents. Personal data.
 * @param workFraction the work fraction µ, exact, trailing zeros stripped
 */
public record QuarterInput(YearQuarter quarter, long wageCents, BigDecimal workFraction, Regime regime) {

  /** Largest wage accepted, in cents (10,000,000.00 euro in a quarter). */
  public static final long MAX_WAGE_CENTS = 1_000_000_000L;

  /** Most decimals accepted in a work fraction. */
  public static final int MAX_WORK_FRACTION_SCALE = 4;

  /**
   * @throws IllegalArgumentException when the wage is negative or above {@link #MAX_WAGE_CENTS},
   *     or the work fraction is outside [0, 1] or has more than 4 decimals; the message names the
   *     quarter and the field
   */
  public static QuarterInput of(YearQuarter quarter, long wageCents, BigDecimal workFraction, Regime regime) {
    return new QuarterInput(quarter, wageCents, workFraction, regime);
  }

  /** Checks and normalises the input as {@link #of(YearQuarter, long, BigDecimal, Regime)} documents. */
  public QuarterInput {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(workFraction, "workFraction");
    Objects.requireNonNull(regime, "regime");
    if (wageCents < 0) {
      throw new IllegalArgumentException(quarter + ": wage must not be negative");
    }
    if (wageCents > MAX_WAGE_CENTS) {
      throw new IllegalArgumentException(quarter + ": wage above 10,000,000.00 euro in a quarter is not plausible");
    }
    if (workFraction.signum() < 0 || workFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(quarter + ": work fraction must be between 0 and 1");
    }
    BigDecimal normal = workFraction.stripTrailingZeros();
    if (normal.scale() > MAX_WORK_FRACTION_SCALE) {
      throw new IllegalArgumentException(quarter + ": work fraction has more than 4 decimals");
    }
    workFraction = normal.scale() < 0 ? normal.setScale(0) : normal;
  }

  /** Same as {@link #of(YearQuarter, long, BigDecimal, Regime)}, fraction parsed from text ("0.5"). */
  public static QuarterInput of(YearQuarter quarter, long wageCents, String workFraction, Regime regime) {
    BigDecimal f;
    try {
      f = new BigDecimal(workFraction);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(quarter + ": work fraction must be a decimal number such as 0.5");
    }
    return of(quarter, wageCents, f, regime);
  }

  /** The work fraction in ten-thousandths (0.77 is 7700). */
  public int workFractionTenThousandths() {
    return workFraction.movePointRight(4).intValueExact();
  }

  /** Hides the wage. */
  @Override
  public String toString() {
    return "QuarterInput[" + quarter + ", µ=" + workFraction.toPlainString() + ", " + regime + "]";
  }
}
