package be.jobbonus.notice;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.rules.message.VlabelMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The published example (docs/calculation.md §5 #1, README): 2021, full time all year at 2,000 € a
 * month: 108.57 a quarter (108.58 in one, largest remainder), 434.29 for the year, plus the fixed
 * increase of 100 = 534.29.
 */
final class PublishedExample {

  static final LocalDate DATE = LocalDate.of(2022, 11, 3);

  private PublishedExample() {}

  static VlabelMessage message() {
    return message("Peeters", "An");
  }

  /** The example's message for a person of another name (same INSZ, same year and wages). */
  static VlabelMessage message(String lastName, String firstName) {
    Person an = Person.of(Insz.parse("85073003328"), lastName, firstName, Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    List<QuarterInput> quarters = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      quarters.add(QuarterInput.of(YearQuarter.of(2021, q), 600_000, "1", Regime.FULL_TIME));
    }
    return VlabelMessage.from(JobbonusCalculator.official().calculate(an, 2021, quarters));
  }

  /** Every amount of the example's message, as Dutch writes it. */
  static List<String> dutchAmounts(VlabelMessage m) {
    List<String> out = new ArrayList<>(List.of("€ 534,29", "€ 434,29", "€ 100,00"));
    m.quarters().forEach(q -> {
      out.add(euro(q.wageCents()));
      out.add(euro(q.referenceMonthlyWageCents().getAsLong()));
      out.add(euro(q.baseAmountCents()));
      out.add(euro(q.amountCents()));
    });
    return out;
  }

  /** Cents as Dutch writes them, here for amounts below 10,000 €. */
  static String euro(long cents) {
    String whole = Long.toString(cents / 100);
    if (whole.length() > 3) {
      whole = whole.substring(0, whole.length() - 3) + "." + whole.substring(whole.length() - 3);
    }
    return "€ " + whole + "," + String.format("%02d", cents % 100);
  }
}
