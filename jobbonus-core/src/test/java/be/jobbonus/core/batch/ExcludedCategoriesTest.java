package be.jobbonus.core.batch;

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
import be.jobbonus.core.calculation.OracleCalculator;
import be.jobbonus.core.calculation.Reason;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.LineTrace;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.core.parameters.Interpretation;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.Status;
import be.jobbonus.core.text.Texts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The categories the decree excludes as the DmfA shows them (docs/dmfa.md §14, docs/calculation.md
 * §2, IP-declared-category): the table, the derivation's rule and the person's reason, with every
 * amount expected from the oracle on quarters written out by hand.
 */
class ExcludedCategoriesTest {

  static final ParameterSet OFFICIAL = ParameterSets.official();
  static final ParameterSet STATUUT_ONLY = ParameterSets.withOverrides(OFFICIAL, "statuut-only",
      Map.of("interpretation.excludedCategories", "STATUUT_ONLY"), "test");
  static final Insz INSZ = Insz.parse("85073003328");
  static final String EMPLOYER = "0123456749";
  static final Person EMPLOYEE = Person.of(INSZ, "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);

  // ------------------------------------------------------------------ the table

  @Test
  void theTableHoldsTheCategoriesWithSourceAndStatus() {
    DmfaExclusions t = DmfaExclusions.official();
    assertEquals(List.of("STUDENT_SOLIDARITY", "APPRENTICE", "MEDICAL_SPECIALIST_IN_TRAINING", "FLAT_RATE_SPORTSPERSON",
        "FLEXI_JOB"), t.categories().stream().map(DmfaExclusions.Category::id).toList());
    for (DmfaExclusions.Category c : t.categories()) {
      assertEquals(c, t.category(c.index()));
      assertFalse(c.markers().isEmpty(), c.id());
      // the article is the parameter set's, as every reason's
      assertTrue(OFFICIAL.citations().all().containsKey(c.citationKey()), c.id());
      // a name both languages have
      for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
        assertFalse(Texts.of(l).text("declaredCategory." + c.id()).isBlank());
      }
      for (DmfaExclusions.Marker m : c.markers()) {
        assertFalse(m.source().isBlank(), c.id());
        assertTrue(m.zone().matches("\\d{5}"), m.zone());
      }
      // each is an excluded statuut, but the flexi-job, which no statuut names
      assertEquals(!c.id().equals("FLEXI_JOB"), c.statuut().isPresent(), c.id());
      c.statuut().ifPresent(s -> assertFalse(OFFICIAL.eligibleCategories().value().contains(s), s.name()));
    }
  }

  @Test
  void theCodesAreTheGlossarysWithTheirQuarters() {
    DmfaExclusions t = DmfaExclusions.official();
    YearQuarter q = YearQuarter.of(2024, 1);
    assertEquals(Set.of(840, 841), codes(t, DmfaExclusions.Field.WORKER_CODE, "STUDENT_SOLIDARITY", q));
    assertEquals(Set.of(22, 27, 35, 47, 439, 487), codes(t, DmfaExclusions.Field.WORKER_CODE, "APPRENTICE", q));
    assertEquals(Set.of(22, 26, 27, 35, 47, 439, 487),
        codes(t, DmfaExclusions.Field.WORKER_CODE, "APPRENTICE", YearQuarter.of(2019, 1)));
    assertEquals(Set.of(1), codes(t, DmfaExclusions.Field.APPRENTICESHIP, "APPRENTICE", q));
    assertEquals(Set.of(1, 2, 3, 4, 5), codes(t, DmfaExclusions.Field.APPRENTICESHIP, "APPRENTICE", YearQuarter.of(2019, 3)));
    assertEquals(Set.of(72, 272, 372), codes(t, DmfaExclusions.Field.EMPLOYER_CLASS, "MEDICAL_SPECIALIST_IN_TRAINING", q));
    assertEquals(Set.of(70, 76, 176), codes(t, DmfaExclusions.Field.EMPLOYER_CLASS, "FLAT_RATE_SPORTSPERSON", q));
    assertEquals(Set.of(50, 450), codes(t, DmfaExclusions.Field.WORKER_CODE, "FLEXI_JOB", q));
    assertEquals(Set.of(), codes(t, DmfaExclusions.Field.WORKER_CODE, "FLEXI_JOB", YearQuarter.of(2015, 3)));
    // the ordinary codes are no category's
    assertTrue(t.marker(q, 495, 0, 0).isEmpty());
    assertTrue(t.marker(q, 15, OccupationLine.NO_EMPLOYER_CLASS, 0).isEmpty());
    // statuses: the glossary's own codes are S; what is read into them, I
    assertEquals(Status.S, t.category("STUDENT_SOLIDARITY").orElseThrow().markers().get(0).status());
    assertEquals(Status.I, t.category("FLEXI_JOB").orElseThrow().markers().get(0).status());
    assertEquals(Status.I, t.category("FLAT_RATE_SPORTSPERSON").orElseThrow().markers().get(0).status());
  }

