package be.jobbonus.core.internal;

import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.PensionAgeRule;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one engine: the jobbonus of one reference year (decree of 20 May 2022 art. 3-5, BVR of 1
 * July 2022 art. 2 and the interpretation points of the parameter set) in {@code long}
 * arithmetic, exact to the cent, without allocating per person. The only code that computes
 * amounts: {@code BatchKernel} runs it over the columns of a batch, {@code JobbonusCalculator}
 * over the one person it is given, and both show what it computed. Immutable and thread-safe; the
 * constants of each quarter's period are computed once, here. Internal to the module (the package
 * is not exported).
 *
 * <h2>The algebra</h2>
 *
 * With the wage W in cents, µ = m / 10000, OG, BG, Jmax, Jmin of the quarter's period in cents and
 * D = BG + 1 − OG (IP-degressive-line {@code UPPER_LIMIT_PLUS_ONE_CENT}) or BG − OG, the reference
 * monthly wage is S = 10000·W / (3m), so S ≤ OG ⇔ 10000·W ≤ 3m·OG and S > BG ⇔ 10000·W > 3m·BG.
 * The annual amount is A(S) = N / (3m·D) and the quarter's exact amount JB = A(S)/4 · µ = N / (C·D),
 * C = 120000, with
 *
 * <pre>
 *   N = 3m·Jmax·D                          when S ≤ OG,
 *   N = 3m·Jmax·D − (Jmax − Jmin)·X        in the band, X = 10000·W − 3m·OG,
 *   N = 0                                  when S > BG (or m = 0).
 * </pre>
 *
 * N itself can exceed a {@code long}, so the engine never forms it: it keeps N = D·n − p0 with
 * P = (Jmax − Jmin)·X = D·p1 + p0 split through X = D·x1 + x0, hence n = 3m·Jmax − p1 and N = D·n'
 * + b with 0 ≤ b < D (n' = n − 1, b = D − p0 when p0 > 0). A quarter's exact amount is then
 * (n' + b/D) / C: its floor is ⌊n'/C⌋ and its fraction orders by (n' mod C, b/D). The annual base
 * Σ JB = (Σn' + Σ b_q/D_q) / C rounded half-up is ⌊(2Σn' + C) / 2C⌋ plus one exactly when
 * 2·Σ b_q/D_q ≥ 2C − ((2Σn' + C) mod 2C); as 2·Σ b_q/D_q is below 8, that exact comparison of
 * fractions with different denominators (2022 has two periods) is needed only when the right side
 * is below 8, and is done by cross-multiplication: in {@code long} for at most two distinct D in
 * the year, with 128-bit products ({@link Math#multiplyHigh}) for three or four.
 *
 * <h2>Overflow proof</h2>
 *
 * Domain: W ≤ 10⁹ ({@code QuarterInput}, {@code BatchInput}), m ≤ 10⁴; {@link Period} enforces
 * 0 < OG < BG ≤ 10⁸ and 0 ≤ Jmin ≤ Jmax ≤ 10⁷, so 1 ≤ D ≤ 10⁸ < 2²⁷ and Jmax − Jmin ≤ 10⁷ < 2²⁴.
 * Then 10000·W ≤ 10¹³; 3m·BG ≤ 3·10¹²; in the band X ≤ 3m·(BG − OG) ≤ 3·10¹², x1 = ⌊X/D⌋ ≤ 3m ≤
 * 3·10⁴, x0 < D; (Jmax − Jmin)·x0 < 10¹⁵; p1 ≤ (Jmax − Jmin)·x1 + 10⁷ ≤ 3·10¹¹ + 10⁷; 3m·Jmax ≤
 * 3·10¹¹, so 0 ≤ n' ≤ 3·10¹¹ (N ≥ 3m·Jmin·D ≥ 0) and Σn' over four quarters ≤ 1.2·10¹²,
 * 2Σn' + C < 2.5·10¹². The fraction test: the sum B_g of b over the quarters sharing a D_g is below
 * 4·D_g ≤ 4·10⁸; with two groups 2B·D + 2B·D < 1.6·10¹⁷ and k·D·D < 8·10¹⁶; with three or four
 * groups each term is a product of two longs below 2⁵⁷, taken to 128 bits, and their sum is below
 * 2¹¹⁴. Per-quarter rounding sees n' + C/2 < 3.1·10¹¹; the display roundings stay below
 * 2.1·10¹³ (20000·W + 3m, 2n' + 3m < 10¹², (6m − r)·D ≤ 6·10¹²). All well inside
 * 2⁶³ − 1 ≈ 9.2·10¹⁸. The two divisions by D see dividends X < 3·10¹² and
 * (Jmax − Jmin)·x0 < 10¹⁵, both below 2⁵⁰, the range in which {@link #magicFor} replaces them with
 * a multiplication. N itself (up to 3·10¹⁹) is formed only in {@link java.math.BigInteger}, for
 * display.
 *
 * <h2>Threads</h2>
 *
 * Each person is computed from their own columns alone and writes only their own slots, so a run
 * split over any number of partitions gives the same output, bit for bit.
 */
public final class Engine {

  /** 120000 = 4 quarters · 3 months · 10000 (the scale of m): JB = N / (C·D). */
  public static final long C = 120_000L;
  private static final long C2 = 2 * C;

  /** Status of a quarter record: it counts (person and quarter eligible, positive amount). */
  public static final byte COUNTED = 0;
  /** Status: work fraction 0 (see {@code ReasonCode.NO_PERFORMANCE}). */
  public static final byte NO_PERFORMANCE = 1;
  /** Status: the quarter starts on or after the pension day (see {@code ReasonCode.PENSION_AGE}). */
  public static final byte PENSION_AGE = 2;
  /** Status: A(S) = 0 (see {@code ReasonCode.WAGE_ABOVE_UPPER_LIMIT}). */
  public static final byte WAGE_ABOVE_UPPER_LIMIT = 3;
  /** Status: the quarter qualifies, the person fails category or residence. */
  public static final byte PERSON_NOT_ELIGIBLE = 4;

  /** Person flag: category and residence met and a positive base. */
  public static final byte ELIGIBLE = 1;
  /** Person flag: eligible and at least the minimum payable. */
  public static final byte PAYABLE = 2;
  /** Person flag: the full-time minimum payable applied. */
  public static final byte FULL_TIME = 4;

  /** The pension quarter of a person none of whose quarters of the year is cut off. */
  public static final int NO_PENSION_CUTOFF = 5;

  private static final int FULL_TIME_REGIME = Regime.FULL_TIME.ordinal();
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
  private final boolean countedQuartersOnly;
  private final long fixedIncrease;
  private final long minimumFullTime;
  private final long minimumPartTime;
  private final LocalDate[] quarterStart = new LocalDate[4];

  private Engine(ParameterSet parameters, int referenceYear) {
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
      shift[q] = magic[q] == 0 ? 0 : DIVIDEND_BITS + ceilLog2(d[q]) - 64;
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
    groupD = Arrays.copyOf(distinct, g);
    eligibleStatuut = new boolean[Statuut.values().length];
    for (Statuut s : parameters.eligibleCategories().value()) {
      eligibleStatuut[s.ordinal()] = true;
    }
    perQuarterRounding = ip.rounding().value() == Interpretation.Rounding.PER_QUARTER;
    completeForFullTime = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_PERFORMED_QUARTER_COMPLETE;
    countedQuartersOnly = ip.fullTimeMinimum().value() == Interpretation.FullTimeMinimum.EVERY_COUNTED_QUARTER_FULL_TIME;
    fixedIncrease = year.fixedIncrease().value();
    minimumFullTime = year.minimumPayableFullTime().value();
    minimumPartTime = year.minimumPayablePartTime().value();
  }

  /**
   * The engine for {@code referenceYear} under {@code parameters}.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public static Engine of(ParameterSet parameters, int referenceYear) {
    return new Engine(Objects.requireNonNull(parameters, "parameters"), referenceYear);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /**
   * The first quarter (1-4) of the reference year that starts on or after the day the statutory
   * pension age is reached, or {@link #NO_PENSION_CUTOFF} (decree art. 4, IP-pension-age).
   */
  public int firstQuarterAtPensionAge(LocalDate birthDate) {
    Objects.requireNonNull(birthDate, "birthDate");
    return firstQuarterAtPensionAge(birthDate, parameters.pensionAgeRuleFor(birthDate));
  }

  /** {@link #firstQuarterAtPensionAge(LocalDate)} with the birth date's row of the pension-age table. */
  public int firstQuarterAtPensionAge(LocalDate birthDate, PensionAgeRule rule) {
    LocalDate pension = rule.reachedOn(birthDate);
    for (int q = 0; q < 4; q++) {
      if (!quarterStart[q].isBefore(pension)) {
        return q + 1;
      }
    }
    return NO_PENSION_CUTOFF;
  }

  /**
   * Whether a quarter makes the year's performance part-time (IP-full-time): it has performance
   * ({@code m > 0}) before the pension age and is not full-time (under {@code
   * EVERY_PERFORMED_QUARTER_COMPLETE} also: its work fraction is below 1); under the alternative
   * {@code EVERY_COUNTED_QUARTER_FULL_TIME} only a quarter that counts ({@code status}) decides.
   * The same test {@link #compute} applies; for the explanation.
   */
  public boolean makesPartTime(int m, int regimeOrdinal, byte status) {
    return m != 0 && status != PENSION_AGE && (status == COUNTED || !countedQuartersOnly)
        && (regimeOrdinal != FULL_TIME_REGIME || (completeForFullTime && m != 10_000));
  }

  /** The minimum payable (IP-full-time): full-time or part-time, in cents. */
  public long minimumPayableCents(boolean fullTime) {
    return fullTime ? minimumFullTime : minimumPartTime;
  }

  /** D of the period of {@code quarterOfYear} (1-4): the quarter's exact amount is N / (C·D). */
  public long denominator(int quarterOfYear) {
    return d[quarterOfYear - 1];
  }

  /**
   * The quarter's exact amount N / (C·D) as N = D·n' + b, 0 ≤ b < D: writes n' to {@code nb[0]}
   * and b to {@code nb[1]} (both 0 when m = 0 or S > BG), whether or not the quarter counts. The
   * steps of {@link #compute}.
   */
  public void parts(int quarterOfYear, long wageCents, int m, long[] nb) {
    if (m == 0) {
      nb[0] = 0;
      nb[1] = 0;
    } else {
      nb[0] = quarter(quarterOfYear - 1, wageCents, m, nb, 1);
    }
  }

  /**
   * <i>Refertemaandloon</i> S = 10000·W / (3m) rounded half-up to the cent, or −1 when m = 0 (no
   * reference wage): ⌊(20000·W + 3m) / 6m⌋.
   */
  public static long referenceMonthlyWageCents(long wageCents, int m) {
    return m == 0 ? -1 : (20_000L * wageCents + 3L * m) / (6L * m);
  }

  /**
   * <i>Basisbedrag</i> B = A(S)/4 = (n' + b/D) / 12m rounded half-up to the cent (0 when m = 0):
   * ⌊(n' + 6m + b/D) / 12m⌋ = ⌊(n' + 6m) / 12m⌋, as 6m is whole and b/D < 1.
   */
  public static long baseAmountCents(long nPrime, int m) {
    return m == 0 ? 0 : (nPrime + 6L * m) / (12L * m);
  }

  /** {@link #baseAmountCents(long, int)} of a quarter's inputs; no allocation. */
  public long baseAmountCents(int quarterOfYear, long wageCents, int m) {
    return m == 0 ? 0 : baseAmountCents(quarter(quarterOfYear - 1, wageCents, m, null, 0), m);
  }

  /**
   * The annual amount A(S) = (n' + b/D) / 3m rounded half-up to the cent (0 when m = 0): with
   * z = 2n' + 3m = 6m·q + r, it is q, plus one when r + 2b/D ≥ 6m, i.e. 2b ≥ (6m − r)·D.
   */
  public static long annualAmountCents(long nPrime, long b, long d, int m) {
    if (m == 0) {
      return 0;
    }
    long m6 = 6L * m;
    long z = 2 * nPrime + 3L * m;
    long q = z / m6;
    return 2 * b >= (m6 - (z - q * m6)) * d ? q + 1 : q;
  }

  /**
   * n' of the quarter's N = D·n' + b for m > 0 (see the class comment), b written to {@code
   * bOut[k]} unless {@code bOut} is null; no allocation.
   */
  private long quarter(int qi, long wageCents, int m, long[] bOut, int k) {
    long n = 0;
    long b = 0;
    final long tenW = 10_000L * wageCents;
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
    if (bOut != null) {
      bOut[k] = b;
    }
    return n;
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
    final long mg = magic[qi];
    return mg != 0 ? Math.multiplyHigh(x, mg) >>> shift[qi] : x / d[qi];
  }

  /** Test support: ⌊x / D⌋ as the engine computes it, for D of {@code quarterOfYear}. */
  long divideForTest(long x, int quarterOfYear) {
    return divide(x, quarterOfYear - 1);
  }

  /**
   * Computes persons {@code from} to {@code to - 1} of columns laid out as {@code BatchInput} and
   * {@code BatchOutput} describe them: per person p the records {@code recordStart[p]} to {@code
   * recordStart[p + 1] - 1} (at most four, quarters strictly increasing), statuut and residence
   * ordinals and the pension quarter (1-5); per record the quarter (1-4), W, m and the regime
   * ordinal. The caller has checked the domain (the overflow proof rests on it). Writes per record
   * the amount shown and the status, per person the base, fixed increase, total and flags.
   */
  public void compute(int[] recordStart, byte[] statuut, byte[] residence, byte[] pensionQuarter,
      byte[] quarter, long[] wage, short[] fraction, byte[] regime,
      long[] amount, byte[] status, long[] baseCents, long[] fixedIncreaseCents, long[] totalCents,
      byte[] flags, int from, int to) {
    final long[] ns = new long[4]; // per record of the person: n'
    final long[] bs = new long[4]; // per record: b (< D)
    final long[] fr = new long[4]; // per record: n' mod C
    final long[] bGroup = new long[4]; // per distinct D: Σ b
    for (int p = from; p < to; p++) {
      final int s = recordStart[p];
      final int e = recordStart[p + 1];
      final boolean personOk = eligibleStatuut[statuut[p]] && residence[p] == FLEMISH;
      final int pensionQ = pensionQuarter[p];
      long nSum = 0;
      long flSum = 0;
      boolean any = false;
      boolean allFullTime = true;
      boolean anyB = false;
      for (int r = s; r < e; r++) {
        final int qi = quarter[r] - 1;
        final int m = fraction[r];
        final int k = r - s;
        final boolean pensionOk = qi + 1 < pensionQ;
        byte st;
        long n = 0;
        if (m == 0) {
          st = pensionOk ? NO_PERFORMANCE : PENSION_AGE;
        } else {
          n = quarter(qi, wage[r], m, bs, k);
          if (!pensionOk) {
            st = PENSION_AGE;
          } else if (n <= 0 && bs[k] == 0) {
            st = WAGE_ABOVE_UPPER_LIMIT;
          } else {
            st = personOk ? COUNTED : PERSON_NOT_ELIGIBLE;
          }
        }
        status[r] = st;
        // IP-full-time: every quarter with performance before the pension age decides, whether or
        // not it yields an amount (alternative: only the counted ones)
        if (makesPartTime(m, regime[r], st)) {
          allFullTime = false;
        }
        if (st == COUNTED) {
          ns[k] = n;
          final long fl = n / C;
          amount[r] = fl;
          flSum += fl;
          fr[k] = n - fl * C;
          nSum += n;
          any = true;
          if (bs[k] != 0) {
            anyB = true;
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
          // ⌊(n' + b/D)/C + 1/2⌋ = ⌊(n' + C/2)/C⌋: C/2 is a whole number and b/D < 1, so the
          // part below 1/C never reaches the half cent on its own
          final long a = status[r] == COUNTED ? (ns[r - s] + C / 2) / C : 0;
          amount[r] = a;
          base += a;
        }
      } else {
        final long z = 2 * nSum + C;
        base = z / C2;
        final long kk = C2 - (z - base * C2); // 1..2C; carry when 2·Σb/D >= kk, and 2·Σb/D < 8
        if (kk < 8 && anyB && fractionsAtLeast(quarter, s, e, bs, bGroup, kk)) {
          base++;
        }
        final long left = base - flSum;
        if (left > 0) {
          distribute(quarter, s, e, fr, bs, left, amount);
        }
      }

      final boolean fullTime = any && allFullTime;
      final long minimum = fullTime ? minimumFullTime : minimumPartTime;
      final boolean eligible = personOk && base > 0;
      final boolean payable = eligible && base >= minimum;
      baseCents[p] = base;
      fixedIncreaseCents[p] = payable ? fixedIncrease : 0;
      totalCents[p] = payable ? base + fixedIncrease : 0;
      flags[p] = (byte) ((eligible ? ELIGIBLE : 0) | (payable ? PAYABLE : 0) | (fullTime ? FULL_TIME : 0));
    }
  }

  /**
   * Largest-remainder display amounts adding up to the base: each record starts at its floor, and
   * the {@code left} records whose fraction ranks first (larger fraction first; equal ones by the
   * part below 1/C, then the earlier quarter) get one cent more. With at most four records the
   * rank is a count of the records before it.
   */
  private void distribute(byte[] quarter, int s, int e, long[] fr, long[] bs, long left, long[] amount) {
    final int count = e - s;
    for (int k = 0; k < count; k++) {
      final long fk = fr[k];
      long rank = 0;
      for (int j = 0; j < count; j++) {
        final long fj = fr[j];
        // fractions are below C, so fk - fj does not overflow; its sign bit is fj > fk
        rank += (fk - fj) >>> 63;
        if (fj == fk && j != k && before(quarter, s, j, k, bs)) {
          rank++;
        }
      }
      amount[s + k] += (rank - left) >>> 63; // one cent more when rank < left
    }
  }

  /** For equal fractions n' mod C: whether slot j ranks before slot k (larger b/D, then earlier). */
  private boolean before(byte[] quarter, int s, int j, int k, long[] bs) {
    // b/D compared by cross-multiplication: b < D < 2^27
    final long lj = bs[j] * d[quarter[s + k] - 1];
    final long lk = bs[k] * d[quarter[s + j] - 1];
    return lj != lk ? lj > lk : j < k;
  }

  /** Whether 2·Σ b_q / D_q ≥ k, exactly. */
  private boolean fractionsAtLeast(byte[] quarter, int s, int e, long[] bs, long[] bGroup, long k) {
    for (int g = 0; g < groups; g++) {
      bGroup[g] = 0;
    }
    for (int r = s; r < e; r++) {
      bGroup[groupOf[quarter[r] - 1]] += bs[r - s];
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
    return "Engine[" + parameters.id() + "-" + referenceYear + "]";
  }
}
