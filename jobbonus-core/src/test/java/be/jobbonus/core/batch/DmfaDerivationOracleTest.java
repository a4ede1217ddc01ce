package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.TestParameterSets;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.OracleDerivation;
import be.jobbonus.core.dmfa.QuarterDerivation;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.InvalidParametersException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one derivation against the oracle ({@link OracleDerivation}: the derivation as it was, with
 * exact fractions): {@link DmfaAccumulator} line by line and at finish, without a trace, and
 * {@link DmfaDerivation} (the same accumulator with its trace) on the lines as objects give the
 * oracle's quarters, its refusals (field and text) and its explanation text, under every parameter
 * set the tests use.
 */
class DmfaDerivationOracleTest {

  static final Insz INSZ = Insz.parse("85073003328");
  static final String EMPLOYER = "0123456749";

  /**
   * Sets that change the derivation: official (scale 2), scale 4, scale 0, other code sets (scale
   * 3, indemnity rule swapped, teaching-staff codes), no counted codes (scale 1).
   */
  static final List<ParameterSet> SETS = sets();

  static List<ParameterSet> sets() {
    ParameterSet official = ParameterSets.official();
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("interpretation.workFractionScale", "3");
    codes.put("dmfa[2022-01-01].countedServiceCodes", "1,2,7");
    codes.put("dmfa[2022-01-01].wageRemunerationCodes", "1,2,10");
    codes.put("dmfa[2022-01-01].terminationIndemnityRemunerationCodes", "4");
    codes.put("dmfa[2022-01-01].terminationIndemnityCounts", "true");
    codes.put("dmfa[2022-01-01].teachingStaffWorkerCodes", "0,495");
    // the quarter containing the effective date is the first in which such lines count: 2022Q2
    codes.put("dmfa[2022-01-01].terminationIndemnityFrom", "2022-05-15");
    Map<String, String> codes2 = new LinkedHashMap<>();
    codes2.put("interpretation.workFractionScale", "3");
    codes2.put("dmfa[2024-01-01].countedServiceCodes", "1,3,50");
    codes2.put("dmfa[2024-01-01].wageRemunerationCodes", "1,3");
    codes2.put("dmfa[2024-01-01].terminationIndemnityCounts", "false");
    codes2.put("dmfa[2024-01-01].teachingStaffWorkerCodes", "999");
    Map<String, String> none = new LinkedHashMap<>();
    none.put("interpretation.workFractionScale", "1");
    none.put("dmfa[2024-01-01].countedServiceCodes", "");
    none.put("dmfa[2024-01-01].wageRemunerationCodes", "");
    return List.of(
        official,
        ParameterSets.withOverrides(official, "scale-4", Map.of("interpretation.workFractionScale", "4"), "test"),
        ParameterSets.withOverrides(official, "scale-0", Map.of("interpretation.workFractionScale", "0"), "test"),
        ParameterSets.withOverrides(official, "other-codes", codes, "test"),
        ParameterSets.withOverrides(official, "other-codes-2", codes2, "test"),
        ParameterSets.withOverrides(official, "no-counted-codes", none, "test"));
  }

  /** {@link #SETS}, many examples each; then every set of {@link TestParameterSets}, fewer each. */
  static Stream<Arguments> everySet() {
    List<Arguments> out = new ArrayList<>();
    for (ParameterSet s : SETS) {
      out.add(Arguments.of(s.id(), s, 6_000));
    }
    for (ParameterSet s : TestParameterSets.all()) {
      out.add(Arguments.of(s.id(), s, 1_000));
    }
    return out.stream();
  }

  /** One generated line, possibly invalid. */
  record Line(int quarter, int workerCode, boolean partTime, int daysPerWeek, int meanWorkingHours,
      int refMeanWorkingHours, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
      int[] remunerationCodes, long[] remunerationAmounts, int employerClass, int apprenticeship) {

    Line(int quarter, int workerCode, boolean partTime, int daysPerWeek, int meanWorkingHours,
        int refMeanWorkingHours, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
        int[] remunerationCodes, long[] remunerationAmounts) {
      this(quarter, workerCode, partTime, daysPerWeek, meanWorkingHours, refMeanWorkingHours, serviceCodes,
          serviceDays, serviceHours, remunerationCodes, remunerationAmounts, -1, 0);
    }

    /** This line with an employer class and an apprentice type (the markers of an excluded category). */
    Line marked(int newEmployerClass, int newApprenticeship) {
      return new Line(quarter, workerCode, partTime, daysPerWeek, meanWorkingHours, refMeanWorkingHours, serviceCodes,
          serviceDays, serviceHours, remunerationCodes, remunerationAmounts, newEmployerClass, newApprenticeship);
    }

    @Override
    public String toString() { // synthetic test data
      return "Q" + quarter + " wc=" + workerCode + (partTime ? " PT" : " FT") + " D=" + daysPerWeek + " Q=" + meanWorkingHours
          + " S=" + refMeanWorkingHours + " svc=" + Arrays.toString(serviceCodes) + "/" + Arrays.toString(serviceDays)
          + "/" + Arrays.toString(serviceHours) + " rem=" + Arrays.toString(remunerationCodes) + "/"
          + Arrays.toString(remunerationAmounts) + (employerClass != -1 ? " class=" + employerClass : "")
          + (apprenticeship != 0 ? " appr=" + apprenticeship : "");
    }

    OracleDerivation.Line oracle(int year) {
      return new OracleDerivation.Line(YearQuarter.of(year, quarter), EMPLOYER, workerCode, partTime, daysPerWeek,
          meanWorkingHours, refMeanWorkingHours, serviceCodes, serviceDays, serviceHours, remunerationCodes,
          remunerationAmounts, employerClass, apprenticeship);
    }
  }

