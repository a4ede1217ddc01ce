package be.jobbonus.core.batch;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import com.google.common.math.LongMath;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * The DmfA derivation (docs/calculation.md §4, BVR 1 July 2022 art. 2 §2-§3/1): one person's quarter
 * inputs of one year from their occupation lines given as primitives, with integer arithmetic.
 * It is the only one: {@link DmfaDerivation} runs it for lines as objects and builds its trace
 * from this class's {@link Trace}. Mutable, not thread-safe; one per thread ({@link #copy}).
 *
 * <p>Use: {@link #reset}, then {@link #add(int[], int)} (a record as the readers write it) or {@link
 * #addLine} per line (quarters in any order, interleaved),
 * then {@link #finish} and the accessors. A {@code false} is a refusal, decided here: {@link
 * #refusal()} names the field and says why, with the text {@link DmfaDerivation} gives.
 *
 * <p>The rule, per line: a termination-indemnity line (a remuneration code of {@code
 * terminationIndemnityRemunerationCodes}) counts only when {@code terminationIndemnityCounts}, else
 * it counts for nothing; a line that counts has µ_line = J / (13 × D) full-time, J the days of the
 * services with a code of {@code countedServiceCodes}, or H / (13 × S) part-time, H their hours,
 * and W_line the amounts of the codes of {@code wageRemunerationCodes} and, on an indemnity line,
 * of the indemnity codes. Per quarter, all lines and employers added up: W = Σ W_line (at most
 * {@link QuarterInput#MAX_WAGE_CENTS}), µ = min(1, Σ µ_line) rounded half-up to {@code
 * workFractionScale} decimals, full-time regime when every line with counted services is
 * full-time (with none, when every line is). Every code set is the quarter's {@link DmfaRules}.
 *
 * <p>A line of a category the decree excludes, as the declaration shows it ({@link DmfaExclusions}:
 * its worker code, employer class or apprentice type in the quarter), counts for nothing — neither
 * its days nor its wage — like a termination-indemnity line that does not count, unless the set's
 * IP-declared-category is {@code STATUUT_ONLY}; it is checked field by field as every line, but
 * neither for the derivation's refusals nor for unknown codes, since nothing of it is used. A person
 * whose every accepted line is of an excluded category has that category ({@link
 * #excludedCategory()}, the first in the table's order among their lines); a person with other
 * lines too is derived from those.
 *
 * <p>Arithmetic, exact: per line J ≤ 92 days and H ≤ 92 × 24 h (hundredths), 13 × D ≤ 9100 and
 * 13 × S ≤ 78000; per quarter Σ µ_line is kept as a fraction N / L of {@code long}s (lines with the
 * same denominator added without a gcd); when N or L would not fit a {@code long} (many lines with
 * different schedules), that quarter goes on in {@link BigInteger}, the only place that allocates.
 * The cap is N ≥ L, the rounding ⌊(2·N·10^s + L) / 2L⌋. The wage saturates just above the maximum.
 * No allocation in {@link #reset}, {@link #addLine} or {@link #finish} on accepted lines without a
 * trace.
 */
public final class DmfaAccumulator {

  /**
   * What the derivation did, line by line and quarter by quarter, for an explanation ({@link
   * DmfaDerivation} builds its {@code LineTrace}s and {@code QuarterDerivation}s from it). For an
   * accepted line: {@link #service} and {@link #remuneration} per item in order, then {@link
   * #line}; nothing for a refused line. At a successful {@link #finish}: {@link #quarter} per
   * quarter present, in order.
   */
  public interface Trace {

    /** Service {@code index} of the line: whether its days (full-time) or hours (part-time) count. */
    void service(int index, boolean counted);

    /** Remuneration {@code index} of the line: whether its amount is wage. */
    void remuneration(int index, boolean wage);

    /**
     * The line, accepted.
     *
     * @param counts false for a termination-indemnity line before the rule that counts them
     * @param wageCents W_line
     * @param numerator J (full-time) or H (part-time) in hundredths; 0 when nothing counted
     * @param denominator 13 × D or 13 × S in hundredths; 0 when nothing counted
     * @param teachingStaff the worker code is one of {@code teachingStaffWorkerCodes} (BVR art. 2 §3/1)
     * @param excludedCategory the index of the excluded category the line is of ({@link
     *     DmfaExclusions#category(int)}; then {@code counts} is false), 0 when none
     */
    void line(int quarterOfYear, boolean counts, long wageCents, long numerator, long denominator,
        boolean teachingStaff, int excludedCategory);

    /** Σ µ_line of the quarter, exact, before the cap: {@code numerator / denominator}. */
    void quarter(int quarterOfYear, BigInteger numerator, BigInteger denominator);
  }

  /** µ_line = J / (13 × D) or H / (13 × S) (BVR art. 2 §2: the weeks of a quarter). */
  private static final int WEEKS_PER_QUARTER = 13;
  private static final long[] POW10 = {1, 10, 100, 1_000, 10_000};

  /** The rules of one year's quarters as tables, shared by copies. */
  private static final class Rules {
    final ParameterSet parameters;
    final int year;
    final int scale;
    final YearQuarter[] quarter = new YearQuarter[4];
    /** False when the set has no DmfA rules for the quarter: a line of it throws. */
    final boolean[] known = new boolean[4];
    final boolean[][] countedService = new boolean[4][LineChecks.MAX_CODE + 1];
    final boolean[][] wageCode = new boolean[4][LineChecks.MAX_CODE + 1];
    final boolean[][] tiCode = new boolean[4][LineChecks.MAX_CODE + 1];
    final boolean[][] teaching = new boolean[4][LineChecks.MAX_CODE + 1];
    /** The codes of DmfA annexes 8 and 7 known in each quarter ({@link DmfaDomains}). */
    final boolean[][] knownService = new boolean[4][];
    final boolean[][] knownRemuneration = new boolean[4][];
    final boolean[] tiCounts = new boolean[4];
    final long[] quarterDays = new long[4];
    /** Per quarter and code, the excluded category of a worker code, employer class, apprentice type (0: none). */
    final byte[][] excludedWorkerCode = new byte[4][];
    final byte[][] excludedEmployerClass = new byte[4][];
    final byte[][] excludedApprenticeship = new byte[4][];
    /** IP-declared-category: whether the declaration's markers are read. */
    final boolean declaredCategories;

    Rules(ParameterSet parameters, int year) {
      this.parameters = parameters;
      this.year = year;
      // 0-4 decimals: Interpretation refuses any other scale
      this.scale = parameters.interpretation().workFractionScale().value();
      this.declaredCategories = parameters.interpretation().excludedCategories().value()
          == Interpretation.ExcludedCategories.STATUUT_OR_DECLARATION;
      DmfaExclusions exclusions = DmfaExclusions.official();
      for (int q = 0; q < 4; q++) {
        YearQuarter yq = YearQuarter.of(year, q + 1);
        quarter[q] = yq;
        excludedWorkerCode[q] = exclusions.table(DmfaExclusions.Field.WORKER_CODE, yq);
        excludedEmployerClass[q] = exclusions.table(DmfaExclusions.Field.EMPLOYER_CLASS, yq);
        excludedApprenticeship[q] = exclusions.table(DmfaExclusions.Field.APPRENTICESHIP, yq);
        quarterDays[q] = LineChecks.quarterDays(yq);
        knownService[q] = DmfaDomains.official().serviceCodes().table(yq);
        knownRemuneration[q] = DmfaDomains.official().remunerationCodes().table(yq);
        DmfaRules rules;
        try {
          rules = parameters.dmfaRulesFor(yq);
        } catch (UnknownReferenceYearException e) {
          continue;
        }
        known[q] = true;
        fill(countedService[q], rules.countedServiceCodes().value());
        fill(wageCode[q], rules.wageRemunerationCodes().value());
        fill(tiCode[q], rules.terminationIndemnityRemunerationCodes().value());
        fill(teaching[q], rules.teachingStaffWorkerCodes().value());
        tiCounts[q] = rules.terminationIndemnityCountsIn(yq);
      }
    }

    private static void fill(boolean[] table, Iterable<Integer> codes) {
      for (int c : codes) {
        if (c >= 0 && c < table.length) { // a code outside 0-999 matches no line
          table[c] = true;
        }
      }
    }
  }

  private final Rules rules;
  private Trace trace;
  private Trace nextTrace;

  // state of the person, per quarter
  private final int[] lines = new int[4];
  private final long[] wage = new long[4];
  private final long[] sumN = new long[4];
  private final long[] sumL = new long[4];
  /** Σ µ_line when it outgrew the longs (null otherwise): numerator and denominator. */
  private final BigInteger[] bigN = new BigInteger[4];
  private final BigInteger[] bigL = new BigInteger[4];
  private final boolean[] anyCounted = new boolean[4];
  private final boolean[] allCountedFullTime = new boolean[4];
  private final boolean[] allFullTime = new boolean[4];
  /** Accepted lines not of an excluded category; the smallest excluded category among the others (0: none). */
  private int otherLines;
  private int excludedCategory;
  /** The person's first refusal (of a line, or at finish); the last line's own refusal. */
  private InvalidOccupationLineException personRefusal;
  private InvalidOccupationLineException refusal;

  // results of finish()
  private boolean finished;
  private final int[] mu = new int[4];

  private DmfaAccumulator(Rules rules) {
    this.rules = rules;
    reset();
  }

  /**
   * An accumulator for the quarters of {@code referenceYear}, with the DmfA rules of each quarter.
   *
   * @throws UnknownReferenceYearException when the set does not cover the year or has no DmfA
   *     rules for one of its quarters
   */
  public static DmfaAccumulator of(ParameterSet parameters, int referenceYear) {
    Objects.requireNonNull(parameters, "parameters");
    parameters.requireYear(referenceYear);
    DmfaAccumulator a = new DmfaAccumulator(new Rules(parameters, referenceYear));
    for (int q = 1; q <= 4; q++) {
      parameters.dmfaRulesFor(YearQuarter.of(referenceYear, q));
    }
    return a;
  }

  /**
   * An accumulator for the lines of any year, as {@link DmfaDerivation} takes them: the year need
   * not be a reference year of the set, and a line of a quarter without DmfA rules throws {@link
   * UnknownReferenceYearException} when it is added.
   */
  public static DmfaAccumulator ofLines(ParameterSet parameters, int year) {
    return new DmfaAccumulator(new Rules(Objects.requireNonNull(parameters, "parameters"), year));
  }

  /** A new accumulator for the same parameters and year, reset, without trace: cheap (the rule tables are shared). */
  public DmfaAccumulator copy() {
    return new DmfaAccumulator(rules);
  }

  public ParameterSet parameters() {
    return rules.parameters;
  }

  public int referenceYear() {
    return rules.year;
  }

  /**
   * Sends what the derivation does to {@code trace} (null: no trace), from the next {@link
   * #reset}. The trace's arguments allocate.
   */
  public void traceTo(Trace trace) {
    this.nextTrace = trace;
  }

  /** Starts a new person: forgets every quarter. */
  public void reset() {
    for (int q = 0; q < 4; q++) {
      lines[q] = 0;
      wage[q] = 0;
      sumN[q] = 0;
      sumL[q] = 1;
      bigN[q] = null;
      bigL[q] = null;
      anyCounted[q] = false;
      allCountedFullTime[q] = true;
      allFullTime[q] = true;
      mu[q] = 0;
    }
    otherLines = 0;
    excludedCategory = 0;
    personRefusal = null;
    refusal = null;
    finished = false;
    trace = nextTrace;
  }

  /**
   * Adds a line given as an object, as its primitives: the one way an object line reaches the
   * derivation.
   *
   * @return false when the line is refused ({@link #refusal()})
   */
  public boolean addLine(OccupationLine l) {
    List<Service> services = l.services();
    int n = services.size();
    int[] codes = new int[n];
    int[] days = new int[n];
    int[] hours = new int[n];
    for (int i = 0; i < n; i++) {
      Service s = services.get(i);
      codes[i] = s.code();
      days[i] = s.days();
      hours[i] = s.hours();
    }
    List<Remuneration> remunerations = l.remunerations();
    int m = remunerations.size();
    int[] remunerationCodes = new int[m];
    long[] amounts = new long[m];
    for (int i = 0; i < m; i++) {
      remunerationCodes[i] = remunerations.get(i).code();
      amounts[i] = remunerations.get(i).amountCents();
    }
    return addLine(l.quarter().quarter(), l.workerCode(), l.employerClass(), l.apprenticeship(),
        l.contract() == Regime.PART_TIME, l.daysPerWeek(), l.meanWorkingHours(), l.refMeanWorkingHours(), n, codes,
        days, hours, m, remunerationCodes, amounts);
  }

  /**
   * Adds the occupation record at {@code record[offset..]} ({@link OccupationRecord}), as the
   * readers wrote it: the way a file run's occupations reach the derivation, read where they lie.
   *
   * @return false when the line is refused ({@link #refusal()})
   * @throws UnknownReferenceYearException when the set has no DmfA rules for the quarter
   */
  public boolean add(int[] record, int offset) {
    int n = OccupationRecord.services(record, offset);
    int m = OccupationRecord.remunerations(record, offset);
    int[] codes = serviceCodes;
    int[] days = serviceDays;
    int[] hours = serviceHours;
    int k = offset + 3;
    for (int i = 0; i < n; i++) {
      int cd = record[k++];
      codes[i] = cd & 0x3FF;
      days[i] = cd >>> 10;
      hours[i] = record[k++];
    }
    int[] rc = remunerationCodes;
    long[] amounts = remunerationAmounts;
    for (int i = 0; i < m; i++) {
      int ca = record[k++];
      rc[i] = ca & 0x3FF;
      amounts[i] = (long) (ca >>> 10) << 32 | (record[k++] & 0xFFFFFFFFL);
    }
    return addLine(OccupationRecord.quarter(record, offset), OccupationRecord.workerCode(record, offset),
        OccupationRecord.employerClass(record, offset), OccupationRecord.apprenticeship(record, offset),
        OccupationRecord.partTime(record, offset), OccupationRecord.daysPerWeek(record, offset),
        OccupationRecord.meanWorkingHours(record, offset), OccupationRecord.refMeanWorkingHours(record, offset), n,
        codes, days, hours, m, rc, amounts);
  }

  /** A record's items as the checks take them (6 bits of count: at most 63). */
  private final int[] serviceCodes = new int[64];
  private final int[] serviceDays = new int[64];
  private final int[] serviceHours = new int[64];
  private final int[] remunerationCodes = new int[64];
  private final long[] remunerationAmounts = new long[64];

  /**
   * Adds one occupation line of quarter {@code quarterOfYear} (1-4) of the year, or refuses it.
   *
   * <p>Refuses as constructing the line's objects would, in that order: each service as {@link
   * be.jobbonus.core.dmfa.Service}, each remuneration as {@link be.jobbonus.core.dmfa.Remuneration},
   * then the line as {@link OccupationLine#of} (worker code, schedule, service codes once, days
   * and hours within the quarter, amounts' total), all by {@link LineChecks}; then as {@link
   * DmfaDerivation#check}: a line that counts and has counted services needs the hours of each
   * counted service with days (part-time) and D (full-time) or S (part-time) above 0. A line's
   * refusal depends on that line only; a refused line adds nothing, and the person is refused at
   * {@link #finish}.
   *
   * @return false when the line is refused ({@link #refusal()})
   * @throws UnknownReferenceYearException when the set has no DmfA rules for the quarter
   * @throws IllegalArgumentException when {@code quarterOfYear} is not 1-4 or a count is negative
   *     or longer than its arrays
   */
  public boolean addLine(int quarterOfYear, int workerCode, boolean partTime, int daysPerWeek,
      int meanWorkingHours, int refMeanWorkingHours, int serviceCount, int[] serviceCodes,
      int[] serviceDays, int[] serviceHours, int remunerationCount, int[] remunerationCodes,
      long[] remunerationAmounts) {
    return addLine(quarterOfYear, workerCode, OccupationLine.NO_EMPLOYER_CLASS, 0, partTime, daysPerWeek,
        meanWorkingHours, refMeanWorkingHours, serviceCount, serviceCodes, serviceDays, serviceHours,
        remunerationCount, remunerationCodes, remunerationAmounts);
  }

  /**
   * {@link #addLine(int, int, boolean, int, int, int, int, int[], int[], int[], int, int[], long[])}
   * with the line's employer class (zone 00036, {@link OccupationLine#NO_EMPLOYER_CLASS} when not
   * given) and apprentice type (zone 00055, 0 when none), which may put it in an excluded category
   * ({@link DmfaExclusions}).
   */
  public boolean addLine(int quarterOfYear, int workerCode, int employerClass, int apprenticeship, boolean partTime,
      int daysPerWeek, int meanWorkingHours, int refMeanWorkingHours, int serviceCount, int[] serviceCodes,
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
    refusal = null;
    int q = quarterOfYear - 1;
    try {
      add(q, workerCode, employerClass, apprenticeship, partTime, daysPerWeek, meanWorkingHours, refMeanWorkingHours,
          serviceCount, serviceCodes, serviceDays, serviceHours, remunerationCount, remunerationCodes,
          remunerationAmounts);
      return true;
    } catch (InvalidOccupationLineException e) {
      refusal = e;
      if (personRefusal == null) {
        personRefusal = e;
      }
      return false;
    }
  }

  private void add(int q, int workerCode, int employerClass, int apprenticeship, boolean partTime, int daysPerWeek,
      int meanWorkingHours,
      int refMeanWorkingHours, int serviceCount, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
      int remunerationCount, int[] remunerationCodes, long[] remunerationAmounts) {
    Rules r = rules;
    // the fields, as the value types check them
    for (int i = 0; i < serviceCount; i++) {
      LineChecks.service(serviceCodes[i], serviceDays[i], serviceHours[i]);
    }
    for (int i = 0; i < remunerationCount; i++) {
      LineChecks.remuneration(remunerationCodes[i], remunerationAmounts[i]);
    }
    LineChecks.workerCode(workerCode);
    LineChecks.markers(employerClass, apprenticeship);
    LineChecks.schedule(daysPerWeek, meanWorkingHours, refMeanWorkingHours);
    LineChecks.services(r.quarter[q], r.quarterDays[q], serviceCount, serviceCodes, serviceDays, serviceHours);

    // remunerations: their total (the last check of the fields); whether the line is a
    // termination-indemnity line; its wage
    boolean[] wageCodes = r.wageCode[q];
    boolean[] tiCodes = r.tiCode[q];
    boolean ti = false;
    long amount = 0;
    long wageOrTi = 0; // no indemnity code occurs on a line that is not an indemnity line
    for (int i = 0; i < remunerationCount; i++) {
      int code = remunerationCodes[i];
      long a = remunerationAmounts[i];
      amount += a;
      LineChecks.remunerationTotal(amount);
      boolean isTi = tiCodes[code];
      ti |= isTi;
      if (isTi || wageCodes[code]) {
        wageOrTi += a;
      }
    }
    if (!r.known[q]) {
      r.parameters.dmfaRulesFor(r.quarter[q]); // throws, as asking for the quarter's rules does
    }
    int excluded = r.declaredCategories ? excludedCategory(r, q, workerCode, employerClass, apprenticeship) : 0;
    if (excluded == 0) { // nothing of an excluded line is used: its codes need not be known
      knownCodes(r, q, serviceCount, serviceCodes, serviceDays, serviceHours, remunerationCount, remunerationCodes,
          remunerationAmounts);
    }
    boolean counts = excluded == 0 && (!ti || r.tiCounts[q]);

    // DmfaDerivation.check, then J or H; nothing to check on a line that counts for nothing
    long numerator = 0;
    long denominator = 0;
    if (counts) {
      boolean[] counted = r.countedService[q];
      boolean hasCounted = false;
      long countedDays = 0;
      long countedHours = 0;
      for (int i = 0; i < serviceCount; i++) {
        int code = serviceCodes[i];
        if (counted[code]) {
          int d = serviceDays[i];
          int h = serviceHours[i];
          if (d == 0 && h == 0) {
            throw new InvalidOccupationLineException("services[" + i + "].days",
                "is 0 and so are the hours of counted service code " + code
                    + "; DmfA declares a service with at least 1 (hundredths of a day)");
          }
          if (partTime && h == 0 && d > 0) {
            throw new InvalidOccupationLineException("services[" + i + "].hours",
                "a part-time line must declare the hours of service code " + code + " (hundredths of an hour)");
          }
          countedDays += d;
          countedHours += h;
          hasCounted |= d > 0 || h > 0;
        }
      }
      if (hasCounted && !partTime && daysPerWeek == 0) {
        throw new InvalidOccupationLineException("daysPerWeek",
            "is 0 on a full-time line with counted services; give the days per week of the schedule (500 = 5 days)");
      }
      if (hasCounted && partTime && refMeanWorkingHours == 0) {
        throw new InvalidOccupationLineException("refMeanWorkingHours",
            "is 0 on a part-time line with counted services; give the full-time reference person's weekly hours S (3800 = 38 h)");
      }
      numerator = partTime ? countedHours : countedDays;
      if (numerator > 0) {
        denominator = (long) WEEKS_PER_QUARTER * (partTime ? refMeanWorkingHours : daysPerWeek);
      }
    }

    // accepted: the quarter
    if (personRefusal != null) {
      return; // the person is refused already; the line is only checked
    }
    long lineWage = counts ? wageOrTi : 0;
    lines[q]++;
    if (excluded == 0) {
      otherLines++;
    } else if (excludedCategory == 0 || excluded < excludedCategory) {
      excludedCategory = excluded;
    }
    allFullTime[q] &= !partTime;
    // a line's wage ≤ MAX_AMOUNT_CENTS ≈ 10^11; the sum saturates just above MAX_WAGE_CENTS = 10^9
    wage[q] = Math.min(wage[q] + lineWage, QuarterInput.MAX_WAGE_CENTS + 1);
    if (numerator > 0) {
      anyCounted[q] = true;
      allCountedFullTime[q] &= !partTime;
      addFraction(q, numerator, denominator);
    }
    if (trace != null) {
      boolean[] counted = r.countedService[q];
      for (int i = 0; i < serviceCount; i++) {
        trace.service(i, counts && counted[serviceCodes[i]]);
      }
      for (int i = 0; i < remunerationCount; i++) {
        int code = remunerationCodes[i];
        trace.remuneration(i, counts && (wageCodes[code] || tiCodes[code]));
      }
      trace.line(q + 1, counts, lineWage, numerator, denominator, r.teaching[q][workerCode], excluded);
    }
  }

  /**
   * The first excluded category, in the table's order, that the line's worker code, employer class
   * (-1: not given) or apprentice type puts it in; 0 for none.
   */
  private static int excludedCategory(Rules r, int q, int workerCode, int employerClass, int apprenticeship) {
    int c = r.excludedWorkerCode[q][workerCode];
    if (employerClass >= 0) {
      int e = r.excludedEmployerClass[q][employerClass];
      if (e != 0 && (c == 0 || e < c)) {
        c = e;
      }
    }
    int a = r.excludedApprenticeship[q][apprenticeship];
    if (a != 0 && (c == 0 || a < c)) {
      c = a;
    }
    return c;
  }

  /**
   * A service with days or hours, or a remuneration with an amount, under a code the DmfA does not
   * know in the quarter ({@link DmfaDomains}): its days or amount can be neither counted nor left
   * out with certainty, so the line is refused.
   */
  private static void knownCodes(Rules r, int q, int serviceCount, int[] serviceCodes, int[] serviceDays,
      int[] serviceHours, int remunerationCount, int[] remunerationCodes, long[] remunerationAmounts) {
    boolean[] services = r.knownService[q];
    for (int i = 0; i < serviceCount; i++) {
      int code = serviceCodes[i];
      if (!services[code] && (serviceDays[i] > 0 || serviceHours[i] > 0)) {
        throw new InvalidOccupationLineException("services[" + i + "].code", "service code " + code
            + " is not a working-time code of DmfA annex 8 in " + r.quarter[q] + "; its days can be neither counted"
            + " nor left out: correct the code (the list: docs/dmfa.md, service codes)");
      }
    }
    boolean[] remunerations = r.knownRemuneration[q];
    for (int i = 0; i < remunerationCount; i++) {
      int code = remunerationCodes[i];
      if (!remunerations[code] && remunerationAmounts[i] > 0) {
        throw new InvalidOccupationLineException("remunerations[" + i + "].code", "remuneration code " + code
            + " is not a remuneration code of DmfA annex 7 in " + r.quarter[q] + "; its amount can be neither counted"
            + " as wage nor left out: correct the code (the list: docs/dmfa.md, remuneration codes)");
      }
    }
  }

  /** Σ µ_line += n / d (n, d > 0), exactly. */
  private void addFraction(int q, long n, long d) {
    if (bigN[q] != null) {
      addBig(q, BigInteger.valueOf(n), BigInteger.valueOf(d));
      return;
    }
    long l = sumL[q];
    long sn = sumN[q];
    if (sn == 0) { // the first line
      sumN[q] = n;
      sumL[q] = d;
    } else if (d == l && sn <= Long.MAX_VALUE - n) { // lines with the same schedule
      sumN[q] = sn + n;
    } else {
      long g = LongMath.gcd(l, d);
      long lg = l / g;
      long dg = d / g;
      long newL;
      long newN;
      try {
        newL = Math.multiplyExact(lg, d);
        newN = Math.addExact(Math.multiplyExact(sn, dg), Math.multiplyExact(n, lg));
      } catch (ArithmeticException e) { // too many different schedules for a long: exact in BigInteger
        bigN[q] = BigInteger.valueOf(sn);
        bigL[q] = BigInteger.valueOf(l);
        addBig(q, BigInteger.valueOf(n), BigInteger.valueOf(d));
        return;
      }
      long r = LongMath.gcd(newN, newL);
      sumN[q] = newN / r;
      sumL[q] = newL / r;
    }
  }

  private void addBig(int q, BigInteger n, BigInteger d) {
    BigInteger newN = bigN[q].multiply(d).add(n.multiply(bigL[q]));
    BigInteger newL = bigL[q].multiply(d);
    BigInteger g = newN.gcd(newL);
    bigN[q] = newN.divide(g);
    bigL[q] = newL.divide(g);
  }

  /**
   * Ends the person: refused when a line was (the first line refusal), or when a quarter's wage is
   * above {@link QuarterInput#MAX_WAGE_CENTS} (the first such quarter); else, per quarter present,
   * caps Σ µ_line at 1 and rounds it half-up to {@code workFractionScale} decimals.
   *
   * @return false when the person is refused ({@link #refusal()})
   */
  public boolean finish() {
    finished = false;
    refusal = personRefusal;
    if (refusal != null) {
      return false;
    }
    for (int q = 0; q < 4; q++) {
      if (lines[q] > 0 && wage[q] > QuarterInput.MAX_WAGE_CENTS) {
        refusal = new InvalidOccupationLineException("remunerations", rules.quarter[q]
            + ": the wage amounts of all lines add up to more than 10,000,000.00 euro; check the unit is cents");
        personRefusal = refusal;
        return false;
      }
    }
    int scale = rules.scale;
    for (int q = 0; q < 4; q++) {
      if (lines[q] == 0) {
        mu[q] = 0;
        continue;
      }
      long l = sumL[q];
      long n = sumN[q];
      int digits;
      if (bigN[q] != null) {
        digits = roundBig(bigN[q], bigL[q], scale);
      } else if (n >= l) {
        digits = (int) POW10[scale];
      } else if (n <= Long.MAX_VALUE / (2 * POW10[scale]) - l) { // the usual case: ⌊(2·N·10^s + L) / 2L⌋
        digits = (int) ((n * 2 * POW10[scale] + l) / (2 * l));
      } else {
        digits = roundBig(BigInteger.valueOf(n), BigInteger.valueOf(l), scale);
      }
      mu[q] = digits * (int) POW10[QuarterInput.MAX_WORK_FRACTION_SCALE - scale];
      if (trace != null) {
        trace.quarter(q + 1, bigN[q] != null ? bigN[q] : BigInteger.valueOf(n),
            bigL[q] != null ? bigL[q] : BigInteger.valueOf(l));
      }
    }
    for (int q = 0; q < 4; q++) {
      if (lines[q] > 0 && wage[q] == 0 && mu[q] > 0) { // work and no wage: never the maximum
        refusal = workWithoutWage(rules.quarter[q]);
        personRefusal = refusal;
        return false;
      }
    }
    finished = true;
    return true;
  }

  /**
   * Counted days without any counted wage in a quarter (W = 0 with µ > 0): the quarter would be
   * computed with a reference wage of 0 and the largest amount, so the person is held with a reason a
   * case handler can act on (docs/dmfa.md §4.3).
   */
  private InvalidOccupationLineException workWithoutWage(YearQuarter quarter) {
    java.util.Set<Integer> wageCodes = new java.util.TreeSet<>(
        rules.parameters.dmfaRulesFor(quarter).wageRemunerationCodes().value());
    return new InvalidOccupationLineException("remunerations", quarter + ": days of work count (a work fraction"
        + " above 0) but no amount is declared under a wage code " + wageCodes + "; the quarter would be computed"
        + " with no wage and the largest amount. Check with the employer whether the wage was declared under another"
        + " code (a flexi-job wage, code 22, or a premium, code 2) and have the declaration corrected, then rerun");
  }

  /** min(1, N / L) rounded half-up to {@code scale} decimals, as a whole number of 10^-scale. */
  private static int roundBig(BigInteger n, BigInteger l, int scale) {
    if (n.compareTo(l) >= 0) {
      return (int) POW10[scale];
    }
    BigInteger twoL = l.shiftLeft(1);
    return n.multiply(BigInteger.valueOf(2 * POW10[scale])).add(l).divide(twoL).intValueExact();
  }

  /**
   * After a {@code false} from {@link #addLine}: that line's refusal; after a {@code false} from
   * {@link #finish}: the person's. The field as named in dmfa.jsonl and the text {@link
   * DmfaDerivation} gives (not thrown here).
   *
   * @throws IllegalStateException when the last call was not refused
   */
  public InvalidOccupationLineException refusal() {
    if (refusal == null) {
      throw new IllegalStateException("nothing was refused");
    }
    return refusal;
  }

  /**
   * After a successful {@link #finish}: the excluded category ({@link DmfaExclusions#category(int)})
   * of a person whose every line is of an excluded category — the first in the table's order among
   * their lines — or 0 when a line is of none (or there is no line).
   */
  public int excludedCategory() {
    if (!finished) {
      throw new IllegalStateException("finish() has not returned true for this person");
    }
    return otherLines == 0 ? excludedCategory : 0;
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

  /** The year only; no personal data. */
  @Override
  public String toString() {
    return "DmfaAccumulator[" + rules.parameters.id() + ", " + rules.year + "]";
  }
}
