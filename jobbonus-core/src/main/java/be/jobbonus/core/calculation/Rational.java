package be.jobbonus.core.calculation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact fraction, always reduced, positive denominator. Package-private: the reference arithmetic. */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  final BigInteger num;
  final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Rational of(long n) {
    return new Rational(BigInteger.valueOf(n), BigInteger.ONE);
  }

  static Rational of(BigInteger n, BigInteger d) {
    if (d.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    if (n.signum() == 0) {
      d = BigInteger.ONE;
    }
    return new Rational(n, d);
  }

  static Rational of(BigDecimal d) {
    if (d.scale() >= 0) {
      return of(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }
    return of(d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale())), BigInteger.ONE);
  }

  Rational plus(Rational o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational minus(Rational o) {
    return of(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational times(Rational o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  Rational dividedBy(Rational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  int signum() {
    return num.signum();
  }

  /** Rounded half-up (away from zero at .5) to an integer. */
  long roundHalfUp() {
    return toBigDecimal(0).longValueExact();
  }

  /** The integer part towards negative infinity. */
  long floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].signum() < 0) {
      q = q.subtract(BigInteger.ONE);
    }
    return q.longValueExact();
  }

  BigDecimal toBigDecimal(int scale) {
    return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.HALF_UP);
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
