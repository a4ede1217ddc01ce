package be.jobbonus.core.dmfa;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** A non-negative exact fraction for work fractions (package-private). */
final class Fraction implements Comparable<Fraction> {
  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  private static final long[] POW10 = {1, 10, 100, 1000, 10000};

  final BigInteger num;
  final BigInteger den;

  private Fraction(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Fraction of(long num, long den) {
    if (den <= 0 || num < 0) {
      throw new ArithmeticException("fraction must be non-negative with a positive denominator");
    }
    return reduce(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  private static Fraction reduce(BigInteger n, BigInteger d) {
    if (n.bitLength() < 63 && d.bitLength() < 63) {
      long ln = n.longValue();
      long ld = d.longValue();
      long g = gcd(ln, ld);
      if (ln == 0) {
        return ZERO;
      }
      return g == 1 ? new Fraction(n, d) : new Fraction(BigInteger.valueOf(ln / g), BigInteger.valueOf(ld / g));
    }
    BigInteger g = n.gcd(d);
    if (g.signum() == 0 || g.equals(BigInteger.ONE)) {
      return n.signum() == 0 ? ZERO : new Fraction(n, d);
    }
    return new Fraction(n.divide(g), d.divide(g));
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  Fraction plus(Fraction o) {
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

  Fraction min(Fraction o) {
    return compareTo(o) <= 0 ? this : o;
  }

  int signum() {
    return num.signum();
  }

  /** Rounded half-up to {@code scale} decimals (0.005 -> 0.01 at scale 2). */
  BigDecimal roundHalfUp(int scale) {
    if (num.bitLength() < 40 && den.bitLength() < 62 && scale <= 4) {
      long n = num.longValue() * POW10[scale];
      long d = den.longValue();
      long q = n / d;
      if ((n % d) * 2 >= d) {
        q++;
      }
      return BigDecimal.valueOf(q, scale);
    }
    BigInteger scaled = num.multiply(BigInteger.TEN.pow(scale));
    BigInteger[] qr = scaled.divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].shiftLeft(1).compareTo(den) >= 0) {
      q = q.add(BigInteger.ONE);
    }
    return new BigDecimal(q, scale);
  }

  /** Whether {@code toDecimal} is exact at that many decimals. */
  boolean exactAt(int scale) {
    return num.multiply(BigInteger.TEN.pow(scale)).mod(den).signum() == 0;
  }

  /** A readable decimal: exact when it is, else 6 decimals followed by "…". */
  String toText() {
    for (int s = 0; s <= 6; s++) {
      if (exactAt(s)) {
        return new BigDecimal(num).divide(new BigDecimal(den), s, RoundingMode.UNNECESSARY).toPlainString();
      }
    }
    return new BigDecimal(num).divide(new BigDecimal(den), 6, RoundingMode.DOWN).toPlainString() + "…";
  }

  @Override
  public int compareTo(Fraction o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fraction && ((Fraction) o).num.equals(num) && ((Fraction) o).den.equals(den);
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