  /** One generated person-year. */
  record Case(int year, List<Line> lines) {
    @Override
    public String toString() {
      return "Case[" + year + ", " + lines + "]";
    }

    List<OracleDerivation.Line> oracle() {
      return lines.stream().map(l -> l.oracle(year)).toList();
    }
  }

  static long next(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  static int pick(RandomnessSource in, int... values) {
    return values[(int) next(in, 0, values.length - 1)];
  }

  static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  static final int[] YEARS = {2022, 2023, 2024};
  /**
   * Counted and uncounted codes of every set in {@link #SETS}; codes outside 0-999, and now and then
   * one that DmfA annex 8 does not know ({@link #UNKNOWN_CODE}), are drawn separately.
   */
  static final int[] SERVICE_CODES_VALID = {1, 1, 3, 4, 5, 20, 2, 10, 50, 12, 72};
  /** Wage, non-wage and termination-indemnity codes of every set in {@link #SETS}. */
  static final int[] REMUNERATION_CODES_VALID = {1, 1, 1, 2, 3, 4, 10, 5, 22};
  /** A code in 0-999 that neither DmfA annex 7 nor annex 8 knows. */
  static final int UNKNOWN_CODE = 999;

  /** Whether to draw an out-of-range value: never in a clean case (noise 0), else 1 in 40 or 1 in 20. */
  static boolean odd(RandomnessSource in, int noise) {
    return next(in, 0, 39) < noise;
  }

  /**
   * Anything near the domain and its edges, valid or not. Per case a noise level: 0 draws only
   * values in range (with the edges and the refusals of check: D or S 0, hours 0, too many days,
   * duplicate codes, a too large wage), 1 and 2 also out-of-range values.
   */
  static final Gen<Case> WILD = in -> {
    int year = pick(in, YEARS);
    int noise = pick(in, 0, 0, 0, 0, 1, 2);
    int n = (int) next(in, 1, 8);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int quarter = (int) next(in, 1, 4);
      // now and then a worker code, employer class or apprentice type of an excluded category (docs/dmfa.md §14)
      int workerCode = odd(in, noise) ? pick(in, -1, 1000) : next(in, 0, 9) == 0 ? pick(in, 840, 841, 35, 487, 26, 50, 450)
          : pick(in, 495, 495, 0, 999);
      int employerClass = odd(in, noise) ? pick(in, -2, 1000) : next(in, 0, 11) == 0 ? pick(in, 72, 272, 70, 76, 176, 0)
          : -1;
      int apprenticeship = odd(in, noise) ? pick(in, -1, 10) : next(in, 0, 15) == 0 ? pick(in, 1, 2, 5, 9) : 0;
      boolean partTime = next(in, 0, 1) == 1;
      int dpw = odd(in, noise) ? pick(in, 701, -1) : switch ((int) next(in, 0, 11)) {
        case 0 -> 0;
        case 1 -> pick(in, 700, 1);
        case 2, 3 -> (int) next(in, 0, 700);
        default -> pick(in, 500, 400, 380, 300, 250);
      };
      int mwh = odd(in, noise) ? pick(in, -1, 6001) : pick(in, 0, 6000, 1900, (int) next(in, 0, 4000));
      int ref = odd(in, noise) ? pick(in, 6001, -1) : switch ((int) next(in, 0, 11)) {
        case 0 -> 0;
        case 1 -> pick(in, 6000, 1);
        case 2, 3 -> (int) next(in, 0, 6000);
        default -> pick(in, 3800, 4000, 3900, 3650);
      };
      int sc = (int) next(in, 0, 3);
      int[] codes = new int[sc];
      int[] days = new int[sc];
      int[] hours = new int[sc];
      for (int k = 0; k < sc; k++) {
        boolean duplicateAllowed = next(in, 0, 9) == 0; // a duplicate code now and then
        int start = (int) next(in, 0, SERVICE_CODES_VALID.length - 1);
        codes[k] = SERVICE_CODES_VALID[start];
        for (int t = 1; !duplicateAllowed && t < SERVICE_CODES_VALID.length && contains(codes, k, codes[k]); t++) {
          codes[k] = SERVICE_CODES_VALID[(start + t) % SERVICE_CODES_VALID.length];
        }
        if (odd(in, noise)) {
          codes[k] = pick(in, 1000, -1);
        } else if (next(in, 0, 59) == 0 && !contains(codes, k, UNKNOWN_CODE)) {
          codes[k] = UNKNOWN_CODE;
        }
        days[k] = odd(in, noise) ? pick(in, Service.MAX_DAYS + 1, -1) : switch ((int) next(in, 0, 23)) {
          case 0 -> 0;
          case 1 -> pick(in, 6500, 9000, 9100, 9200, 9001, 9101, 9201, Service.MAX_DAYS);
          case 2, 3 -> pick(in, 1, 650, 649, 651, 100, 325);
          default -> (int) next(in, 0, 4500);
        };
        hours[k] = odd(in, noise) ? pick(in, Service.MAX_HOURS + 1, -1) : switch ((int) next(in, 0, 23)) {
          case 0 -> 0;
          case 1 -> pick(in, 49_400, 220_800, 218_400, 216_000, 218_401, 220_801, 1, Service.MAX_HOURS);
          case 2, 3 -> (int) next(in, 0, 60_000);
          default -> Math.max(1, (int) (Math.max(0, days[k]) * next(in, 100, 1000) / 100));
        };
      }
      int rc = (int) next(in, 0, 3);
      if (rc == 0 && next(in, 0, 3) != 0) {
        rc = 1; // mostly a remuneration: a quarter with work and no wage is refused
      }
      int[] rcodes = new int[rc];
      long[] amounts = new long[rc];
      for (int k = 0; k < rc; k++) {
        rcodes[k] = odd(in, noise) ? pick(in, 1000, -1)
            : next(in, 0, 59) == 0 ? UNKNOWN_CODE : pick(in, REMUNERATION_CODES_VALID);
        amounts[k] = odd(in, noise) ? pick(in, 0, 1) == 0 ? -1 : Remuneration.MAX_AMOUNT_CENTS + 1
            : switch ((int) next(in, 0, 39)) {
              case 0 -> 0;
              case 1 -> pick(in, 0, 1) == 0 ? Remuneration.MAX_AMOUNT_CENTS : Remuneration.MAX_AMOUNT_CENTS / 2 + 1;
              case 2 -> (long) pick(in, 500_000_000, 400_000_000, 1_000_000_000, 999_999_999, 1_000_000_001);
              case 3 -> next(in, 0, Remuneration.MAX_AMOUNT_CENTS);
              default -> next(in, 0, 2_000_000);
            };
      }
      if (rc > 0 && next(in, 0, 7) != 0 && amounts[0] >= 0 && amounts[0] <= Remuneration.MAX_AMOUNT_CENTS) {
        rcodes[0] = 1; // mostly a wage first
        amounts[0] = Math.max(1, amounts[0]);
      }
      lines.add(new Line(quarter, workerCode, partTime, dpw, mwh, ref, codes, days, hours, rcodes, amounts,
          employerClass, apprenticeship));
    }
    return new Case(year, lines);
  };

