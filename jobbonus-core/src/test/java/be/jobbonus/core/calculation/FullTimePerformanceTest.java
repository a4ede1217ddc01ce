package be.jobbonus.core.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * IP-full-time (docs/calculation.md §3): every quarter of the reference year with performance
 * (µ > 0, before the pension age) decides whether the full-time minimum payable applies, whether or
 * not that quarter yields an amount.
 */
class FullTimePerformanceTest {

  static final JobbonusCalculator CALC = EligibilityAndTotalsTest.CALC;
  static final JobbonusCalculator COUNTED_ONLY = JobbonusCalculator.of(ParameterSets.withOverrides(
      ParameterSets.official(), "counted-only",
      Map.of("interpretation.fullTimeMinimum", "EVERY_COUNTED_QUARTER_FULL_TIME"), "test"));

  static QuarterInput q(int quarter, long wageCents, String mu, Regime regime) {
    return QuarterInput.of(YearQuarter.of(2024, quarter), wageCents, mu, regime);
  }

  /** The example: Q1 full-time 48.75; Q2 part-time above the upper limit: 48.75 + 50 = 98.75. */
  @Test
  void ipFullTime_partTimeQuarterAboveTheUpperLimitMakesTheYearPartTime() {
    List<QuarterInput> qs = List.of(q(1, 100_000, "0.30", Regime.FULL_TIME), q(2, 479_998, "0.50", Regime.PART_TIME));
    JobbonusResult r = CALC.calculate(EligibilityAndTotalsTest.PERSON, 2024, qs);
    assertEquals(4875, r.baseCents());
    assertFalse(r.quarters().get(1).counted());
    assertFalse(r.fullTime());
    assertEquals(1000, r.minimumPayableCents());
    assertTrue(r.payable());
    assertEquals(9875, r.totalCents());
    String text = r.explain().toText();
    assertTrue(text.contains("performance: part-time (decided by 2024Q2: regime PART_TIME, µ 0.50)"), text);

    JobbonusResult before = COUNTED_ONLY.calculate(EligibilityAndTotalsTest.PERSON, 2024, qs);
    assertTrue(before.fullTime());
    assertFalse(before.payable());
    assertEquals(0, before.totalCents());
  }

  /** Mirror: the full-time quarter is the one above the limit; the counted part-time one decides anyway. */
  @Test
  void ipFullTime_fullTimeQuarterAboveTheUpperLimitDoesNotMakeTheYearFullTime() {
    List<QuarterInput> qs = List.of(q(1, 1_000_000, "1", Regime.FULL_TIME), q(2, 30_000, "0.10", Regime.PART_TIME));
    JobbonusResult r = CALC.calculate(EligibilityAndTotalsTest.PERSON, 2024, qs);
    assertFalse(r.fullTime());
    assertEquals(1625, r.baseCents()); // 650 / 4 x 0.10
    assertTrue(r.payable());
    assertEquals(6625, r.totalCents());
  }

  /** Mirror: all quarters with performance full-time, one of them above the limit: still full-time. */
  @Test
  void ipFullTime_allPerformedQuartersFullTimeStaysFullTime() {
    List<QuarterInput> qs = List.of(q(1, 100_000, "0.30", Regime.FULL_TIME), q(2, 1_000_000, "1", Regime.FULL_TIME));
    JobbonusResult r = CALC.calculate(EligibilityAndTotalsTest.PERSON, 2024, qs);
    assertTrue(r.fullTime());
    assertEquals(5000, r.minimumPayableCents());
    assertFalse(r.payable());
    assertEquals(0, r.totalCents());
    assertTrue(r.explain().toText().contains("performance: full-time (every quarter with performance full-time)"));
  }

  /** Mirror: a part-time quarter without performance (µ = 0) decides nothing. */
  @Test
  void ipFullTime_partTimeQuarterWithoutPerformanceDecidesNothing() {
    List<QuarterInput> qs = List.of(q(1, 100_000, "0.30", Regime.FULL_TIME), q(2, 0, "0", Regime.PART_TIME));
    JobbonusResult r = CALC.calculate(EligibilityAndTotalsTest.PERSON, 2024, qs);
    assertTrue(r.fullTime());
    assertFalse(r.payable());
  }

  /** Mirror: a part-time quarter at or after the pension age decides nothing. */
  @Test
  void ipFullTime_partTimeQuarterAfterThePensionAgeDecidesNothing() {
    // born 1957-05-15: pension age 65 reached 2022-05-15, so every quarter of 2024 is cut off;
    // use 2022: Q2 starts before, Q3 after
    be.jobbonus.core.Person old = EligibilityAndTotalsTest.PERSON.withBirthDate(java.time.LocalDate.of(1957, 5, 15));
    List<QuarterInput> qs = List.of(
        QuarterInput.of(YearQuarter.of(2022, 1), 100_000, "0.30", Regime.FULL_TIME),
        QuarterInput.of(YearQuarter.of(2022, 3), 30_000, "0.10", Regime.PART_TIME));
    JobbonusResult r = CALC.calculate(old, 2022, qs);
    assertTrue(r.fullTime());
  }
}
