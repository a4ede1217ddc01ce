package be.jobbonus.core.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Properties of the engine's formulas (docs/calculation.md §3), over every period of the reference
 * years of the data and of the synthetic year after them ({@link YearsUnderTest#bySet()}): bounds,
 * monotonicity, exact values and continuity at the limits, scaling with µ, the quarters adding up to
 * the base; and the 2022 half-years of the official set. Exact values are compared as the oracle's
 * {@link Rational}s.
 */
class CalculationPropertiesTest {

  static final ParameterSet P = ParameterSets.official();
  static final JobbonusCalculator CALC = JobbonusCalculator.of(P);
  static final Person PERSON =
      Person.of(Insz.parse("85073003328"), "", "", Statuut.EMPLOYEE, Region.FLEMISH_REGION);

  /** A parameter set, its calculator and the reference years the properties are checked in. */
  record Under(ParameterSet set, JobbonusCalculator calc, List<Integer> years) {
    @Override
    public String toString() {
      return set.id() + " " + years;
    }

    /** Any quarter of one of {@link #years}. */
    Gen<YearQuarter> quarters() {
      return integers().between(0, years.size() * 4 - 1).map(i -> YearQuarter.of(years.get(i / 4), i % 4 + 1));
    }

    Gen<Integer> year() {
      return integers().between(0, years.size() - 1).map(years::get);
    }

    QuarterResult one(YearQuarter q, long wage, int tenThousandths, Regime regime) {
      return calc.calculate(PERSON, q.year(),
          List.of(QuarterInput.of(q, wage, BigDecimal.valueOf(tenThousandths, 4), regime))).quarters().get(0);
    }

    /** A(S) at µ = 1: wage = 3 S. */
    Rational annualAt(YearQuarter q, long monthlyCents) {
      return EngineOracleTest.exact(one(q, 3 * monthlyCents, 10_000, Regime.FULL_TIME).exactAnnualAmount());
    }
  }

  /** The sets and years under test: the official set over its years, the synthetic set over the synthetic year. */
  static List<Under> setsAndYears() {
    return YearsUnderTest.bySet().stream()
        .map(s -> new Under(s.set(), JobbonusCalculator.of(s.set()), List.copyOf(s.years()))).toList();
  }

  /** Work fractions in ten-thousandths, 1..10000. */
  static Gen<Integer> fractions() {
    return integers().between(1, 10_000);
  }

  static QuarterResult one(YearQuarter q, long wage, int tenThousandths, Regime regime) {
    return CALC.calculate(PERSON, q.year(),
        List.of(QuarterInput.of(q, wage, BigDecimal.valueOf(tenThousandths, 4), regime))).quarters().get(0);
  }

  /** The exact JB of {@code r}. */
  static Rational jb(QuarterResult r) {
    return EngineOracleTest.exact(r.exact());
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void amountPerQuarterIsBetweenZeroAndAQuarterOfJmax(Under u) {
    qt().forAll(u.quarters(), longs().between(0, 3_000_000), fractions())
        .checkAssert((q, wage, m) -> {
          QuarterResult r = u.one(q, wage, m, Regime.PART_TIME);
          Period p = u.set().periodFor(q);
          assertTrue(jb(r).signum() >= 0);
          assertTrue(jb(r).compareTo(Rational.of(p.maxAmount().value()).dividedBy(Rational.of(4))) <= 0);
          assertTrue(r.amountCents() >= 0 && r.amountCents() * 4 <= p.maxAmount().value());
        });
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void amountNeverRisesWhenTheReferenceWageRises(Under u) {
    qt().forAll(u.quarters(), longs().between(0, 1_500_000), longs().between(1, 200_000), fractions())
        .checkAssert((q, wage, step, m) -> {
          QuarterResult low = u.one(q, wage, m, Regime.PART_TIME);
          QuarterResult high = u.one(q, wage + step, m, Regime.PART_TIME);
          assertTrue(jb(high).compareTo(jb(low)) <= 0, q + " wage+" + step);
        });
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void exactValuesAtTheLimits(Under u) {
    int checked = 0;
    for (Period p : u.set().periods()) {
      YearQuarter q = YearQuarter.from(p.from());
      if (!u.years().contains(q.year())) {
        continue;
      }
      checked++;
      long og = p.lowerLimit().value();
      long bg = p.upperLimit().value();
      Rational jmax = Rational.of(p.maxAmount().value());
      Rational jmin = Rational.of(p.minAmount().value());
      Rational slope = jmax.minus(jmin).dividedBy(Rational.of(bg + 1 - og));
      assertEquals(jmax, u.annualAt(q, og), "A(OG) = Jmax in " + q);
      assertEquals(jmax.minus(slope), u.annualAt(q, og + 1), "A(OG + 0.01) in " + q);
      assertEquals(jmin.plus(slope), u.annualAt(q, bg), "A(BG) = Jmin + one step in " + q);
      assertEquals(Rational.ZERO, u.annualAt(q, bg + 1), "A(BG + 0.01) = 0 in " + q);
    }
    assertTrue(checked >= u.years().size(), checked + " periods in " + u);
  }

  /** Continuity: between OG and BG a one-cent rise lowers A by exactly one slope step; the only jump is at BG. */
  @ParameterizedTest
  @MethodSource("setsAndYears")
  void continuousBetweenTheLimits(Under u) {
    qt().forAll(u.quarters(), integers().between(-5, 200_000))
        .checkAssert((q, offset) -> {
          Period p = u.set().periodFor(q);
          long s = p.lowerLimit().value() + offset;
          if (s < 0 || s >= p.upperLimit().value()) {
            return;
          }
          Rational slope = Rational.of(p.maxAmount().value() - p.minAmount().value())
              .dividedBy(Rational.of(p.upperLimit().value() + 1 - p.lowerLimit().value()));
          Rational drop = u.annualAt(q, s).minus(u.annualAt(q, s + 1));
          if (s < p.lowerLimit().value()) {
            assertEquals(Rational.ZERO, drop);
          } else {
            assertEquals(slope, drop);
          }
        });
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void scalesLinearlyWithTheWorkFractionAtAFixedReferenceWage(Under u) {
    // S in whole euros and µ in hundredths keep W = 3 S µ a whole number of cents.
    qt().forAll(u.quarters(), integers().between(1000, 4000), integers().between(1, 100))
        .checkAssert((q, euros, hundredths) -> {
          long s = euros * 100L;
          long wage = 3 * s * hundredths / 100;
          QuarterResult full = u.one(q, 3 * s, 10_000, Regime.FULL_TIME);
          QuarterResult part = u.one(q, wage, hundredths * 100, Regime.PART_TIME);
          assertEquals(EngineOracleTest.exact(full.exactReferenceMonthlyWage()), EngineOracleTest.exact(part.exactReferenceMonthlyWage()));
          assertEquals(jb(full).times(Rational.of(hundredths)).dividedBy(Rational.of(100)), jb(part));
        });
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void quarterAmountsAddUpToTheRoundedBase(Under u) {
    qt().forAll(u.year(), longs().between(0, 1_200_000), fractions(), integers().between(0, 15))
        .checkAssert((year, wage, m, mask) -> {
          List<QuarterInput> qs = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            if ((mask & (1 << i)) != 0) {
              long w = wage + i * 12_345L;
              int f = Math.max(1, (m * (i + 3)) % 10_001);
              qs.add(QuarterInput.of(YearQuarter.of(year, i + 1), w, BigDecimal.valueOf(f, 4), Regime.PART_TIME));
            }
          }
          JobbonusResult r = u.calc().calculate(PERSON, year, qs);
          long sum = r.quarters().stream().mapToLong(QuarterResult::amountCents).sum();
          assertEquals(r.baseCents(), sum);
          assertEquals(EngineOracleTest.exact(r.exactBase()).roundHalfUp(), r.baseCents());
          for (QuarterResult qr : r.quarters()) {
            // each shown amount is the exact amount rounded down or up
            assertTrue(qr.amountCents() == jb(qr).floor() || qr.amountCents() == jb(qr).floor() + 1);
          }
        });
  }

  /** 2022: Q1-Q2 use the first half-year upper limit, Q3-Q4 the second. */
  @Test
  void respectsThe2022HalfYearSplit() {
    qt().forAll(longs().between(270_000, 289_999))
        .checkAssert(s -> {
          for (int q = 1; q <= 4; q++) {
            QuarterResult r = one(YearQuarter.of(2022, q), 3 * s, 10_000, Regime.FULL_TIME);
            if (q <= 2) {
              assertEquals(Rational.ZERO, jb(r), "above 2,699.99 in the first half-year");
              assertEquals(ReasonCode.WAGE_ABOVE_UPPER_LIMIT, r.reason().orElseThrow().code());
            } else {
              assertTrue(jb(r).signum() > 0, "below 2,899.99 in the second half-year");
            }
          }
        });
  }
}
