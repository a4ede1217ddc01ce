package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Insz;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.QuarterDerivation;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.InvalidParametersException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The accumulator gives what OccupationLine.of + DmfaDerivation.check + derive give whenever it
 * says true, says false whenever the reference refuses, and does not give up on normal data.
 */
class DmfaAccumulatorEquivalenceTest {

  static final Insz INSZ = Insz.parse("85073003328");
  static final String EMPLOYER = "0123456749";

  /** Official (scale 2), scale 4, scale 0, other code sets (scale 3, indemnity rule swapped), no counted codes (scale 1). */
  static final List<ParameterSet> SETS = sets();

  static List<ParameterSet> sets() {
    ParameterSet official = ParameterSets.official();
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("interpretation.workFractionScale", "3");
    codes.put("dmfa[2022-01-01].countedServiceCodes", "1,2,7");
    codes.put("dmfa[2022-01-01].wageRemunerationCodes", "1,2,10");
    codes.put("dmfa[2022-01-01].terminationIndemnityRemunerationCodes", "4");
    codes.put("dmfa[2022-01-01].terminationIndemnityCounts", "true");
    codes.put("dmfa[2024-01-01].countedServiceCodes", "1,3,50");
    codes.put("dmfa[2024-01-01].wageRemunerationCodes", "1,3");
    codes.put("dmfa[2024-01-01].terminationIndemnityCounts", "false");
    Map<String, String> none = new LinkedHashMap<>();
    none.put("interpretation.workFractionScale", "1");
    none.put("dmfa[2022-01-01].countedServiceCodes", "");
    none.put("dmfa[2024-01-01].countedServiceCodes", "");
    none.put("dmfa[2024-01-01].wageRemunerationCodes", "");
    return List.of(
        official,
        ParameterSets.withOverrides(official, "scale-4", Map.of("interpretation.workFractionScale", "4"), "test"),
        ParameterSets.withOverrides(official, "scale-0", Map.of("interpretation.workFractionScale", "0"), "test"),
        ParameterSets.withOverrides(official, "other-codes", codes, "test"),
        ParameterSets.withOverrides(official, "no-counted-codes", none, "test"));
  }

  /** One generated line, possibly invalid. */
  record Line(int quarter, int workerCode, boolean partTime, int daysPerWeek, int meanWorkingHours,
      int refMeanWorkingHours, int[] serviceCodes, int[] serviceDays, int[] serviceHours,
      int[] remunerationCodes, long[] remunerationAmounts) {
    @Override
    public String toString() { // synthetic test data
      return "Q" + quarter + " wc=" + workerCode + (partTime ? " PT" : " FT") + " D=" + daysPerWeek + " Q=" + meanWorkingHours
          + " S=" + refMeanWorkingHours + " svc=" + Arrays.toString(serviceCodes) + "/" + Arrays.toString(serviceDays)
          + "/" + Arrays.toString(serviceHours) + " rem=" + Arrays.toString(remunerationCodes) + "/"
          + Arrays.toString(remunerationAmounts);
    }
  }

  /** One generated person-year. */
  record Case(int year, List<Line> lines) {
    @Override
    public String toString() {
      return "Case[" + year + ", " + lines + "]";
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
  /** Counted and uncounted codes of every set in {@link #SETS}; invalid codes are drawn separately. */
  static final int[] SERVICE_CODES_VALID = {1, 1, 3, 4, 5, 20, 2, 7, 50, 0, 999};
  /** Wage, non-wage and termination-indemnity codes of every set in {@link #SETS}. */
  static final int[] REMUNERATION_CODES_VALID = {1, 1, 1, 2, 3, 4, 10, 0, 999};

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
      int workerCode = odd(in, noise) ? pick(in, -1, 1000) : pick(in, 495, 495, 0, 999);
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
      int[] rcodes = new int[rc];
      long[] amounts = new long[rc];
      for (int k = 0; k < rc; k++) {
        rcodes[k] = odd(in, noise) ? pick(in, 1000, -1) : pick(in, REMUNERATION_CODES_VALID);
        amounts[k] = odd(in, noise) ? pick(in, 0, 1) == 0 ? -1 : Remuneration.MAX_AMOUNT_CENTS + 1
            : switch ((int) next(in, 0, 39)) {
              case 0 -> 0;
              case 1 -> pick(in, 0, 1) == 0 ? Remuneration.MAX_AMOUNT_CENTS : Remuneration.MAX_AMOUNT_CENTS / 2 + 1;
              case 2 -> (long) pick(in, 500_000_000, 400_000_000, 1_000_000_000, 999_999_999, 1_000_000_001);
              case 3 -> next(in, 0, Remuneration.MAX_AMOUNT_CENTS);
              default -> next(in, 0, 2_000_000);
            };
      }
      lines.add(new Line(quarter, workerCode, partTime, dpw, mwh, ref, codes, days, hours, rcodes, amounts));
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
      List<Integer> pool = new ArrayList<>(List.of(1, 3, 4, 5, 20, 2, 7, 50));
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
      int rc = (int) next(in, 0, 3);
      int[] rcodes = new int[rc];
      long[] amounts = new long[rc];
      for (int k = 0; k < rc; k++) {
        rcodes[k] = pick(in, 1, 1, 2, 3, 4, 10);
        amounts[k] = next(in, 0, 3_000_000);
      }
      lines.add(new Line(quarter, 495, partTime, dpw, mwh, ref, codes, days, hours, rcodes, amounts));
    }
    if (lines.isEmpty()) {
      lines.add(new Line(1, 495, false, 500, 3800, 3800, new int[] {1}, new int[] {6500}, new int[] {0},
          new int[] {1}, new long[] {600_000}));
    }
    return new Case(year, lines);
  };

