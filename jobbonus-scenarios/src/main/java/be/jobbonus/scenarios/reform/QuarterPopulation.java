package be.jobbonus.scenarios.reform;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A small seeded population of quarter summaries for reform studies and tests: each member is
 * drawn from its own random stream ({@code seed}, index), so the population is the same in any
 * order and on any machine. Integer arithmetic only. Plausible, not calibrated: wages mostly
 * between 1,600 and 3,400 a month full-time equivalent, a tail up to 6,000; 70 % full-time all
 * year, 20 % part-time all year, 10 % part of the year; a few excluded categories and residents
 * of other regions. The INSZ are synthetic with valid check digits.
 *
 * @param referenceYear the reference year of every member's quarters
 * @param size the number of members
 * @param seed the seed they are drawn with
 */
public record QuarterPopulation(int referenceYear, int size, long seed) implements Population {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final int[] PART_TIME_FRACTIONS = {50, 60, 75, 80};

  public QuarterPopulation {
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative");
    }
    YearQuarter.of(referenceYear, 1);
  }

  /**
   * @throws IllegalArgumentException when {@code size} is negative
   */
  public static QuarterPopulation of(int referenceYear, int size, long seed) {
    return new QuarterPopulation(referenceYear, size, seed);
  }

  @Override
  public String description() {
    return String.format(Locale.ROOT, "synthetic quarter summaries, %,d workers, seed %d", size, seed);
  }

  @Override
  public String evidence() {
    return "A small synthetic population of quarter summaries: plausible, not calibrated; not a forecast.";
  }

  @Override
  public Stream<PersonYear> members() {
    return IntStream.range(0, size).mapToObj(this::member);
  }

  /** Member {@code i}, always the same for the same seed. */
  public PersonYear member(int i) {
    SplittableRandom r = new SplittableRandom(seed * GOLDEN + i * 0xBF58476D1CE4E5B9L + 1);
    int roll = r.nextInt(1000);
    Statuut statuut = roll < 960 ? Statuut.EMPLOYEE : roll < 980 ? Statuut.CIVIL_SERVANT
        : roll < 985 ? Statuut.CROSS_BORDER_WORKER : roll < 988 ? Statuut.DOCTORAL_GRANT_HOLDER
        : roll < 994 ? Statuut.STUDENT_SOLIDARITY : Statuut.APPRENTICE;
    int where = r.nextInt(100);
    Region residence = where < 93 ? Region.FLEMISH_REGION : where < 97 ? Region.BRUSSELS_REGION
        : where < 99 ? Region.WALLOON_REGION : Region.ABROAD;
    LocalDate birth = LocalDate.of(referenceYear - 18 - r.nextInt(49), 1, 1).plusDays(r.nextInt(365));
    Insz insz = SyntheticPopulation.insz(birth, i % 997 + 1);

    long fte = r.nextInt(100) < 90
        ? 80_000 + r.nextInt(90_001) + 80_000 + r.nextInt(90_001)
        : 340_000 + r.nextInt(260_001);
    int pattern = r.nextInt(100);
    List<QuarterInput> quarters = new ArrayList<>();
    int partFraction = PART_TIME_FRACTIONS[r.nextInt(PART_TIME_FRACTIONS.length)];
    int firstQuarter = 1 + r.nextInt(4);
    for (int q = 1; q <= 4; q++) {
      int hundredths;
      Regime regime;
      if (pattern < 70) {
        hundredths = 100;
        regime = Regime.FULL_TIME;
      } else if (pattern < 90) {
        hundredths = partFraction;
        regime = Regime.PART_TIME;
      } else {
        if (q < firstQuarter) {
          continue;
        }
        hundredths = 10 + r.nextInt(91);
        regime = hundredths == 100 ? Regime.FULL_TIME : Regime.PART_TIME;
      }
      // quarter wage = 3 x monthly FTE wage x fraction, half-up to the cent (integer arithmetic)
      long wage = (3 * fte * hundredths + 50) / 100;
      quarters.add(QuarterInput.of(YearQuarter.of(referenceYear, q), wage, BigDecimal.valueOf(hundredths, 2), regime));
    }
    Person p = Person.of(insz, "", "", statuut, residence).withBirthDate(birth);
    return PersonYear.of(p, quarters);
  }

  @Override
  public String toString() {
    return "QuarterPopulation[" + description() + "]";
  }
}
