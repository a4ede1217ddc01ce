package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import be.jobbonus.core.calculation.EngineOracleTest;
import be.jobbonus.core.calculation.OracleCalculator;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Whole batches: many people at once, any number of threads, and the input domain. */
class BatchKernelBatchTest {

  record Row(Statuut statuut, Region residence, LocalDate birth, List<QuarterInput> quarters) {}

  static List<Row> population(int year, int persons, long seed) {
    Random random = new Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      Statuut statuut = random.nextInt(20) == 0 ? Statuut.APPRENTICE : Statuut.EMPLOYEE;
      Region residence = random.nextInt(10) == 0 ? Region.BRUSSELS_REGION : Region.FLEMISH_REGION;
      LocalDate birth = LocalDate.of(year - 70, 1, 1).plusDays(random.nextInt(365 * 50));
      List<QuarterInput> qs = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        if (random.nextInt(8) == 0) {
          continue;
        }
        int m = random.nextInt(3) == 0 ? 1 + random.nextInt(10_000) : 10_000;
        long monthly = 120_000 + random.nextInt(300_000);
        qs.add(QuarterInput.of(YearQuarter.of(year, q), monthly * 3 * m / 10_000, BigDecimal.valueOf(m, 4),
            m == 10_000 ? Regime.FULL_TIME : Regime.PART_TIME));
      }
      rows.add(new Row(statuut, residence, birth, qs));
    }
    return rows;
  }

  @Test
  void anyNumberOfThreadsGivesTheSameOutputAndTheOracleCents() throws Exception {
    int year = 2022;
    BatchKernel kernel = BatchKernel.of(ParameterSets.official(), year);
    List<Row> rows = population(year, 60_000, 3);
    BatchInput.Builder b = BatchInput.builder(rows.size());
    for (Row r : rows) {
      b.person(r.statuut(), r.residence(), kernel.firstQuarterAtPensionAge(r.birth()));
      r.quarters().forEach(b::quarter);
    }
    BatchInput in = b.build();
    BatchOutput one = BatchOutput.forInput(in);
    kernel.compute(in, one);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int threads : new int[] {2, 3, 7}) {
        BatchOutput many = BatchOutput.forInput(in);
        kernel.compute(in, many, threads);
        assertSameOutput(one, many);
      }
      BatchOutput parts = BatchOutput.forInput(in);
      kernel.compute(in, parts, pool, 13);
      assertSameOutput(one, parts);
    } finally {
      pool.shutdown();
    }
    OracleCalculator oracle = OracleCalculator.of(ParameterSets.official());
    Insz insz = Insz.parse("85073003328");
    int payable = 0;
    for (int p = 0; p < 3_000; p++) {
      Row r = rows.get(p);
      OracleCalculator.Result ref = oracle.calculate(
          Person.of(insz, "T", "T", r.statuut(), r.residence()).withBirthDate(r.birth()), year, r.quarters());
      EngineOracleTest.assertSameBatch(ref, kernel, one, p, in.recordStart(p), "person " + p);
      payable += ref.payable() ? 1 : 0;
    }
    assertTrue(payable > 1_000, "payable people in the sample: " + payable);
  }

  static void assertSameOutput(BatchOutput a, BatchOutput b) {
    assertArrayEquals(a.amountCents, b.amountCents);
    assertArrayEquals(a.status, b.status);
    assertArrayEquals(a.baseCents, b.baseCents);
    assertArrayEquals(a.fixedIncreaseCents, b.fixedIncreaseCents);
    assertArrayEquals(a.totalCents, b.totalCents);
    assertArrayEquals(a.flags, b.flags);
  }

  @Test
  void partitionsSplitTheRecordsEvenly() {
    BatchInput.Builder b = BatchInput.builder();
    for (int p = 0; p < 1000; p++) {
      b.person(Statuut.EMPLOYEE, Region.FLEMISH_REGION, 5);
      for (int q = 1; q <= 1 + p % 4; q++) {
        b.quarter(q, 100, 10_000, Regime.FULL_TIME);
      }
    }
    BatchInput in = b.build();
    int[] bounds = BatchKernel.partitionBounds(in, 4);
    assertEquals(0, bounds[0]);
    assertEquals(1000, bounds[4]);
    for (int i = 0; i < 4; i++) {
      int records = in.recordStart(bounds[i + 1]) - in.recordStart(bounds[i]);
      assertTrue(Math.abs(records - in.recordCount() / 4) <= 4, "partition " + i + ": " + records);
    }
  }

  @Test
  void inputOutsideTheDomainIsRefusedNamingTheRecordNotTheWage() {
    BatchInput.Builder b = BatchInput.builder();
    assertThrows(IllegalStateException.class, () -> b.quarter(1, 100, 10_000, Regime.FULL_TIME));
    b.person(Statuut.EMPLOYEE, Region.FLEMISH_REGION, 5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.quarter(1, 1_000_000_001L, 10_000, Regime.FULL_TIME));
    assertTrue(e.getMessage().startsWith("record 0:"), e.getMessage());
    assertFalse(e.getMessage().contains("1000000001"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.quarter(1, -1, 10_000, Regime.FULL_TIME));
    assertThrows(IllegalArgumentException.class, () -> b.quarter(1, 100, 10_001, Regime.FULL_TIME));
    assertThrows(IllegalArgumentException.class, () -> b.quarter(5, 100, 10_000, Regime.FULL_TIME));
    b.quarter(2, 100, 10_000, Regime.FULL_TIME);
    assertThrows(IllegalArgumentException.class, () -> b.quarter(2, 100, 10_000, Regime.FULL_TIME));
    assertThrows(IllegalArgumentException.class, () -> b.person(Statuut.EMPLOYEE, Region.FLEMISH_REGION, 6));
    IllegalArgumentException wrapped = assertThrows(IllegalArgumentException.class, () -> BatchInput.wrap(1,
        new int[] {0, 1}, new byte[] {0}, new byte[] {0}, new byte[] {5}, new byte[] {1}, new long[] {5},
        new short[] {10_001}, new byte[] {0}));
    assertTrue(wrapped.getMessage().contains("record 0"), wrapped.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BatchInput.wrap(1,
        new int[] {0, 5}, new byte[] {0}, new byte[] {0}, new byte[] {5}, new byte[5], new long[5],
        new short[5], new byte[5]));
    BatchInput in = b.build();
    assertThrows(IllegalArgumentException.class,
        () -> BatchKernel.of(ParameterSets.official(), 2024).compute(in, BatchOutput.of(0, 0)));
    assertThrows(be.jobbonus.core.parameters.UnknownReferenceYearException.class,
        () -> BatchKernel.of(ParameterSets.official(), YearsUnderTest.yearAfter(ParameterSets.official())));
  }

  @Test
  void pensionCutOffIsTheFirstQuarterStartingOnOrAfterThePensionDay() {
    BatchKernel kernel = BatchKernel.of(ParameterSets.official(), 2024);
    // born 1959-04-01: 65 on 2024-04-01, the first day of Q2, so Q2 no longer counts
    assertEquals(2, kernel.firstQuarterAtPensionAge(LocalDate.of(1959, 4, 1)));
    assertEquals(3, kernel.firstQuarterAtPensionAge(LocalDate.of(1959, 4, 2)));
    assertEquals(1, kernel.firstQuarterAtPensionAge(LocalDate.of(1958, 12, 31)));
    assertEquals(BatchInput.NO_PENSION_CUTOFF, kernel.firstQuarterAtPensionAge(LocalDate.of(1959, 10, 2)));
    assertEquals(BatchInput.NO_PENSION_CUTOFF, kernel.firstQuarterAtPensionAge(LocalDate.of(1990, 1, 1)));
  }
}