  /** Valid, plausible lines: at most 4 per quarter, realistic D and S; the reference accepts them. */
  static final Gen<Case> REALISTIC = in -> {
    int year = pick(in, YEARS);
    int n = (int) next(in, 1, 8);
    int[] perQuarter = new int[5];
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int quarter = (int) next(in, 1, 4);
      if (perQuarter[quarter] == 4) {
        continue;
      }
      perQuarter[quarter]++;
      boolean partTime = next(in, 0, 1) == 1;
      int dpw = pick(in, 500, 400, 380, 300, 250, 600, 100, 450);
      int ref = pick(in, 3800, 4000, 3900, 3700, 3650, 3600, 3750);
      int mwh = partTime ? (int) next(in, 100, ref) : ref;
      int sc = (int) next(in, 0, 3);
      List<Integer> pool = new ArrayList<>(List.of(1, 3, 4, 5, 20, 2, 10, 50));
      int[] codes = new int[sc];
      int[] days = new int[sc];
      int[] hours = new int[sc];
      int budget = 9000; // every quarter has at least 90 days
      for (int k = 0; k < sc; k++) {
        codes[k] = pool.remove((int) next(in, 0, pool.size() - 1));
        days[k] = (int) next(in, 0, budget);
        budget -= days[k];
        hours[k] = (int) ((long) days[k] * next(in, 100, 1000) / 100);
        if (partTime && days[k] > 0 && hours[k] == 0) {
          hours[k] = 1;
        }
      }
      int rc = 1 + (int) next(in, 0, 2); // a wage first: a quarter with work and no wage is refused
      int[] rcodes = new int[rc];
      long[] amounts = new long[rc];
      rcodes[0] = 1;
      amounts[0] = next(in, 1, 3_000_000);
      for (int k = 1; k < rc; k++) {
        rcodes[k] = pick(in, 1, 1, 2, 3, 4, 10);
        amounts[k] = next(in, 0, 3_000_000);
      }
      int wc = next(in, 0, 11) == 0 ? pick(in, 840, 841, 450, 50, 439) : 495;
      lines.add(new Line(quarter, wc, partTime, dpw, mwh, ref, codes, days, hours, rcodes, amounts,
          next(in, 0, 19) == 0 ? pick(in, 72, 70, 0) : -1, 0));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(1, 495, false, 500, 3800, 3800, new int[] {1}, new int[] {6500}, new int[] {0},
          new int[] {1}, new long[] {600_000}));
    }
    return new Case(year, lines);
  };


  /**
   * Many lines in one or two quarters, each a small share of a different schedule, so that Σ µ_line
   * stays below 1 while its denominator outgrows a {@code long}; now and then a share that takes
   * the sum past 1.
   */
  static final Gen<Case> MANY = in -> {
    int year = pick(in, YEARS);
    int n = (int) next(in, 10, 40);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int quarter = (int) next(in, 2, 3);
      boolean partTime = next(in, 0, 2) == 0;
      int dpw = (int) next(in, 1, 700);
      int ref = (int) next(in, 1, 6000);
      int share = next(in, 0, 30) == 0 ? (int) next(in, 100, 9000) : (int) next(in, 1, 12);
      lines.add(new Line(quarter, 495, partTime, dpw, ref / 2, ref, new int[] {1}, new int[] {share},
          new int[] {partTime ? share * 8 : (int) next(in, 0, 1) * share}, new int[] {1},
          new long[] {next(in, 0, 100_000)}));
    }
    return new Case(year, lines);
  };

  // ---------------------------------------------------------------- the three sides

  static void feed(DmfaAccumulator acc, Line l) {
    // refused lines are fed too: a line's refusal is its own
    add(acc, l);
  }

  /** The line through the accumulator's primitive entry: without markers when it has none, as the readers of old did. */
  static boolean add(DmfaAccumulator acc, Line l) {
    if (l.employerClass() == -1 && l.apprenticeship() == 0) {
      return acc.addLine(l.quarter(), l.workerCode(), l.partTime(), l.daysPerWeek(), l.meanWorkingHours(),
          l.refMeanWorkingHours(), l.serviceCodes().length, l.serviceCodes(), l.serviceDays(), l.serviceHours(),
          l.remunerationCodes().length, l.remunerationCodes(), l.remunerationAmounts());
    }
    return acc.addLine(l.quarter(), l.workerCode(), l.employerClass(), l.apprenticeship(), l.partTime(),
        l.daysPerWeek(), l.meanWorkingHours(), l.refMeanWorkingHours(), l.serviceCodes().length, l.serviceCodes(),
        l.serviceDays(), l.serviceHours(), l.remunerationCodes().length, l.remunerationCodes(),
        l.remunerationAmounts());
  }

  static void assertRefusal(OracleDerivation.Refusal expected, InvalidOccupationLineException actual, String what) {
    assertNotNull(expected, () -> "refused, the oracle accepts: " + actual.getMessage() + " " + what);
    assertEquals(expected.field(), actual.field(), what);
    assertEquals(expected.reason(), actual.reason(), what);
    assertEquals(expected.field() + ": " + expected.reason(), actual.getMessage(), what);
  }

  /** The accumulator without trace: each line's refusal, then the person's outcome. */
  static void assertAccumulatorAsOracle(DmfaAccumulator acc, ParameterSet set, Case c) {
    acc.reset();
    for (int i = 0; i < c.lines().size(); i++) {
      Line l = c.lines().get(i);
      OracleDerivation.Refusal expected = OracleDerivation.lineRefusal(set, l.oracle(c.year()));
      boolean ok = add(acc, l);
      String what = "line " + i + " of " + c;
      if (ok) {
        assertNull(expected, () -> "accepted, the oracle refuses " + expected + ": " + what);
      } else {
        assertRefusal(expected, acc.refusal(), what);
      }
    }
    OracleDerivation.Outcome o = OracleDerivation.derive(set, c.oracle());
    boolean ok = acc.finish();
    if (o.refusal() != null) {
      assertFalse(ok, () -> "finished, the oracle refuses " + o.refusal() + ": " + c);
      assertRefusal(o.refusal(), acc.refusal(), "finish " + c);
      assertThrows(IllegalStateException.class, () -> acc.wageCents(1));
      return;
    }
    assertTrue(ok, () -> "refused at finish: " + acc.refusal().getMessage() + " " + c);
    int category = acc.excludedCategory();
    assertEquals(o.excludedCategory(), category == 0 ? null : DmfaExclusions.official().category(category).id(),
        () -> "excluded category " + c);
    for (int q = 1; q <= 4; q++) {
      YearQuarter yq = YearQuarter.of(c.year(), q);
      OracleDerivation.Quarter e = o.quarters().stream().filter(x -> x.quarter().equals(yq)).findFirst().orElse(null);
      String what = "Q" + q + " " + c;
      assertEquals(e != null, acc.present(q), "present " + what);
      if (e == null) {
        assertEquals(0, acc.wageCents(q));
        assertEquals(0, acc.workFractionTenThousandths(q));
        assertFalse(acc.fullTime(q));
        continue;
      }
      assertEquals(e.wageCents(), acc.wageCents(q), "wage " + what);
      int mu = acc.workFractionTenThousandths(q);
      assertEquals(0, e.workFraction().compareTo(BigDecimal.valueOf(mu, 4)),
          () -> "µ " + e.workFraction() + " vs " + mu + " " + what);
      assertEquals(e.regime() == Regime.FULL_TIME, acc.fullTime(q), "regime " + what);
    }
  }

  /**
   * The object API: constructing the lines refuses as the oracle's first construction refusal;
   * when every line constructs, check and derive (with the trace) give the oracle's refusals,
   * quarters and text.
   */
  static void assertObjectsAsOracle(DmfaDerivation derivation, ParameterSet set, Case c) {
    List<OccupationLine> lines = new ArrayList<>();
    for (int i = 0; i < c.lines().size(); i++) {
      Line l = c.lines().get(i);
      OracleDerivation.Refusal expected = OracleDerivation.lineRefusal(set, l.oracle(c.year()));
      String what = "line " + i + " of " + c;
      OccupationLine line;
      try {
        line = construct(c.year(), l);
      } catch (InvalidOccupationLineException e) {
        assertTrue(expected != null && expected.construction(), () -> "construction refused " + e.getMessage()
            + ", the oracle says " + expected + ": " + what);
        assertRefusal(expected, e, what);
        return;
      }
      assertTrue(expected == null || !expected.construction(), () -> "constructed, the oracle refuses " + expected);
      if (expected == null) {
        derivation.check(line);
      } else {
        InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> derivation.check(line));
        assertRefusal(expected, e, "check " + what);
      }
      lines.add(line);
    }
    OracleDerivation.Outcome o = OracleDerivation.derive(set, c.oracle());
    if (o.refusal() != null) {
      InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> derivation.derive(lines),
          () -> "derived, the oracle refuses " + o.refusal() + ": " + c);
      assertRefusal(o.refusal(), e, "derive " + c);
      return;
    }
    Derivation d = derivation.derive(lines);
    assertEquals(o.text(), d.toText(), () -> "text of " + c);
    assertEquals(java.util.Optional.ofNullable(o.excludedCategory()), d.excludedCategory(), () -> "category of " + c);
    assertEquals(o.quarters().size(), d.quarters().size());
    for (int k = 0; k < o.quarters().size(); k++) {
      OracleDerivation.Quarter e = o.quarters().get(k);
      QuarterDerivation q = d.quarters().get(k);
      assertEquals(e.quarter(), q.quarter());
      assertEquals(QuarterInput.of(e.quarter(), e.wageCents(), e.workFraction(), e.regime()), q.input());
      assertEquals(e.workFraction(), q.input().workFraction(), "µ as given " + c);
      assertEquals(e.exactText(), q.exactWorkFractionText());
      assertEquals(e.capped(), q.capped());
      assertEquals(e.lines(), q.toLines());
    }
  }

  static OccupationLine construct(int year, Line l) {
    List<Service> services = new ArrayList<>();
    for (int k = 0; k < l.serviceCodes().length; k++) {
      services.add(Service.of(l.serviceCodes()[k], l.serviceDays()[k], l.serviceHours()[k]));
    }
    List<Remuneration> remunerations = new ArrayList<>();
    for (int k = 0; k < l.remunerationCodes().length; k++) {
      remunerations.add(Remuneration.of(l.remunerationCodes()[k], l.remunerationAmounts()[k]));
    }
    return new OccupationLine(INSZ, YearQuarter.of(year, l.quarter()), EMPLOYER, l.workerCode(),
        l.partTime() ? Regime.PART_TIME : Regime.FULL_TIME, l.daysPerWeek(), l.meanWorkingHours(),
        l.refMeanWorkingHours(), services, remunerations, l.employerClass(), l.apprenticeship());
  }

  /** The three sides on one case: false when the oracle refuses the person. */
  static boolean assertAsOracle(DmfaAccumulator[] acc, DmfaDerivation derivation, ParameterSet set, Case c) {
    assertAccumulatorAsOracle(acc[c.year()], set, c);
    assertObjectsAsOracle(derivation, set, c);
    return OracleDerivation.derive(set, c.oracle()).refusal() == null;
  }

  static DmfaAccumulator[] accumulators(ParameterSet set) {
    DmfaAccumulator[] acc = new DmfaAccumulator[2100];
    for (int y : YEARS) {
      acc[y] = DmfaAccumulator.of(set, y);
    }
    return acc;
  }

  // ---------------------------------------------------------------- properties

  /** Anything near the domain and its edges, valid or not: accepted and refused alike as the oracle. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everySet")
  void wildLinesAsTheOracle(String id, ParameterSet set, int examples) {
    DmfaAccumulator[] acc = accumulators(set);
    DmfaDerivation derivation = DmfaDerivation.of(set);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    qt().withExamples(examples).withShrinkCycles(200).forAll(WILD).checkAssert(c -> {
      (assertAsOracle(acc, derivation, set, c) ? accepted : refused).incrementAndGet();
    });
    // the generator must exercise both sides
    assertTrue(accepted.get() > examples / 5, "accepted " + accepted + ", refused " + refused);
    assertTrue(refused.get() > examples / 5, "accepted " + accepted + ", refused " + refused);
  }

  /** Valid, plausible lines: the oracle accepts them, and so do both sides, identically. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everySet")
  void realisticLinesAsTheOracle(String id, ParameterSet set, int examples) {
    DmfaAccumulator[] acc = accumulators(set);
    DmfaDerivation derivation = DmfaDerivation.of(set);
    AtomicInteger accepted = new AtomicInteger();
    qt().withExamples(examples / 2).withShrinkCycles(200).forAll(REALISTIC).checkAssert(c -> {
      if (assertAsOracle(acc, derivation, set, c)) {
        accepted.incrementAndGet();
      }
    });
    assertTrue(accepted.get() >= examples / 2 * 98 / 100, "accepted " + accepted);
  }

  /** Many schedules in a quarter: Σ µ_line past what a {@code long} holds, still exact. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("everySet")
  void manySchedulesAsTheOracle(String id, ParameterSet set, int examples) {
    DmfaAccumulator[] acc = accumulators(set);
    DmfaDerivation derivation = DmfaDerivation.of(set);
    qt().withExamples(Math.max(100, examples / 20)).withShrinkCycles(50).forAll(MANY)
        .checkAssert(c -> assertAsOracle(acc, derivation, set, c));
  }

  // ---------------------------------------------------------------- worked examples

  static Line ft(int quarter, int dpw, int[] codes, int[] days, int[] rcodes, long[] amounts) {
    return new Line(quarter, 495, false, dpw, 3800, 3800, codes, days, new int[codes.length], rcodes, amounts);
  }

  static Line pt(int quarter, int ref, int[] codes, int[] days, int[] hours, int[] rcodes, long[] amounts) {
    return new Line(quarter, 495, true, 500, ref / 2, ref, codes, days, hours, rcodes, amounts);
  }

  static int[] ints(int... v) {
    return v;
  }

  static long[] longs(long... v) {
    return v;
  }

  /** Runs every side; returns the accumulator after a successful finish. */
  static DmfaAccumulator run(ParameterSet set, int year, Line... lines) {
    Case c = new Case(year, List.of(lines));
    DmfaAccumulator acc = DmfaAccumulator.of(set, year);
    assertAccumulatorAsOracle(acc, set, c);
    assertObjectsAsOracle(DmfaDerivation.of(set), set, c);
    assertTrue(acc.finish(), () -> "refused " + c);
    return acc;
  }

  /** Expects a refusal, as the oracle's; returns the field. */
  static String refused(ParameterSet set, int year, Line... lines) {
    Case c = new Case(year, List.of(lines));
    DmfaAccumulator acc = DmfaAccumulator.of(set, year);
    assertAccumulatorAsOracle(acc, set, c);
    assertObjectsAsOracle(DmfaDerivation.of(set), set, c);
    assertFalse(acc.finish(), () -> "accepted " + c);
    return acc.refusal().field();
  }

  @Test
  void fullTimeQuarterIsOne() {
    // 2024Q1: 65 days of 5 a week, 13 × 5 = 65
    DmfaAccumulator a = run(SETS.get(0), 2024, ft(1, 500, ints(1), ints(6500), ints(1, 2), longs(900_000, 5_000)));
    assertTrue(a.present(1));
    assertFalse(a.present(2));
    assertEquals(10_000, a.workFractionTenThousandths(1));
    assertEquals(900_000, a.wageCents(1));
    assertTrue(a.fullTime(1));
    assertEquals(0, a.wageCents(2));
  }

  @Test
  void twoPartTimeLinesAboveOneAreCapped() {
    // 30000/49400 + 30000/49400 = 1.21...
    DmfaAccumulator a = run(SETS.get(0), 2024,
        pt(2, 3800, ints(1), ints(4000), ints(30_000), ints(1), longs(300_000)),
        pt(2, 3800, ints(1, 5), ints(3000, 1000), ints(25_000, 5_000), ints(1), longs(250_000)));
    assertEquals(10_000, a.workFractionTenThousandths(2));
    assertEquals(550_000, a.wageCents(2));
    assertFalse(a.fullTime(2));
  }

  @Test
  void aTieRoundsHalfUp() {
    // 650 / (13 × 400) = 0.125 exactly: 0.13 at scale 2, 0.125 at scale 3, 0.1250 at scale 4, 0 at scale 0
    Line tie = ft(3, 400, ints(1), ints(650), ints(1), longs(100_000));
    assertEquals(1_300, run(SETS.get(0), 2024, tie).workFractionTenThousandths(3));
    assertEquals(1_250, run(SETS.get(1), 2024, tie).workFractionTenThousandths(3));
    assertEquals(0, run(SETS.get(2), 2024, tie).workFractionTenThousandths(3));
    assertEquals(1_250, run(SETS.get(3), 2024, tie).workFractionTenThousandths(3));
    // just below the tie
    assertEquals(1_200, run(SETS.get(0), 2024, ft(3, 400, ints(1), ints(649), ints(1), longs(1))).workFractionTenThousandths(3));
    // 0.5 at scale 0 rounds up to 1: 3250 / 6500
    assertEquals(10_000, run(SETS.get(2), 2024, ft(3, 500, ints(1), ints(3250), ints(1), longs(1))).workFractionTenThousandths(3));
    // the sum of two lines on a tie: 1/16 + 1/16 = 0.125
    assertEquals(1_300, run(SETS.get(0), 2024,
        ft(4, 400, ints(1), ints(325), ints(1), longs(1)), ft(4, 400, ints(3), ints(325), ints(), longs()))
        .workFractionTenThousandths(4));
  }

  @Test
  void terminationIndemnityLineCountsFromTheThirdQuarterOf2023() {
    ParameterSet official = SETS.get(0);
    Line q2 = ft(2, 500, ints(1), ints(6500), ints(1, 3), longs(10_000, 500_000));
    Line q3 = ft(3, 500, ints(1), ints(6500), ints(1, 3), longs(10_000, 500_000));
    DmfaAccumulator a = run(official, 2023, q2, q3);
    assertEquals(0, a.wageCents(2));
    assertEquals(0, a.workFractionTenThousandths(2));
    assertTrue(a.present(2));
    assertTrue(a.fullTime(2));
    assertEquals(510_000, a.wageCents(3));
    assertEquals(10_000, a.workFractionTenThousandths(3));
    // before 2023Q3 an indemnity line is not checked; from then on it is
    Line noSchedule2 = ft(2, 0, ints(1), ints(6500), ints(4), longs(500_000));
    Line noSchedule3 = ft(3, 0, ints(1), ints(6500), ints(4), longs(500_000));
    assertEquals(0, run(official, 2023, noSchedule2).workFractionTenThousandths(2));
    assertEquals("daysPerWeek", refused(official, 2023, noSchedule3));
    // a part-time indemnity line does not decide the regime before 2023Q3
    DmfaAccumulator b = run(official, 2023, ft(2, 500, ints(1), ints(3250), ints(1), longs(1)),
        pt(2, 3800, ints(1), ints(3000), ints(20_000), ints(3), longs(1)));
    assertTrue(b.fullTime(2));
    assertEquals(5_000, b.workFractionTenThousandths(2));
  }

  @Test
  void refusedLinesNameTheField() {
    ParameterSet official = SETS.get(0);
    assertEquals("services[1].code", refused(official, 2024, ft(1, 500, ints(1, 1), ints(100, 100), ints(1), longs(1))));
    assertEquals("daysPerWeek", refused(official, 2024, ft(1, 0, ints(1), ints(100), ints(1), longs(1))));
    assertEquals("services[0].hours", refused(official, 2024, pt(1, 3800, ints(1), ints(100), ints(0), ints(1), longs(1))));
    assertEquals("refMeanWorkingHours", refused(official, 2024, pt(1, 0, ints(1), ints(100), ints(800), ints(1), longs(1))));
    assertEquals("services", refused(official, 2023, ft(1, 500, ints(2, 10), ints(4501, 4500), ints(1), longs(1))));
    // the first refused line decides; the lines after it are still checked on their own
    DmfaAccumulator acc = DmfaAccumulator.of(official, 2024);
    acc.reset();
    assertTrue(acc.addLine(1, 495, false, 500, 3800, 3800, 1, ints(1), ints(6500), ints(0), 0, ints(), longs()));
    assertFalse(acc.addLine(2, 495, false, 0, 3800, 3800, 1, ints(1), ints(6500), ints(0), 0, ints(), longs()));
    assertEquals("daysPerWeek", acc.refusal().field());
    assertFalse(acc.addLine(3, 1000, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 0, ints(), longs()));
    assertEquals("workerCode", acc.refusal().field());
    assertTrue(acc.addLine(4, 495, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 0, ints(), longs()));
    assertThrows(IllegalStateException.class, acc::refusal);
    assertFalse(acc.finish());
    assertEquals("daysPerWeek", acc.refusal().field());
  }

  @Test
  void daysAndHoursAreBoundByTheQuarter() {
    ParameterSet official = SETS.get(0);
    // 2023Q1 has 90 days, 2024Q1 91
    run(official, 2023, ft(1, 500, ints(2, 10), ints(4500, 4500), ints(1), longs(1)));
    refused(official, 2023, ft(1, 500, ints(2, 10), ints(4501, 4500), ints(1), longs(1)));
    run(official, 2024, ft(1, 500, ints(2, 10), ints(4600, 4500), ints(1), longs(1)));
    refused(official, 2024, pt(1, 3800, ints(1), ints(100), ints(91 * 2400 + 1), ints(1), longs(1)));
    run(official, 2024, pt(1, 3800, ints(1), ints(100), ints(91 * 2400), ints(1), longs(1)));
    // field ranges
    assertEquals("daysPerWeek", refused(official, 2024, ft(1, 701, ints(1), ints(100), ints(1), longs(1))));
    assertEquals("code", refused(official, 2024, ft(1, 500, ints(1000), ints(100), ints(1), longs(1))));
    assertEquals("amount",
        refused(official, 2024, ft(1, 500, ints(1), ints(100), ints(1), longs(Remuneration.MAX_AMOUNT_CENTS + 1))));
    assertEquals("remunerations",
        refused(official, 2024, ft(1, 500, ints(1), ints(100), ints(1, 2), longs(Remuneration.MAX_AMOUNT_CENTS, 1))));
    assertEquals("workerCode", refused(official, 2024, new Line(1, 1000, false, 500, 3800, 3800, ints(), ints(), ints(), ints(), longs())));
    assertEquals("meanWorkingHours",
        refused(official, 2024, new Line(1, 495, false, 500, 6001, 3800, ints(), ints(), ints(), ints(), longs())));
    // a service is checked before a remuneration, both before the line
    assertEquals("days", refused(official, 2024,
        new Line(1, 1000, false, 500, 3800, 3800, ints(1), ints(-1), ints(0), ints(1000), longs(1))));
    assertEquals("code", refused(official, 2024,
        new Line(1, 1000, false, 701, 3800, 3800, ints(1), ints(1), ints(0), ints(1000), longs(1))));
  }

  @Test
  void quarterWageAboveTheMaximumIsRefusedAtFinish() {
    ParameterSet official = SETS.get(0);
    DmfaAccumulator acc = DmfaAccumulator.of(official, 2024);
    acc.reset();
    long half = QuarterInput.MAX_WAGE_CENTS / 2;
    assertTrue(acc.addLine(1, 495, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 1, ints(1), longs(half)));
    assertTrue(acc.addLine(1, 495, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 1, ints(1), longs(half)));
    assertTrue(acc.finish());
    assertEquals(QuarterInput.MAX_WAGE_CENTS, acc.wageCents(1));
    assertTrue(acc.addLine(1, 495, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 1, ints(1), longs(1)));
    assertFalse(acc.finish());
    assertEquals("remunerations", acc.refusal().field());
    assertEquals("2024Q1: the wage amounts of all lines add up to more than 10,000,000.00 euro; check the unit is cents",
        acc.refusal().reason());
    assertThrows(IllegalStateException.class, () -> acc.wageCents(1));
    // a non-wage code does not count
    refused(official, 2024, ft(1, 500, ints(), ints(), ints(1), longs(QuarterInput.MAX_WAGE_CENTS + 1)));
    run(official, 2024, ft(1, 500, ints(), ints(), ints(2), longs(QuarterInput.MAX_WAGE_CENTS + 1)));
  }

  @Test
  void linesOfOneQuarterMayBeInterleavedAndResetForgetsThePerson() {
    ParameterSet official = SETS.get(0);
    DmfaAccumulator a = run(official, 2024,
        ft(1, 500, ints(1), ints(3250), ints(1), longs(100)),
        pt(4, 3800, ints(1), ints(1000), ints(7600), ints(1), longs(200)),
        ft(1, 500, ints(1), ints(1300), ints(1), longs(300)),
        ft(4, 500, ints(20), ints(650), ints(1), longs(400)));
    assertEquals(7_000, a.workFractionTenThousandths(1));
    assertEquals(400, a.wageCents(1));
    assertFalse(a.fullTime(4));
    a.reset();
    assertTrue(a.finish());
    for (int q = 1; q <= 4; q++) {
      assertFalse(a.present(q));
    }
  }

  @Test
  void aSumThatOutgrowsLongStaysExact() {
    // 1/(13·D) for D = 1 and the primes to 47: the common denominator 13·2·3·…·47 ≈ 8·10^18 still
    // fits, but the rounding's 2·N·10^s does not; with 53 the sum itself does not
    int[] primes = {1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
    List<Line> lines = new ArrayList<>();
    for (int d : primes) {
      lines.add(ft(2, d, ints(1), ints(1), ints(1), longs(1)));
    }
    Line[] upTo47 = lines.subList(0, primes.length - 1).toArray(new Line[0]);
    Line[] upTo53 = lines.toArray(new Line[0]);
    for (ParameterSet set : SETS) {
      run(set, 2024, upTo47);
      run(set, 2024, upTo53);
    }
    // Σ 1/(13·D) over D = 1 and the primes to 53: 0.2062 at 4 decimals
    assertEquals(2062, run(SETS.get(1), 2024, upTo53).workFractionTenThousandths(2));
  }

  @Test
  void theParametersRefuseAScaleTheAccumulatorCouldNotHandle() {
    // the accumulator rounds to 0-4 decimals (µ in ten-thousandths); Interpretation refuses any other scale
    assertThrows(InvalidParametersException.class, () -> ParameterSets.withOverrides(ParameterSets.official(), "scale-5",
        Map.of("interpretation.workFractionScale", "5"), "test"));
  }

  @Test
  void unknownYearIsRefusedOnConstructionAndAQuarterWithoutRulesWhenALineComes() {
    ParameterSet official = ParameterSets.official();
    assertThrows(UnknownReferenceYearException.class,
        () -> DmfaAccumulator.of(official, YearsUnderTest.yearAfter(official)));
    int before = YearsUnderTest.yearBefore(official);
    DmfaAccumulator lines = DmfaAccumulator.ofLines(official, before);
    lines.reset();
    UnknownReferenceYearException e = assertThrows(UnknownReferenceYearException.class,
        () -> lines.addLine(1, 495, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 0, ints(), longs()));
    assertEquals("no DmfA rules in parameter set 'official' for quarter " + before + "Q1", e.getMessage());
    // a line whose fields are refused is refused first, as constructing it would
    assertFalse(lines.addLine(1, 1000, false, 500, 3800, 3800, 0, ints(), ints(), ints(), 0, ints(), longs()));
  }

  @Test
  void theTraceSeesWhatCounted() {
    ParameterSet official = SETS.get(0);
    DmfaAccumulator acc = DmfaAccumulator.of(official, 2023);
    List<String> seen = new ArrayList<>();
    acc.traceTo(new DmfaAccumulator.Trace() {
      @Override
      public void service(int index, boolean counted) {
        seen.add("s" + index + counted);
      }

      @Override
      public void remuneration(int index, boolean wage) {
        seen.add("r" + index + wage);
      }

      @Override
      public void line(int quarterOfYear, boolean counts, long wageCents, long numerator, long denominator,
          boolean teachingStaff, int excludedCategory) {
        seen.add("l" + quarterOfYear + counts + wageCents + "/" + numerator + "/" + denominator
            + (excludedCategory == 0 ? "" : "x" + excludedCategory));
      }

      @Override
      public void quarter(int quarterOfYear, java.math.BigInteger numerator, java.math.BigInteger denominator) {
        seen.add("q" + quarterOfYear + ":" + numerator + "/" + denominator);
      }
    });
    acc.reset();
    // 2023Q2: an indemnity line counts for nothing; 65 + 65 days of 5 a week: 2 before the cap
    assertTrue(acc.addLine(2, 495, false, 500, 3800, 3800, 2, ints(1, 50), ints(6500, 100), ints(0, 0), 1, ints(1),
        longs(100)));
    assertTrue(acc.addLine(2, 495, false, 500, 3800, 3800, 1, ints(1), ints(6500), ints(0), 1, ints(3), longs(100)));
    assertTrue(acc.addLine(2, 495, false, 500, 3800, 3800, 1, ints(1), ints(6500), ints(0), 1, ints(1), longs(100)));
    assertTrue(acc.finish());
    assertEquals(List.of("s0true", "s1false", "r0true", "l2true100/6500/6500", "s0false", "r0false", "l2false0/0/0",
        "s0true", "r0true", "l2true100/6500/6500", "q2:13000/6500"), seen);
    // a refused line, and so a refused person, sends nothing
    seen.clear();
    acc.reset();
    assertFalse(acc.addLine(2, 495, false, 0, 3800, 3800, 1, ints(1), ints(6500), ints(0), 1, ints(1), longs(100)));
    assertFalse(acc.finish());
    assertEquals(List.of(), seen);
  }

  /** Bytes allocated so far by this thread, or -1 (read reflectively: the test is compiled into the module). */
  static long allocatedBytes() {
    try {
      Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
      if (!sun.isInstance(bean) || !(Boolean) sun.getMethod("isThreadAllocatedMemoryEnabled").invoke(bean)) {
        return -1;
      }
      return (Long) sun.getMethod("getCurrentThreadAllocatedBytes").invoke(bean);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return -1;
    }
  }

  @Test
  void noAllocationPerLine() {
    Assumptions.assumeTrue(allocatedBytes() >= 0, "no per-thread allocation counter");
    DmfaAccumulator acc = DmfaAccumulator.of(SETS.get(0), 2023);
    int[] codes = {1, 5, 10};
    int[] days = {3000, 1000, 200};
    int[] hours = {24_000, 8_000, 0};
    int[] rcodes = {1, 3};
    long[] amounts = {500_000, 1_000};
    int[] dpw = {500, 400, 380, 300};
    int[] ref = {3800, 3900, 3650, 4000};
    int[] trues = new int[1];
    Runnable person = () -> {
      acc.reset();
      for (int i = 0; i < 8; i++) {
        if (acc.addLine(1 + (i & 3), 495, (i & 4) != 0, dpw[i & 3], 1900, ref[i & 3], 3, codes, days, hours, 2,
            rcodes, amounts)) {
          trues[0]++;
        }
      }
      if (acc.finish()) {
        trues[0]++;
      }
    };
    for (int i = 0; i < 20_000; i++) {
      person.run();
    }
    trues[0] = 0;
    long before = allocatedBytes();
    for (int i = 0; i < 20_000; i++) {
      person.run();
    }
    long allocated = allocatedBytes() - before;
    assertEquals(20_000 * 9, trues[0]);
    assertTrue(allocated < 20_000, "allocated " + allocated + " bytes over 160000 lines");
  }
}
