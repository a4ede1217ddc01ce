package be.jobbonus.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.EngineOracleTest;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rare exact paths of the engine, which random inputs almost never reach: the comparison of
 * fractions with different denominators at and next to equality, annual sums within 4/C of a
 * half cent, and largest-remainder ties broken by the part below 1/C; each checked against the
 * oracle ({@link EngineOracleTest#assertSame}).
 */
class EngineExactPathsTest {

  static final long C = Engine.C;

  /**
   * Search budgets per set and year of {@link EngineOracleTest#SET_YEARS}, set so that the suite
   * keeps its time with the synthetic year: 5/6 of the 300,000 tries with five years; 200 pair
   * searches, a little below what the earlier stop after 2,000 pairs found allowed (it stopped
   * before the last sets).
   */
  static final int TRIES_PER_SET_YEAR = 250_000;
  static final int PAIRS_PER_SET_YEAR = 200;

  /** Σ 2·B_g/D_g ≥ k, in BigInteger. */
  static boolean oracle(long[] b, long[] d, int groups, long k) {
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (int g = 0; g < groups; g++) {
      num = num.multiply(BigInteger.valueOf(d[g])).add(BigInteger.valueOf(2 * b[g]).multiply(den));
      den = den.multiply(BigInteger.valueOf(d[g]));
    }
    return num.compareTo(den.multiply(BigInteger.valueOf(k))) >= 0;
  }

  @Test
  void fractionComparisonIsExactForOneToFourDenominators() {
    Random random = new Random(5);
    long[] b = new long[4];
    long[] d = new long[4];
    int equalities = 0;
    for (int i = 0; i < 400_000; i++) {
      int groups = 1 + random.nextInt(4);
      boolean small = random.nextBoolean();
      for (int g = 0; g < groups; g++) {
        d[g] = small ? 1 + random.nextInt(12) : 1 + random.nextInt((1 << 27) - 1);
        b[g] = (long) (random.nextDouble() * 4 * d[g]);
      }
      long k = 1 + random.nextInt(8);
      boolean expected = oracle(b, d, groups, k);
      assertEquals(expected, Engine.fractionsAtLeast(b, d, groups, k), "case " + i);
      if (exactlyEqual(b, d, groups, k)) {
        equalities++;
      }
    }
    // exact equality with the largest denominators: B_g = j_g·D_g/2
    for (int i = 0; i < 20_000; i++) {
      int groups = 1 + random.nextInt(4);
      long k = 0;
      for (int g = 0; g < groups; g++) {
        d[g] = 2 * (1 + random.nextInt((1 << 26) - 1));
        long j = random.nextInt(3);
        b[g] = j * d[g] / 2;
        k += j;
      }
      if (k < 1 || k > 7) {
        continue;
      }
      assertTrue(Engine.fractionsAtLeast(b, d, groups, k), "equal at k");
      assertEquals(false, Engine.fractionsAtLeast(b, d, groups, k + 1), "below k + 1");
      equalities++;
    }
    assertTrue(equalities > 1000, "equalities seen: " + equalities);
  }

  static boolean exactlyEqual(long[] b, long[] d, int groups, long k) {
    BigInteger num = BigInteger.ZERO;
    BigInteger den = BigInteger.ONE;
    for (int g = 0; g < groups; g++) {
      num = num.multiply(BigInteger.valueOf(d[g])).add(BigInteger.valueOf(2 * b[g]).multiply(den));
      den = den.multiply(BigInteger.valueOf(d[g]));
    }
    return num.equals(den.multiply(BigInteger.valueOf(k)));
  }

  /** A random wage in the degressive band of the quarter's period. */
  static long bandWage(Random random, Period p, int m) {
    long lo = 3L * m * p.lowerLimit().value() / 10_000;
    long hi = Math.min(QuarterInput.MAX_WAGE_CENTS, 3L * m * p.upperLimit().value() / 10_000 + 1);
    return lo + (long) (random.nextDouble() * (hi - lo + 1));
  }

  @Test
  void annualSumsNextToAHalfCentRoundAsTheOracle() {
    Random random = new Random(7);
    long[] nb = new long[2];
    int found = 0;
    int ties = 0;
    int foundInTheSyntheticYear = 0;
    for (EngineOracleTest.SetYear u : EngineOracleTest.SET_YEARS) {
      int s = u.set();
      ParameterSet set = EngineOracleTest.SETS.get(s);
      if (set.interpretation().rounding().value() != be.jobbonus.core.parameters.Interpretation.Rounding.ANNUAL_ONCE) {
        continue;
      }
      int year = u.year();
      Engine engine = Engine.of(set, year);
      int perYear = 0;
      for (int t = 0; t < TRIES_PER_SET_YEAR && perYear < 40; t++) {
        int mask = 3 + random.nextInt(13);
        long nSum = 0;
        boolean anyB = false;
        List<QuarterInput> qs = new ArrayList<>();
        BigInteger twoBetaNum = BigInteger.ZERO;
        BigInteger twoBetaDen = BigInteger.ONE;
        for (int q = 1; q <= 4; q++) {
          if ((mask & (1 << (q - 1))) == 0) {
            continue;
          }
          int m = random.nextInt(3) == 0 ? 10_000 : 1 + random.nextInt(10_000);
          YearQuarter yq = YearQuarter.of(year, q);
          long w = bandWage(random, set.periodFor(yq), m);
          engine.parts(q, w, m, nb);
          nSum += nb[0];
          anyB |= nb[1] != 0;
          long dq = engine.denominator(q);
          twoBetaNum = twoBetaNum.multiply(BigInteger.valueOf(dq)).add(BigInteger.valueOf(2 * nb[1]).multiply(twoBetaDen));
          twoBetaDen = twoBetaDen.multiply(BigInteger.valueOf(dq));
          qs.add(QuarterInput.of(yq, w, BigDecimal.valueOf(m, 4), Regime.FULL_TIME));
        }
        long z = 2 * nSum + C;
        long kk = 2 * C - z % (2 * C);
        if (kk < 8 && anyB) {
          found++;
          perYear++;
          foundInTheSyntheticYear += year == YearsUnderTest.syntheticYear() ? 1 : 0;
          if (twoBetaNum.equals(twoBetaDen.multiply(BigInteger.valueOf(kk)))) {
            ties++;
          }
          EngineOracleTest.assertSame(new EngineOracleTest.Case(
              s, year, Statuut.EMPLOYEE, Region.FLEMISH_REGION, LocalDate.of(1990, 1, 1), qs));
        }
      }
    }
    assertTrue(found > 200, "near-half-cent sums found: " + found);
    assertTrue(ties > 5, "exact half-cent ties found: " + ties);
    assertTrue(foundInTheSyntheticYear > 10, "near-half-cent sums in the synthetic year: " + foundInTheSyntheticYear);
  }

  @Test
  void largestRemainderTiesBelowOneOverCAreBrokenAsTheOracle() {
    Random random = new Random(11);
    long[] nb = new long[2];
    int found = 0;
    int foundInTheSyntheticYear = 0;
    for (EngineOracleTest.SetYear u : EngineOracleTest.SET_YEARS) {
      int s = u.set();
      ParameterSet set = EngineOracleTest.SETS.get(s);
      if (set.interpretation().rounding().value() != be.jobbonus.core.parameters.Interpretation.Rounding.ANNUAL_ONCE) {
        continue;
      }
      int year = u.year();
      Engine engine = Engine.of(set, year);
      for (int t = 0; t < PAIRS_PER_SET_YEAR; t++) {
        int qa = 1 + random.nextInt(3);
        int qb = qa + 1 + random.nextInt(4 - qa);
        int ma = 1 + random.nextInt(10_000);
        long wa = bandWage(random, set.periodFor(YearQuarter.of(year, qa)), ma);
        engine.parts(qa, wa, ma, nb);
        long fa = nb[0] % C;
        long ba = nb[1];
        long da = engine.denominator(qa);
        int mb = 1 + random.nextInt(10_000);
        Period pb = set.periodFor(YearQuarter.of(year, qb));
        long lo = 3L * mb * pb.lowerLimit().value() / 10_000;
        long hi = Math.min(QuarterInput.MAX_WAGE_CENTS, 3L * mb * pb.upperLimit().value() / 10_000 + 1);
        long db = engine.denominator(qb);
        for (long wb = lo; wb <= hi && wb < lo + 400_000; wb++) {
          engine.parts(qb, wb, mb, nb);
          if (nb[0] % C == fa && nb[1] * da != ba * db && (nb[0] != 0 || nb[1] != 0)) {
            found++;
            foundInTheSyntheticYear += year == YearsUnderTest.syntheticYear() ? 1 : 0;
            List<QuarterInput> qs = List.of(
                QuarterInput.of(YearQuarter.of(year, qa), wa, BigDecimal.valueOf(ma, 4), Regime.FULL_TIME),
                QuarterInput.of(YearQuarter.of(year, qb), wb, BigDecimal.valueOf(mb, 4), Regime.PART_TIME));
            EngineOracleTest.assertSame(new EngineOracleTest.Case(
                s, year, Statuut.EMPLOYEE, Region.FLEMISH_REGION, LocalDate.of(1990, 1, 1), qs));
            break;
          }
        }
      }
    }
    assertTrue(found > 100, "equal-fraction pairs found: " + found);
    assertTrue(foundInTheSyntheticYear > 10, "equal-fraction pairs in the synthetic year: " + foundInTheSyntheticYear);
  }

  @Test
  void divisionByMultiplicationIsExactOverTheWholeDividendRange() {
    Random random = new Random(13);
    long max = (1L << Engine.DIVIDEND_BITS) - 1;
    for (int i = 0; i < 20_000; i++) {
      long d = switch (i % 4) {
        case 0 -> 1 + random.nextInt(100_000_000);
        case 1 -> (1L << (14 + random.nextInt(13))) + random.nextInt(3) - 1;
        case 2 -> 16_384 + random.nextInt(200_000);
        default -> 100_000_000 - random.nextInt(1000);
      };
      long magic = Engine.magicFor(d);
      int shift = magic == 0 ? 0 : Engine.DIVIDEND_BITS + Engine.ceilLog2(d) - 64;
      long q = max / d;
      long[] xs = {0, 1, d - 1, d, d + 1, max, max - 1, q * d, q * d - 1, (q - 1) * d, (long) (random.nextDouble() * max),
          random.nextLong() & max};
      for (long x : xs) {
        if (x < 0 || x > max) {
          continue;
        }
        long got = magic == 0 ? x / d : Math.multiplyHigh(x, magic) >>> shift;
        assertEquals(x / d, got, "x=" + x + " d=" + d);
      }
    }
    // and through an engine whose periods use it
    Engine engine = Engine.of(be.jobbonus.core.parameters.ParameterSets.official(), 2022);
    for (int i = 0; i < 100_000; i++) {
      long x = random.nextLong() & max;
      assertEquals(x / engine.denominator(1), engine.divideForTest(x, 1));
      assertEquals(x / engine.denominator(3), engine.divideForTest(x, 3));
    }
  }

  /** The display roundings from the parts, against the exact N / (k·D) rounded half-up in BigInteger. */
  @Test
  void displayRoundingsFromThePartsAreHalfUp() {
    Random random = new Random(17);
    int halves = 0;
    for (int i = 0; i < 300_000; i++) {
      long d = i % 3 == 0 ? 1 + random.nextInt(12) : 1 + random.nextInt(100_000_000);
      int m = i % 2 == 0 ? 1 + random.nextInt(10) : 1 + random.nextInt(10_000);
      long nPrime = (long) (random.nextDouble() * 3L * m * 10_000_000L);
      long b = (long) (random.nextDouble() * d);
      if (i % 5 == 0) { // aim at a half cent: (D·n' + b) / (3m·D) = q + 1/2 ± a little
        long q = (long) (random.nextDouble() * 10_000_000L);
        BigInteger twoN = BigInteger.valueOf(2 * q + 1).multiply(BigInteger.valueOf(3L * m * d));
        BigInteger[] nb = twoN.divideAndRemainder(BigInteger.valueOf(2 * d)); // N = (2q + 1)·3m·D / 2
        nPrime = nb[0].longValueExact();
        b = nb[1].longValueExact() / 2 + random.nextInt(3) - 1;
        if (b < 0 || b >= d) {
          continue;
        }
      }
      BigInteger n = BigInteger.valueOf(d).multiply(BigInteger.valueOf(nPrime)).add(BigInteger.valueOf(b));
      long annual = halfUp(n, BigInteger.valueOf(3L * m * d));
      assertEquals(annual, Engine.annualAmountCents(nPrime, b, d, m), "A n'=" + nPrime + " b=" + b + " D=" + d + " m=" + m);
      assertEquals(halfUp(n, BigInteger.valueOf(12L * m * d)), Engine.baseAmountCents(nPrime, m),
          "B n'=" + nPrime + " b=" + b + " D=" + d + " m=" + m);
      if (n.multiply(BigInteger.TWO).mod(BigInteger.valueOf(3L * m * d)).signum() == 0
          && n.multiply(BigInteger.TWO).divide(BigInteger.valueOf(3L * m * d)).testBit(0)) {
        halves++;
      }
    }
    assertTrue(halves > 100, "exact half cents of A seen: " + halves);
    assertEquals(0, Engine.annualAmountCents(0, 0, 5, 0));
    assertEquals(0, Engine.baseAmountCents(0, 0));
  }

  /** ⌊num / den + 1/2⌋ for num ≥ 0, den > 0. */
  static long halfUp(BigInteger num, BigInteger den) {
    return num.multiply(BigInteger.TWO).add(den).divide(den.multiply(BigInteger.TWO)).longValueExact();
  }
}
