package be.jobbonus.core.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction, always reduced, with a positive denominator: the arithmetic of the {@link
 * OracleCalculator}. A test-side copy of {@code be.jobbonus.core.internal.Rational} as the
 * calculator used it before the one engine; main code computes amounts in the engine's integers.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private static final long[] POW10 = {1, 10, 100, 1000, 10000};

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  public static Rational of(long n) {
    return n == 0 ? ZERO : new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Rational of(long n, long d) {
    return of(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  public static Rational of(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    return reduce(n, d);
  }

  public static Rational of(BigDecimal d) {
    if (d.scale() >= 0) {
      return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }
    return of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
  }

  private static Rational reduce(BigInteger n, BigInteger d) {
    if (n.signum() == 0) {
      return ZERO;
    }
    if (n.bitLength() < 63 && d.bitLength() < 63) {
      long ln = n.longValue();
      long ld = d.longValue();
      long g = gcd(Math.abs(ln), ld);
      return g == 1 ? new Rational(n, d) : new Rational(BigInteger.valueOf(ln / g), BigInteger.valueOf(ld / g));
    }
    BigInteger g = n.gcd(d);
    return g.equals(BigInteger.ONE) ? new Rational(n, d) : new Rational(n.divide(g), d.divide(g));
  }

  /** The greatest common divisor of two non-negative longs (Euclid). */
  public static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  public Rational plus(Rational o) {
    if (o.num.signum() == 0) {
      return this;
    }
    if (num.signum() == 0) {
      return o;
    }
    if (den.equals(o.den)) {
      return reduce(num.add(o.num), den);
    }
    return reduce(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  public Rational minus(Rational o) {
    return plus(new Rational(o.num.negate(), o.den));
  }

  public Rational times(Rational o) {
    return reduce(num.multiply(o.num), den.multiply(o.den));
  }

  public Rational dividedBy(Rational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  public Rational min(Rational o) {
    return compareTo(o) <= 0 ? this : o;
  }

  public int signum() {
    return num.signum();
  }

  /** Rounded half-up (away from zero at .5) to an integer. */
  public long roundHalfUp() {
    return toBigDecimal(0).longValueExact();
  }

  /** Rounded half-up to {@code scale} decimals (0.005 -> 0.01 at scale 2). */
  public BigDecimal roundHalfUp(int scale) {
    if (num.signum() >= 0 && num.bitLength() < 40 && den.bitLength() < 62 && scale <= 4) {
      long n = num.longValue() * POW10[scale];
      long d = den.longValue();
      long q = n / d;
      if ((n % d) * 2 >= d) {
        q++;
      }
      return BigDecimal.valueOf(q, scale);
    }
    return toBigDecimal(scale);
  }

  /** The integer part towards negative infinity. */
  public long floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].signum() < 0) {
      q = q.subtract(BigInteger.ONE);
    }
    return q.longValueExact();
  }

  /** Half-up to {@code scale} decimals. */
  public BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
  }

  /** Whether the value has at most {@code scale} decimals. */
  public boolean exactAt(int scale) {
    return num.multiply(BigInteger.TEN.pow(scale)).mod(den).signum() == 0;
  }

  /** A readable decimal: exact when it is (up to 6 decimals), else 6 decimals followed by "…". */
  public String toText() {
    for (int s = 0; s <= 6; s++) {
      if (exactAt(s)) {
        return new BigDecimal(num).divide(new BigDecimal(den), s, RoundingMode.UNNECESSARY).toPlainString();
      }
    }
    return new BigDecimal(num).divide(new BigDecimal(den), 6, RoundingMode.DOWN).toPlainString() + "…";
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational && ((Rational) o).num.equals(num) && ((Rational) o).den.equals(den);
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return num + "/" + den;
  }
}
