package be.jobbonus.core.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.DmfaRules;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;
import be.jobbonus.core.parameters.YearRules;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The synthetic year after the data ({@link YearsUnderTest}) is really new, its set really is the
 * last year moved on, and the year-parametrised suites of this module run it: none can skip it
 * unnoticed.
 */
class SyntheticYearTest {

  static final ParameterSet OFFICIAL = ParameterSets.official();
  static final int YEAR = YearsUnderTest.syntheticYear();
  static final int LAST = YearsUnderTest.lastOfficialYear();

  @Test
  void theSyntheticYearIsOutsideTheOfficialData() {
    assertEquals(OFFICIAL.referenceYears(), YearsUnderTest.officialYears());
    assertEquals(LAST + 1, YEAR);
    assertFalse(OFFICIAL.covers(YEAR));
    assertFalse(OFFICIAL.yearRules().containsKey(YEAR));
    LocalDate first = LocalDate.of(YEAR, 1, 1);
    for (Period p : OFFICIAL.periods()) {
      assertTrue(p.to().isBefore(first), "official period " + p.from() + ".." + p.to() + " reaches " + YEAR);
    }
    for (DmfaRules r : OFFICIAL.dmfaRules()) {
      assertTrue(r.to().isBefore(first), "official DmfA rules " + r.from() + ".." + r.to() + " reach " + YEAR);
    }
    assertEquals(YEAR, YearsUnderTest.yearAfter(OFFICIAL), "nothing in the official data touches " + YEAR);
    assertFalse(OFFICIAL.covers(YearsUnderTest.yearBefore(OFFICIAL)));
    assertTrue(YearsUnderTest.yearBefore(OFFICIAL) < YearsUnderTest.officialYears().first());
  }

  @Test
  void theSyntheticSetIsTheOfficialDataWithTheLastYearMovedOn() {
    ParameterSet synthetic = YearsUnderTest.synthetic();
    assertEquals("synthetic-" + YEAR, synthetic.id());
    assertTrue(synthetic.description().startsWith("SYNTHETIC"), synthetic.description());
    SortedSet<Integer> years = new TreeSet<>(OFFICIAL.referenceYears());
    years.add(YEAR);
    assertEquals(years, synthetic.referenceYears());
    for (int year : OFFICIAL.referenceYears()) {
      assertEquals(OFFICIAL.yearRules(year), synthetic.yearRules(year), "year rules of " + year);
      for (int q = 1; q <= 4; q++) {
        YearQuarter quarter = YearQuarter.of(year, q);
        assertEquals(OFFICIAL.periodFor(quarter), synthetic.periodFor(quarter), quarter.toString());
        assertEquals(OFFICIAL.dmfaRulesFor(quarter), synthetic.dmfaRulesFor(quarter), quarter.toString());
      }
    }
    YearRules was = OFFICIAL.yearRules(LAST);
    YearRules is = synthetic.yearRules(YEAR);
    assertEquals(was.fixedIncrease().value(), is.fixedIncrease().value());
    assertEquals(was.minimumPayableFullTime().value(), is.minimumPayableFullTime().value());
    assertEquals(was.minimumPayablePartTime().value(), is.minimumPayablePartTime().value());
    assertTrue(is.fixedIncrease().source().startsWith("synthetic"), is.fixedIncrease().source());
    for (int q = 1; q <= 4; q++) {
      Period p = OFFICIAL.periodFor(YearQuarter.of(LAST, q));
      Period moved = synthetic.periodFor(YearQuarter.of(YEAR, q));
      assertEquals(p.lowerLimit().value(), moved.lowerLimit().value());
      assertEquals(p.upperLimit().value(), moved.upperLimit().value());
      assertEquals(p.maxAmount().value(), moved.maxAmount().value());
      assertEquals(p.minAmount().value(), moved.minAmount().value());
      assertTrue(moved.upperLimit().source().startsWith("synthetic"), moved.upperLimit().source());
      assertEquals(YEAR, moved.from().getYear());
      DmfaRules d = OFFICIAL.dmfaRulesFor(YearQuarter.of(LAST, q));
      DmfaRules movedOn = synthetic.dmfaRulesFor(YearQuarter.of(YEAR, q));
      assertEquals(d.countedServiceCodes().value(), movedOn.countedServiceCodes().value());
      assertEquals(d.wageRemunerationCodes().value(), movedOn.wageRemunerationCodes().value());
      assertEquals(d.terminationIndemnityCountsIn(YearQuarter.of(LAST, q)),
          movedOn.terminationIndemnityCountsIn(YearQuarter.of(YEAR, q)));
    }
    assertEquals(OFFICIAL.citations().fixedIncrease(LAST).value(), synthetic.citations().fixedIncrease(YEAR).value());
    // the same work gives the same amounts a year on
    Person person = Person.of(Insz.parse("85073003328"), "", "", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    for (long monthly : new long[] {150_000, 250_000, 400_000}) {
      JobbonusResult before = JobbonusCalculator.of(OFFICIAL).calculate(person, LAST, fullYear(LAST, monthly));
      JobbonusResult after = JobbonusCalculator.of(synthetic).calculate(person, YEAR, fullYear(YEAR, monthly));
      assertEquals(before.baseCents(), after.baseCents(), "base at " + monthly);
      assertEquals(before.totalCents(), after.totalCents(), "total at " + monthly);
      assertEquals(synthetic.id() + "-" + YEAR, after.parametersId());
    }
  }

  static List<QuarterInput> fullYear(int year, long monthlyCents) {
    List<QuarterInput> qs = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      qs.add(QuarterInput.of(YearQuarter.of(year, q), 3 * monthlyCents, BigDecimal.ONE, Regime.FULL_TIME));
    }
    return qs;
  }

  /** Each year-parametrised test of CalculationPropertiesTest draws the synthetic year and every official one. */
  @Test
  void thePropertyTestsRunTheSyntheticYear() {
    assertRunsEveryYear(CalculationPropertiesTest.class, 6);
  }

  /** EngineOracleTest (and EngineExactPathsTest, which reads the same list) runs every variant over the synthetic year. */
  @Test
  void theEngineOracleTestRunsTheSyntheticYear() {
    String id = YearsUnderTest.synthetic().id();
    int variants = TestParameterSets.all().size();
    long synthetic = EngineOracleTest.SET_YEARS.stream()
        .filter(u -> u.year() == YEAR && EngineOracleTest.SETS.get(u.set()).id().startsWith(id)).count();
    assertEquals(variants, synthetic, "every variant on the synthetic set, over " + YEAR);
    for (int year : OFFICIAL.referenceYears()) {
      assertEquals(variants, EngineOracleTest.SET_YEARS.stream().filter(u -> u.year() == year).count(), "" + year);
    }
    assertEquals(variants * (OFFICIAL.referenceYears().size() + 1), EngineOracleTest.SET_YEARS.size());
  }

  static void assertRunsEveryYear(Class<?> suite, int parameterizedTests) {
    SortedSet<Integer> expected = new TreeSet<>(YearsUnderTest.officialYears());
    expected.add(YEAR);
    Map<String, SortedSet<Integer>> byTest = YearsUnderTest.yearsOfEachParameterizedTest(suite);
    assertEquals(parameterizedTests, byTest.size(), suite.getSimpleName() + " " + byTest.keySet());
    byTest.forEach((test, years) -> assertEquals(expected, years, suite.getSimpleName() + "." + test));
  }
}
