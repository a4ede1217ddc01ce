package be.jobbonus.core.batch;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.internal.Rational;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.ParameterSet;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Objects;

/**
 * One person's quarter inputs of one reference year derived from DmfA occupation lines given as
 * primitives (calculation.md §4, BVR 1 July 2022 art. 2 §2-§3/1): the integer-only twin of
 * {@link OccupationLine#of} + {@link DmfaDerivation#check} + {@link DmfaDerivation#derive}, for a
 * fast reader. Mutable, not thread-safe; one per thread. No allocation in {@link #reset}, {@link
 * #addLine} or {@link #finish}.
 *
 * <p>Contract: <b>true ⇒ identical to {@link DmfaDerivation}</b>. When every {@link #addLine} and
 * {@link #finish} of a person return true, {@link #present}, {@link #wageCents}, {@link
 * #workFractionTenThousandths} and {@link #fullTime} equal the reference's quarter inputs. A false
 * means "take the exact path": the reference refuses the person (every refusal of the reference
 * gives a false somewhere), or a value did not fit the {@code long} arithmetic.
 *
 * <p>Use: {@link #reset}, then {@link #addLine} per line (quarters in any order, interleaved),
 * then {@link #finish} and the accessors.
 *
 * <p>Arithmetic: per line J ≤ 92 days and H ≤ 92 × 24 h (hundredths, checked as by {@code
 * OccupationLine.of}), 13 × D ≤ 9100 and 13 × S ≤ 78000; per quarter Σ µ_line is kept as a
 * fraction N / L (L divides the lcm of the line denominators; lines with the same denominator are
 * added without a gcd) with exact multiplication and addition, saturated once it reaches 1 (the
 * cap); the half-up rounding is ⌊(2·N·10^s + L) / 2L⌋ when that fits a {@code long}, else done
 * digit by digit on N &lt; L; the wage saturates just above {@link QuarterInput#MAX_WAGE_CENTS}.
 */
public final class DmfaAccumulator {

  /** µ_line = J / (13 × D) or H / (13 × S) (BVR art. 2 §2; weeks in a quarter). */
  private static final int WEEKS_PER_QUARTER = 13;
  /** Service, remuneration and worker codes are 0-999 (DmfA annexes 2, 7, 8). */
  private static final int MAX_CODE = 999;
  /** Hundredths per day (days), and hours of a day in hundredths (hours), per day of the quarter. */
  private static final int DAY_HUNDREDTHS = 100;
  private static final int HOURS_PER_DAY_HUNDREDTHS = 2_400;
  private static final int TEN_THOUSANDTHS = 10_000;
  private static final int[] POW10 = {1, 10, 100, 1_000, 10_000};

  private final ParameterSet parameters;
  private final int referenceYear;
  private final boolean supported;
  private final int scale;

  // rules per quarter of the year, index 0-3
  private final boolean[][] countedService = new boolean[4][MAX_CODE + 1];
  private final boolean[][] wageCode = new boolean[4][MAX_CODE + 1];
  private final boolean[][] tiCode = new boolean[4][MAX_CODE + 1];
  private final boolean[] tiCounts = new boolean[4];
  private final long[] quarterDays = new long[4];

  // duplicate service codes: seen[code] == stamp within the current line
  private final int[] seen = new int[MAX_CODE + 1];
  private int stamp;

  // state of the person, per quarter
  private final int[] lines = new int[4];
  private final long[] wage = new long[4];
  private final long[] sumN = new long[4];
  private final long[] sumL = new long[4];
  private final boolean[] saturated = new boolean[4];
  private final boolean[] anyCounted = new boolean[4];
  private final boolean[] allCountedFullTime = new boolean[4];
  private final boolean[] allFullTime = new boolean[4];

  // results of finish()
  private boolean finished;
  private final int[] mu = new int[4];

