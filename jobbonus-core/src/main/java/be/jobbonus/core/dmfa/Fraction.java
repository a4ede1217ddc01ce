package be.jobbonus.core.dmfa;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A non-negative fraction as the derivation reported it ({@link
 * be.jobbonus.core.batch.DmfaAccumulator.Trace}), for the explanation only: its value rounded and
 * as text. It does no arithmetic of the derivation.
 */
final class Fraction {

  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  private static final int TEXT_DECIMALS = 6;

  private final BigInteger numerator;
  private final BigInteger denominator;

  Fraction(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  static Fraction of(long numerator, long denominator) {
    return denominator == 0 ? ZERO : new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Rounded half-up to {@code scale} decimals (0.005 -> 0.01 at scale 2). */
  BigDecimal roundHalfUp(int scale) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
  }

  /** Whether the value is above 1. */
  boolean aboveOne() {
    return numerator.compareTo(denominator) > 0;
  }

  /** A readable decimal: exact when it is (up to 6 decimals), else 6 decimals followed by "…". */
  String toText() {
    for (int s = 0; s <= TEXT_DECIMALS; s++) {
      if (numerator.multiply(BigInteger.TEN.pow(s)).mod(denominator).signum() == 0) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), s, RoundingMode.UNNECESSARY).toPlainString();
      }
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), TEXT_DECIMALS, RoundingMode.DOWN).toPlainString()
        + "…";
  }
}
