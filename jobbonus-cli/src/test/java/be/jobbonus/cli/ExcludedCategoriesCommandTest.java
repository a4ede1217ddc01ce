package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The categories the decree excludes, as the declaration shows them (docs/dmfa.md §14), through the
 * command line: a DmfA XML declaration of our own with a student's solidarity contribution, a
 * flexi-job line and ordinary lines, and the same occupations as {@code dmfa.jsonl}, give the same
 * results; amounts as the test oracle computes them from quarters written out by hand.
 */
class ExcludedCategoriesCommandTest {

  @TempDir
  Path dir;

  /** Valid INSZ numbers (examples/persons.csv). */
  static final String A = "85073003328";
  static final String B = "90021514251";
  static final String C = "78061107712";
  static final String D = "67010101115";

  static final String PERSONS = "insz,last_name,first_name,birth_date,statuut,residence\n"
      + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n" // ordinary Q3, a student record too
      + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n" // a flexi-job line only
      + C + ",Maes,Tom,,EMPLOYEE,FLEMISH_REGION\n" // a student record only
      + D + ",Claes,Lien,,STUDENT_SOLIDARITY,FLEMISH_REGION\n"; // statuut student, an ordinary line

  static String occupation(String days, String remCode, String amount) {
    return "     <Occupation>\n      <OccupationSequenceNbr>01</OccupationSequenceNbr>\n"
        + "      <JointCommissionNbr>200</JointCommissionNbr>\n      <WorkingDaysSystem>500</WorkingDaysSystem>\n"
        + "      <ContractType>0</ContractType>\n      <RefMeanWorkingHours>3800</RefMeanWorkingHours>\n"
        + "      <MeanWorkingHours>3800</MeanWorkingHours>\n"
        + "      <Service><ServiceSequenceNbr>01</ServiceSequenceNbr><ServiceCode>001</ServiceCode>"
        + "<ServiceNbrDays>" + days + "</ServiceNbrDays><ServiceNbrHours>0049400</ServiceNbrHours></Service>\n"
        + "      <Remun><RemunSequenceNbr>01</RemunSequenceNbr><RemunCode>" + remCode + "</RemunCode>"
        + "<BonusPaymentFrequency>00</BonusPaymentFrequency><RemunAmount>" + amount + "</RemunAmount></Remun>\n"
        + "     </Occupation>\n";
  }

  static String workerRecord(String workerCode, String content) {
    return "    <WorkerRecord>\n     <EmployerClass>000</EmployerClass>\n     <WorkerCode>" + workerCode + "</WorkerCode>\n"
        + "     <NOSSQuarterStartingDate>2024-07-01</NOSSQuarterStartingDate>\n"
        + "     <NOSSQuarterEndingDate>2024-09-30</NOSSQuarterEndingDate>\n     <Border>0</Border>\n" + content
        + "    </WorkerRecord>\n";
  }

  static final String STUDENT = "     <StudentContribution><StudentRemunAmount>000150000</StudentRemunAmount>"
      + "<StudentContributionAmount>000008120</StudentContributionAmount><StudentHoursNbr>160</StudentHoursNbr>"
      + "<LocalUnitID>2000000141</LocalUnitID></StudentContribution>\n";

  static String person(int n, String insz, String... records) {
    return "   <NaturalPerson>\n    <NaturalPersonSequenceNbr>000000" + n + "</NaturalPersonSequenceNbr>\n    <INSS>" + insz
        + "</INSS>\n" + String.join("", records) + "   </NaturalPerson>\n";
  }

  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DmfAOriginal>\n <Form>\n"
      + "  <Identification>DMFA</Identification>\n  <TypeForm>SU</TypeForm>\n  <EmployerDeclaration>\n"
      + "   <Quarter>20243</Quarter>\n   <NOSSRegistrationNbr>000000000</NOSSRegistrationNbr>\n"
      + "   <CompanyID>1234567401</CompanyID>\n   <NetOwedAmount>00000000009999</NetOwedAmount>\n"
      + person(1, A, workerRecord("495", occupation("06500", "001", "00000600000")), workerRecord("841", STUDENT))
      + person(2, B, workerRecord("450", occupation("06500", "022", "00000999999")))
      + person(3, C, workerRecord("840", STUDENT))
      + person(4, D, workerRecord("495", occupation("06500", "001", "00000600000")))
      + "  </EmployerDeclaration>\n </Form>\n</DmfAOriginal>\n";

  static String line(String insz, int workerCode, int days, int remCode, long amount) {
    return "{\"insz\":\"" + insz + "\",\"quarter\":\"2024Q3\",\"employer\":\"1234567401\",\"workerCode\":" + workerCode
        + ",\"employerClass\":0,\"contract\":\"FULL_TIME\",\"daysPerWeek\":500,\"meanWorkingHours\":3800,"
        + "\"refMeanWorkingHours\":3800,\"services\":[{\"code\":1,\"days\":" + days + ",\"hours\":49400}],"
        + "\"remunerations\":[{\"code\":" + remCode + ",\"amount\":" + amount + "}]}\n";
  }

  static String studentLine(String insz, int workerCode) {
    return "{\"insz\":\"" + insz + "\",\"quarter\":\"2024Q3\",\"employer\":\"1234567401\",\"workerCode\":" + workerCode
        + ",\"employerClass\":0,\"contract\":\"FULL_TIME\",\"daysPerWeek\":0,\"meanWorkingHours\":0,"
        + "\"refMeanWorkingHours\":0}\n";
  }

