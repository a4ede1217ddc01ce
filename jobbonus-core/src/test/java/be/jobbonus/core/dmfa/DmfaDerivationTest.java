package be.jobbonus.core.dmfa;

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
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.testing.YearsUnderTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hand-computed derivations (docs/calculation.md §4). */
class DmfaDerivationTest {

  static final Insz INSZ = Insz.parse("85073003328");
  static final DmfaDerivation D = DmfaDerivation.of(ParameterSets.official());

  static OccupationLine ft(String q, String employer, int daysPerWeek, List<Service> s, List<Remuneration> r) {
    return OccupationLine.of(INSZ, YearQuarter.parse(q), employer, 495, Regime.FULL_TIME, daysPerWeek, 3800, 3800, s, r);
  }

  static OccupationLine pt(String q, String employer, int meanHours, int refHours, List<Service> s, List<Remuneration> r) {
    return OccupationLine.of(INSZ, YearQuarter.parse(q), employer, 495, Regime.PART_TIME, 300, meanHours, refHours, s, r);
  }

  static QuarterInput only(List<OccupationLine> lines) {
    List<QuarterInput> in = D.derive(lines).inputs();
    assertEquals(1, in.size());
    return in.get(0);
  }

  @Test
  @DisplayName("full-time, whole quarter: J = 65 days, D = 5 -> µ = 65 / (13 × 5) = 1.00")
  void fullTimeWholeQuarter() {
    QuarterInput q = only(List.of(ft("2024Q1", "0123456749", 500,
        List.of(Service.of(1, 6500, 49400)), List.of(Remuneration.of(1, 600_000)))));
    assertEquals(0, new BigDecimal("1").compareTo(q.workFraction()));
    assertEquals(600_000, q.wageCents());
    assertEquals(Regime.FULL_TIME, q.regime());
  }

  @Test
  @DisplayName("part-time: H = 247 h, S = 38 h -> µ = 247 / 494 = 0.50; sickness days and code 2 do not count")
  void partTime() {
    QuarterInput q = only(List.of(pt("2024Q2", "0123456749", 1900, 3800,
        List.of(Service.of(1, 3250, 24700), Service.of(50, 500, 1900)),
        List.of(Remuneration.of(1, 250_000), Remuneration.of(2, 90_000)))));
    assertEquals(new BigDecimal("0.5"), q.workFraction());
    assertEquals(250_000, q.wageCents());
    assertEquals(Regime.PART_TIME, q.regime());
  }

  @Test
  @DisplayName("0.005 rounds up: J = 38.74 days, D = 4 -> 3874 / 5200 = 0.745 -> 0.75; 0.7448… -> 0.74")
  void roundingHalfUp() {
    QuarterDerivation up = D.derive(List.of(ft("2024Q3", "0123456749", 400,
        List.of(Service.of(1, 3874, 0)), List.of(Remuneration.of(1, 100_000))))).quarters().get(0);
    assertEquals(new BigDecimal("0.75"), up.input().workFraction());
    assertEquals("0.745", up.exactWorkFractionText());
    QuarterInput down = only(List.of(ft("2024Q3", "0123456749", 400,
        List.of(Service.of(1, 3873, 0)), List.of(Remuneration.of(1, 100_000)))));
    assertEquals(new BigDecimal("0.74"), down.workFraction());
  }

