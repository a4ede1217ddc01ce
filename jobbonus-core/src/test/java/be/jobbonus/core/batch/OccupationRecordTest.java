package be.jobbonus.core.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.ParameterSets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The occupation record keeps every value within its DmfA zone whole, and the derivation reads a
 * record as it reads the same line's fields.
 */
class OccupationRecordTest {

  @Test
  void theLargestValuesOfEveryZoneComeBackWhole() {
    int n = OccupationRecord.MAX_ITEMS;
    int[] codes = new int[n];
    int[] days = new int[n];
    int[] hours = new int[n];
    int[] rc = new int[n];
    long[] amounts = new long[n];
    for (int i = 0; i < n; i++) {
      codes[i] = LineChecks.MAX_CODE - i;
      days[i] = Service.MAX_DAYS - i;
      hours[i] = Service.MAX_HOURS - i;
      rc[i] = i;
      amounts[i] = Remuneration.MAX_AMOUNT_CENTS - i;
    }
    int[] slab = new int[5 + OccupationRecord.MAX_SIZE];
    assertTrue(OccupationRecord.fits(4, 999, OccupationLine.MAX_DAYS_PER_WEEK, OccupationLine.MAX_WEEKLY_HOURS,
        OccupationLine.MAX_WEEKLY_HOURS, n, codes, days, hours, n, rc, amounts));
    int end = OccupationRecord.write(slab, 5, 4, 999, true, OccupationLine.MAX_DAYS_PER_WEEK,
        OccupationLine.MAX_WEEKLY_HOURS, OccupationLine.MAX_WEEKLY_HOURS - 1, n, codes, days, hours, n, rc, amounts);
    assertEquals(5 + OccupationRecord.MAX_SIZE, end);
    assertEquals(OccupationRecord.MAX_SIZE, OccupationRecord.size(slab, 5));
    assertEquals(4, OccupationRecord.quarter(slab, 5));
    assertEquals(999, OccupationRecord.workerCode(slab, 5));
    assertTrue(OccupationRecord.partTime(slab, 5));
    assertEquals(OccupationLine.MAX_DAYS_PER_WEEK, OccupationRecord.daysPerWeek(slab, 5));
    assertEquals(OccupationLine.MAX_WEEKLY_HOURS, OccupationRecord.meanWorkingHours(slab, 5));
    assertEquals(OccupationLine.MAX_WEEKLY_HOURS - 1, OccupationRecord.refMeanWorkingHours(slab, 5));
    for (int i = 0; i < n; i++) {
      assertEquals(codes[i], OccupationRecord.serviceCode(slab, 5, i));
      assertEquals(days[i], OccupationRecord.serviceDays(slab, 5, i));
      assertEquals(hours[i], OccupationRecord.serviceHours(slab, 5, i));
      assertEquals(rc[i], OccupationRecord.remunerationCode(slab, 5, i));
      assertEquals(amounts[i], OccupationRecord.remunerationAmount(slab, 5, i));
    }
  }

  @Test
  void aValueOutsideItsZoneDoesNotFit() {
    int[] none = new int[0];
    long[] noAmount = new long[0];
    assertFalse(OccupationRecord.fits(1, 1000, 500, 3800, 3800, 0, none, none, none, 0, none, noAmount));
    assertFalse(OccupationRecord.fits(1, 15, OccupationLine.MAX_DAYS_PER_WEEK + 1, 3800, 3800, 0, none, none, none, 0,
        none, noAmount));
    assertFalse(OccupationRecord.fits(1, 15, 500, 3800, 3800, 0, none, none, none, 1, new int[] {1},
        new long[] {Remuneration.MAX_AMOUNT_CENTS + 1}));
    assertFalse(OccupationRecord.fits(5, 15, 500, 3800, 3800, 0, none, none, none, 0, none, noAmount));
  }

  /** Random lines within the zones (refused or not): the record and the fields give the same derivation. */
  @Test
  void theDerivationReadsARecordAsTheLinesFields() {
    DmfaAccumulator byFields = DmfaAccumulator.of(ParameterSets.official(), 2024);
    DmfaAccumulator byRecord = byFields.copy();
    qt().withExamples(2000).forAll(longs().all(), integers().between(1, 6)).checkAssert((seed, lines) -> {
      Random r = new Random(seed);
      byFields.reset();
      byRecord.reset();
      int[] slab = new int[lines * OccupationRecord.MAX_SIZE];
      int at = 0;
      for (int l = 0; l < lines; l++) {
        int s = r.nextInt(4);
        int m = r.nextInt(4);
        int[] codes = new int[s];
        int[] days = new int[s];
        int[] hours = new int[s];
        for (int i = 0; i < s; i++) {
          codes[i] = r.nextBoolean() ? 1 : r.nextInt(LineChecks.MAX_CODE + 1);
          days[i] = r.nextInt(r.nextBoolean() ? 7000 : Service.MAX_DAYS + 1);
          hours[i] = r.nextBoolean() ? 0 : r.nextInt(50_000);
        }
        int[] rc = new int[m];
        long[] amounts = new long[m];
        for (int i = 0; i < m; i++) {
          rc[i] = r.nextBoolean() ? 1 : r.nextInt(LineChecks.MAX_CODE + 1);
          amounts[i] = r.nextBoolean() ? r.nextInt(2_000_000) : (long) (r.nextDouble() * Remuneration.MAX_AMOUNT_CENTS);
        }
        int q = 1 + r.nextInt(4);
        int worker = r.nextBoolean() ? 15 : r.nextInt(LineChecks.MAX_CODE + 1);
        boolean partTime = r.nextBoolean();
        int d = r.nextInt(OccupationLine.MAX_DAYS_PER_WEEK + 1);
        int mean = r.nextInt(OccupationLine.MAX_WEEKLY_HOURS + 1);
        int ref = r.nextInt(OccupationLine.MAX_WEEKLY_HOURS + 1);
        boolean a = byFields.addLine(q, worker, partTime, d, mean, ref, s, codes, days, hours, m, rc, amounts);
        int start = at;
        at = OccupationRecord.write(slab, at, q, worker, partTime, d, mean, ref, s, codes, days, hours, m, rc, amounts);
        assertEquals(at - start, OccupationRecord.size(slab, start));
        boolean b = byRecord.add(slab, start);
        assertEquals(a, b);
        if (!a) {
          assertEquals(byFields.refusal().field(), byRecord.refusal().field());
          assertEquals(byFields.refusal().reason(), byRecord.refusal().reason());
        }
      }
      boolean a = byFields.finish();
      assertEquals(a, byRecord.finish());
      if (a) {
        for (int q = 1; q <= 4; q++) {
          assertEquals(byFields.present(q), byRecord.present(q));
          assertEquals(byFields.wageCents(q), byRecord.wageCents(q));
          assertEquals(byFields.workFractionTenThousandths(q), byRecord.workFractionTenThousandths(q));
          assertEquals(byFields.fullTime(q), byRecord.fullTime(q));
        }
      }
    });
  }
}