  private static Set<Integer> codes(DmfaExclusions t, DmfaExclusions.Field f, String category, YearQuarter q) {
    Set<Integer> out = new TreeSet<>();
    for (int code = 0; code <= LineChecks.MAX_CODE; code++) {
      int wc = f == DmfaExclusions.Field.WORKER_CODE ? code : 495;
      int ec = f == DmfaExclusions.Field.EMPLOYER_CLASS ? code : 0;
      int ap = f == DmfaExclusions.Field.APPRENTICESHIP ? code : 0;
      if (ap > OccupationLine.MAX_APPRENTICESHIP) {
        continue;
      }
      var m = t.marker(q, wc, ec, ap);
      if (m.isPresent() && t.categoryOf(m.get()).id().equals(category) && m.get().field() == f) {
        out.add(code);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ the derivation

  static OccupationLine fullTime(int quarter, int workerCode, int employerClass, int apprenticeship, int[] serviceCodes,
      int[] days, int remunerationCode, long cents) {
    List<Service> services = new java.util.ArrayList<>();
    for (int i = 0; i < serviceCodes.length; i++) {
      services.add(Service.of(serviceCodes[i], days[i], days[i] * 76 / 10));
    }
    return new OccupationLine(INSZ, YearQuarter.of(2024, quarter), EMPLOYER, workerCode, Regime.FULL_TIME, 500, 3800,
        3800, services, List.of(Remuneration.of(remunerationCode, cents)), employerClass, apprenticeship);
  }

  /** An ordinary white-collar line: 65 days of code 1, a month's wage of {@code monthly} cents × 3. */
  static OccupationLine ordinary(int quarter, long monthly) {
    return fullTime(quarter, 495, 0, 0, new int[] {1}, new int[] {6500}, 1, 3 * monthly);
  }

  /** A student's solidarity-contribution record as the XML reader reads it: its worker code, nothing else. */
  static OccupationLine student(int quarter) {
    return new OccupationLine(INSZ, YearQuarter.of(2024, quarter), EMPLOYER, 841, Regime.FULL_TIME, 0, 0, 0, List.of(),
        List.of());
  }

  /** A flexi-job line: code-1 days, the wage under flexi code 22. */
  static OccupationLine flexi(int quarter, long cents) {
    return fullTime(quarter, 450, 0, 0, new int[] {1}, new int[] {3000}, 22, cents);
  }

  @Test
  void anExcludedLineCountsForNothingAndTheOthersAsAlone() {
    // 2024Q1: an ordinary line (65 days, 2,000.00 a month) and a student line; 2024Q3 a flexi line only
    Derivation d = DmfaDerivation.of(OFFICIAL).derive(List.of(ordinary(1, 200_000), student(1), flexi(3, 999_999)));
    assertEquals(List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 600_000, BigDecimal.ONE, Regime.FULL_TIME),
        // the flexi quarter is there, with nothing: neither its 30 days nor its 9,999.99
        QuarterInput.of(YearQuarter.of(2024, 3), 0, BigDecimal.ZERO, Regime.FULL_TIME)), d.inputs());
    assertTrue(d.excludedCategory().isEmpty(), "an ordinary line: the person is no excluded category");
    List<LineTrace> q1 = d.quarters().get(0).lines();
    assertEquals(LineTrace.Status.COUNTED, q1.get(0).status());
    assertEquals(LineTrace.Status.EXCLUDED_CATEGORY, q1.get(1).status());
    assertEquals("STUDENT_SOLIDARITY", q1.get(1).excludedCategory().orElseThrow());
    LineTrace f = d.quarters().get(1).lines().get(0);
    assertEquals("FLEXI_JOB", f.excludedCategory().orElseThrow());
    assertEquals(0, f.wageCents());
    assertEquals(0, f.denominator());
    // the explanation states the rule, the parameter and the input
    String text = d.toText();
    assertTrue(text.contains("EXCLUDED: category STUDENT_SOLIDARITY (decree 20 May 2022 art. 3 (S)): worker code 841"
        + " (zone 00037) is one of its codes in 2024Q1 [S: RSZ DmfA annex 2"), text);
    assertTrue(text.contains("EXCLUDED: category FLEXI_JOB (decree 20 May 2022 art. 3 (S)): worker code 450 (zone 00037)"
        + " is one of its codes in 2024Q3 [I: "), text);
    assertTrue(text.contains("IP-declared-category STATUUT_OR_DECLARATION [I]: neither its days nor its wage count"), text);
  }

  @Test
  void theMarkersOfTheOtherCategories() {
    DmfaDerivation d = DmfaDerivation.of(OFFICIAL);
    // an adult apprentice: ordinary worker code 015, apprentice type 1
    assertEquals("APPRENTICE", d.derive(List.of(fullTime(2, 15, 0, 1, new int[] {1}, new int[] {6500}, 1, 300_000)))
        .excludedCategory().orElseThrow());
    // a doctor in specialist training: employer class 072
    assertEquals("MEDICAL_SPECIALIST_IN_TRAINING", d.derive(List.of(fullTime(2, 493, 72, 0, new int[] {1},
        new int[] {6500}, 1, 900_000))).excludedCategory().orElseThrow());
    // a sportsperson with limited subjection: employer class 070
    assertEquals("FLAT_RATE_SPORTSPERSON", d.derive(List.of(fullTime(2, 494, 70, 0, new int[] {1}, new int[] {6500}, 1,
        900_000))).excludedCategory().orElseThrow());
    // a young manual worker in partial subjection: 027
    assertEquals("APPRENTICE", d.derive(List.of(fullTime(2, 27, 0, 0, new int[] {1}, new int[] {6500}, 1, 300_000)))
        .excludedCategory().orElseThrow());
    // lines of two categories: the first in the table's order names the person
    assertEquals("STUDENT_SOLIDARITY", d.derive(List.of(flexi(1, 10_000), student(2))).excludedCategory().orElseThrow());
    // an employer class not given is no marker
    assertTrue(d.derive(List.of(fullTime(2, 495, OccupationLine.NO_EMPLOYER_CLASS, 0, new int[] {1}, new int[] {6500}, 1,
        300_000))).excludedCategory().isEmpty());
  }

  @Test
  void nothingOfAnExcludedLineIsCheckedForTheDerivation() {
    DmfaDerivation d = DmfaDerivation.of(OFFICIAL);
    // a flexi line with an unknown service code and D = 0: nothing of it is used, so nothing refuses it
    OccupationLine odd = new OccupationLine(INSZ, YearQuarter.of(2024, 2), EMPLOYER, 450, Regime.FULL_TIME, 0, 0, 0,
        List.of(Service.of(7, 1000, 0)), List.of(Remuneration.of(999, 5_000)), 0, 0);
    assertEquals("FLEXI_JOB", d.derive(List.of(odd)).excludedCategory().orElseThrow());
    // its fields are checked as every line's
    assertThrows(InvalidOccupationLineException.class, () -> odd.withMarkers(1000, 0));
    InvalidOccupationLineException e = assertThrows(InvalidOccupationLineException.class, () -> odd.withMarkers(0, 10));
    assertEquals("apprenticeship", e.field());
    // under STATUUT_ONLY the same line is an ordinary one: its unknown service code refuses it
    assertThrows(InvalidOccupationLineException.class, () -> DmfaDerivation.of(STATUUT_ONLY).derive(List.of(odd)));
  }

  @Test
  void theAccumulatorOnRecordsAsTheReadersWriteThem() {
    DmfaAccumulator acc = DmfaAccumulator.of(OFFICIAL, 2024);
    int[] r = new int[OccupationRecord.MAX_SIZE];
    // employer class 272, apprentice type 0, S at its largest: the fields share a word and keep apart
    OccupationRecord.write(r, 0, 2, 495, 272, 0, false, 500, 3800, 6000, 1, new int[] {1}, new int[] {6500},
        new int[] {49400}, 1, new int[] {1}, new long[] {900_000});
    assertEquals(272, OccupationRecord.employerClass(r, 0));
    assertEquals(0, OccupationRecord.apprenticeship(r, 0));
    assertEquals(6000, OccupationRecord.refMeanWorkingHours(r, 0));
    acc.reset();
    assertTrue(acc.add(r, 0));
    assertTrue(acc.finish());
    assertEquals(DmfaExclusions.official().category("MEDICAL_SPECIALIST_IN_TRAINING").orElseThrow().index(),
        acc.excludedCategory());
    assertEquals(0, acc.wageCents(2));
    assertEquals(0, acc.workFractionTenThousandths(2));
    // a record written without markers: none
    OccupationRecord.write(r, 0, 2, 495, false, 500, 3800, 3800, 1, new int[] {1}, new int[] {6500},
        new int[] {49400}, 1, new int[] {1}, new long[] {900_000});
    assertEquals(OccupationLine.NO_EMPLOYER_CLASS, OccupationRecord.employerClass(r, 0));
    acc.reset();
    assertTrue(acc.add(r, 0));
    assertTrue(acc.finish());
    assertEquals(0, acc.excludedCategory());
    assertEquals(900_000, acc.wageCents(2));
  }

  // ------------------------------------------------------------------ the person: worked examples against the oracle

  @Test
  void countedAndExcludedLinesAreComputedFromTheCountedOnes() {
    JobbonusCalculator calc = JobbonusCalculator.of(OFFICIAL);
    // Q1 and Q2 ordinary at 2,000.00 a month, a student record in Q1, a flexi line in Q3
    JobbonusResult r = calc.calculateFromDmfa(EMPLOYEE, 2024,
        List.of(ordinary(1, 200_000), student(1), ordinary(2, 200_000), flexi(3, 500_000)));
    // the oracle on the quarters written out by hand: the excluded lines left out, the flexi quarter empty
    OracleCalculator.Result e = OracleCalculator.of(OFFICIAL).calculate(EMPLOYEE, 2024, List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 600_000, BigDecimal.ONE, Regime.FULL_TIME),
        QuarterInput.of(YearQuarter.of(2024, 2), 600_000, BigDecimal.ONE, Regime.FULL_TIME),
        QuarterInput.of(YearQuarter.of(2024, 3), 0, BigDecimal.ZERO, Regime.FULL_TIME)));
    assertEquals(e.totalCents(), r.totalCents());
    assertEquals(e.baseCents(), r.baseCents());
    // 2 × 650.00 / 4 = 325.00, + 50.00 fixed increase
    assertEquals(37_500, r.totalCents());
    assertEquals(e.reasons(), r.reasons());
    assertTrue(r.payable());
  }

  @Test
  void aPersonWithOnlyExcludedLinesGetsTheCategorysReason() {
    JobbonusCalculator calc = JobbonusCalculator.of(OFFICIAL);
    JobbonusResult r = calc.calculateFromDmfa(EMPLOYEE, 2024, List.of(student(1), student(3)));
    assertEquals(List.of(Reason.declaredCategory("STUDENT_SOLIDARITY")), r.reasons());
    Reason reason = r.reasons().get(0);
    assertEquals(ReasonCode.CATEGORY, reason.code());
    assertEquals("decree 20 May 2022 art. 3", reason.article());
    assertEquals("every DmfA line is of an excluded category, student on the solidarity contribution"
        + " (STUDENT_SOLIDARITY): neither its days nor its wage count", reason.message());
    assertEquals("elke DmfA-lijn is van een uitgesloten categorie, student met solidariteitsbijdrage (STUDENT_SOLIDARITY):"
        + " haar dagen en loon tellen niet mee", reason.message(Locale.forLanguageTag("nl")));
    assertFalse(r.eligible());
    assertEquals(0, r.totalCents());
    // the explanation's category step says it, with the interpretation point
    String text = r.explain().toText();
    assertTrue(text.contains("the DmfA declaration: every DmfA line is of an excluded category, student on the"
        + " solidarity contribution (STUDENT_SOLIDARITY)"), text);
    assertTrue(text.contains("IP-declared-category STATUUT_OR_DECLARATION [I: "), text);
    assertTrue(text.contains("NOT met: not a beneficiary category"), text);
    // a flexi-job worker earning 9,999.99 in the quarter: the category, never the maximum
    JobbonusResult f = calc.calculateFromDmfa(EMPLOYEE, 2024, List.of(flexi(2, 999_999)));
    assertEquals(List.of(Reason.declaredCategory("FLEXI_JOB")), f.reasons());
    assertEquals(0, f.totalCents());
  }

  @Test
  void statuutAndDeclarationDisagreeingTheExclusionWins() {
    JobbonusCalculator calc = JobbonusCalculator.of(OFFICIAL);
    // persons.csv says EMPLOYEE, the declaration a student on the solidarity contribution: the declaration excludes
    assertEquals(List.of(ReasonCode.CATEGORY),
        codes(calc.calculateFromDmfa(EMPLOYEE, 2024, List.of(student(1)))));
    // persons.csv says STUDENT_SOLIDARITY, the declaration an ordinary white-collar worker: the statuut excludes
    Person student = EMPLOYEE.withStatuut(Statuut.STUDENT_SOLIDARITY);
    JobbonusResult r = calc.calculateFromDmfa(student, 2024, List.of(ordinary(1, 200_000)));
    assertEquals(List.of(Reason.category(Statuut.STUDENT_SOLIDARITY)), r.reasons());
    assertEquals(0, r.totalCents());
    // both: the statuut's reason, once
    assertEquals(List.of(Reason.category(Statuut.STUDENT_SOLIDARITY)),
        calc.calculateFromDmfa(student, 2024, List.of(student(1))).reasons());
  }

  @Test
  void underStatuutOnlyTheDeclarationsMarkersAreNotRead() throws java.io.IOException {
    assertEquals(Interpretation.ExcludedCategories.STATUUT_ONLY,
        STATUUT_ONLY.interpretation().excludedCategories().value());
    JobbonusCalculator calc = JobbonusCalculator.of(STATUUT_ONLY);
    // an EMPLOYEE declared as a doctor in specialist training: computed from the line, as the oracle on its quarter
    OccupationLine doctor = fullTime(1, 493, 72, 0, new int[] {1}, new int[] {6500}, 1, 660_000);
    JobbonusResult r = calc.calculateFromDmfa(EMPLOYEE, 2024, List.of(doctor));
    OracleCalculator.Result e = OracleCalculator.of(STATUUT_ONLY).calculate(EMPLOYEE, 2024, List.of(
        QuarterInput.of(YearQuarter.of(2024, 1), 660_000, BigDecimal.ONE, Regime.FULL_TIME)));
    assertEquals(e.totalCents(), r.totalCents());
    assertTrue(r.totalCents() > 0);
    assertEquals(e.reasons(), r.reasons());
    // the statuut still excludes
    assertEquals(List.of(ReasonCode.CATEGORY), codes(calc.calculateFromDmfa(
        EMPLOYEE.withStatuut(Statuut.MEDICAL_SPECIALIST_IN_TRAINING), 2024, List.of(doctor))));
    // and a flexi line is an ordinary one again: its days without wage hold the person
    assertThrows(InvalidOccupationLineException.class, () -> calc.calculateFromDmfa(EMPLOYEE, 2024, List.of(flexi(2,
        999_999))));
    // a parameter file written before the point existed reads with the default
    String old = OFFICIAL.toJson().replaceAll(",\\s*\"excludedCategories\"\\s*:\\s*\\{[^}]*\\}", "");
    assertFalse(old.contains("excludedCategories"));
    java.nio.file.Path file = java.nio.file.Files.createTempFile("old-parameters", ".json");
    ParameterSet read;
    try {
      java.nio.file.Files.writeString(file, old);
      read = ParameterSets.load(file);
    } finally {
      java.nio.file.Files.delete(file);
    }
    assertEquals(Interpretation.ExcludedCategories.STATUUT_OR_DECLARATION,
        read.interpretation().excludedCategories().value());
    assertEquals(Status.I, read.interpretation().excludedCategories().status());
  }

  @Test
  void theBatchColumnsCarryTheCategoryAndTheKernelCountsItAsTheCategoryCondition() {
    DmfaAccumulator acc = DmfaAccumulator.of(OFFICIAL, 2024);
    acc.reset();
    assertTrue(acc.addLine(student(2)));
    assertTrue(acc.finish());
    BatchInput.Builder b = BatchInput.builder(2);
    b.person(EMPLOYEE, BatchInput.NO_PENSION_CUTOFF);
    b.quarters(acc);
    acc.reset();
    assertTrue(acc.addLine(ordinary(2, 200_000)));
    assertTrue(acc.finish());
    b.person(EMPLOYEE, BatchInput.NO_PENSION_CUTOFF);
    b.quarters(acc);
    BatchInput in = b.build();
    assertEquals(DmfaExclusions.official().category("STUDENT_SOLIDARITY").orElseThrow().index(), in.declaredCategory(0));
    assertEquals(0, in.declaredCategory(1));
    BatchKernel k = BatchKernel.of(OFFICIAL, 2024);
    BatchOutput out = BatchOutput.forInput(in);
    k.compute(in, out);
    assertEquals(1 << ReasonCode.CATEGORY.ordinal(), k.unmetConditions(in, out, 0));
    assertEquals(0, k.unmetConditions(in, out, 1));
    assertFalse(out.eligible(0));
    assertTrue(out.payable(1));
  }

  private static List<ReasonCode> codes(JobbonusResult r) {
    return r.reasons().stream().map(Reason::code).collect(Collectors.toList());
  }
}
