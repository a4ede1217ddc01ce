package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuarterInputTest {
  static final YearQuarter Q = YearQuarter.of(2024, 2);

  @Test
  void refusesNegativeWage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuarterInput.of(Q, -1, "1", Regime.FULL_TIME));
    assertEquals("2024Q2: wage must not be negative", e.getMessage());
  }

  @Test
  void refusesAbsurdWage() {
    assertThrows(IllegalArgumentException.class, () -> QuarterInput.of(Q, 1_000_000_000_000L, "1", Regime.FULL_TIME));
  }

  @Test
  void refusesWorkFractionOutsideZeroOne() {
    for (String f : new String[] {"-0.01", "1.0001", "2"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> QuarterInput.of(Q, 100, f, Regime.PART_TIME));
      assertTrue(e.getMessage().startsWith("2024Q2: work fraction must be between 0 and 1"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> QuarterInput.of(Q, 100, "0.12345", Regime.PART_TIME));
    assertThrows(IllegalArgumentException.class, () -> QuarterInput.of(Q, 100, "half", Regime.PART_TIME));
  }

  @Test
  void keepsFractionExactAndHidesWage() {
    QuarterInput q = QuarterInput.of(Q, 612_345, new BigDecimal("0.7700"), Regime.PART_TIME);
    assertEquals(new BigDecimal("0.77"), q.workFraction());
    assertEquals(7700, q.workFractionTenThousandths());
    assertFalse(q.toString().contains("612"));
    assertEquals(QuarterInput.of(Q, 612_345, "0.77", Regime.PART_TIME), q);
  }
}
