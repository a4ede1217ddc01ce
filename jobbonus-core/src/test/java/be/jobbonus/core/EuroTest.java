package be.jobbonus.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

class EuroTest {
  @Test
  void formatsAndParsesCents() {
    assertEquals("434.29", Euro.format(43429));
    assertEquals("0.05", Euro.format(5));
    assertEquals("-0.05", Euro.format(-5));
    assertEquals(43429, Euro.parseCents("434.29"));
    assertEquals(1200, Euro.parseCents("12"));
    assertThrows(IllegalArgumentException.class, () -> Euro.parseCents("1.001"));
    assertThrows(IllegalArgumentException.class, () -> Euro.parseCents("abc"));
  }

  @Test
  void convertsToMonetaryAmountThroughTheJsr354Implementation() {
    MonetaryAmount a = Euro.of(43429);
    assertEquals("EUR", a.getCurrency().getCurrencyCode());
    assertEquals(0, new BigDecimal("434.29").compareTo(a.getNumber().numberValueExact(BigDecimal.class)));
    assertEquals(43429, Euro.toCents(a));
  }
}
