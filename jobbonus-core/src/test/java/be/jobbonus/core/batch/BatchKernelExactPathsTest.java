package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The rare exact paths of the kernel, which random inputs almost never reach: the comparison of
 * fractions with different denominators at and next to equality, annual sums within 4/C of a
 * half cent, and largest-remainder ties broken by the part below 1/C.
 */
class BatchKernelExactPathsTest {

  static final long C = BatchKernel.C;

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
      assertEquals(expected, BatchKernel.fractionsAtLeast(b, d, groups, k), "case " + i);
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
      assertTrue(BatchKernel.fractionsAtLeast(b, d, groups, k), "equal at k");
      assertEquals(false, BatchKernel.fractionsAtLeast(b, d, groups, k + 1), "below k + 1");
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
  void annualSumsNextToAHalfCentRoundAsTheReference() {
    Random random = new Random(7);
    long[] nb = new long[2];
    int found = 0;
    int ties = 0;
    List<ParameterSet> sets = BatchKernelEquivalenceTest.SETS;
    for (int s = 0; s < sets.size(); s++) {
      ParameterSet set = sets.get(s);
      if (set.interpretation().rounding().value() != be.jobbonus.core.parameters.Interpretation.Rounding.ANNUAL_ONCE) {
        continue;
      }
      for (int year = 2021; year <= 2025; year++) {
        BatchKernel kernel = BatchKernel.of(set, year);
        int perYear = 0;
        for (int t = 0; t < 300_000 && perYear < 40; t++) {
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
            kernel.parts(q, w, m, nb);
            nSum += nb[0];
            anyB |= nb[1] != 0;
            long dq = kernel.denominator(q);
            twoBetaNum = twoBetaNum.multiply(BigInteger.valueOf(dq)).add(BigInteger.valueOf(2 * nb[1]).multiply(twoBetaDen));
            twoBetaDen = twoBetaDen.multiply(BigInteger.valueOf(dq));
            qs.add(QuarterInput.of(yq, w, BigDecimal.valueOf(m, 4), Regime.FULL_TIME));
          }
          long z = 2 * nSum + C;
          long kk = 2 * C - z % (2 * C);
          if (kk < 8 && anyB) {
            found++;
            perYear++;
            if (twoBetaNum.equals(twoBetaDen.multiply(BigInteger.valueOf(kk)))) {
              ties++;
            }
            BatchKernelEquivalenceTest.assertSame(new BatchKernelEquivalenceTest.Case(
                s, year, Statuut.EMPLOYEE, Region.FLEMISH_REGION, LocalDate.of(1990, 1, 1), qs));
          }
        }
      }
    }
    assertTrue(found > 200, "near-half-cent sums found: " + found);
    assertTrue(ties > 5, "exact half-cent ties found: " + ties);
  }

  @Test
  void largestRemainderTiesBelowOneOverCAreBrokenAsTheReference() {
    Random random = new Random(11);
    long[] nb = new long[2];
    int found = 0;
    List<ParameterSet> sets = BatchKernelEquivalenceTest.SETS;
    for (int s = 0; s < sets.size() && found < 2000; s++) {
      ParameterSet set = sets.get(s);
      if (set.interpretation().rounding().value() != be.jobbonus.core.parameters.Interpretation.Rounding.ANNUAL_ONCE) {
        continue;
      }
      for (int year = 2021; year <= 2025; year++) {
        BatchKernel kernel = BatchKernel.of(set, year);
        for (int t = 0; t < 300; t++) {
          int qa = 1 + random.nextInt(3);
          int qb = qa + 1 + random.nextInt(4 - qa);
          int ma = 1 + random.nextInt(10_000);
          long wa = bandWage(random, set.periodFor(YearQuarter.of(year, qa)), ma);
          kernel.parts(qa, wa, ma, nb);
          long fa = nb[0] % C;
          long ba = nb[1];
          long da = kernel.denominator(qa);
          int mb = 1 + random.nextInt(10_000);
          Period pb = set.periodFor(YearQuarter.of(year, qb));
          long lo = 3L * mb * pb.lowerLimit().value() / 10_000;
          long hi = Math.min(QuarterInput.MAX_WAGE_CENTS, 3L * mb * pb.upperLimit().value() / 10_000 + 1);
          long db = kernel.denominator(qb);
          for (long wb = lo; wb <= hi && wb < lo + 400_000; wb++) {
            kernel.parts(qb, wb, mb, nb);
            if (nb[0] % C == fa && nb[1] * da != ba * db && (nb[0] != 0 || nb[1] != 0)) {
              found++;
              List<QuarterInput> qs = List.of(
                  QuarterInput.of(YearQuarter.of(year, qa), wa, BigDecimal.valueOf(ma, 4), Regime.FULL_TIME),
                  QuarterInput.of(YearQuarter.of(year, qb), wb, BigDecimal.valueOf(mb, 4), Regime.PART_TIME));
              BatchKernelEquivalenceTest.assertSame(new BatchKernelEquivalenceTest.Case(
                  s, year, Statuut.EMPLOYEE, Region.FLEMISH_REGION, LocalDate.of(1990, 1, 1), qs));
              break;
            }
          }
        }
      }
    }
    assertTrue(found > 100, "equal-fraction pairs found: " + found);
  }

  @Test
  void divisionByMultiplicationIsExactOverTheWholeDividendRange() {
    Random random = new Random(13);
    long max = (1L << BatchKernel.DIVIDEND_BITS) - 1;
    for (int i = 0; i < 20_000; i++) {
      long d = switch (i % 4) {
        case 0 -> 1 + random.nextInt(100_000_000);
        case 1 -> (1L << (14 + random.nextInt(13))) + random.nextInt(3) - 1;
        case 2 -> 16_384 + random.nextInt(200_000);
        default -> 100_000_000 - random.nextInt(1000);
      };
      long magic = BatchKernel.magicFor(d);
      int shift = magic == 0 ? 0 : BatchKernel.DIVIDEND_BITS + BatchKernel.ceilLog2(d) - 64;
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
    // and through a kernel whose periods use it
    BatchKernel kernel = BatchKernel.of(be.jobbonus.core.parameters.ParameterSets.official(), 2022);
    for (int i = 0; i < 100_000; i++) {
      long x = random.nextLong() & max;
      assertEquals(x / kernel.denominator(1), kernel.divideForTest(x, 1));
      assertEquals(x / kernel.denominator(3), kernel.divideForTest(x, 3));
    }
  }
}
