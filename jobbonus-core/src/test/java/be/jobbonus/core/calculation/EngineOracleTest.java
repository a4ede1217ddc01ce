package be.jobbonus.core.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The one engine against the oracle: for random people under every kind of parameter set (every
 * interpretation reading, every reference year of the data and the synthetic year after them,
 * extremes of the domain, reform-like sets with a period per quarter), the one-person path ({@link
 * JobbonusCalculator}) and the batch path ({@link BatchKernel}) give the {@link OracleCalculator}'s
 * every figure: each quarter's amount, status, reason and exact values, the base, total, flags,
 * reasons and the explanation text.
 */
public class EngineOracleTest {

  /** A set of {@link #SETS} (by index) and a reference year it is run over. */
  public record SetYear(int set, int year) {}

  /**
   * The variants of {@link TestParameterSets} on each set of {@link YearsUnderTest#bySet()}: on the
   * official set, then on the synthetic one.
   */
  public static final List<ParameterSet> SETS;

  /** What the suites run: each variant over the years its base set is run over ({@link YearsUnderTest#bySet()}). */
  public static final List<SetYear> SET_YEARS;

  static {
    List<ParameterSet> sets = new ArrayList<>();
    List<SetYear> setYears = new ArrayList<>();
    for (YearsUnderTest.SetYears base : YearsUnderTest.bySet()) {
      for (ParameterSet variant : TestParameterSets.all(base.set())) {
        for (int year : base.years()) {
          setYears.add(new SetYear(sets.size(), year));
        }
        sets.add(variant);
      }
    }
    SETS = List.copyOf(sets);
    SET_YEARS = List.copyOf(setYears);
  }

  static final List<OracleCalculator> ORACLES = SETS.stream().map(OracleCalculator::of).toList();
  static final List<JobbonusCalculator> CALCS = SETS.stream().map(JobbonusCalculator::of).toList();
  static final Insz INSZ = Insz.parse("85073003328");

  /** One generated person-year. */
  public record Case(int set, int year, Statuut statuut, Region residence, LocalDate birth, List<QuarterInput> quarters) {
    @Override
    public String toString() { // test data only: synthetic wages, no real person
      StringBuilder sb = new StringBuilder("Case[" + SETS.get(set).id() + " " + year + " " + statuut + " " + residence + " born " + birth);
      for (QuarterInput q : quarters) {
        sb.append(", ").append(q.quarter()).append(" W=").append(q.wageCents()).append(" m=")
            .append(q.workFractionTenThousandths()).append(' ').append(q.regime());
      }
      return sb.append(']').toString();
    }
  }

  static long next(RandomnessSource in, long min, long max) {
    return in.next(Constraint.between(min, max));
  }

