package be.jobbonus.core.calculation;

import static be.jobbonus.core.calculation.WorkedExamplesTest.allYear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.testing.YearsUnderTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Decree art. 3 and 4 (eligibility), the minimum payable, the fixed increase, recalculation, bad input. */
class EligibilityAndTotalsTest {

  static final JobbonusCalculator CALC = JobbonusCalculator.official();
  static final Person PERSON =
      Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);

  static List<ReasonCode> codes(JobbonusResult r) {
    return r.reasons().stream().map(Reason::code).collect(Collectors.toList());
  }

  @Test
  void art3_excludedCategoriesGetNothing() {
    for (Statuut s : List.of(Statuut.MEDICAL_SPECIALIST_IN_TRAINING, Statuut.APPRENTICE,
        Statuut.FLAT_RATE_SPORTSPERSON, Statuut.STUDENT_SOLIDARITY)) {
      JobbonusResult r = CALC.calculate(PERSON.withStatuut(s), 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME));
      assertFalse(r.eligible());
      assertEquals(0, r.totalCents());
      assertEquals(List.of(ReasonCode.CATEGORY), codes(r));
      assertEquals("decree 20 May 2022 art. 3", r.reasons().get(0).article());
    }
    for (Statuut s : List.of(Statuut.EMPLOYEE, Statuut.CIVIL_SERVANT, Statuut.DOCTORAL_GRANT_HOLDER,
        Statuut.CROSS_BORDER_WORKER)) {
      assertTrue(CALC.calculate(PERSON.withStatuut(s), 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME)).payable());
    }
  }

  @Test
  void art4_residenceOutsideFlandersGetsNothingAndSaysTheDate() {
    for (Region region : List.of(Region.BRUSSELS_REGION, Region.WALLOON_REGION, Region.ABROAD, Region.UNKNOWN)) {
      JobbonusResult r = CALC.calculate(PERSON.withResidence(region), 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME));
      assertFalse(r.eligible());
      assertEquals(List.of(ReasonCode.RESIDENCE), codes(r));
      assertTrue(r.reasons().get(0).message().contains("2025-01-01"), r.reasons().get(0).message());
    }
  }

  @Test
  void art4_pensionAgeInTheMiddleOfTheYear() {
    // born 1959-05-10: pension age 65 reached 2024-05-10; Q2 2024 (starts 04-01) still counts, Q3 does not
    Person p = PERSON.withBirthDate(LocalDate.of(1959, 5, 10));
    JobbonusResult r = CALC.calculate(p, 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME));
    assertTrue(r.quarters().get(1).counted());
    assertFalse(r.quarters().get(2).counted());
    assertFalse(r.quarters().get(3).counted());
    assertEquals(32500, r.baseCents());
    assertEquals(List.of(ReasonCode.PENSION_AGE, ReasonCode.PENSION_AGE), codes(r));
    assertEquals(YearQuarter.of(2024, 3), r.reasons().get(0).quarter().orElseThrow());
  }

  @Test
  void art4_pensionAgeReachedOnTheFirstDayOfAQuarterExcludesThatQuarter() {
    Person p = PERSON.withBirthDate(LocalDate.of(1959, 7, 1)); // 65 on 2024-07-01
    JobbonusResult r = CALC.calculate(p, 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME));
    assertTrue(r.quarters().get(1).counted());
    assertFalse(r.quarters().get(2).counted());
    Person later = PERSON.withBirthDate(LocalDate.of(1959, 7, 2)); // 65 on 2024-07-02: Q3 counts
    assertTrue(CALC.calculate(later, 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME)).quarters().get(2).counted());
  }

  @Test
  void art4_pensionAgeTableByBirthYear() {
    var p = ParameterSets.official();
    assertEquals(LocalDate.of(2024, 12, 31), p.pensionAgeDate(LocalDate.of(1959, 12, 31)));
    assertEquals(LocalDate.of(2026, 1, 1), p.pensionAgeDate(LocalDate.of(1960, 1, 1)));
    assertEquals(LocalDate.of(2032, 1, 1), p.pensionAgeDate(LocalDate.of(1965, 1, 1)));
    // leap-day birth: reached on 28 February in a common year
    assertEquals(LocalDate.of(2026, 2, 28), p.pensionAgeDate(LocalDate.of(1960, 2, 29)));
  }

  @Test
  void wageAboveTheUpperLimitInEveryQuarter() {
    JobbonusResult r = CALC.calculate(PERSON, 2024, allYear(2024, 310_000, "1", Regime.FULL_TIME));
    assertFalse(r.eligible());
    assertEquals(0, r.totalCents());
    assertEquals(4, codes(r).stream().filter(c -> c == ReasonCode.WAGE_ABOVE_UPPER_LIMIT).count());
    assertTrue(r.reasons().get(0).message().contains("3099.99"));
  }

  @Test
  void minimumPayableFullTimeAndPartTime() {
    // full-time, one quarter at S just under BG: base 12.50 < 50 full-time minimum -> nothing
    JobbonusResult ft = CALC.calculate(PERSON, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2024, 1), 3 * 309_999L, "1", Regime.FULL_TIME)));
    assertTrue(ft.eligible());
    assertTrue(ft.fullTime());
    assertEquals(1250, ft.baseCents());
    assertFalse(ft.payable());
    assertEquals(0, ft.totalCents());
    assertEquals(0, ft.fixedIncreaseCents());
    assertEquals(List.of(ReasonCode.BELOW_MINIMUM_PAYABLE), codes(ft));
    // the same base as part-time is above the 10 € part-time minimum -> paid with the fixed increase
    JobbonusResult pt = CALC.calculate(PERSON, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2024, 1), 3 * 309_999L, "1", Regime.PART_TIME)));
    assertFalse(pt.fullTime());
    assertTrue(pt.payable());
    assertEquals(1250 + 5000, pt.totalCents());
  }

  @Test
  void fixedIncreasePerYearIsAddedOnceAndNotProrated() {
    Map<Integer, Long> expected = Map.of(2021, 10_000L, 2022, 5_000L, 2023, 5_000L, 2024, 5_000L, 2025, 5_000L);
    for (var e : expected.entrySet()) {
      JobbonusResult half = CALC.calculate(PERSON, e.getKey(), allYear(e.getKey(), 90_000, "0.5", Regime.PART_TIME));
      assertEquals(e.getValue(), half.fixedIncreaseCents(), "year " + e.getKey());
      assertEquals(half.baseCents() + e.getValue(), half.totalCents());
    }
  }

  @Test
  void quarterWithoutPerformanceContributesNothing() {
    JobbonusResult r = CALC.calculate(PERSON, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2024, 1), 50_000, "0", Regime.PART_TIME)));
    assertFalse(r.eligible());
    assertTrue(r.quarters().get(0).referenceMonthlyWageCents().isEmpty());
    assertEquals(List.of(ReasonCode.NO_PERFORMANCE), codes(r));
    assertEquals(List.of(ReasonCode.NO_PERFORMANCE), codes(CALC.calculate(PERSON, 2024, List.of())));
  }

  @Test
  void unknownReferenceYearIsRefusedWithTheCoveredYears() {
    ParameterSet official = ParameterSets.official();
    int after = YearsUnderTest.yearAfter(official);
    UnknownReferenceYearException e = assertThrows(UnknownReferenceYearException.class,
        () -> CALC.calculate(PERSON, after, allYear(after, 150_000, "1", Regime.FULL_TIME)));
    assertEquals(after, e.year());
    assertTrue(e.getMessage().contains("no parameters for reference year " + after), e.getMessage());
    assertTrue(e.getMessage().contains("(it covers " + official.referenceYears() + ")"), e.getMessage());
    assertThrows(UnknownReferenceYearException.class,
        () -> CALC.calculate(PERSON, YearsUnderTest.yearBefore(official), List.of()));
  }

  @Test
  void quarterOutsideTheYearOrTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CALC.calculate(PERSON, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2025, 1), 1, "1", Regime.FULL_TIME))));
    assertEquals("2025Q1: quarter outside reference year 2024", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> CALC.calculate(PERSON, 2024, List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 1, "1", Regime.FULL_TIME),
        QuarterInput.of(YearQuarter.of(2024, 1), 2, "1", Regime.FULL_TIME))));
    assertEquals("2024Q1: quarter given twice", e.getMessage());
  }

  @Test
  void unknownBirthDateIsRefusedWithoutPersonalData() {
    // bis number with unknown birth month and day
    Person p = Person.of(Insz.parse(be.jobbonus.core.InszTestSupport.make(1970, 0, 0, 1, 20)), "X", "Y",
        Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CALC.calculate(p, 2024, allYear(2024, 150_000, "1", Regime.FULL_TIME)));
    assertTrue(e.getMessage().startsWith("birth date unknown"));
    assertTrue(CALC.calculate(p.withBirthDate(LocalDate.of(1970, 3, 3)), 2024,
        allYear(2024, 150_000, "1", Regime.FULL_TIME)).payable());
  }

  @Test
  void recalculationOnObjection() {
    JobbonusResult first = CALC.calculate(PERSON, 2021, allYear(2021, 220_000, "1", Regime.FULL_TIME));
    Recalculation lower = CALC.recalculate(first, PERSON, allYear(2021, 200_000, "1", Regime.FULL_TIME));
    assertEquals(43429 - 26857, lower.differenceCents());
    assertEquals(Recalculation.Outcome.EXTRA_PAYMENT, lower.outcome());
    Recalculation higher = CALC.recalculate(lower.corrected(), PERSON, allYear(2021, 260_000, "1", Regime.FULL_TIME));
    assertEquals(-53429, higher.differenceCents());
    assertEquals(Recalculation.Outcome.RECOVERY, higher.outcome());
    assertEquals(Recalculation.Outcome.NO_CHANGE,
        CALC.recalculate(first, PERSON, allYear(2021, 220_000, "1", Regime.FULL_TIME)).outcome());
    Person other = Person.of(Insz.parse("77101500172"), "", "", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    assertThrows(IllegalArgumentException.class, () -> CALC.recalculate(first, other, List.of()));
    assertFalse(higher.toString().contains("85073003328"));
  }

  @Test
  void resultToStringHidesPersonalData() {
    JobbonusResult r = CALC.calculate(PERSON, 2021, allYear(2021, 220_000, "1", Regime.FULL_TIME));
    String s = r.toString() + r.quarters() + r.person();
    assertFalse(s.contains("85073003328"));
    assertFalse(s.contains("Peeters"));
    assertFalse(s.contains("6600.00"), "no wage");
  }

  @Test
  void perQuarterRoundingIsASetting() {
    var set = ParameterSets.withOverrides(ParameterSets.official(), "per-quarter",
        Map.of("interpretation.rounding", "PER_QUARTER"), "test");
    JobbonusResult r = JobbonusCalculator.of(set).calculate(PERSON, 2021, allYear(2021, 200_000, "1", Regime.FULL_TIME));
    assertEquals(43428, r.baseCents(), "docs/law.md (e) 1: 4 x 108.57");
    assertEquals("per-quarter-2021", r.parametersId());
    var line = ParameterSets.withOverrides(ParameterSets.official(), "bg-line",
        Map.of("interpretation.degressiveLineEnd", "UPPER_LIMIT"), "test");
    assertEquals(43428, JobbonusCalculator.of(line).calculate(PERSON, 2021,
        allYear(2021, 200_000, "1", Regime.FULL_TIME)).baseCents(), "denominator BG - OG gives 434.28");
  }
}