  /** The same occupations as {@link #XML}, in the persons file's order. */
  static final String JSONL = line(A, 495, 6500, 1, 600_000) + studentLine(A, 841) + line(B, 450, 6500, 22, 999_999)
      + studentLine(C, 840) + line(D, 495, 6500, 1, 600_000);

  private Run calculate(String option, Path data, String out) {
    return Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(), option,
        data.toString(), "--out", dir.resolve(out).toString(), "--rejects", dir.resolve("rejects-" + out).toString());
  }

  @Test
  void theDeclarationsExcludedLinesCountForNothingOnEveryPath() throws IOException {
    Files.writeString(dir.resolve("persons.csv"), PERSONS);
    Files.createDirectories(dir.resolve("xml"));
    Files.writeString(dir.resolve("xml/dmfa-1234567401-20243.xml"), XML);
    Files.writeString(dir.resolve("dmfa.jsonl"), JSONL);
    Run x = calculate("--dmfa-xml", dir.resolve("xml"), "x.jsonl");
    Run j = calculate("--dmfa", dir.resolve("dmfa.jsonl"), "j.jsonl");
    assertEquals(0, x.code(), x.err() + x.out());
    assertEquals(0, j.code(), j.err() + j.out());
    assertEquals("", Files.readString(dir.resolve("rejects-x.jsonl")));
    assertTrue(x.out().contains("5 records read = 5 in results + 0 rejected"), x.out());
    // the two paths give the same bytes
    assertArrayEquals(Files.readAllBytes(dir.resolve("j.jsonl")), Files.readAllBytes(dir.resolve("x.jsonl")));
    List<String> results = Files.readAllLines(dir.resolve("x.jsonl"));
    assertEquals(4, results.size());

    // A: the student record counts for nothing, the ordinary line as alone (the oracle on the quarter by hand)
    Person a = Person.of(Insz.parse(A), "Peeters", "An", Statuut.EMPLOYEE, Region.FLEMISH_REGION);
    OracleCalculator.Result e = OracleCalculator.of(ParameterSets.official()).calculate(a, 2024,
        List.of(QuarterInput.of(YearQuarter.of(2024, 3), 600_000, BigDecimal.ONE, Regime.FULL_TIME)));
    assertTrue(results.get(0).contains("\"reasons\":[]"), results.get(0));
    assertTrue(results.get(0).contains("\"workFraction\":\"1.00\",\"wage\":\"6000.00\""), results.get(0));
    assertTrue(results.get(0).contains("\"total\":\"" + Euro.format(e.totalCents()) + "\""), results.get(0));
    // B: a flexi-job worker who earned 9,999.99 in the quarter: the category, not the maximum and not held
    assertTrue(results.get(1).contains("\"code\":\"CATEGORY\",\"article\":\"decree 20 May 2022 art. 3\",\"message\":"
        + "\"every DmfA line is of an excluded category, flexi-job (FLEXI_JOB): neither its days nor its wage count\""),
        results.get(1));
    assertTrue(results.get(1).contains("\"workFraction\":\"0.00\",\"wage\":\"0.00\""), results.get(1));
    assertTrue(results.get(1).contains("\"total\":\"0.00\",\"payable\":false"), results.get(1));
    // C: a student record only
    assertTrue(results.get(2).contains("student on the solidarity contribution (STUDENT_SOLIDARITY)"), results.get(2));
    assertTrue(results.get(2).contains("\"statuut\":\"EMPLOYEE\""), results.get(2));
    // D: persons.csv's statuut excludes whatever the declaration shows (IP-declared-category)
    assertTrue(results.get(3).contains("\"message\":\"statuut STUDENT_SOLIDARITY is not a beneficiary category\""),
        results.get(3));
    assertTrue(results.get(3).contains("\"total\":\"0.00\""), results.get(3));
    // notify reads every line back, a category reason of the declaration's included: none is refused
    Run n = Run.of("notify", "--results", dir.resolve("x.jsonl").toString(), "--out", dir.resolve("v.jsonl").toString(),
        "--rejects", dir.resolve("vr.jsonl").toString());
    assertEquals("", Files.readString(dir.resolve("vr.jsonl")), n.out() + n.err());
    assertEquals(1, Files.readAllLines(dir.resolve("v.jsonl")).size(), "A alone is paid");
  }

  @Test
  void explainShowsTheExcludedLineWithItsRule() throws IOException {
    Files.writeString(dir.resolve("persons.csv"), PERSONS);
    Files.createDirectories(dir.resolve("xml"));
    Files.writeString(dir.resolve("xml/dmfa-1234567401-20243.xml"), XML);
    Run r = Run.of("explain", "--year", "2024", "--insz", A, "--persons", dir.resolve("persons.csv").toString(),
        "--dmfa-xml", dir.resolve("xml").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("EXCLUDED: category STUDENT_SOLIDARITY (decree 20 May 2022 art. 3 (S)): worker code 841"
        + " (zone 00037) is one of its codes in 2024Q3 [S: "), r.out());
    assertTrue(r.out().contains("IP-declared-category STATUUT_OR_DECLARATION [I]: neither its days nor its wage count"),
        r.out());
    Run c = Run.of("explain", "--year", "2024", "--insz", C, "--persons", dir.resolve("persons.csv").toString(),
        "--dmfa-xml", dir.resolve("xml").toString());
    assertEquals(0, c.code(), c.err());
    assertTrue(c.out().contains("the DmfA declaration: every DmfA line is of an excluded category, student on the"
        + " solidarity contribution (STUDENT_SOLIDARITY)"), c.out());
  }
}