  /** The reference: null when it refuses the person. */
  static Derivation reference(ParameterSet set, Case c) {
    try {
      List<OccupationLine> lines = new ArrayList<>();
      for (Line l : c.lines()) {
        List<Service> services = new ArrayList<>();
        for (int k = 0; k < l.serviceCodes().length; k++) {
          services.add(Service.of(l.serviceCodes()[k], l.serviceDays()[k], l.serviceHours()[k]));
        }
        List<Remuneration> remunerations = new ArrayList<>();
        for (int k = 0; k < l.remunerationCodes().length; k++) {
          remunerations.add(Remuneration.of(l.remunerationCodes()[k], l.remunerationAmounts()[k]));
        }
        lines.add(OccupationLine.of(INSZ, YearQuarter.of(c.year(), l.quarter()), EMPLOYER, l.workerCode(),
            l.partTime() ? Regime.PART_TIME : Regime.FULL_TIME, l.daysPerWeek(), l.meanWorkingHours(),
            l.refMeanWorkingHours(), services, remunerations));
      }
      return DmfaDerivation.of(set).derive(lines);
    } catch (InvalidOccupationLineException e) {
      return null;
    }
  }

  /** The accumulator on the case: true when every addLine and finish said true. */
  static boolean accumulate(DmfaAccumulator acc, Case c) {
    acc.reset();
    for (Line l : c.lines()) {
      if (!acc.addLine(l.quarter(), l.workerCode(), l.partTime(), l.daysPerWeek(), l.meanWorkingHours(),
          l.refMeanWorkingHours(), l.serviceCodes().length, l.serviceCodes(), l.serviceDays(), l.serviceHours(),
          l.remunerationCodes().length, l.remunerationCodes(), l.remunerationAmounts())) {
        return false;
      }
    }
    return acc.finish();
  }

  static void assertSameAsReference(DmfaAccumulator acc, Derivation ref, Case c) {
    for (int q = 1; q <= 4; q++) {
      Optional<QuarterDerivation> d = ref.quarter(YearQuarter.of(c.year(), q));
      String what = "Q" + q + " " + c;
      assertEquals(d.isPresent(), acc.present(q), "present " + what);
      if (d.isEmpty()) {
        continue;
      }
      QuarterInput in = d.get().input();
      assertEquals(in.wageCents(), acc.wageCents(q), "wage " + what);
      assertEquals(0, in.workFraction().compareTo(BigDecimal.valueOf(acc.workFractionTenThousandths(q), 4)),
          "µ " + in.workFraction() + " vs " + acc.workFractionTenThousandths(q) + " " + what);
      assertEquals(in.regime() == Regime.FULL_TIME, acc.fullTime(q), "regime " + what);
    }
  }

