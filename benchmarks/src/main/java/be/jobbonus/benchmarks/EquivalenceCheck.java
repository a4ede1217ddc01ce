package be.jobbonus.benchmarks;

import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * The randomized large check: {@code records} quarter records (default 10,000,000) of random people,
 * biased to the limits (S at OG, OG + 0.01, BG, BG + 0.01; µ = 0, 1, 0.0001; pension cut-offs;
 * excluded people), over all years 2021-2025 and over the official set and its alternative
 * readings, computed by the kernel and by the reference calculator and compared to the cent.
 * {@code java -cp benchmarks.jar be.jobbonus.benchmarks.EquivalenceCheck [records] [seed]}; exits 1
 * on the first difference.
 */
public final class EquivalenceCheck {

  private EquivalenceCheck() {}

  static List<ParameterSet> sets() {
    ParameterSet official = ParameterSets.official();
    List<ParameterSet> sets = new ArrayList<>();
    sets.add(official);
    sets.add(ParameterSets.withOverrides(official, "per-quarter", Map.of("interpretation.rounding", "PER_QUARTER"), "check"));
    sets.add(ParameterSets.withOverrides(official, "line-to-bg", Map.of("interpretation.degressiveLineEnd", "UPPER_LIMIT"), "check"));
    sets.add(ParameterSets.withOverrides(official, "complete", Map.of(
        "interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE",
        "interpretation.rounding", "PER_QUARTER", "interpretation.degressiveLineEnd", "UPPER_LIMIT"), "check"));
    Map<String, String> wide = new LinkedHashMap<>();
    for (String from : new String[] {"2021-01-01", "2022-01-01", "2022-07-01", "2023-01-01", "2024-01-01", "2025-01-01"}) {
      wide.put("periods[" + from + "].lowerLimit", "0.01");
      wide.put("periods[" + from + "].upperLimit", "1000000.00");
      wide.put("periods[" + from + "].maxAmount", "100000.00");
      wide.put("periods[" + from + "].minAmount", "0.00");
    }
    sets.add(ParameterSets.withOverrides(official, "extreme-wide", wide, "check"));
    return sets;
  }

  record Row(Person person, List<QuarterInput> quarters) {}

  static List<Row> people(ParameterSet set, int year, int persons, SplittableRandom random) {
    List<Row> rows = new ArrayList<>(persons);
    for (int p = 0; p < persons; p++) {
      int c = random.nextInt(12);
      Statuut statuut = c < 4 ? Statuut.values()[c] : c < 8 ? Statuut.EMPLOYEE : Statuut.values()[c - 4];
      int r = random.nextInt(8);
      Region residence = r < 4 ? Region.FLEMISH_REGION : Region.values()[r - 3];
      LocalDate birth = random.nextInt(3) == 0
          ? LocalDate.of(year - 67, 1, 1).plusDays(random.nextInt(365 * 4 + 1))
          : LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 45));
      List<QuarterInput> qs = new ArrayList<>(4);
      for (int q = 1; q <= 4; q++) {
        if (random.nextInt(8) == 0) {
          continue;
        }
        YearQuarter yq = YearQuarter.of(year, q);
        Period period = set.periodFor(yq);
        int m = switch (random.nextInt(8)) {
          case 0, 1 -> 10_000;
          case 2 -> 0;
          case 3 -> 1;
          case 4, 5 -> 1 + random.nextInt(10_000);
          case 6 -> 5_000;
          default -> 1 + random.nextInt(100);
        };
        long og = period.lowerLimit().value();
        long bg = period.upperLimit().value();
        long w = switch (random.nextInt(10)) {
          case 0 -> random.nextLong(QuarterInput.MAX_WAGE_CENTS + 1);
          case 1 -> 3L * m * og / 10_000;
          case 2 -> (3L * m * og + 9_999) / 10_000;
          case 3 -> (3L * m * (og + 1) + 9_999) / 10_000;
          case 4 -> 3L * m * bg / 10_000;
          case 5 -> (3L * m * (bg + 1) + 9_999) / 10_000;
          default -> random.nextLong(3L * m * (bg + bg / 5) / 10_000 + 2);
        };
        w = Math.max(0, Math.min(QuarterInput.MAX_WAGE_CENTS, w + (random.nextInt(4) == 0 ? random.nextInt(3) - 1 : 0)));
        Regime regime = random.nextInt(3) < 2 ? Regime.FULL_TIME : Regime.PART_TIME;
        qs.add(QuarterInput.of(yq, w, BigDecimal.valueOf(m, 4), regime));
      }
      rows.add(new Row(Person.of(Workload.INSZ, "Check", "Person", statuut, residence).withBirthDate(birth), qs));
    }
    return rows;
  }

  /** Checks one chunk; returns the records checked, or throws on the first difference. */
  static long checkChunk(ParameterSet set, int year, int persons, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Row> rows = people(set, year, persons, random);
    BatchKernel kernel = BatchKernel.of(set, year);
    BatchInput.Builder b = BatchInput.builder(persons);
    for (Row r : rows) {
      b.person(r.person().statuut(), r.person().residence(), kernel.firstQuarterAtPensionAge(r.person().birthDate().orElseThrow()));
      r.quarters().forEach(b::quarter);
    }
    BatchInput in = b.build();
    BatchOutput out = BatchOutput.forInput(in);
    kernel.compute(in, out);
    JobbonusCalculator calc = JobbonusCalculator.of(set);
    for (int p = 0; p < persons; p++) {
      Row r = rows.get(p);
      JobbonusResult ref = calc.calculate(r.person(), year, r.quarters());
      boolean same = ref.baseCents() == out.baseCents(p) && ref.fixedIncreaseCents() == out.fixedIncreaseCents(p)
          && ref.totalCents() == out.totalCents(p) && ref.payable() == out.payable(p) && ref.eligible() == out.eligible(p);
      for (int i = 0; same && i < r.quarters().size(); i++) {
        same = ref.quarters().get(i).amountCents() == out.amountCents(in.recordStart(p) + i)
            && ref.quarters().get(i).counted() == out.counted(in.recordStart(p) + i);
      }
      if (!same) {
        throw new AssertionError("kernel differs from the reference: set " + set.id() + ", year " + year
            + ", chunk seed " + seed + ", person " + p);
      }
    }
    return in.recordCount();
  }

  public static void main(String[] args) {
    long target = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026L;
    List<ParameterSet> sets = sets();
    int chunkPersons = 20_000;
    long chunks = target / (chunkPersons * 3L) + 1; // about 3.1 records a person
    AtomicLong records = new AtomicLong();
    AtomicLong persons = new AtomicLong();
    long t0 = System.nanoTime();
    try {
      IntStream.range(0, (int) chunks).parallel().forEach(c -> {
        if (records.get() >= target) {
          return;
        }
        ParameterSet set = sets.get(c % sets.size());
        int year = 2021 + (c / sets.size()) % 5;
        records.addAndGet(checkChunk(set, year, chunkPersons, seed * 1_000_003L + c));
        persons.addAndGet(chunkPersons);
      });
    } catch (AssertionError e) {
      System.out.println("FAILED: " + e.getMessage());
      System.exit(1);
    }
    System.out.printf("kernel = reference to the cent: %,d quarter records of %,d people, %d parameter sets x 2021-2025, seed %d (%.0f s)%n",
        records.get(), persons.get(), sets.size(), seed, (System.nanoTime() - t0) / 1e9);
  }
}