  private DmfaAccumulator(ParameterSet parameters, int referenceYear) {
    this.parameters = parameters;
    this.referenceYear = referenceYear;
    parameters.requireYear(referenceYear);
    int s = parameters.interpretation().workFractionScale().value();
    this.supported = s >= 0 && s <= QuarterInput.MAX_WORK_FRACTION_SCALE;
    this.scale = s;
    for (int q = 0; q < 4; q++) {
      YearQuarter yq = YearQuarter.of(referenceYear, q + 1);
      DmfaRules rules = parameters.dmfaRulesFor(yq);
      fill(countedService[q], rules.countedServiceCodes().value());
      fill(wageCode[q], rules.wageRemunerationCodes().value());
      fill(tiCode[q], rules.terminationIndemnityRemunerationCodes().value());
      tiCounts[q] = rules.terminationIndemnityCounts().value();
      quarterDays[q] = ChronoUnit.DAYS.between(yq.firstDay(), yq.lastDay()) + 1;
    }
    reset();
  }

  private static void fill(boolean[] table, Iterable<Integer> codes) {
    for (int c : codes) {
      if (c >= 0 && c < table.length) {
        table[c] = true;
      }
    }
  }

  /**
   * An accumulator for the quarters of {@code referenceYear}, with the DmfA rules of each quarter.
   *
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public static DmfaAccumulator of(ParameterSet parameters, int referenceYear) {
    return new DmfaAccumulator(Objects.requireNonNull(parameters, "parameters"), referenceYear);
  }

  public ParameterSet parameters() {
    return parameters;
  }

  public int referenceYear() {
    return referenceYear;
  }

  /**
   * False when this parameter set cannot be handled here at all ({@code workFractionScale} outside
   * 0-4): callers then use {@link DmfaDerivation} for everything ({@link #addLine} returns false).
   */
  public boolean supported() {
    return supported;
  }

  /** Starts a new person: forgets every quarter. */
  public void reset() {
    for (int q = 0; q < 4; q++) {
      lines[q] = 0;
      wage[q] = 0;
      sumN[q] = 0;
      sumL[q] = 1;
      saturated[q] = false;
      anyCounted[q] = false;
      allCountedFullTime[q] = true;
      allFullTime[q] = true;
      mu[q] = 0;
    }
    finished = false;
  }

