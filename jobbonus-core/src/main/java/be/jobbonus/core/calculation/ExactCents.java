package be.jobbonus.core.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact number of cents {@code num / den} (den > 0) built from the engine's integers, for
 * display only: S, A(S), B, JB and Σ JB in the explanation and the exact accessors. Numerators
 * such as N = D·n' + b can exceed a {@code long}, hence {@link BigInteger}; no amount is decided
 * from this class (the engine decides them in {@code long}).
 */
final class ExactCents {

  static final ExactCents ZERO = new ExactCents(BigInteger.ZERO, BigInteger.ONE);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  final BigInteger num;
  final BigInteger den;

  private ExactCents(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  /** {@code num / den} cents, den > 0. */
  static ExactCents of(long num, long den) {
    return new ExactCents(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  /** N / (k·D) cents with N = D·n' + b: the engine's form of A(S) (k = 3m), B (12m) and JB (C). */
  static ExactCents ofParts(long nPrime, long b, long d, long k) {
    BigInteger bd = BigInteger.valueOf(d);
    return new ExactCents(bd.multiply(BigInteger.valueOf(nPrime)).add(BigInteger.valueOf(b)),
        bd.multiply(BigInteger.valueOf(k)));
  }

  ExactCents plus(ExactCents o) {
    return new ExactCents(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  /** In euro, half-up to {@code scale} decimals. */
  BigDecimal euros(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den).multiply(HUNDRED), scale, RoundingMode.HALF_UP);
  }

  /**
   * In euro as the explanation shows it: exact with at least two decimals when it has at most six,
   * else six decimals (half-up) followed by "…".
   */
  String euroText() {
    String s = euros(6).stripTrailingZeros().toPlainString();
    BigDecimal back = new BigDecimal(s);
    boolean exact = back.multiply(HUNDRED).multiply(new BigDecimal(den)).compareTo(new BigDecimal(num)) == 0;
    if (back.scale() < 2) {
      s = back.setScale(2).toPlainString();
    }
    return exact ? s : s + "…";
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
