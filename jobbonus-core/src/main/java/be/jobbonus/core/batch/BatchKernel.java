package be.jobbonus.core.batch;

import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The jobbonus of one reference year for many people at once: the same rules and the same cents as
 * {@link be.jobbonus.core.calculation.JobbonusCalculator} (decree of 20 May 2022 art. 3-5, BVR of 1
 * July 2022 art. 2 and the interpretation points of the parameter set), in {@code long} arithmetic
 * over the columns of a {@link BatchInput}, without allocating per record. Immutable and
 * thread-safe; the constants of each quarter's period are computed once, here.
 *
 * <h2>The algebra</h2>
 *
 * With the wage W in cents, µ = m / 10000, OG, BG, Jmax, Jmin of the quarter's period in cents and
 * D = BG + 1 − OG (IP-degressive-line {@code UPPER_LIMIT_PLUS_ONE_CENT}) or BG − OG, the reference
 * monthly wage is S = 10000·W / (3m), so S ≤ OG ⇔ 10000·W ≤ 3m·OG and S > BG ⇔ 10000·W > 3m·BG.
 * The quarter's exact amount JB = A(S)/4 · µ is always N / (120000·D) with
 *
 * <pre>
 *   N = 3m·Jmax·D                          when S ≤ OG,
 *   N = 3m·Jmax·D − (Jmax − Jmin)·X        in the band, X = 10000·W − 3m·OG,
 *   N = 0                                  when S > BG (or m = 0).
 * </pre>
 *
 * N itself can exceed a {@code long}, so the kernel never forms it: it keeps N = D·n − p0 with
 * P = (Jmax − Jmin)·X = D·p1 + p0 split through X = D·x1 + x0, hence n = 3m·Jmax − p1 and N = D·n'
 * + b with 0 ≤ b < D (n' = n − 1, b = D − p0 when p0 > 0). A quarter's exact amount is then
 * (n' + b/D) / C with C = 120000: its floor is ⌊n'/C⌋ and its fraction orders by (n' mod C, b/D).
 * The annual base Σ JB = (Σn' + Σ b_q/D_q) / C rounded half-up is ⌊(2Σn' + C) / 2C⌋ plus one
 * exactly when 2·Σ b_q/D_q ≥ 2C − ((2Σn' + C) mod 2C); as 2·Σ b_q/D_q is below 8, that exact
 * comparison of fractions with different denominators (2022 has two periods) is needed only when
 * the right side is below 8, and is done by cross-multiplication: in {@code long} for at most two
 * distinct D in the year, with 128-bit products ({@link Math#multiplyHigh}) for three or four.
 *
 * <h2>Overflow proof</h2>
 *
 * Domain: W ≤ 10⁹ ({@link BatchInput}), m ≤ 10⁴; {@link Period} enforces 0 < OG < BG ≤ 10⁸ and
 * 0 ≤ Jmin ≤ Jmax ≤ 10⁷, so 1 ≤ D ≤ 10⁸ < 2²⁷ and Jmax − Jmin ≤ 10⁷ < 2²⁴. Then
 * 10000·W ≤ 10¹³; 3m·BG ≤ 3·10¹²; in the band X ≤ 3m·(BG − OG) ≤ 3·10¹², x1 = ⌊X/D⌋ ≤ 3m ≤ 3·10⁴,
 * x0 < D; (Jmax − Jmin)·x0 < 10¹⁵; p1 ≤ (Jmax − Jmin)·x1 + 10⁷ ≤ 3·10¹¹ + 10⁷; 3m·Jmax ≤ 3·10¹¹, so
 * |n'| ≤ 3·10¹¹ and Σn' over four quarters ≤ 1.2·10¹², 2Σn' + C < 2.5·10¹². The fraction test: the
 * sum B_g of b over the quarters sharing a D_g is below 4·D_g ≤ 4·10⁸; with two groups
 * 2B·D + 2B·D < 1.6·10¹⁷ and k·D·D < 8·10¹⁶; with three or four groups each term is a product of two
 * longs below 2⁵⁷, taken to 128 bits, and their sum is below 2¹¹⁴. Per quarter rounding and the
 * display amounts (A/4, S) stay below 10¹⁴. All well inside 2⁶³ − 1 ≈ 9.2·10¹⁸. The two divisions
 * by D see dividends X < 3·10¹² and (Jmax − Jmin)·x0 < 10¹⁵, both below 2⁵⁰, the range in which
 * {@link #magicFor} replaces them with a multiplication.
 *
 * <h2>Threads</h2>
 *
 * Each person is computed from their own columns alone and writes only their own slots, so a run
 * split over any number of partitions gives the same output, bit for bit.
 */
public final class BatchKernel {

  /** 120000 = 4 quarters · 3 months · 10000 (the scale of m): JB = N / (C·D). */
  static final long C = 120_000L;
  private static final long C2 = 2 * C;
  private static final int FULL_TIME = Regime.FULL_TIME.ordinal();
  private static final int FLEMISH = Region.FLEMISH_REGION.ordinal();

  private final ParameterSet parameters;
  private final int referenceYear;
  // per quarter of the year, index 0-3
  private final long[] og = new long[4];
  private final long[] bg = new long[4];
  private final long[] jmax = new long[4];
  private final long[] deltaJ = new long[4];
  private final long[] d = new long[4];
  // ⌊x / D⌋ as a multiplication (see magicFor); magic 0 means: divide
  private final long[] magic = new long[4];
  private final int[] shift = new int[4];
  private final int[] groupOf = new int[4];
  // distinct D of the year
  private final long[] groupD;
  private final int groups;
  private final boolean[] eligibleStatuut;
  private final boolean perQuarterRounding;
  private final boolean completeForFullTime;
  private final long fixedIncrease;
  private final long minimumFullTime;
  private final long minimumPartTime;
  private final LocalDate[] quarterStart = new LocalDate[4];

  private BatchKernel(ParameterSet parameters, int referenceYear) {
    this.parameters = parameters;
    this.referenceYear = referenceYear;
    YearRules year = parameters.yearRules(referenceYear); // checks the year is covered
    Interpretation ip = parameters.interpretation();
    boolean plusOneCent = ip.degressiveLineEnd().value() == Interpretation.DegressiveLineEnd.UPPER_LIMIT_PLUS_ONE_CENT;
    long[] distinct = new long[4];
    int g = 0;
    for (int q = 0; q < 4; q++) {
      YearQuarter yq = YearQuarter.of(referenceYear, q + 1);
      quarterStart[q] = yq.firstDay();
      Period p = parameters.periodFor(yq);
      og[q] = p.lowerLimit().value();
      bg[q] = p.upperLimit().value();
      jmax[q] = p.maxAmount().value();
      deltaJ[q] = p.maxAmount().value() - p.minAmount().value();
      d[q] = bg[q] + (plusOneCent ? 1 : 0) - og[q];
      magic[q] = magicFor(d[q]);
      shift[q] = magic[q] == 0 ? 0 : 50 + ceilLog2(d[q]) - 64;
      int found = -1;
      for (int k = 0; k < g; k++) {
        if (distinct[k] == d[q]) {
          found = k;
        }
      }
      if (found < 0) {
        distinct[g] = d[q];
        found = g++;
      }
      groupOf[q] = found;
    }
    groups = g;
    groupD = java.util.Arrays.copyOf(distinct, g);
    eligibleStatuut = new boolean[Statuut.values().length];
    for (Statuut s : parameters.eligibleCategories().value()) {
      eligibleStatuut[s.ordinal()] = true;
    }
    perQuarterRounding = ip.rounding().value() == Interpretation.Rounding.PER_QUARTER;
    completeForFullTime = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_PERFORMED_QUARTER_COMPLETE;
    fixedIncrease = year.fixedIncrease().value();
    minimumFullTime = year.minimumPayableFullTime().value();
    minimumPartTime = year.minimumPayablePartTime().value();
  }

  /**
   * A kernel for {@code referenceYear} under {@code parameters}.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public static BatchKernel of(ParameterSet parameters, int referenceYear) {
    return new BatchKernel(Objects.requireNonNull(parameters, "parameters"), referenceYear);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /**
   * The first quarter (1-4) of the reference year that starts on or after the day the statutory
   * pension age is reached, or {@link BatchInput#NO_PENSION_CUTOFF} (decree art. 4,
   * IP-pension-age).
   */
  public int firstQuarterAtPensionAge(LocalDate birthDate) {
    LocalDate pension = parameters.pensionAgeDate(Objects.requireNonNull(birthDate, "birthDate"));
    for (int q = 0; q < 4; q++) {
      if (!quarterStart[q].isBefore(pension)) {
        return q + 1;
      }
    }
    return BatchInput.NO_PENSION_CUTOFF;
  }

  /**
   * <i>Refertemaandloon</i> S = W / 3 / µ rounded half-up to the cent, or −1 when m = 0 (no
   * reference wage).
   */
  public static long referenceMonthlyWageCents(long wageCents, int workFractionTenThousandths) {
    checkQuarter(1, wageCents, workFractionTenThousandths);
    if (workFractionTenThousandths == 0) {
      return -1;
    }
    long m6 = 6L * workFractionTenThousandths; // S = 10000W / 3m, half-up: ⌊(20000W + 3m) / 6m⌋
    return (20_000L * wageCents + 3L * workFractionTenThousandths) / m6;
  }

  /**
   * <i>Basisbedrag</i> B = A(S) / 4 of a quarter rounded half-up to the cent, as the reference shows
   * it (0 when m = 0 or S > BG).
   */
  public long baseAmountCents(int quarterOfYear, long wageCents, int workFractionTenThousandths) {
    checkQuarter(quarterOfYear, wageCents, workFractionTenThousandths);
    int m = workFractionTenThousandths;
    if (m == 0) {
      return 0;
    }
    long n = part(quarterOfYear - 1, wageCents, m, false);
    // A/4 = N / (12m·D) = (n + b/D) / 12m; half-up: ⌊(n + 6m + b/D) / 12m⌋ = ⌊(n + 6m) / 12m⌋, as
    // 6m is whole and b/D < 1
    long a = (n + 6L * m) / (12L * m);
    return a;
  }

  /**
   * The quarter's exact amount JB = N / (C·D) as N = D·n' + b, 0 ≤ b < D: writes n' to {@code
   * nb[0]} and b to {@code nb[1]} (both 0 when m = 0 or S > BG). The same steps as the batch loop.
   */
  void parts(int quarterOfYear, long wageCents, int m, long[] nb) {
    nb[0] = part(quarterOfYear - 1, wageCents, m, false);
    nb[1] = part(quarterOfYear - 1, wageCents, m, true);
  }

  /** n' of {@link #parts}, or b when {@code remainder}; no allocation. */
  private long part(int qi, long wageCents, int m, boolean remainder) {
    long n = 0;
    long b = 0;
    if (m != 0) {
      long tenW = 10_000L * wageCents;
      long threeM = 3L * m;
      long low = threeM * og[qi];
      if (tenW <= low) {
        n = threeM * jmax[qi];
      } else if (tenW <= threeM * bg[qi]) {
        long dq = d[qi];
        long x = tenW - low;
        long x1 = divide(x, qi);
        long px0 = deltaJ[qi] * (x - x1 * dq);
        long q0 = divide(px0, qi);
        long p0 = px0 - q0 * dq;
        n = threeM * jmax[qi] - (deltaJ[qi] * x1 + q0);
        if (p0 != 0) {
          n--;
          b = dq - p0;
        }
      }
    }
    return remainder ? b : n;
  }

  /** D of the quarter's period (test support). */
  long denominator(int quarterOfYear) {
    return d[quarterOfYear - 1];
  }

  private static void checkQuarter(int quarterOfYear, long wage, int m) {
    if (quarterOfYear < 1 || quarterOfYear > 4) {
      throw new IllegalArgumentException("quarter must be 1-4");
    }
    if (wage < 0 || wage > be.jobbonus.core.QuarterInput.MAX_WAGE_CENTS) {
      throw new IllegalArgumentException("wage outside the domain");
    }
    if (m < 0 || m > 10_000) {
      throw new IllegalArgumentException("work fraction outside 0-10000");
    }
  }

  /** Dividends of {@link #divide} stay below 2^50 (X < 2^42, (Jmax − Jmin)·x0 < 2^50). */
  static final int DIVIDEND_BITS = 50;

  static int ceilLog2(long v) {
    return 64 - Long.numberOfLeadingZeros(v - 1);
  }

  /**
   * The multiplier M = ⌈2^k / D⌉ with k = 50 + ⌈log2 D⌉ such that ⌊x / D⌋ = ⌊x·M / 2^k⌋ for every
   * 0 ≤ x < 2^50 (Granlund and Montgomery 1994): with e = M·D − 2^k < D and x = q·D + r, x·M / 2^k
   * = q + r/D + x·e/(D·2^k), and x·e < 2^50·D ≤ 2^k keeps the last two terms below 1. Used when k ≥
   * 64 (D ≥ 2^14), so the quotient is the high word of the 128-bit product shifted by k − 64; M <
   * 2^51. Returns 0 for smaller D, which are divided.
   */
  static long magicFor(long d) {
    int k = DIVIDEND_BITS + ceilLog2(d);
    if (k < 64) {
      return 0;
    }
    return java.math.BigInteger.ONE.shiftLeft(k).add(java.math.BigInteger.valueOf(d - 1))
        .divide(java.math.BigInteger.valueOf(d)).longValueExact();
  }

  /** ⌊x / D⌋ of the quarter's period, for 0 ≤ x < 2^50. */
  private long divide(long x, int qi) {
    final long m = magic[qi];
    return m != 0 ? Math.multiplyHigh(x, m) >>> shift[qi] : x / d[qi];
  }

  /** Test support: ⌊x / D⌋ as the kernel computes it, for D of {@code quarterOfYear}. */
  long divideForTest(long x, int quarterOfYear) {
    return divide(x, quarterOfYear - 1);
  }

  /** Computes every person of {@code in} into {@code out}, on the calling thread. */
  public void compute(BatchInput in, BatchOutput out) {
    check(in, out);
    computeRange(in, out, 0, in.persons);
  }

  /**
   * Computes every person of {@code in} on {@code threads} threads of a pool made for this call;
   * the output does not depend on {@code threads}.
   */
  public void compute(BatchInput in, BatchOutput out, int threads) {
    if (threads <= 1) {
      compute(in, out);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jobbonus-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      compute(in, out, pool, threads);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Computes every person of {@code in} in {@code partitions} contiguous slices of about the same
   * number of records, run on {@code executor}; returns when all are done. The output does not
   * depend on the number of partitions or threads.
   */
  public void compute(BatchInput in, BatchOutput out, ExecutorService executor, int partitions) {
    check(in, out);
    Objects.requireNonNull(executor, "executor");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1");
    }
    int[] bounds = partitionBounds(in, partitions);
    List<Future<?>> futures = new ArrayList<>(partitions);
    for (int i = 0; i < partitions; i++) {
      int from = bounds[i];
      int to = bounds[i + 1];
      if (from < to) {
        futures.add(executor.submit(() -> computeRange(in, out, from, to)));
      }
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while computing", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** Person boundaries splitting the records into {@code partitions} nearly equal parts. */
  static int[] partitionBounds(BatchInput in, int partitions) {
    int[] bounds = new int[partitions + 1];
    bounds[partitions] = in.persons;
    for (int i = 1; i < partitions; i++) {
      long target = (long) in.records * i / partitions;
      int lo = bounds[i - 1];
      int hi = in.persons;
      while (lo < hi) { // first person whose records start at or after target
        int mid = (lo + hi) >>> 1;
        if (in.recordStart[mid] < target) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      bounds[i] = lo;
    }
    return bounds;
  }

  private static void check(BatchInput in, BatchOutput out) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    if (!out.fits(in)) {
      throw new IllegalArgumentException(out + " is too small for " + in);
    }
  }

  /** Computes persons {@code from} to {@code to - 1}. */
  void computeRange(BatchInput in, BatchOutput out, int from, int to) {
    final int[] start = in.recordStart;
    final byte[] statuut = in.statuut;
    final byte[] residence = in.residence;
    final byte[] pension = in.pensionQuarter;
    final byte[] quarter = in.quarter;
    final long[] wage = in.wageCents;
    final short[] fraction = in.workFraction;
    final byte[] regime = in.regime;
    final long[] amount = out.amountCents;
    final byte[] status = out.status;
    final long[] ns = new long[4]; // per record of the person: n'
    final long[] bs = new long[4]; // per record: b (< D)
    final long[] fr = new long[4]; // per record: n' mod C
    final long[] bGroup = new long[4]; // per distinct D: Σ b
    for (int p = from; p < to; p++) {
      final int s = start[p];
      final int e = start[p + 1];
      final boolean personOk = eligibleStatuut[statuut[p]] && residence[p] == FLEMISH;
      final int pensionQ = pension[p];
      long nSum = 0;
      long flSum = 0;
      boolean any = false;
      boolean allFullTime = true;
      boolean anyB = false;
      for (int r = s; r < e; r++) {
        final int qi = quarter[r] - 1;
        final int m = fraction[r];
        final boolean pensionOk = qi + 1 < pensionQ;
        long n = 0;
        long b = 0;
        byte st;
        if (m == 0) {
          st = pensionOk ? BatchOutput.NO_PERFORMANCE : BatchOutput.PENSION_AGE;
        } else {
          final long tenW = 10_000L * wage[r];
          final long threeM = 3L * m;
          final long low = threeM * og[qi];
          if (tenW <= low) {
            n = threeM * jmax[qi];
          } else if (tenW <= threeM * bg[qi]) {
            final long dq = d[qi];
            final long x = tenW - low;
            final long x1 = divide(x, qi);
            final long px0 = deltaJ[qi] * (x - x1 * dq);
            final long q0 = divide(px0, qi);
            final long p0 = px0 - q0 * dq;
            n = threeM * jmax[qi] - (deltaJ[qi] * x1 + q0);
            if (p0 != 0) {
              n--;
              b = dq - p0;
            }
          }
          if (!pensionOk) {
            st = BatchOutput.PENSION_AGE;
          } else if (n <= 0 && b == 0) {
            st = BatchOutput.WAGE_ABOVE_UPPER_LIMIT;
          } else {
            st = personOk ? BatchOutput.COUNTED : BatchOutput.PERSON_NOT_ELIGIBLE;
          }
        }
        status[r] = st;
        final int k = r - s;
        if (st == BatchOutput.COUNTED) {
          ns[k] = n;
          bs[k] = b;
          final long fl = n / C;
          amount[r] = fl;
          flSum += fl;
          fr[k] = n - fl * C;
          nSum += n;
          any = true;
          if (b != 0) {
            anyB = true;
          }
          if (regime[r] != FULL_TIME || (completeForFullTime && m != 10_000)) {
            allFullTime = false;
          }
        } else {
          ns[k] = 0;
          bs[k] = 0;
          fr[k] = 0;
          amount[r] = 0;
        }
      }

      long base;
      if (perQuarterRounding) {
        base = 0;
        for (int r = s; r < e; r++) {
          final int k = r - s;
          long a = 0;
          if (status[r] == BatchOutput.COUNTED) {
            // ⌊(n + b/D)/C + 1/2⌋ = ⌊(n + C/2)/C⌋: C/2 is a whole number and b/D < 1, so the
            // part below 1/C never reaches the half cent on its own
            a = (ns[k] + C / 2) / C;
          }
          amount[r] = a;
          base += a;
        }
      } else {
        final long z = 2 * nSum + C;
        base = z / C2;
        final long kk = C2 - (z - base * C2); // 1..2C; carry when 2·Σb/D >= kk, and 2·Σb/D < 8
        if (kk < 8 && anyB && fractionsAtLeast(in, s, e, bs, bGroup, kk)) {
          base++;
        }
        final long left = base - flSum;
        if (left > 0) {
          distribute(in, s, e, fr, bs, left, amount);
        }
      }

      final boolean fullTime = any && allFullTime;
      final long minimum = fullTime ? minimumFullTime : minimumPartTime;
      final boolean eligible = personOk && base > 0;
      final boolean payable = eligible && base >= minimum;
      out.baseCents[p] = base;
      out.fixedIncreaseCents[p] = payable ? fixedIncrease : 0;
      out.totalCents[p] = payable ? base + fixedIncrease : 0;
      out.flags[p] = (byte) ((eligible ? BatchOutput.ELIGIBLE : 0) | (payable ? BatchOutput.PAYABLE : 0)
          | (fullTime ? BatchOutput.FULL_TIME : 0));
    }
  }

  /**
   * Largest-remainder display amounts adding up to {@code base}: each record starts at its floor,
   * and the {@code left} records whose fraction ranks first (larger fraction first; equal ones by
   * the part below 1/C, then the earlier quarter) get one cent more. With at most four records the
   * rank is a count of the records before it.
   */
  private void distribute(BatchInput in, int s, int e, long[] fr, long[] bs, long left, long[] amount) {
    final int count = e - s;
    for (int k = 0; k < count; k++) {
      final long fk = fr[k];
      long rank = 0;
      for (int j = 0; j < count; j++) {
        final long fj = fr[j];
        // fractions are below C, so fk - fj does not overflow; its sign bit is fj > fk
        rank += (fk - fj) >>> 63;
        if (fj == fk && j != k && before(in, s, j, k, bs)) {
          rank++;
        }
      }
      amount[s + k] += (rank - left) >>> 63; // one cent more when rank < left
    }
  }

  /** For equal fractions n' mod C: whether slot j ranks before slot k (larger b/D, then earlier). */
  private boolean before(BatchInput in, int s, int j, int k, long[] bs) {
    // b/D compared by cross-multiplication: b < D < 2^27
    final long lj = bs[j] * d[in.quarter[s + k] - 1];
    final long lk = bs[k] * d[in.quarter[s + j] - 1];
    return lj != lk ? lj > lk : j < k;
  }

  /** Whether 2·Σ b_q / D_q ≥ k, exactly. */
  private boolean fractionsAtLeast(BatchInput in, int s, int e, long[] bs, long[] bGroup, long k) {
    for (int g = 0; g < groups; g++) {
      bGroup[g] = 0;
    }
    for (int r = s; r < e; r++) {
      bGroup[groupOf[in.quarter[r] - 1]] += bs[r - s];
    }
    return fractionsAtLeast(bGroup, groupD, groups, k);
  }

  /**
   * Whether Σ 2·B_g / D_g ≥ k, exactly, for {@code groups} fractions with 0 ≤ B_g < 4·D_g,
   * 1 ≤ D_g < 2^27 and 1 ≤ k ≤ 8.
   */
  static boolean fractionsAtLeast(long[] b, long[] dg, int groups, long k) {
    switch (groups) {
      case 1:
        return 2 * b[0] >= k * dg[0];
      case 2:
        return 2 * b[0] * dg[1] + 2 * b[1] * dg[0] >= k * dg[0] * dg[1];
      default:
        long hi = 0;
        long lo = 0;
        for (int g = 0; g < groups; g++) {
          long f1 = 2 * b[g];
          long f2 = 1;
          boolean first = true;
          for (int h = 0; h < groups; h++) {
            if (h == g) {
              continue;
            }
            if (first) {
              f1 *= dg[h];
              first = false;
            } else {
              f2 *= dg[h];
            }
          }
          final long tLo = f1 * f2;
          final long tHi = Math.multiplyHigh(f1, f2);
          final long sum = lo + tLo;
          hi += tHi + (Long.compareUnsigned(sum, lo) < 0 ? 1 : 0);
          lo = sum;
        }
        long r1 = k * dg[0] * dg[1];
        long r2 = 1;
        for (int h = 2; h < groups; h++) {
          r2 *= dg[h];
        }
        final long rLo = r1 * r2;
        final long rHi = Math.multiplyHigh(r1, r2);
        return hi != rHi ? hi > rHi : Long.compareUnsigned(lo, rLo) >= 0;
    }
  }

  @Override
  public String toString() {
    return "BatchKernel[" + parameters.id() + "-" + referenceYear + "]";
  }
}
