package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.OracleCalculator;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.Outcome;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RunCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrections ({@code DmfAUpdate}) applied to their originals by worker record (docs/dmfa.md §13,
 * "Corrections"). Every expected amount is the test oracle's ({@link OracleCalculator}: exact
 * rational arithmetic, not the engine) on the quarters the test states by hand from what each
 * correction says: full-time occupations of 65 days of 65 (µ = 1 each, capped at 1 a quarter) and
 * the wage of the version that applies.
 */
class CorrectionsTest {

  /** Valid INSZ numbers (examples/persons.csv). */
  static final String A = "85073003328";
  static final String B = "90021514251";
  static final String C = "78061107712";
  static final String D = "01092303567";
  private static final int YEAR = 2024;
  private static final OracleCalculator ORACLE = OracleCalculator.of(ParameterSets.official());
  private static final String[] ALL = {A, B, C, D};
  private static final String PERSONS = "insz,last_name,first_name,birth_date,statuut,residence\n"
      + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n"
      + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n"
      + C + ",Maes,Jan,,EMPLOYEE,FLEMISH_REGION\n"
      + D + ",Wouters,Els,,EMPLOYEE,FLEMISH_REGION\n";

  @TempDir
  Path tmp;

  // ------------------------------------------------------------------ documents

  /** An original declaration of employer 1234567401 for {@code quarter}. */
  static String original(String quarter, String... persons) {
    return doc(quarter, persons).replace("<TypeForm>SU</TypeForm>", "<FormCreationDate>2024-04-15</FormCreationDate>\n"
        + "  <FormCreationHour>08:00:00.000</FormCreationHour>\n  <AttestationStatus>0</AttestationStatus>\n"
        + "  <TypeForm>SU</TypeForm>");
  }