  /** Properties 1 and 2: every set, random wild persons; true ⇒ identical, refused ⇒ false. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void trueMeansIdenticalAndRefusalMeansFalse(int setIndex) {
    ParameterSet set = SETS.get(setIndex);
    DmfaAccumulator[] acc = new DmfaAccumulator[2100];
    for (int y : YEARS) {
      acc[y] = DmfaAccumulator.of(set, y);
      assertTrue(acc[y].supported());
    }
    AtomicInteger agreed = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger gaveUp = new AtomicInteger();
    qt().withExamples(15_000).withShrinkCycles(200).forAll(WILD).checkAssert(c -> {
      DmfaAccumulator a = acc[c.year()];
      boolean ok = accumulate(a, c);
      Derivation ref = reference(set, c);
      if (ref == null) {
        assertFalse(ok, () -> "the reference refuses but the accumulator said true: " + c);
        refused.incrementAndGet();
      } else if (ok) {
        assertSameAsReference(a, ref, c);
        agreed.incrementAndGet();
      } else {
        gaveUp.incrementAndGet();
      }
    });
    // the generator must exercise both sides, and giving up on accepted data must stay rare
    assertTrue(agreed.get() > 3_000, "agreed " + agreed + ", refused " + refused + ", gave up " + gaveUp);
    assertTrue(refused.get() > 3_000, "agreed " + agreed + ", refused " + refused + ", gave up " + gaveUp);
    assertTrue(gaveUp.get() < 50, "agreed " + agreed + ", refused " + refused + ", gave up " + gaveUp);
  }

  /** Property 1, second half: on accepted, realistic data the accumulator never gives up. */
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void realisticDataNeverTakesTheExactPath(int setIndex) {
    ParameterSet set = SETS.get(setIndex);
    DmfaAccumulator[] acc = new DmfaAccumulator[2100];
    for (int y : YEARS) {
      acc[y] = DmfaAccumulator.of(set, y);
    }
    AtomicInteger checked = new AtomicInteger();
    qt().withExamples(5_000).withShrinkCycles(200).forAll(REALISTIC).checkAssert(c -> {
      Derivation ref = reference(set, c);
      if (ref == null) {
        return; // a wage above the quarter maximum cannot occur here; anything else is a generator bug
      }
      DmfaAccumulator a = acc[c.year()];
      assertTrue(accumulate(a, c), () -> "gave up on " + c);
      assertSameAsReference(a, ref, c);
      checked.incrementAndGet();
    });
    assertTrue(checked.get() >= 4_900, "checked " + checked);
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

  /** Runs both; returns the accumulator after a true, failing when the two disagree. */
  static DmfaAccumulator run(ParameterSet set, int year, Line... lines) {
    Case c = new Case(year, List.of(lines));
    DmfaAccumulator acc = DmfaAccumulator.of(set, year);
    assertTrue(accumulate(acc, c), () -> "accumulator said false on " + c);
    Derivation ref = reference(set, c);
    assertTrue(ref != null, () -> "the reference refuses " + c);
    assertSameAsReference(acc, ref, c);
    return acc;
  }

  /** Expects a false and a refusal by the reference. */
  static void refused(ParameterSet set, int year, Line... lines) {
    Case c = new Case(year, List.of(lines));
    assertFalse(accumulate(DmfaAccumulator.of(set, year), c), () -> "accumulator said true on " + c);
    assertTrue(reference(set, c) == null, () -> "the reference accepts " + c);
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
    assertEquals(10_000, run(SETS.get(2), 2024, ft(3, 500, ints(1), ints(3250), ints(), longs())).workFractionTenThousandths(3));
    // the sum of two lines on a tie: 1/16 + 1/16 = 0.125
    assertEquals(1_300, run(SETS.get(0), 2024,
        ft(4, 400, ints(1), ints(325), ints(), longs()), ft(4, 400, ints(3), ints(325), ints(), longs()))
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
    refused(official, 2023, noSchedule3);
    // a part-time indemnity line does not decide the regime before 2023Q3
    DmfaAccumulator b = run(official, 2023, ft(2, 500, ints(1), ints(3250), ints(1), longs(1)),
        pt(2, 3800, ints(1), ints(3000), ints(20_000), ints(3), longs(1)));
    assertTrue(b.fullTime(2));
    assertEquals(5_000, b.workFractionTenThousandths(2));
  }

  @Test
  void refusedLinesGiveFalse() {
    ParameterSet official = SETS.get(0);
    refused(official, 2024, ft(1, 500, ints(1, 1), ints(100, 100), ints(1), longs(1)));               // duplicate code
    refused(official, 2024, ft(1, 0, ints(1), ints(100), ints(1), longs(1)));                         // D = 0
    refused(official, 2024, pt(1, 3800, ints(1), ints(100), ints(0), ints(1), longs(1)));             // no hours
    refused(official, 2024, pt(1, 0, ints(1), ints(100), ints(800), ints(1), longs(1)));              // S = 0
    refused(official, 2023, ft(1, 500, ints(2, 7), ints(4501, 4500), ints(1), longs(1)));             // 90.01 days in 90
  }

  @Test
  void daysAndHoursAreBoundByTheQuarter() {
    ParameterSet official = SETS.get(0);
    // 2023Q1 has 90 days, 2024Q1 91
    run(official, 2023, ft(1, 500, ints(2, 7), ints(4500, 4500), ints(1), longs(1)));
    refused(official, 2023, ft(1, 500, ints(2, 7), ints(4501, 4500), ints(1), longs(1)));
    run(official, 2024, ft(1, 500, ints(2, 7), ints(4600, 4500), ints(1), longs(1)));
    refused(official, 2024, pt(1, 3800, ints(1), ints(100), ints(91 * 2400 + 1), ints(1), longs(1)));
    run(official, 2024, pt(1, 3800, ints(1), ints(100), ints(91 * 2400), ints(1), longs(1)));
    // field ranges
    refused(official, 2024, ft(1, 701, ints(1), ints(100), ints(1), longs(1)));
    refused(official, 2024, ft(1, 500, ints(1000), ints(100), ints(1), longs(1)));
    refused(official, 2024, ft(1, 500, ints(1), ints(100), ints(1), longs(Remuneration.MAX_AMOUNT_CENTS + 1)));
    refused(official, 2024, ft(1, 500, ints(1), ints(100), ints(1, 2), longs(Remuneration.MAX_AMOUNT_CENTS, 1)));
    refused(official, 2024, new Line(1, 1000, false, 500, 3800, 3800, ints(), ints(), ints(), ints(), longs()));
    refused(official, 2024, new Line(1, 495, false, 500, 6001, 3800, ints(), ints(), ints(), ints(), longs()));
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
  void aSumThatOutgrowsLongTakesTheExactPath() {
    // 1/(13·D) for D = 1 and the primes to 47: the common denominator 13·2·3·…·47 ≈ 8·10^18 still
    // fits, but the rounding's 10·N does not; with 53 the sum itself does not
    int[] primes = {1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53};
    ParameterSet official = SETS.get(0);
    List<Line> lines = new ArrayList<>();
    for (int d : primes) {
      lines.add(ft(2, d, ints(1), ints(1), ints(1), longs(1)));
    }
    Case upTo47 = new Case(2024, lines.subList(0, primes.length - 1));
    Case upTo53 = new Case(2024, lines);
    DmfaAccumulator acc = DmfaAccumulator.of(official, 2024);
    acc.reset();
    for (Line l : upTo47.lines()) {
      assertTrue(acc.addLine(l.quarter(), l.workerCode(), l.partTime(), l.daysPerWeek(), l.meanWorkingHours(),
          l.refMeanWorkingHours(), 1, l.serviceCodes(), l.serviceDays(), l.serviceHours(), 1, l.remunerationCodes(),
          l.remunerationAmounts()));
    }
    assertFalse(acc.finish());
    assertFalse(accumulate(acc, upTo53));
    assertTrue(reference(official, upTo47) != null);
    assertTrue(reference(official, upTo53) != null);
    // at scale 0 the rounding needs no 10·N: the accumulator agrees with the reference
    run(SETS.get(2), 2024, upTo47.lines().toArray(new Line[0]));
  }

  @Test
  void supportedForEveryScaleTheParametersAccept() {
    for (int s = 0; s <= 4; s++) {
      ParameterSet set = ParameterSets.withOverrides(ParameterSets.official(), "scale-" + s,
          Map.of("interpretation.workFractionScale", Integer.toString(s)), "test");
      assertTrue(DmfaAccumulator.of(set, 2024).supported(), "scale " + s);
    }
  }

  @Test
  void theParametersRefuseAScaleTheAccumulatorCouldNotHandle() {
    // supported() is false only for scales outside 0-4; the parameters refuse those already. If
    // this ever changes, supported() sends such sets to the exact path, and this test says so.
    assertThrows(InvalidParametersException.class, () -> ParameterSets.withOverrides(ParameterSets.official(), "scale-5",
        Map.of("interpretation.workFractionScale", "5"), "test"));
  }

  @Test
  void unknownYearIsRefusedOnConstruction() {
    assertThrows(UnknownReferenceYearException.class, () -> DmfaAccumulator.of(ParameterSets.official(), 2030));
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
    int[] codes = {1, 5, 7};
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
