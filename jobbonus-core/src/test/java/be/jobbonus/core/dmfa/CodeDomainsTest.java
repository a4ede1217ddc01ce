package be.jobbonus.core.dmfa;

import static be.jobbonus.core.dmfa.DmfaDerivationTest.D;
import static be.jobbonus.core.dmfa.DmfaDerivationTest.ft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.batch.DmfaDomains;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The codes of DmfA annexes 7 and 8 as data, and work without wage (docs/dmfa.md §4.3, §7, §8):
 * a quarter with counted days and no wage is never paid the maximum, and a code the DmfA does not
 * know, with days or an amount, refuses its line.
 */
class CodeDomainsTest {

  @Test
  @DisplayName("65 days of code 1 and 9,999.99 only as a flexi wage (code 22): held, never the maximum")
  void workWithoutWageIsHeld() {
    InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        ft("2024Q2", "0123456749", 500, List.of(Service.of(1, 6500, 49400)), List.of(Remuneration.of(22, 999_999))))));
    assertEquals("remunerations", e.field());
    assertTrue(e.reason().startsWith("2024Q2: days of work count (a work fraction above 0) but no amount is declared"
        + " under a wage code [1]"), e.reason());
    assertFalse(e.reason().contains("9999"), "no amount in a reason");
    // the same days with a wage of code 1 in another line of the quarter: computed
    assertEquals(1, D.derive(List.of(
        ft("2024Q2", "0123456749", 500, List.of(Service.of(1, 6500, 49400)), List.of(Remuneration.of(22, 999_999))),
        ft("2024Q2", "1234567401", 500, List.of(), List.of(Remuneration.of(1, 100_000))))).inputs().size());
    // no counted days and no wage (sickness only): a quarter without work, not a refusal
    assertEquals(0, D.derive(List.of(ft("2024Q2", "0123456749", 500, List.of(Service.of(50, 6500, 49400)),
        List.of()))).inputs().get(0).wageCents());
  }

  @Test
  @DisplayName("an unknown remuneration code with an amount, or service code with days, refuses the line")
  void unknownCodesRefuseTheLine() {
    InvalidOccupationLineException r = assertThrows(InvalidOccupationLineException.class, () -> D.check(
        ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 6500, 49400)),
            List.of(Remuneration.of(1, 100_000), Remuneration.of(999, 999_999)))));
    assertEquals("remunerations[1].code", r.field());
    assertTrue(r.reason().startsWith("remuneration code 999 is not a remuneration code of DmfA annex 7 in 2024Q1"),
        r.reason());
    InvalidOccupationLineException s = assertThrows(InvalidOccupationLineException.class, () -> D.check(
        ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 6000, 45600), Service.of(7, 500, 3800)),
            List.of(Remuneration.of(1, 100_000)))));
    assertEquals("services[1].code", s.field());
    // an unknown code with nothing declared under it changes nothing: accepted
    D.check(ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 6500, 49400)),
        List.of(Remuneration.of(1, 100_000), Remuneration.of(999, 0))));
    // code 77 (corona temporary unemployment) was a code from 2020Q2 to 2022Q2 only
    D.check(ft("2022Q2", "0123456749", 500, List.of(Service.of(1, 3000, 22800), Service.of(77, 3500, 26600)),
        List.of(Remuneration.of(1, 100_000))));
    assertThrows(InvalidOccupationLineException.class, () -> D.check(ft("2022Q3", "0123456749", 500,
        List.of(Service.of(1, 3000, 22800), Service.of(77, 3500, 26600)), List.of(Remuneration.of(1, 100_000)))));
  }

  @Test
  void theDomainsAreDataWithSourceAndStatus() {
    DmfaDomains d = DmfaDomains.official();
    YearQuarter q = YearQuarter.parse("2024Q1");
    for (int code : new int[] {1, 2, 3, 4, 5, 10, 12, 20, 50, 70, 72}) {
      assertTrue(d.serviceCodes().known(code, q), "service code " + code);
    }
    for (int code : new int[] {1, 2, 3, 4, 10, 22, 23, 51}) {
      assertTrue(d.remunerationCodes().known(code, q), "remuneration code " + code);
    }
    assertFalse(d.serviceCodes().known(0, q));
    assertFalse(d.serviceCodes().known(301, q), "code 301 is not a DmfA code since 2022");
    assertFalse(d.remunerationCodes().known(30, q), "code 30 is not for the DmfA");
    assertTrue(d.serviceCodes().source().contains("annex 8"));
    assertTrue(d.remunerationCodes().source().contains("annex 7"));
    // identifiers (zones 00011 and 00014)
    assertTrue(d.enterpriseNumber(1234567401L));
    assertTrue(d.enterpriseNumber(448163259L));
    assertFalse(d.enterpriseNumber(2048163215L), "the first digit is 0 or 1");
    assertFalse(d.enterpriseNumber(1234567402L), "check digits");
    assertTrue(d.enterpriseNumber(1999999943L), "the schema's largest");
    assertTrue(d.nossNumber(100006) && d.nossNumber(199999934) && !d.nossNumber(100005) && !d.nossNumber(199999935));
  }
}