  /**
   * A correction of employer 1234567401's declaration of {@code quarter} (its PID {@code pid}), made
   * at {@code date} {@code hour}, shaped as {@code DmfAUpdate_20223.xsd} says: Form, then
   * EmployerDeclarationUpdate with its PID, NaturalPersonUpdate with its PIDs, WorkerRecordUpdate
   * with LastSituationWR and WorkerRecordUpdateAction.
   */
  static String update(String quarter, String pid, String date, String hour, String... persons) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<DmfAUpdate xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"DmfAUpdate_20223.xsd\">\n <Form>\n")
        .append("  <Identification>DMFAUPD</Identification>\n")
        .append("  <FormCreationDate>").append(date).append("</FormCreationDate>\n")
        .append("  <FormCreationHour>").append(hour).append("</FormCreationHour>\n")
        .append("  <AttestationStatus>0</AttestationStatus>\n  <TypeForm>SU</TypeForm>\n")
        .append("  <Reference><ReferenceType>1</ReferenceType><ReferenceOrigin>1</ReferenceOrigin>")
        .append("<ReferenceNbr>CORR-").append(pid).append("</ReferenceNbr></Reference>\n")
        .append("  <EmployerDeclarationUpdate>\n   <Quarter>").append(quarter).append("</Quarter>\n")
        .append("   <NOSSRegistrationNbr>000000000</NOSSRegistrationNbr>\n   <Trusteeship>0</Trusteeship>\n")
        .append("   <CompanyID>1234567401</CompanyID>\n")
        .append("   <EmployerDeclarationPID>").append(pid).append("</EmployerDeclarationPID>\n")
        .append("   <Justification>wage corrected</Justification>\n");
    for (String p : persons) {
      sb.append(p);
    }
    return sb.append("  </EmployerDeclarationUpdate>\n </Form>\n</DmfAUpdate>\n").toString();
  }

  static String personUpdate(String inss, String... workerRecords) {
    StringBuilder sb = new StringBuilder("   <NaturalPersonUpdate>\n    <NaturalPersonSequenceNbr>0000001")
        .append("</NaturalPersonSequenceNbr>\n    <INSS>").append(inss).append("</INSS>\n")
        .append("    <NaturalPersonUserReference/>\n    <NaturalPersonPID>40000000017</NaturalPersonPID>\n")
        .append("    <DeclNaturalPersonPID>40000000018</DeclNaturalPersonPID>\n")
        .append("    <DeclNaturalPersonVersionNbr>2</DeclNaturalPersonVersionNbr>\n");
    for (String w : workerRecords) {
      sb.append(w);
    }
    return sb.append("   </NaturalPersonUpdate>\n").toString();
  }

  /**
   * A worker record's update: {@code action} (zone 00618) on worker code {@code workerCode}, which
   * was {@code lastCode} (null: no LastSituationWR), with its occupations.
   */
  static String workerRecordUpdate(int action, String workerCode, String lastCode, String... occupations) {
    StringBuilder sb = new StringBuilder("    <WorkerRecordUpdate>\n");
    if (lastCode != null) {
      sb.append("     <LastSituationWR><EmployerClass>000</EmployerClass><WorkerCode>").append(lastCode)
          .append("</WorkerCode><WorkerRecordVersionNbr>3</WorkerRecordVersionNbr></LastSituationWR>\n");
    }
    sb.append("     <WorkerRecordUpdateAction>\n      <EmployerClass>000</EmployerClass>\n")
        .append("      <WorkerCode>").append(workerCode).append("</WorkerCode>\n")
        .append("      <NOSSQuarterStartingDate>2024-01-01</NOSSQuarterStartingDate>\n")
        .append("      <NOSSQuarterEndingDate>2024-03-31</NOSSQuarterEndingDate>\n")
        .append("      <UpdateAction>").append(action).append("</UpdateAction>\n");
    for (String o : occupations) {
      sb.append(o.replace("<Occupation>", "<OccupationUpdate>").replace("</Occupation>", "</OccupationUpdate>")
          .replaceFirst("      <Service>", "      <OccupationVersionNbr>4</OccupationVersionNbr>\n      <Service>"));
    }
    sb.append("      <WorkerContribution><ContributionWorkerCode>856</ContributionWorkerCode>")
        .append("<ContributionType>0</ContributionType><ContributionAmount>00000009999</ContributionAmount>")
        .append("</WorkerContribution>\n");
    return sb.append("     </WorkerRecordUpdateAction>\n    </WorkerRecordUpdate>\n").toString();
  }

  static String doc(String quarter, String... persons) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<DmfAOriginal xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"DmfAOriginal_20223.xsd\">\n")
        .append(" <Form>\n  <Identification>DMFA</Identification>\n  <TypeForm>SU</TypeForm>\n")
        .append("  <EmployerDeclaration>\n   <Quarter>").append(quarter).append("</Quarter>\n")
        .append("   <NOSSRegistrationNbr>000000000</NOSSRegistrationNbr>\n   <Trusteeship>0</Trusteeship>\n")
        .append("   <CompanyID>1234567401</CompanyID>\n   <NetOwedAmount>00000000009999</NetOwedAmount>\n");
    for (String p : persons) {
      sb.append(p);
    }
    return sb.append("  </EmployerDeclaration>\n </Form>\n</DmfAOriginal>\n").toString();
  }

  static String person(String inss, String... workerRecords) {
    StringBuilder sb = new StringBuilder("   <NaturalPerson>\n    <NaturalPersonSequenceNbr>0000001")
        .append("</NaturalPersonSequenceNbr>\n    <INSS>").append(inss).append("</INSS>\n");
    for (String w : workerRecords) {
      sb.append(w);
    }
    return sb.append("   </NaturalPerson>\n").toString();
  }

  /** A worker record of employer class 000 and {@code workerCode} in 2024Q1, with its occupations. */
  static String wr(String workerCode, String... occupations) {
    StringBuilder sb = new StringBuilder("    <WorkerRecord>\n     <EmployerClass>000</EmployerClass>\n")
        .append("     <WorkerCode>").append(workerCode).append("</WorkerCode>\n")
        .append("     <NOSSQuarterStartingDate>2024-01-01</NOSSQuarterStartingDate>\n")
        .append("     <NOSSQuarterEndingDate>2024-03-31</NOSSQuarterEndingDate>\n");
    for (String o : occupations) {
      sb.append(o);
    }
    sb.append("     <WorkerContribution><ContributionWorkerCode>856</ContributionWorkerCode>")
        .append("<ContributionType>0</ContributionType><ContributionAmount>00000009999</ContributionAmount>")
        .append("</WorkerContribution>\n");
    return sb.append("    </WorkerRecord>\n").toString();
  }

  /** A full-time 5-day occupation of 65 days of 65 (code 1) and {@code euros} of code-1 wage. */
  static String job(long euros) {
    return "     <Occupation>\n      <OccupationSequenceNbr>01</OccupationSequenceNbr>\n"
        + "      <JointCommissionNbr>200</JointCommissionNbr>\n      <WorkingDaysSystem>500</WorkingDaysSystem>\n"
        + "      <ContractType>0</ContractType>\n      <RefMeanWorkingHours>3800</RefMeanWorkingHours>\n"
        + "      <MeanWorkingHours>3800</MeanWorkingHours>\n      <Retired>0</Retired>\n"
        + "      <Service><ServiceSequenceNbr>01</ServiceSequenceNbr><ServiceCode>001</ServiceCode>"
        + "<ServiceNbrDays>06500</ServiceNbrDays><ServiceNbrHours>0049400</ServiceNbrHours></Service>\n"
        + "      <Remun><RemunSequenceNbr>01</RemunSequenceNbr><RemunCode>001</RemunCode>"
        + "<RemunAmount>" + String.format("%011d", euros * 100) + "</RemunAmount></Remun>\n"
        + "     </Occupation>\n";
  }

  /** The dates of a worker record of quarter {@code q} of 2024 (the helper writes Q1's). */
  static String inQuarter(String xml, int q) {
    String[][] dates = {{"2024-01-01", "2024-03-31"}, {"2024-04-01", "2024-06-30"}, {"2024-07-01", "2024-09-30"},
      {"2024-10-01", "2024-12-31"}};
    return xml.replace("2024-01-01", dates[q - 1][0]).replace("2024-03-31", dates[q - 1][1]);
  }

  private Path file(String name, String xml) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, xml);
    return p;
  }

  // ------------------------------------------------------------------ runs and expectations

  record Out(String results, List<Reject> rejects, RunCounts counts, List<String> notices) {
    String resultOf(String insz) {
      for (String l : results.split("\n")) {
        if (l.startsWith("{\"insz\":\"" + insz + "\"")) {
          return l;
        }
      }
      return null;
    }

    String total(String insz) {
      String l = resultOf(insz);
      if (l == null) {
        return null;
      }
      int at = l.indexOf("\"total\":\"") + 9;
      return l.substring(at, l.indexOf('"', at));
    }

    List<Reject> rejectsOf(String insz) {
      String masked = insz.substring(0, 6) + "*****";
      return rejects.stream().filter(r -> r.insz().equals(masked)).toList();
    }
  }

  private Out run(Path... files) throws IOException {
    Path persons = tmp.resolve("persons.csv");
    Files.writeString(persons, PERSONS);
    CalculateRun run = new CalculateRun(ParameterSets.official(), YEAR);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    RunCounts counts = run.calculateXml(persons, "persons.csv", Arrays.asList(files), out, "results.jsonl",
        rejects::add, 2);
    assertTrue(counts.balanced(), counts.toString());
    return new Out(out.toString(StandardCharsets.UTF_8), rejects, counts, run.notices());
  }

  /** The expectation: per person, per quarter, the wages of the worker records that apply (each µ = 1). */
  static final class Expected {
    final Map<String, Map<Integer, List<Long>>> wages = new TreeMap<>();

    Expected wage(String insz, int quarter, long euros) {
      wages.computeIfAbsent(insz, k -> new TreeMap<>()).computeIfAbsent(quarter, k -> new ArrayList<>()).add(euros);
      return this;
    }

    /** The oracle's total for {@code insz}: W = Σ wages, µ = min(1, Σ 1), full-time. */
    String total(String insz) {
      List<QuarterInput> quarters = new ArrayList<>();
      wages.getOrDefault(insz, Map.of()).forEach((q, w) -> quarters.add(QuarterInput.of(YearQuarter.of(YEAR, q),
          w.stream().mapToLong(Long::longValue).sum() * 100, BigDecimal.ONE, Regime.FULL_TIME)));
      Person p = Person.of(Insz.parse(insz), "X", "Y", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
      return Euro.format(ORACLE.calculate(p, YEAR, quarters).totalCents());
    }
  }

  private static void assertTotals(Expected e, Out r, String... persons) {
    for (String insz : persons) {
      assertEquals(e.total(insz), r.total(insz), insz.substring(0, 6) + ": " + r.resultOf(insz));
    }
  }

  // ------------------------------------------------------------------ the tests

  @Test
  void aCorrectionModifyingOneWagePaysTheCorrectedWageAndLeavesTheOthers() throws IOException {
    Path o = file("dmfa-20241.xml", original("20241", person(A, wr("495", job(7500))), person(B, wr("495", job(7000))),
        person(C, wr("015", job(5400)))));
    Path u = file("dmfa-20241-update.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(6900))),
        personUpdate(B, workerRecordUpdate(9, "495", null))));
    Out r = run(o, u);
    Expected e = new Expected().wage(A, 1, 6900).wage(B, 1, 7000).wage(C, 1, 5400);
    assertTotals(e, r, ALL);
    assertEquals(List.of(), r.rejects());
    assertEquals(List.of("note: " + u + " corrects " + o + " (employer enterprise number 1234567401, 2024Q1; form"
        + " created 2024-05-10 10:00:00.000): worker records 1 modified, 0 deleted, 0 created, 1 unchanged"), r.notices());
    assertEquals(3, r.counts().dataRead(), "the superseded occupation is not read; nothing is summed twice");
    Out without = run(o);
    assertEquals(without.resultOf(B), r.resultOf(B), "a person the correction leaves unchanged");
    assertEquals(without.resultOf(C), r.resultOf(C), "a person the correction does not name");
    assertTrue(!e.total(A).equals(without.total(A)), "the correction changes A's amount");
  }

  @Test
  void aCorrectionDeletesAndCreatesWorkerRecords() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000)), wr("015", job(900))),
        person(B, wr("495", job(7000)))));
    Path u = file("u.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(0, "015", "015")), // deleted: A keeps the 495 record only
        personUpdate(B, workerRecordUpdate(0, "495", null)), // deleted: B has no work left in Q1
        personUpdate(C, workerRecordUpdate(3, "495", null, job(5100))))); // created by the correction
    Out r = run(o, u);
    Expected e = new Expected().wage(A, 1, 6000).wage(C, 1, 5100);
    assertTotals(e, r, ALL);
    assertEquals(List.of(), r.rejects());
  }

  @Test
  void aWorkerRecordMovedToAnotherWorkerCodeByLastSituation() throws IOException {
    // LastSituationWR names the worker record as it was (015); the action gives it worker code 010
    // (not 027: an apprentice's code, whose lines count for nothing, docs/dmfa.md §14)
    Path o = file("o.xml", original("20241", person(A, wr("015", job(6000)), wr("495", job(800)))));
    Path u = file("u.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "010", "015", job(5800)))));
    Out r = run(o, u);
    assertTotals(new Expected().wage(A, 1, 800).wage(A, 1, 5800), r, A);
    assertEquals(List.of(), r.rejects());
  }

  @Test
  void twoCorrectionsApplyInTheOrderOfTheirCreationAndATieHoldsThePersons() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000))), person(B, wr("495", job(7000)))));
    Path later = file("u-b.xml", update("20241", "12345678901", "2024-05-10", "11:30:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5000)))));
    Path earlier = file("u-a.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5500))),
        personUpdate(B, workerRecordUpdate(1, "495", "495", job(6500)))));
    // given latest first: the order is the form's creation, not the order of the files
    Out r = run(o, later, earlier);
    assertTotals(new Expected().wage(A, 1, 5000).wage(B, 1, 6500), r, ALL);
    assertEquals(List.of(), r.rejects());
    assertEquals(2, r.notices().size(), r.notices().toString());
    assertTrue(r.notices().get(0).startsWith("note: " + earlier + " corrects " + o), r.notices().toString());

    Path tie = file("u-tie.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(4000)))));
    Out t = run(o, earlier, tie);
    assertNull(t.resultOf(A), "held: which one came last cannot be told");
    assertNull(t.resultOf(B), "named by one of the tied corrections: held too");
    assertEquals(new Expected().total(C), t.total(C));
    assertTrue(t.rejectsOf(A).stream().anyMatch(x -> x.reason().startsWith(earlier + " and " + tie + " are different"
        + " corrections of the same employer enterprise number 1234567401, 2024Q1 made at the same form creation date"
        + " and hour (2024-05-10 10:00:00.000)")), t.rejectsOf(A).toString());
  }

  @Test
  void aCorrectionWithoutItsOriginalHoldsItsPersonsOnly() throws IOException {
    Path q2 = file("o-20242.xml", inQuarter(original("20242", person(A, wr("495", job(6000))),
        person(C, wr("495", job(6100)))), 2));
    Path u = file("u-20241.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5200))),
        personUpdate(B, workerRecordUpdate(0, "495", null))));
    Out r = run(q2, u);
    assertNull(r.resultOf(A));
    assertNull(r.resultOf(B), "a person whose worker record is deleted is held too: the deletion names them");
    assertTotals(new Expected().wage(C, 2, 6100), r, C, D);
    String reason = r.rejectsOf(B).get(0).reason();
    assertTrue(reason.startsWith(u + " is a correction (DmfAUpdate) of the declaration of employer enterprise number"
        + " 1234567401, 2024Q1, whose original is not among the declarations read"), reason);
    assertTrue(r.rejectsOf(B).get(0).field().contains("WorkerRecordUpdate[1]"), r.rejectsOf(B).get(0).field());
  }

  @Test
  void aCorrectionThatDoesNotMatchItsOriginalHoldsThePersonsItConcerns() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000))), person(B, wr("495", job(7000))),
        person(C, wr("495", job(6200)))));
    Path u = file("u.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "015", "015", job(5000))), // modifies a worker record A lacks
        personUpdate(B, workerRecordUpdate(3, "495", null, job(100))), // creates one B has
        personUpdate(D, workerRecordUpdate(1, "495", "495", job(6300))))); // D is not in the original
    Out r = run(o, u);
    for (String held : new String[] {A, B, D}) {
      assertNull(r.resultOf(held), held);
      assertTrue(r.rejectsOf(held).get(0).reason().startsWith(u + " does not match the declaration it corrects"),
          r.rejectsOf(held).toString());
    }
    assertTrue(r.rejectsOf(A).get(0).reason().contains("modifies (action 1) the worker record of employer class 000"
        + " and worker code 015, which the declaration does not have"), r.rejectsOf(A).get(0).reason());
    assertTrue(r.rejectsOf(B).get(0).reason().contains("creates (action 3)"), r.rejectsOf(B).get(0).reason());
    assertEquals(2, r.rejectsOf(A).size() - 1, "A's occupation in both files, then A's person record");
    assertTotals(new Expected().wage(C, 1, 6200), r, C);
  }

  @Test
  void correctionsNamingDifferentDeclarationsOrOfDifferentOriginalsHoldTheirPersons() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000))), person(B, wr("495", job(7000))),
        person(C, wr("495", job(6200)))));
    Path one = file("u-1.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5500)))));
    Path other = file("u-2.xml", update("20241", "12345678902", "2024-05-11", "10:00:00.000",
        personUpdate(B, workerRecordUpdate(1, "495", "495", job(6500)))));
    Out r = run(o, one, other);
    assertNull(r.resultOf(A));
    assertNull(r.resultOf(B));
    assertTrue(r.rejectsOf(B).stream().anyMatch(x -> x.reason().startsWith(one + " (EmployerDeclarationPID 12345678901)"
        + " and " + other + " (EmployerDeclarationPID 12345678902) are corrections of the same employer enterprise"
        + " number 1234567401, 2024Q1 that name different declarations")), r.rejectsOf(B).toString());
    assertTotals(new Expected().wage(C, 1, 6200), r, C, D);

    Path second = file("o-2.xml", original("20241", person(A, wr("495", job(6100))), person(C, wr("495", job(6200)))));
    Out t = run(o, second, one);
    for (String held : new String[] {A, B, C}) {
      assertNull(t.resultOf(held), held);
    }
    assertTrue(t.rejectsOf(A).stream().anyMatch(x -> x.reason().startsWith(one + " corrects a declaration of which"
        + " there are different originals")), t.rejectsOf(A).toString());
  }

  @Test
  void aCorrectionReceivedTwiceIsAppliedOnce() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000))), person(B, wr("495", job(7000)))));
    String x = update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(B, workerRecordUpdate(3, "015", null, job(700))));
    Path u = file("u.xml", x);
    Path again = file("again/u-copy.xml", x.replace("10:00:00.000", "15:20:00.000"));
    Out r = run(o, u, again);
    assertEquals(run(o, u).results(), r.results());
    assertEquals(List.of(), r.rejects(), "a creation applied twice would not match: read once, it does");
    assertTotals(new Expected().wage(A, 1, 6000).wage(B, 1, 7000).wage(B, 1, 700), r, ALL);
    assertTrue(r.notices().get(0).startsWith("note: " + again + " is the same declaration as " + u), r.notices().toString());
  }

  @Test
  void correctionsOverSeveralQuartersChangeExactlyTheirPersonsQuarters() throws IOException {
    List<Path> files = new ArrayList<>();
    Expected e = new Expected();
    for (int q = 1; q <= 4; q++) {
      files.add(file("o-2024" + q + ".xml", inQuarter(original("2024" + q, person(A, wr("495", job(5600 + 100L * q))),
          person(B, wr("015", job(6600))), person(C, wr("495", job(5000 + 300L * q)))), q)));
      e.wage(B, q, 6600);
    }
    // Q1: A's wage lowered; Q3: C's worker record deleted and A's raised; Q4: a second correction after the first
    files.add(file("u-20241.xml", update("20241", "10000000001", "2024-05-02", "09:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(4900))))));
    files.add(file("u-20243.xml", inQuarter(update("20243", "10000000003", "2024-11-04", "14:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(6100))),
        personUpdate(C, workerRecordUpdate(0, "495", "495"))), 3)));
    files.add(file("u-20244-2.xml", inQuarter(update("20244", "10000000004", "2025-03-01", "08:15:00.000",
        personUpdate(C, workerRecordUpdate(1, "495", "495", job(4700)))), 4)));
    files.add(file("u-20244-1.xml", inQuarter(update("20244", "10000000004", "2025-02-01", "08:15:00.000",
        personUpdate(C, workerRecordUpdate(1, "495", "495", job(5900)))), 4)));
    e.wage(A, 1, 4900).wage(A, 2, 5800).wage(A, 3, 6100).wage(A, 4, 6000);
    e.wage(C, 1, 5300).wage(C, 2, 5600).wage(C, 4, 4700);
    Out r = run(files.toArray(Path[]::new));
    assertTotals(e, r, ALL);
    assertEquals(List.of(), r.rejects());
    assertEquals(run(files.subList(0, 4).toArray(Path[]::new)).resultOf(B), r.resultOf(B), "B is in no correction");
  }

  @Test
  void explainSaysWhichVersionOfEachLineItUsed() throws IOException {
    Path q1 = file("o-20241.xml", original("20241", person(A, wr("495", job(6000)))));
    Path q2 = file("o-20242.xml", inQuarter(original("20242", person(A, wr("495", job(6000)))), 2));
    Path u = file("u.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5200)))));
    Path persons = file("persons.csv", PERSONS);
    CalculateRun run = new CalculateRun(ParameterSets.official(), YEAR);
    Outcome out = run.explainXml(persons, "persons.csv", List.of(q1, q2, u), Insz.parse(A), new ArrayList<>(), 1)
        .orElseThrow();
    assertEquals(2, out.places().size(), out.places().toString());
    assertTrue(out.places().get(0).startsWith(q2 + " line "), out.places().toString());
    assertTrue(out.places().get(0).matches(".* line \\d+"), "a declaration without corrections: as before");
    assertTrue(out.places().get(1).startsWith(u + " line "), out.places().toString());
    assertTrue(out.places().get(1).endsWith(" (correction DmfAUpdate, form created 2024-05-10 10:00:00.000, worker record"
        + " modified)"), out.places().get(1));
    assertEquals(new Expected().wage(A, 1, 5200).wage(A, 2, 6000).total(A),
        Euro.format(out.result().orElseThrow().totalCents()));
  }

  @Test
  void aDmfAPidMessageIsSkippedWithANotice() throws IOException {
    Path o = file("o.xml", original("20241", person(A, wr("495", job(6000)))));
    Path pid = file("pid.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DmfAPID>\n <Form>\n"
        + "  <Identification>DMFAPID</Identification>\n  <FormCreationDate>2024-04-16</FormCreationDate>\n"
        + "  <FormCreationHour>10:30:21.000</FormCreationHour>\n  <AttestationStatus>0</AttestationStatus>\n"
        + "  <TypeForm>SU</TypeForm>\n  <IDEmployerDeclaration><Quarter>20241</Quarter>"
        + "<NOSSRegistrationNbr>000000000</NOSSRegistrationNbr><CompanyID>1234567401</CompanyID>"
        + "<EmployerDeclarationPID>12345678901</EmployerDeclarationPID>\n   <IDNaturalPerson><INSS>" + A
        + "</INSS><NaturalPersonPID>4278731</NaturalPersonPID></IDNaturalPerson>\n  </IDEmployerDeclaration>\n"
        + " </Form>\n</DmfAPID>\n");
    Out r = run(o, pid);
    assertEquals(run(o).results(), r.results());
    assertEquals(List.of(), r.rejects());
    assertEquals(List.of("note: " + pid + " is a DmfAPID message (the numbers the social security gave a declaration;"
        + " no wages or days): skipped"), r.notices());
  }

  @Test
  void calculateReadsADirectoryOfOriginalsAndTheirCorrections() throws IOException {
    Path dir = tmp.resolve("declarations");
    file("declarations/dmfa-1234567401-20241.xml", original("20241", person(A, wr("495", job(6000))),
        person(B, wr("495", job(7000)))));
    file("declarations/dmfa-1234567401-20242.xml", inQuarter(original("20242", person(A, wr("495", job(6000)))), 2));
    file("declarations/update-20241.xml", update("20241", "12345678901", "2024-05-10", "10:00:00.000",
        personUpdate(A, workerRecordUpdate(1, "495", "495", job(5100))),
        personUpdate(B, workerRecordUpdate(0, "495", null))));
    Path persons = file("persons.csv", PERSONS);
    Path results = tmp.resolve("results.jsonl");
    Run r = Run.of("calculate", "--year", "2024", "--persons", persons.toString(), "--dmfa-xml", dir.toString(),
        "--out", results.toString(), "--rejects", tmp.resolve("rejects.jsonl").toString());
    assertEquals(0, r.code(), r.err());
    // (standard error masks the digits of the temporary directory's name as it would an INSZ)
    assertTrue(r.err().contains("update-20241.xml corrects "), r.err());
    assertTrue(r.err().contains("dmfa-1234567401-20241.xml (employer enterprise number 1234567401, 2024Q1; form created"
        + " 2024-05-10 10:00:00.000): worker records 1 modified, 1 deleted, 0 created, 0 unchanged"), r.err());
    Out out = new Out(Files.readString(results), List.of(), null, List.of());
    assertTotals(new Expected().wage(A, 1, 5100).wage(A, 2, 6000), out, A, B, C, D);
  }
}
