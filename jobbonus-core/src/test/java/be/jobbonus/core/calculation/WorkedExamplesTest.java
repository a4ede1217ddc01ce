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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The worked examples of docs/calculation.md §5 and the derived values there, by the engine and by the oracle. */
class WorkedExamplesTest {

  static final Person PERSON =
      Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
  static final JobbonusCalculator CALC = JobbonusCalculator.official();
  static final OracleCalculator ORACLE = OracleCalculator.of(CALC.parameters());

  /** The engine's result, checked figure by figure (and the explanation) against the oracle's. */
  static JobbonusResult calc(int year, List<QuarterInput> quarters) {
    JobbonusResult r = CALC.calculate(PERSON, year, quarters);
    EngineOracleTest.assertSameResult(ORACLE.calculate(PERSON, year, quarters), r, "worked example");
    return r;
  }

  static List<QuarterInput> allYear(int year, long monthlyCents, String fraction, Regime regime) {
    List<QuarterInput> qs = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      qs.add(QuarterInput.of(YearQuarter.of(year, q), monthlyCents * 3, fraction, regime));
    }
    return qs;
  }

  @Test
  @DisplayName("§5 #1: 2021, full-time all year at 2,000 €/month -> 434.29 (+100)")
  void example1() {
    JobbonusResult r = calc(2021, allYear(2021, 200_000, "1", Regime.FULL_TIME));
    assertEquals(43429, r.baseCents());
    assertEquals(10000, r.fixedIncreaseCents());
    assertEquals(53429, r.totalCents());
    assertTrue(r.payable());
  }

  @Test
  @DisplayName("§5 #2: 2021, full-time all year at 2,200 €/month -> 268.57 (+100)")
  void example2() {
    JobbonusResult r = calc(2021, allYear(2021, 220_000, "1", Regime.FULL_TIME));
    assertEquals(26857, r.baseCents());
    assertEquals(36857, r.totalCents());
  }

  @Test
  @DisplayName("§5 #3: 2021, full-time all year at or below 1,800 €/month -> 600 (+100 = 700)")
  void example3() {
    JobbonusResult r = calc(2021, allYear(2021, 180_000, "1", Regime.FULL_TIME));
    assertEquals(60000, r.baseCents());
    assertEquals(70000, r.totalCents());
    JobbonusResult low = calc(2021, allYear(2021, 150_000, "1", Regime.FULL_TIME));
    assertEquals(70000, low.totalCents());
  }

  @Test
  @DisplayName("§5 #4: 2021, half-time all year at 1,800 €/month FTE -> 300")
  void example4() {
    JobbonusResult r = calc(2021, allYear(2021, 90_000, "0.5", Regime.PART_TIME));
    assertEquals(30000, r.baseCents());
    assertFalse(r.fullTime());
  }

  @Test
  @DisplayName("§5 #5: 1,000 € a month at 50 % gives S = 2,000 €")
  void example5() {
    JobbonusResult r = calc(2024, allYear(2024, 100_000, "0.5", Regime.PART_TIME));
    assertEquals(200_000, r.quarters().get(0).referenceMonthlyWageCents().getAsLong());
    assertEquals(32500, r.baseCents()); // 650 x 0.5 (docs/law.md derived case)
    assertEquals(37500, r.totalCents());
  }

  @Test
  @DisplayName("§5 #6: 2022 range of amounts paid: 60 € (part-time) ... 650 € (full-time)")
  void example6() {
    JobbonusResult max = calc(2022, allYear(2022, 150_000, "1", Regime.FULL_TIME));
    assertEquals(65000, max.totalCents());
    // part-time: exactly the 10 € minimum gives 10 + 50 = 60
    List<QuarterInput> qs = List.of(QuarterInput.of(YearQuarter.of(2022, 1), 12_000, "0.0667", Regime.PART_TIME));
    JobbonusResult min = calc(2022, qs);
    assertTrue(min.baseCents() >= 1000 && min.baseCents() < 1010, "base " + min.baseCents());
    assertEquals(min.baseCents() + 5000, min.totalCents());
  }

  @Test
  @DisplayName("derived: 2024, S = 2,500 -> A = 410.00")
  void derived2024() {
    assertEquals(41000, calc(2024, allYear(2024, 250_000, "1", Regime.FULL_TIME)).baseCents());
  }

  @Test
  @DisplayName("derived: 2025, S = 2,500 -> A = 419.00")
  void derived2025() {
    assertEquals(41900, calc(2025, allYear(2025, 250_000, "1", Regime.FULL_TIME)).baseCents());
  }

  @Test
  @DisplayName("derived: 2022 full-time at 2,600 -> half-year limits -> base 173.51, total 223.51")
  void derived2022HalfYears() {
    JobbonusResult r = calc(2022, allYear(2022, 260_000, "1", Regime.FULL_TIME));
    assertEquals(17351, r.baseCents());
    assertEquals(22351, r.totalCents());
    assertEquals(269_999, r.quarters().get(0).period().upperLimit().value());
    assertEquals(289_999, r.quarters().get(3).period().upperLimit().value());
    long sum = r.quarters().stream().mapToLong(QuarterResult::amountCents).sum();
    assertEquals(r.baseCents(), sum);
  }

  @Test
  @DisplayName("docs/law.md (d): other derived A(S) values")
  void derivedTable() {
    assertEquals(51714, calc(2021, allYear(2021, 190_000, "1", Regime.FULL_TIME)).baseCents());
    assertEquals(2001, calc(2021, allYear(2021, 249_999, "1", Regime.FULL_TIME)).baseCents());
    assertEquals(41667, calc(2022, allYear(2022, 220_000, "1", Regime.FULL_TIME).subList(0, 2)).baseCents() * 2 + 1);
    assertEquals(32500, calc(2023, allYear(2023, 250_000, "1", Regime.FULL_TIME)).baseCents());
    assertEquals(5001, calc(2025, allYear(2025, 311_499, "1", Regime.FULL_TIME)).baseCents());
  }

  @Test
  @DisplayName("docs/law.md (d): 2021 full-time at 2,000 for Q1-Q2 only -> 217.14 + 100")
  void halfYearOnly() {
    JobbonusResult r = calc(2021, allYear(2021, 200_000, "1", Regime.FULL_TIME).subList(0, 2));
    assertEquals(21714, r.baseCents());
    assertEquals(31714, r.totalCents());
  }

  @Test
  void explanationMentionsEveryStep() {
    String text = calc(2022, allYear(2022, 260_000, "1", Regime.FULL_TIME)).explain().toText();
    assertTrue(text.contains("2899.99"));
    assertTrue(text.contains("173.508"));
  }
}
