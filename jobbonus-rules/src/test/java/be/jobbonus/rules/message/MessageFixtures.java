package be.jobbonus.rules.message;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

final class MessageFixtures {
  static final JobbonusCalculator CALC = JobbonusCalculator.official();
  static final Person AN = Person.of(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE,
      Region.FLEMISH_REGION).withBirthDate(LocalDate.of(1985, 7, 30));

  static JobbonusResult fullYear2024() {
    List<QuarterInput> qs = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      qs.add(QuarterInput.of(YearQuarter.of(2024, q), 600_000, "1", Regime.FULL_TIME));
    }
    return CALC.calculate(AN, 2024, qs);
  }

  static String line() {
    return VlabelMessage.from(fullYear2024()).toJson();
  }

  private MessageFixtures() {}
}