  /**
   * Adds one occupation line of quarter {@code quarterOfYear} (1-4) of the reference year.
   *
   * <p>Validates what {@link OccupationLine#of} validates except the INSZ, quarter and employer
   * (the caller checks those): worker code 0-999, D, Q and S 0-700/0-6000, each service code
   * 0-999 with days 0-{@link Service#MAX_DAYS} and hours 0-{@link Service#MAX_HOURS}, service codes
   * unique, Σ days ≤ 100 × days of the quarter, Σ hours ≤ 2400 × days of the quarter, each
   * remuneration code 0-999 with amount 0-{@link Remuneration#MAX_AMOUNT_CENTS} and their running
   * sum at most that; then the rules of {@link DmfaDerivation#check}.
   *
   * @return false when the exact path must decide: the reference would refuse the line, or a value
   *     does not fit the {@code long} arithmetic; the person's state is then unspecified (reset)
   * @throws IllegalArgumentException when {@code quarterOfYear} is not 1-4 or a count is negative
   *     or longer than its arrays
   */
  public boolean addLine(int quarterOfYear, int workerCode, boolean partTime, int daysPerWeek,
      int meanWorkingHours, int refMeanWorkingHours, int serviceCount, int[] serviceCodes,
      int[] serviceDays, int[] serviceHours, int remunerationCount, int[] remunerationCodes,
      long[] remunerationAmounts) {
    if (quarterOfYear < 1 || quarterOfYear > 4) {
      throw new IllegalArgumentException("quarter of the year must be 1-4, was " + quarterOfYear);
    }
    if (serviceCount < 0 || serviceCount > serviceCodes.length || serviceCount > serviceDays.length
        || serviceCount > serviceHours.length) {
      throw new IllegalArgumentException("serviceCount " + serviceCount + " does not fit the service arrays");
    }
    if (remunerationCount < 0 || remunerationCount > remunerationCodes.length
        || remunerationCount > remunerationAmounts.length) {
      throw new IllegalArgumentException("remunerationCount " + remunerationCount + " does not fit the remuneration arrays");
    }
    finished = false;
    if (!supported) {
      return false;
    }
    int q = quarterOfYear - 1;
    if (workerCode < 0 || workerCode > MAX_CODE
        || daysPerWeek < 0 || daysPerWeek > OccupationLine.MAX_DAYS_PER_WEEK
        || meanWorkingHours < 0 || meanWorkingHours > OccupationLine.MAX_WEEKLY_HOURS
        || refMeanWorkingHours < 0 || refMeanWorkingHours > OccupationLine.MAX_WEEKLY_HOURS) {
      return false;
    }

    // remunerations: OccupationLine.of's checks; whether the line is a termination-indemnity line;
    // Σ of the wage and indemnity codes (no indemnity code occurs on a line that is not one)
    boolean[] wageCodes = wageCode[q];
    boolean[] tiCodes = tiCode[q];
    boolean ti = false;
    long amount = 0;
    long wageOrTi = 0;
    for (int i = 0; i < remunerationCount; i++) {
      int code = remunerationCodes[i];
      long a = remunerationAmounts[i];
      if (code < 0 || code > MAX_CODE || a < 0 || a > Remuneration.MAX_AMOUNT_CENTS) {
        return false;
      }
      amount += a;
      if (amount > Remuneration.MAX_AMOUNT_CENTS) {
        return false;
      }
      boolean isTi = tiCodes[code];
      ti |= isTi;
      if (isTi || wageCodes[code]) {
        wageOrTi += a;
      }
    }
    boolean counts = !ti || tiCounts[q];

    // services: OccupationLine.of's checks, then what check() and the numerator need
    if (++stamp == 0) {
      Arrays.fill(seen, 0);
      stamp = 1;
    }
    boolean[] counted = countedService[q];
    long days = 0;
    long hours = 0;
    long countedDays = 0;
    long countedHours = 0;
    boolean hasCounted = false;
    boolean hoursMissing = false;
    for (int i = 0; i < serviceCount; i++) {
      int code = serviceCodes[i];
      int d = serviceDays[i];
      int h = serviceHours[i];
      if (code < 0 || code > MAX_CODE || d < 0 || d > Service.MAX_DAYS || h < 0 || h > Service.MAX_HOURS
          || seen[code] == stamp) {
        return false;
      }
      seen[code] = stamp;
      days += d;
      hours += h;
      if (counted[code]) {
        countedDays += d;
        countedHours += h;
        hasCounted |= d > 0 || h > 0;
        hoursMissing |= h == 0 && d > 0;
      }
    }
    if (days > quarterDays[q] * DAY_HUNDREDTHS || hours > quarterDays[q] * HOURS_PER_DAY_HUNDREDTHS) {
      return false;
    }

    // DmfaDerivation.check: nothing more to check on a termination-indemnity line that does not count
    long numerator = 0;
    long denominator = 0;
    if (counts) {
      if (partTime && hoursMissing) {
        return false;
      }
      if (hasCounted && (partTime ? refMeanWorkingHours == 0 : daysPerWeek == 0)) {
        return false;
      }
      numerator = partTime ? countedHours : countedDays;
      if (numerator > 0) {
        denominator = (long) WEEKS_PER_QUARTER * (partTime ? refMeanWorkingHours : daysPerWeek);
      }
    }

    // the quarter
    lines[q]++;
    allFullTime[q] &= !partTime;
    if (counts) {
      // line wage ≤ MAX_AMOUNT_CENTS ≈ 10^11, the sum saturates just above MAX_WAGE_CENTS = 10^9
      wage[q] = Math.min(wage[q] + wageOrTi, QuarterInput.MAX_WAGE_CENTS + 1);
    }
    if (numerator > 0) {
      anyCounted[q] = true;
      allCountedFullTime[q] &= !partTime;
      return addFraction(q, numerator, denominator);
    }
    return true;
  }

