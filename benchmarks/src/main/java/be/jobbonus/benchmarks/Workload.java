package be.jobbonus.benchmarks;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic, deterministic population of one reference year for the benchmarks: wages spread
 * over and around the degressive band, 25% part-time, some quarters without work, a few excluded
 * categories, residents elsewhere and people at pension age. No real person.
 */
final class Workload {

  static final Insz INSZ = Insz.parse("85073003328");

  /** One person: the reference calculator's input. */
  record Row(Person person, List<QuarterInput> quarters) {}

  final int year;
  final List<Row> rows;
  final BatchInput batch;

  private Workload(int year, List<Row> rows, BatchInput batch) {
    this.year = year;
    this.rows = rows;
    this.batch = batch;
  }

  /** {@code persons} people of {@code year}; with {@code withRows} false only the columns are kept (large runs). */
  static Workload generate(BatchKernel kernel, int persons, long seed, boolean withRows) {
    int year = kernel.referenceYear();
    SplittableRandom random = new SplittableRandom(seed);
    List<Row> rows = withRows ? new ArrayList<>(persons) : null;
    BatchInput.Builder b = BatchInput.builder(persons);
    List<QuarterInput> qs = new ArrayList<>(4);
    for (int p = 0; p < persons; p++) {
      int c = random.nextInt(100);
      Statuut statuut = c < 3 ? Statuut.STUDENT_SOLIDARITY : c < 4 ? Statuut.APPRENTICE
          : c < 6 ? Statuut.CIVIL_SERVANT : Statuut.EMPLOYEE;
      int r = random.nextInt(100);
      Region residence = r < 88 ? Region.FLEMISH_REGION : r < 94 ? Region.BRUSSELS_REGION : Region.WALLOON_REGION;
      LocalDate birth = LocalDate.of(year - 67, 1, 1).plusDays(random.nextInt(365 * 48));
      boolean partTime = random.nextInt(4) == 0;
      int m = partTime ? 2_000 + random.nextInt(7_000) : 10_000;
      // full-time-equivalent monthly wage: 1,200-6,000 euro, denser around the band
      long monthly = random.nextInt(3) == 0 ? 120_000 + random.nextInt(480_000) : 170_000 + random.nextInt(160_000);
      qs.clear();
      for (int q = 1; q <= 4; q++) {
        if (random.nextInt(10) == 0) {
          continue; // no work that quarter
        }
        int mq = random.nextInt(20) == 0 ? random.nextInt(10_001) : m;
        long wage = Math.min(QuarterInput.MAX_WAGE_CENTS, (monthly + random.nextInt(20_000)) * 3 * mq / 10_000);
        Regime regime = mq == 10_000 && !partTime ? Regime.FULL_TIME : Regime.PART_TIME;
        qs.add(QuarterInput.of(YearQuarter.of(year, q), wage, BigDecimal.valueOf(mq, 4), regime));
      }
      b.person(statuut, residence, kernel.firstQuarterAtPensionAge(birth));
      for (QuarterInput q : qs) {
        b.quarter(q);
      }
      if (withRows) {
        rows.add(new Row(Person.of(INSZ, "Synthetic", "Person", statuut, residence).withBirthDate(birth), List.copyOf(qs)));
      }
    }
    return new Workload(year, rows, b.build());
  }
}