  static final Gen<Case> CASES = in -> {
    SetYear under = SET_YEARS.get((int) next(in, 0, SET_YEARS.size() - 1));
    int set = under.set();
    int year = under.year();
    int si = (int) next(in, 0, 11);
    Statuut statuut = si < 4 ? Statuut.values()[si] : si < 8 ? Statuut.EMPLOYEE : Statuut.values()[si - 4];
    int ri = (int) next(in, 0, 7);
    Region residence = ri < 4 ? Region.FLEMISH_REGION : Region.values()[ri - 3];
    LocalDate birth = next(in, 0, 2) == 0
        ? LocalDate.of(year - 67, 1, 1).plusDays(next(in, 0, 365 * 4 + 1))
        : LocalDate.of(1960, 1, 1).plusDays(next(in, 0, 365 * 45));
    int mask = (int) next(in, 0, 15);
    List<QuarterInput> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      if ((mask & (1 << (q - 1))) == 0) {
        continue;
      }
      YearQuarter yq = YearQuarter.of(year, q);
      Period p = SETS.get(set).periodFor(yq);
      int m = switch ((int) next(in, 0, 7)) {
        case 0, 1 -> 10_000;
        case 2 -> 0;
        case 3 -> 1;
        case 4 -> (int) next(in, 1, 10_000);
        case 5 -> 5_000;
        case 6 -> 7_700;
        default -> (int) next(in, 1, 100);
      };
      long og = p.lowerLimit().value();
      long bg = p.upperLimit().value();
      long w = switch ((int) next(in, 0, 9)) {
        case 0 -> next(in, 0, QuarterInput.MAX_WAGE_CENTS);
        case 1 -> next(in, 0, 3L * m * (bg + bg / 5) / 10_000 + 1);
        case 2 -> 3L * m * og / 10_000; // S = OG (or just below)
        case 3 -> (3L * m * og + 9_999) / 10_000; // S = OG (or just above)
        case 4 -> (3L * m * (og + 1) + 9_999) / 10_000; // S = OG + 0.01
        case 5 -> 3L * m * bg / 10_000; // S = BG
        case 6 -> (3L * m * (bg + 1) + 9_999) / 10_000; // S = BG + 0.01
        case 7 -> 3L * m * (bg + 1) / 10_000;
        case 8 -> next(in, 3L * m * og / 10_000, 3L * m * bg / 10_000 + 1); // in the band
        default -> QuarterInput.MAX_WAGE_CENTS;
      } + next(in, -1, 1) * (next(in, 0, 3) == 0 ? 1 : 0);
      w = Math.max(0, Math.min(QuarterInput.MAX_WAGE_CENTS, w));
      Regime regime = next(in, 0, 2) < 2 ? Regime.FULL_TIME : Regime.PART_TIME;
      quarters.add(QuarterInput.of(yq, w, BigDecimal.valueOf(m, 4), regime));
    }
    return new Case(set, year, statuut, residence, birth, quarters);
  };

  /** Runs the one-person path and the batch path and checks every figure against the oracle. */
  public static void assertSame(Case c) {
    ParameterSet set = SETS.get(c.set());
    Person person = Person.of(INSZ, "Test", "Case", c.statuut(), c.residence()).withBirthDate(c.birth());
    OracleCalculator.Result ref = ORACLES.get(c.set()).calculate(person, c.year(), c.quarters());
    String what = c.toString();
    assertSameResult(ref, CALCS.get(c.set()).calculate(person, c.year(), c.quarters()), what);

    BatchKernel kernel = BatchKernel.of(set, c.year());
    BatchInput.Builder b = BatchInput.builder(1);
    b.person(c.statuut(), c.residence(), kernel.firstQuarterAtPensionAge(c.birth()));
    c.quarters().forEach(b::quarter);
    BatchInput in = b.build();
    BatchOutput out = BatchOutput.forInput(in);
    kernel.compute(in, out);
    assertSameBatch(ref, kernel, out, 0, 0, what);
  }

  /** {@code r} (the engine through the calculator) gives every figure of {@code ref}. */
  static void assertSameResult(OracleCalculator.Result ref, JobbonusResult r, String what) {
    assertEquals(ref.baseCents(), r.baseCents(), "base " + what);
    assertEquals(ref.fixedIncreaseCents(), r.fixedIncreaseCents(), "fixed " + what);
    assertEquals(ref.totalCents(), r.totalCents(), "total " + what);
    assertEquals(ref.payable(), r.payable(), "payable " + what);
    assertEquals(ref.eligible(), r.eligible(), "eligible " + what);
    assertEquals(ref.fullTime(), r.fullTime(), "fullTime " + what);
    assertEquals(ref.minimumPayableCents(), r.minimumPayableCents(), "minimum " + what);
    assertEquals(ref.reasons(), r.reasons(), "reasons " + what);
    assertEquals(ref.exactBase(), exact(r.exactBase()), "exact base " + what);
    assertEquals(ref.exactBase().dividedBy(Rational.of(100)).toBigDecimal(12), r.exactBase(12), "exact base " + what);
    assertEquals(ref.quarters().size(), r.quarters().size(), "quarters " + what);
    for (int i = 0; i < ref.quarters().size(); i++) {
      OracleCalculator.Quarter o = ref.quarters().get(i);
      QuarterResult q = r.quarters().get(i);
      String at = " " + o.quarter() + " " + what;
      assertEquals(o.input(), q.input(), "input" + at);
      assertEquals(o.period(), q.period(), "period" + at);
      assertEquals(o.amountCents(), q.amountCents(), "amount" + at);
      assertEquals(o.counted(), q.counted(), "counted" + at);
      assertEquals(Optional.ofNullable(o.reason()), q.reason(), "reason" + at);
      assertEquals(o.jb(), exact(q.exact()), "exact JB" + at);
      assertEquals(o.a(), exact(q.exactAnnualAmount()), "exact A(S)" + at);
      assertEquals(o.a().dividedBy(Rational.of(4)), exact(q.exactBaseAmount()), "exact B" + at);
      assertEquals(o.s(), q.exactReferenceMonthlyWage() == null ? null : exact(q.exactReferenceMonthlyWage()), "exact S" + at);
      assertEquals(o.referenceMonthlyWageCents(), q.referenceMonthlyWageCents().orElse(-1), "S" + at);
      assertEquals(o.annualAmountCents(), q.annualAmountCents(), "A(S)" + at);
      assertEquals(o.baseAmountCents(), q.baseAmountCents(), "B" + at);
      assertEquals(o.jb().dividedBy(Rational.of(100)).toBigDecimal(9), q.exactAmount(9), "exact JB" + at);
      assertEquals(Optional.ofNullable(o.s()).map(s -> s.dividedBy(Rational.of(100)).toBigDecimal(7)),
          q.exactReferenceMonthlyWage(7), "exact S" + at);
    }
    assertEquals(OracleCalculator.explanationText(ref), r.explain().toText(), "explanation " + what);
  }

  /** Person {@code p} of a computed batch, whose first record is {@code first}, gives every figure of {@code ref}. */
  public static void assertSameBatch(OracleCalculator.Result ref, BatchKernel kernel, BatchOutput out, int p,
      int first, String what) {
    assertEquals(ref.baseCents(), out.baseCents(p), "batch base " + what);
    assertEquals(ref.fixedIncreaseCents(), out.fixedIncreaseCents(p), "batch fixed " + what);
    assertEquals(ref.totalCents(), out.totalCents(p), "batch total " + what);
    assertEquals(ref.payable(), out.payable(p), "batch payable " + what);
    assertEquals(ref.eligible(), out.eligible(p), "batch eligible " + what);
    assertEquals(ref.fullTime(), out.fullTime(p), "batch fullTime " + what);
    for (int i = 0; i < ref.quarters().size(); i++) {
      OracleCalculator.Quarter o = ref.quarters().get(i);
      QuarterInput qi = o.input();
      int r = first + i;
      assertEquals(o.amountCents(), out.amountCents(r), "batch amount " + o.quarter() + " " + what);
      assertEquals(o.counted(), out.counted(r), "batch counted " + o.quarter() + " " + what);
      assertEquals(expectedStatus(o), out.status(r), "batch status " + o.quarter() + " " + what);
      assertEquals(o.baseAmountCents(),
          kernel.baseAmountCents(qi.quarter().quarter(), qi.wageCents(), qi.workFractionTenThousandths()),
          "batch quarter base amount " + o.quarter() + " " + what);
      assertEquals(o.referenceMonthlyWageCents(),
          BatchKernel.referenceMonthlyWageCents(qi.wageCents(), qi.workFractionTenThousandths()),
          "batch reference monthly wage " + o.quarter() + " " + what);
    }
  }

  /** The engine's exact display value as the oracle's fraction. */
  static Rational exact(ExactCents e) {
    return Rational.of(e.num, e.den);
  }

  static byte expectedStatus(OracleCalculator.Quarter q) {
    if (q.reason() != null) {
      return q.reason().code() == ReasonCode.PENSION_AGE ? BatchOutput.PENSION_AGE : BatchOutput.WAGE_ABOVE_UPPER_LIMIT;
    }
    if (q.counted()) {
      return BatchOutput.COUNTED;
    }
    return q.input().workFraction().signum() == 0 ? BatchOutput.NO_PERFORMANCE : BatchOutput.PERSON_NOT_ELIGIBLE;
  }

  /** 100,000 cases spread over {@link #SET_YEARS} (the same number as before the synthetic year); each gets its share. */
  @Test
  void engineEqualsTheOracleOnEveryFigure() {
    java.util.concurrent.atomic.AtomicInteger checked = new java.util.concurrent.atomic.AtomicInteger();
    java.util.Map<SetYear, Integer> perSetYear = new java.util.concurrent.ConcurrentHashMap<>();
    qt().withExamples(100_000).withShrinkCycles(200).forAll(CASES).checkAssert(c -> {
      assertSame(c);
      checked.incrementAndGet();
      perSetYear.merge(new SetYear(c.set(), c.year()), 1, Integer::sum);
    });
    org.junit.jupiter.api.Assertions.assertTrue(checked.get() >= 99_000, "cases checked: " + checked.get());
    int share = checked.get() / SET_YEARS.size();
    for (SetYear u : SET_YEARS) {
      int n = perSetYear.getOrDefault(u, 0);
      org.junit.jupiter.api.Assertions.assertTrue(n >= share / 4,
          SETS.get(u.set()).id() + " " + u.year() + ": " + n + " cases, a fair share is " + share);
    }
  }

  @Test
  void everySetAndYearAtTheLimitsOfTheDomain() {
    long[] wages = {0, 1, 2, 3, 599_999, 600_000, 600_001, QuarterInput.MAX_WAGE_CENTS - 1, QuarterInput.MAX_WAGE_CENTS};
    int[] fractions = {0, 1, 2, 3, 9_999, 10_000};
    for (SetYear u : SET_YEARS) {
      int year = u.year();
      for (long w : wages) {
        for (int m : fractions) {
          List<QuarterInput> qs = new ArrayList<>();
          for (int q = 1; q <= 4; q++) {
            qs.add(QuarterInput.of(YearQuarter.of(year, q), q % 2 == 0 ? w : QuarterInput.MAX_WAGE_CENTS - w,
                BigDecimal.valueOf(q == 3 ? 10_000 - m : m, 4), Regime.FULL_TIME));
          }
          assertSame(new Case(u.set(), year, Statuut.EMPLOYEE, Region.FLEMISH_REGION, LocalDate.of(1990, 5, 5), qs));
        }
      }
    }
  }
}
