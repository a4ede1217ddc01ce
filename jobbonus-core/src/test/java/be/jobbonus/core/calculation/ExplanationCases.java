package be.jobbonus.core.calculation;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import java.util.ArrayList;
import java.util.List;

/**
 * Results whose explanations together pass every step and reason: payable full-time and part-time,
 * a wage above the limit, the pension age, below the minimum payable, not a beneficiary (category,
 * residence, no performance). {@link #main} prints their English explanations, the form recorded in
 * {@code explanations-en.txt} from the release before the words became data.
 */
final class ExplanationCases {

  static final String SEPARATOR = "=====";

  private ExplanationCases() {}

  static List<JobbonusResult> all() {
    JobbonusCalculator calc = JobbonusCalculator.official();
    Person an = Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    Person old = Person.of(Insz.parse("58031500112"), "Janssens", "Jan", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    Person away = Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.APPRENTICE, Region.BRUSSELS_REGION);
    List<JobbonusResult> out = new ArrayList<>();
    out.add(calc.calculate(an, 2021, allYear(2021, 200_000, "1", Regime.FULL_TIME)));
    out.add(calc.calculate(an, 2024, List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 300_000, "0.5", Regime.PART_TIME),
        QuarterInput.of(YearQuarter.of(2024, 2), 0, "0", Regime.PART_TIME),
        QuarterInput.of(YearQuarter.of(2024, 3), 780_000, "0.7725", Regime.PART_TIME))));
    out.add(calc.calculate(an, 2023, List.of(
        QuarterInput.of(YearQuarter.of(2023, 1), 1_200_000, "1", Regime.FULL_TIME),
        QuarterInput.of(YearQuarter.of(2023, 2), 540_000, "1", Regime.FULL_TIME))));
    out.add(calc.calculate(old, 2023, allYear(2023, 190_000, "1", Regime.FULL_TIME)));
    out.add(calc.calculate(an, 2022, List.of(
        QuarterInput.of(YearQuarter.of(2022, 4), 80_000, "0.1", Regime.PART_TIME))));
    out.add(calc.calculate(away, 2022, allYear(2022, 200_000, "1", Regime.FULL_TIME)));
    out.add(calc.calculate(an, 2025, List.of(
        QuarterInput.of(YearQuarter.of(2025, 1), 0, "0", Regime.FULL_TIME))));
    return out;
  }

  static List<QuarterInput> allYear(int year, long monthlyCents, String fraction, Regime regime) {
    List<QuarterInput> qs = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      qs.add(QuarterInput.of(YearQuarter.of(year, q), monthlyCents * 3, fraction, regime));
    }
    return qs;
  }

  /** The English explanations, each followed by a separator line. */
  public static void main(String[] args) {
    StringBuilder b = new StringBuilder();
    for (JobbonusResult r : all()) {
      b.append(r.explain().toText()).append(SEPARATOR).append('\n');
    }
    System.out.print(b);
  }
}