  /** Σ µ_line += n / d (n, d > 0), exactly, saturated at 1. */
  private boolean addFraction(int q, long n, long d) {
    if (saturated[q]) {
      return true;
    }
    if (n >= d) {
      saturated[q] = true;
      return true;
    }
    long l = sumL[q];
    if (d == l || sumN[q] == 0) { // the usual cases: one line, or lines with the same schedule
      long newN = sumN[q] + n; // both below d
      if (newN >= d) {
        saturated[q] = true;
      } else {
        sumN[q] = newN;
        sumL[q] = d;
      }
      return true;
    }
    long gl = Rational.gcd(l, d);
    try {
      long newL = Math.multiplyExact(l / gl, d);
      long newN = Math.addExact(Math.multiplyExact(sumN[q], d / gl), Math.multiplyExact(n, l / gl));
      if (newN >= newL) {
        saturated[q] = true;
        return true;
      }
      long r = Rational.gcd(newN, newL);
      sumN[q] = newN / r;
      sumL[q] = newL / r;
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * Ends the person: per quarter present, caps Σ µ_line at 1 and rounds it half-up to {@code
   * workFractionScale} decimals.
   *
   * @return false when the reference would refuse (a quarter's wage above {@link
   *     QuarterInput#MAX_WAGE_CENTS}) or the arithmetic does not fit
   */
  public boolean finish() {
    finished = false;
    if (!supported) {
      return false;
    }
    for (int q = 0; q < 4; q++) {
      if (lines[q] == 0) {
        mu[q] = 0;
        continue;
      }
      if (wage[q] > QuarterInput.MAX_WAGE_CENTS) {
        return false;
      }
      if (saturated[q]) {
        mu[q] = TEN_THOUSANDTHS;
        continue;
      }
      long l = sumL[q];
      long twoPow = 2L * POW10[scale];
      if (sumN[q] <= Long.MAX_VALUE / twoPow - l) { // the usual case: ⌊(2·N·10^s + L) / 2L⌋ in one division
        mu[q] = (int) ((sumN[q] * twoPow + l) / (2 * l)) * POW10[QuarterInput.MAX_WORK_FRACTION_SCALE - scale];
        continue;
      }
      // N / L < 1 rounded half-up to scale decimals: long division digit by digit, rem < L
      long rem = sumN[q];
      long digits = 0;
      try {
        for (int i = 0; i < scale; i++) {
          rem = Math.multiplyExact(rem, 10L);
          digits = digits * 10 + rem / l;
          rem %= l;
        }
      } catch (ArithmeticException e) {
        return false;
      }
      if (rem >= l - rem) {
        digits++;
      }
      mu[q] = (int) digits * POW10[QuarterInput.MAX_WORK_FRACTION_SCALE - scale];
    }
    finished = true;
    return true;
  }

  /** After a successful {@link #finish}: whether quarter {@code quarterOfYear} (1-4) had a line. */
  public boolean present(int quarterOfYear) {
    return lines[index(quarterOfYear)] > 0;
  }

  /** After a successful {@link #finish}: W, the quarter's wage in cents (0 when not present). */
  public long wageCents(int quarterOfYear) {
    return wage[index(quarterOfYear)];
  }

  /**
   * After a successful {@link #finish}: µ after the cap at 1 and the half-up rounding to {@code
   * workFractionScale} decimals, in ten-thousandths (0-10000; 0 when not present).
   */
  public int workFractionTenThousandths(int quarterOfYear) {
    return mu[index(quarterOfYear)];
  }

  /**
   * After a successful {@link #finish}: whether the derived regime is full-time (every line with
   * counted services is full-time; with none, every line); false when not present.
   */
  public boolean fullTime(int quarterOfYear) {
    int q = index(quarterOfYear);
    return lines[q] > 0 && (anyCounted[q] ? allCountedFullTime[q] : allFullTime[q]);
  }

  private int index(int quarterOfYear) {
    if (!finished) {
      throw new IllegalStateException("finish() has not returned true for this person");
    }
    if (quarterOfYear < 1 || quarterOfYear > 4) {
      throw new IllegalArgumentException("quarter of the year must be 1-4, was " + quarterOfYear);
    }
    return quarterOfYear - 1;
  }

  /** The reference year only; no personal data. */
  @Override
  public String toString() {
    return "DmfaAccumulator[" + parameters.id() + ", " + referenceYear + "]";
  }
}