  @Test
  @DisplayName("two employers add up: 32.5/65 + 123.5/494 = 0.5 + 0.25 = 0.75, W = 3000 + 1500, part-time regime")
  void severalEmployers() {
    QuarterInput q = only(List.of(
        ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 3250, 24700)), List.of(Remuneration.of(1, 300_000))),
        pt("2024Q1", "0987654321", 950, 3800, List.of(Service.of(1, 1625, 12350)), List.of(Remuneration.of(1, 150_000)))));
    assertEquals(new BigDecimal("0.75"), q.workFraction());
    assertEquals(450_000, q.wageCents());
    assertEquals(Regime.PART_TIME, q.regime());
  }

  @Test
  @DisplayName("cap at 1: 1 + 0.2 = 1.2 -> 1.00, the trace says capped")
  void capAtOne() {
    QuarterDerivation d = D.derive(List.of(
        ft("2024Q4", "0123456749", 500, List.of(Service.of(1, 6500, 0)), List.of(Remuneration.of(1, 600_000))),
        pt("2024Q4", "0987654321", 760, 3800, List.of(Service.of(1, 1300, 9880)), List.of(Remuneration.of(1, 80_000)))))
        .quarters().get(0);
    assertEquals(0, BigDecimal.ONE.compareTo(d.input().workFraction()));
    assertTrue(d.capped());
    assertEquals("1.2", d.exactWorkFractionText());
    assertEquals(680_000, d.input().wageCents());
    assertTrue(String.join("\n", d.toLines()).contains("capped at 1"));
  }

  /** A line covered by a termination indemnity (code 3), and an ordinary line, in one quarter. */
  static List<OccupationLine> indemnity(String q) {
    return List.of(
        ft(q, "0123456749", 500, List.of(Service.of(1, 3250, 0)), List.of(Remuneration.of(1, 300_000))),
        ft(q, "0123456749", 500, List.of(Service.of(1, 3250, 0)),
            List.of(Remuneration.of(3, 500_000), Remuneration.of(1, 10_000))));
  }

  @Test
  @DisplayName("termination indemnity, 2023Q2: the indemnity line counts for nothing -> µ 0.50, W 3000")
  void terminationIndemnityBefore() {
    QuarterDerivation d = D.derive(indemnity("2023Q2")).quarters().get(0);
    assertEquals(new BigDecimal("0.5"), d.input().workFraction());
    assertEquals(300_000, d.input().wageCents());
    assertEquals(LineTrace.Status.TERMINATION_INDEMNITY_NOT_COUNTED, d.lines().get(1).status());
  }

  @Test
  @DisplayName("termination indemnity, 2023Q3: its days count and code 3 is wage -> µ 1.00, W 3000 + 5000 + 100")
  void terminationIndemnityFrom2023Q3() {
    QuarterDerivation d = D.derive(indemnity("2023Q3")).quarters().get(0);
    assertEquals(0, BigDecimal.ONE.compareTo(d.input().workFraction()));
    assertEquals(810_000, d.input().wageCents());
    assertEquals(LineTrace.Status.COUNTED, d.lines().get(1).status());
  }

  @Test
  @DisplayName("a full-time line with counted services and D = 0 is refused, naming daysPerWeek")
  void zeroDaysPerWeek() {
    InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        ft("2024Q1", "0123456749", 0, List.of(Service.of(1, 6500, 0)), List.of(Remuneration.of(1, 1))))));
    assertEquals("daysPerWeek", e.field());
    // without counted services, D = 0 is fine (a line with sickness days only)
    QuarterInput q = only(List.of(ft("2024Q1", "0123456749", 0, List.of(Service.of(50, 6500, 0)), List.of())));
    assertEquals(0, q.workFraction().signum());
  }

  @Test
  @DisplayName("a counted service with 0 days and 0 hours is refused (DmfA: days >= 1)")
  void countedServiceWithoutDaysOrHoursIsRefused() {
    InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 6500, 0), Service.of(3, 0, 0)), List.of()))));
    assertEquals("services[1].days", e.field());
    assertTrue(e.getMessage().contains("counted service code 3"), e.getMessage());
    InvalidOccupationLineException pt = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        pt("2024Q1", "0123456749", 1900, 3800, List.of(Service.of(1, 0, 0)), List.of()))));
    assertEquals("services[0].days", pt.field());
    // a service that does not count may declare nothing: it is not read
    QuarterInput q = only(List.of(ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 6500, 0), Service.of(50, 0, 0)),
        List.of(Remuneration.of(1, 600_000)))));
    assertEquals(1, q.workFraction().signum());
  }

  @Test
  @DisplayName("a part-time line with counted services and S = 0 is refused, naming refMeanWorkingHours")
  void zeroReferenceHours() {
    InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        pt("2024Q1", "0123456749", 1900, 0, List.of(Service.of(1, 3250, 24700)), List.of()))));
    assertEquals("refMeanWorkingHours", e.field());
    InvalidOccupationLineException h = assertThrows(InvalidOccupationLineException.class, () -> D.derive(List.of(
        pt("2024Q1", "0123456749", 1900, 3800, List.of(Service.of(1, 3250, 0)), List.of()))));
    assertEquals("services[0].hours", h.field());
  }

  @Test
  @DisplayName("absurd values are refused with the field: 400 days in a quarter, 10^12 cents, a repeated code")
  void absurdValues() {
    InvalidOccupationLineException days = assertThrows(InvalidOccupationLineException.class,
        () -> ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 30000, 0), Service.of(5, 10000, 0)), List.of()));
    assertEquals("services", days.field());
    assertTrue(days.getMessage().contains("91 days"), days.getMessage());
    InvalidOccupationLineException wage = assertThrows(InvalidOccupationLineException.class,
        () -> Remuneration.of(1, 1_000_000_000_000L));
    assertEquals("amount", wage.field());
    InvalidOccupationLineException twice = assertThrows(InvalidOccupationLineException.class,
        () -> ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 100, 0), Service.of(1, 100, 0)), List.of()));
    assertEquals("services[1].code", twice.field());
    assertFalse(wage.getMessage().contains("1000000000000"));
  }

  @Test
  @DisplayName("quarters are kept apart and ordered; lines of two persons are refused")
  void quartersAndPersons() {
    Derivation d = D.derive(List.of(
        ft("2024Q3", "0123456749", 500, List.of(Service.of(1, 6500, 0)), List.of(Remuneration.of(1, 1000))),
        ft("2024Q1", "0123456749", 500, List.of(Service.of(1, 3250, 0)), List.of(Remuneration.of(1, 2000)))));
    assertEquals(List.of(YearQuarter.parse("2024Q1"), YearQuarter.parse("2024Q3")),
        d.quarters().stream().map(QuarterDerivation::quarter).toList());
    assertEquals(2000, d.inputs().get(0).wageCents());
    OccupationLine other = OccupationLine.of(Insz.parse("88022999990"), YearQuarter.parse("2024Q1"), "0123456749",
        495, Regime.FULL_TIME, 500, 3800, 3800, List.of(), List.of());
    assertThrows(IllegalArgumentException.class,
        () -> D.derive(List.of(ft("2024Q1", "0123456749", 500, List.of(), List.of()), other)));
  }

  @Test
  @DisplayName("the rules are data: teaching-staff worker codes flag a line; workFractionScale 4 gives 0.7448")
  void rulesAreData() {
    var set = ParameterSets.withOverrides(ParameterSets.official(), "test",
        java.util.Map.of("dmfa[2024-01-01].teachingStaffWorkerCodes", "495", "interpretation.workFractionScale", "4"), "test");
    DmfaDerivation d = DmfaDerivation.of(set);
    QuarterDerivation q = d.derive(List.of(ft("2024Q3", "0123456749", 400,
        List.of(Service.of(1, 3873, 0)), List.of(Remuneration.of(1, 100_000))))).quarters().get(0);
    assertTrue(q.teachingStaffFlagged());
    assertTrue(String.join("\n", q.toLines()).contains("FLAG: temporary teaching staff"));
    assertEquals(new BigDecimal("0.7448"), q.input().workFraction());
    assertFalse(D.derive(List.of(ft("2024Q3", "0123456749", 400, List.of(Service.of(1, 3873, 0)),
        List.of(Remuneration.of(1, 100_000))))).quarters().get(0).teachingStaffFlagged());
  }

  @Test
  @DisplayName("a quarter without DmfA rules in the parameter set is refused")
  void unknownQuarter() {
    assertThrows(UnknownReferenceYearException.class, () -> D.derive(List.of(
        ft(YearsUnderTest.yearBefore(ParameterSets.official()) + "Q1", "0123456749", 500, List.of(Service.of(1, 6500, 0)),
            List.of()))));
  }

  @Test
  @DisplayName("derived inputs feed the calculator: 2024 full-time at 2,000 €/month -> 650 + 50")
  void endToEnd() {
    List<OccupationLine> lines = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      lines.add(ft("2024Q" + q, "0123456749", 500, List.of(Service.of(1, 6500, 0)), List.of(Remuneration.of(1, 600_000))));
    }
    Derivation d = D.derive(lines);
    Person p = Person.of(INSZ, "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    JobbonusResult r = JobbonusCalculator.official().calculate(p, 2024, d.inputs());
    assertEquals(65_000, r.baseCents());
    assertEquals(70_000, r.totalCents());
    assertTrue(d.toText().contains("µ_line = J / (13 × D) = 65.00 / (13 × 5.00) = 1"), d.toText());
  }
}
