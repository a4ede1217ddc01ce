package be.jobbonus.io.internal.xml;

import static be.jobbonus.io.internal.xml.Decl.A;
import static be.jobbonus.io.internal.xml.Decl.B;
import static be.jobbonus.io.internal.xml.Decl.C;
import static be.jobbonus.io.internal.xml.Decl.doc;
import static be.jobbonus.io.internal.xml.Decl.fullTime;
import static be.jobbonus.io.internal.xml.Decl.occupation;
import static be.jobbonus.io.internal.xml.Decl.person;
import static be.jobbonus.io.internal.xml.Decl.remun;
import static be.jobbonus.io.internal.xml.Decl.service;
import static be.jobbonus.io.internal.xml.Decl.workerRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.OccupationFields;
import be.jobbonus.io.internal.RejectsWriter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DmfaXmlReaderTest {

  private final DmfaXmlReader reader = new DmfaXmlReader(2024);

  @Test
  void readsTheElementsByTheirPlaceAndSkipsTheRest() {
    // children the schema allows and the reader does not need, nested ones included: skipped
    String skipped = "      <OccupationInformations><IllnessGrossRemunAmount>00000123456</IllnessGrossRemunAmount>"
        + "<HourRemunInThousandthOfEuro>014500</HourRemunInThousandthOfEuro></OccupationInformations>\n"
        + "      <OccupationPublicServiceData><ScaleSalary><ScaleSalaryAmount>00009999999</ScaleSalaryAmount>"
        + "<WeekHoursNbr>3800</WeekHoursNbr></ScaleSalary></OccupationPublicServiceData>\n"
        + "      <ReorgMeasureInformation><ReorganisationMeasure>4</ReorganisationMeasure>"
        + "<ReorganisationMeasurePercentage>5000</ReorganisationMeasurePercentage></ReorgMeasureInformation>\n"
        + "      <OccupationDeduction><DeductionCode>0001</DeductionCode><DeductionAmount>00000012345</DeductionAmount>"
        + "<ReplacedINSS>0</ReplacedINSS></OccupationDeduction>\n";
    String partTime = occupation("400", "1", "3800", "3040", skipped, service("001", "05200", "0039520"),
        service("050", "1000", null), remun("001", "00000432000"), remun("002", " 00000180000 "));
    String xml = doc("20242",
        person(A, workerRecord("495", fullTime("00000600000"))),
        person(B,
            workerRecord("015", partTime, occupation("100", "1", "3800", "0760", service("001", "01300", "0009880"),
                remun("001", "00000080000"))),
            workerRecord("495", fullTime("00000100000"))),
        "   <NaturalPerson><INSS>" + C + "</INSS><NaturalPersonUserReference>x</NaturalPersonUserReference>"
            + "<WorkerRecord><WorkerCode>015</WorkerCode><Occupation><WorkingDaysSystem>500</WorkingDaysSystem>"
            + "<ContractType>0</ContractType><RefMeanWorkingHours>3800</RefMeanWorkingHours>"
            + "<MeanWorkingHours>3800</MeanWorkingHours></Occupation><StudentContribution>"
            + "<StudentRemunAmount>00000001000</StudentRemunAmount></StudentContribution></WorkerRecord>"
            + "</NaturalPerson>\n");
    Collected c = Collected.read(reader, xml);
    assertEquals(List.of(), c.rejects, c.rejectText());
    assertEquals(List.of(
        A + " 2024Q2 1234567401 wc495 FT 500/3800/3800 S [1:6500:49400] R [1:600000]",
        B + " 2024Q2 1234567401 wc15 PT 400/3040/3800 S [1:5200:39520] [50:1000:0] R [1:432000] [2:180000]",
        B + " 2024Q2 1234567401 wc15 PT 100/760/3800 S [1:1300:9880] R [1:80000]",
        B + " 2024Q2 1234567401 wc495 FT 500/3800/3800 S [1:6500:49400] R [1:100000]",
        C + " 2024Q2 1234567401 wc15 FT 500/3800/3800 S R",
        // a StudentContribution is read as a line of its worker record's code, without services (docs/dmfa.md §14)
        C + " 2024Q2 1234567401 wc15 FT 0/0/0 S R"), c.occupations);
    assertEquals("EmployerDeclaration/NaturalPerson[1]/WorkerRecord[1]/Occupation[1]", c.paths.get(0).split(" ")[1]);
    assertEquals("EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[2]", c.paths.get(2).split(" ")[1]);
    assertEquals("EmployerDeclaration/NaturalPerson[2]/WorkerRecord[2]/Occupation[1]", c.paths.get(3).split(" ")[1]);
    long line = lineOf(xml, "<Occupation>", 1);
    assertTrue(c.paths.get(0).startsWith(line + ":6 "), c.paths.get(0));
    assertEquals(new DmfaXmlReader.Summary(6, 0, false), c.summary);
  }

  /**
   * The markers of the categories the decree excludes (docs/dmfa.md §14): the worker record's
   * EmployerClass, an occupation's Apprenticeship, and a StudentContribution block, which takes the
   * place of occupations in a student's worker record (840/841), read as a line of its worker code
   * without services or remunerations.
   */
  @Test
  void readsTheMarkersOfExcludedCategories() {
    String student = "    <WorkerRecord>\n     <EmployerClass>000</EmployerClass>\n     <WorkerCode>841</WorkerCode>\n"
        + "     <NOSSQuarterStartingDate>2024-07-01</NOSSQuarterStartingDate>\n"
        + "     <NOSSQuarterEndingDate>2024-09-30</NOSSQuarterEndingDate>\n     <Border>0</Border>\n"
        + "     <StudentContribution><StudentRemunAmount>000120000</StudentRemunAmount>"
        + "<StudentContributionAmount>000009000</StudentContributionAmount><StudentHoursNbr>120</StudentHoursNbr>"
        + "<LocalUnitID>2000000141</LocalUnitID></StudentContribution>\n"
        + "     <WorkerContribution><ContributionWorkerCode>801</ContributionWorkerCode><ContributionType>0</ContributionType>"
        + "<ContributionAmount>9000</ContributionAmount></WorkerContribution>\n    </WorkerRecord>\n";
    String apprentice = occupation("500", "0", "3800", "3800", service("001", "06500", "0049400"),
        remun("001", "00000090000")).replace("<JointCommissionNbr>200</JointCommissionNbr>",
            "<JointCommissionNbr>200</JointCommissionNbr><Apprenticeship>1</Apprenticeship>");
    String xml = doc("20243",
        person(A, workerRecord("495", fullTime("00000600000")), student),
        person(B, workerRecord("450", fullTime("00000999999").replace("<RemunCode>001", "<RemunCode>022"))),
        person(C, workerRecord("015", apprentice).replace("<EmployerClass>000", "<EmployerClass>072")));
    Collected c = Collected.read(reader, xml);
    assertEquals(List.of(), c.rejects, c.rejectText());
    assertEquals(List.of(
        A + " 2024Q3 1234567401 wc495 FT 500/3800/3800 S [1:6500:49400] R [1:600000]",
        A + " 2024Q3 1234567401 wc841 FT 0/0/0 S R",
        B + " 2024Q3 1234567401 wc450 FT 500/3800/3800 S [1:6500:49400] R [22:999999]",
        C + " 2024Q3 1234567401 wc15 FT 500/3800/3800 cl72 ap1 S [1:6500:49400] R [1:90000]"), c.occupations);
    // the student's line is named by its worker record
    assertEquals("EmployerDeclaration/NaturalPerson[1]/WorkerRecord[2]", c.paths.get(1).split(" ")[1]);
    // the reader reads one document after another: the student's line keeps no schedule of an earlier occupation
    Collected first = Collected.read(reader, doc("20243", person(B, workerRecord("015", occupation("400", "1", "3800",
        "3040", service("001", "05200", "0039520"), remun("001", "00000432000"))))));
    assertEquals(List.of(), first.rejects, first.rejectText());
    Collected next = Collected.read(reader, doc("20243", person(C, student)));
    assertEquals(List.of(C + " 2024Q3 1234567401 wc841 FT 0/0/0 S R"), next.occupations);
  }

  @Test
  void anApprenticeTypeOutsideTheSchemaIsRefused() {
    String xml = doc("20243", person(A, workerRecord("495", fullTime("00000600000")
        .replace("<JointCommissionNbr>200</JointCommissionNbr>", "<JointCommissionNbr>200</JointCommissionNbr><Apprenticeship>7</Apprenticeship>"))));
    Collected c = Collected.read(reader, xml);
    assertEquals(1, c.rejects.size(), c.rejectText());
    assertTrue(c.rejects.get(0).field().contains("Apprenticeship"), c.rejectText());
  }

  @Test
  void theEmployerIsTheRszNumberWhenTheCompanyIdIsZero() {
    String xml = doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replace("<NOSSRegistrationNbr>000000000", "<NOSSRegistrationNbr>199999934")
        .replace("<CompanyID>1234567401", "<CompanyID>0000000000");
    Collected c = Collected.read(reader, xml);
    assertTrue(c.occupations.get(0).contains(" 199999934 "), c.occupations.toString());
  }

  @Test
  void prefixedNamesAreReadByTheirLocalName() {
    String xml = doc("20241", person(A, workerRecord("495", fullTime("00000000042"))))
        .replaceAll("<(/?)([A-Z])", "<$1d:$2").replace("<d:DmfAOriginal ", "<d:DmfAOriginal xmlns:d=\"urn:dmfa\" ");
    Collected c = Collected.read(reader, xml);
    assertEquals(List.of(), c.rejects, c.rejectText());
    assertEquals(List.of(A + " 2024Q1 1234567401 wc495 FT 500/3800/3800 S [1:6500:49400] R [1:42]"), c.occupations);
  }

  @Test
  void aReaderReadsOneDocumentAfterAnother() {
    Collected bad = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("x")))));
    assertEquals(1, bad.rejects.size());
    Collected good = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("5")))));
    assertEquals(List.of(), good.rejects, good.rejectText());
    assertEquals(1, good.occupations.size());
    Collected again = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("5")))));
    assertEquals(List.of(), again.rejects, "the person index of the previous document is forgotten");
  }

  /** The over-limit refusal says what a user can do, and names the only API that raises the limit. */
  @Test
  void aDocumentOverTheOccupationLimitIsRefusedWholeWithWhatToDo() {
    String xml = doc("20241", person(A, workerRecord("495", fullTime("1"), fullTime("2"))));
    Collected c = Collected.read(new DmfaXmlReader(2024, 1), xml);
    assertTrue(c.summary.documentRefused());
    assertEquals(List.of(), c.occupations);
    assertFalse(c.rejects.isEmpty());
    String reason = c.rejects.get(0).reason();
    assertTrue(reason.contains("more than 1 occupations") && reason.contains("split the declaration (only a library"
        + " caller reading with DmfaXmlReader directly can raise the limit, with new DmfaXmlReader(referenceYear,"
        + " maxOccupations))"), c.rejectText());
    noPersonalData(c, A);
  }

  @Test
  void aMalformedDocumentRefusesEveryOccupationReadSoFar() {
    String whole = doc("20241", person(A, workerRecord("495", fullTime("00000600000"), fullTime("00000000001"))),
        person(B, workerRecord("495", fullTime("00000432000"))), person(C, workerRecord("015", fullTime("7"))));
    String truncated = whole.substring(0, whole.indexOf("<INSS>" + C) + 12);
    Collected c = Collected.read(reader, truncated);
    assertEquals(List.of(), c.occupations);
    assertTrue(c.summary.documentRefused());
    // two occupations of A, one of B, and C (no occupation read) once
    assertEquals(4, c.rejects.size(), c.rejectText());
    assertEquals(List.of("850730*****", "850730*****", "900215*****", ""), c.rejects.stream().map(Reject::insz).toList());
    assertEquals(List.of(Long.parseLong(A), Long.parseLong(A), Long.parseLong(B), -1L), c.rejectInsz);
    assertEquals("EmployerDeclaration/NaturalPerson[1]/WorkerRecord[1]/Occupation[2]", c.rejects.get(1).field());
    assertEquals(lineOf(whole, "<Occupation>", 2), c.rejects.get(1).line());
    assertTrue(c.rejects.get(0).reason().contains("the whole declaration is refused"), c.rejectText());
    assertTrue(c.rejects.get(0).reason().contains("truncated"), c.rejectText());
    noPersonalData(c, A, B, C, "600000", "432000");

    Collected m = Collected.read(reader, whole.replace("</Remun>\n     </Occupation>", "</Remun>\n     </Occupatoin>"));
    assertEquals(List.of(), m.occupations);
    assertTrue(m.rejects.get(0).reason().contains("not well-formed XML"), m.rejectText());
    noPersonalData(m, A, B, C, "600000", "432000");
  }

  @Test
  void aDocumentRefusedBeforeAnyPersonGivesOneReject() {
    Collected c = Collected.read(reader, "<Declaration><Quarter>20241</Quarter></Declaration>");
    assertEquals(1, c.rejects.size());
    assertEquals(new Reject("decl.xml", 1, 1, "document", "", c.rejects.get(0).reason()), c.rejects.get(0));
    assertTrue(c.rejects.get(0).reason().contains("root element must be DmfAOriginal"), c.rejectText());
    assertEquals(List.of(-1L), c.rejectInsz);

    Collected empty = Collected.read(reader, "");
    assertEquals(1, empty.rejects.size(), empty.rejectText());
    assertTrue(empty.summary.documentRefused());
  }

  @Test
  void rejectsNameTheColumnOfTheTagAtFaultInRejectsJsonl() {
    String xml = doc("20241", person(A, workerRecord("495", occupation("500", "2", "3800", "3800"), fullTime("1"))));
    Collected c = Collected.read(reader, xml);
    assertEquals(2, c.rejects.size(), c.rejectText());
    Reject faulty = c.rejects.get(0);
    // "      <ContractType>2</ContractType>": the value is refused at its end tag, column 22
    assertEquals(lineOf(xml, "<ContractType>", 1), faulty.line());
    assertEquals(22, faulty.column());
    assertTrue(c.rejectWhere.get(0).startsWith("decl.xml:" + faulty.line() + ":22: "), c.rejectText());
    assertTrue(RejectsWriter.toJson(faulty).startsWith("{\"file\":\"decl.xml\",\"line\":" + faulty.line()
        + ",\"column\":22,\"field\":\"EmployerDeclaration/NaturalPerson[1]/WorkerRecord[1]/Occupation[1]/"
        + "ContractType\","), RejectsWriter.toJson(faulty));
    // the occupation refused with its person: at its "     <Occupation>" tag, column 6
    assertEquals(lineOf(xml, "<Occupation>", 2), c.rejects.get(1).line());
    assertEquals(6, c.rejects.get(1).column());
    // other inputs know no column: none is written
    Reject csv = new Reject("persons.csv", 3, "insz", "", "a reason");
    assertEquals(0, csv.column());
    assertEquals("{\"file\":\"persons.csv\",\"line\":3,\"field\":\"insz\",\"insz\":\"\",\"reason\":\"a reason\"}",
        RejectsWriter.toJson(csv));
    assertEquals(22, faulty.withReason("x", "another reason").column());
  }

  @Test
  void aMissingOrForeignQuarterRefusesTheDeclaration() {
    String noQuarter = doc("20241", person(A, workerRecord("495", fullTime("1")))).replace("<Quarter>20241</Quarter>", "");
    Collected c = Collected.read(reader, noQuarter);
    assertEquals(1, c.rejects.size());
    assertTrue(c.rejects.get(0).reason().contains("EmployerDeclaration/Quarter is missing"), c.rejectText());

    // another year's declaration is skipped whole (docs/dmfa.md §13), not refused
    Collected other = Collected.read(reader, doc("20233", person(A, workerRecord("495", fullTime("1"), fullTime("2")))));
    assertEquals(List.of(), other.rejects, other.rejectText());
    assertEquals(List.of(), other.occupations);
    assertTrue(reader.declared().otherYear());
    assertEquals(20233, reader.declared().quarter());
    assertEquals(1, Collected.read(new DmfaXmlReader(), doc("20233", person(A, workerRecord("495", fullTime("1")))))
        .occupations.size());

    Collected bad = Collected.read(reader, doc("20245", person(A, workerRecord("495", fullTime("1")))));
    assertTrue(bad.rejects.get(0).reason().contains("YYYYQ"), bad.rejectText());
    Collected noEmployer = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replace("<CompanyID>1234567401", "<CompanyID>0000000000"));
    assertTrue(noEmployer.rejects.get(0).reason().contains("neither a CompanyID nor a NOSSRegistrationNbr"),
        noEmployer.rejectText());
    Collected two = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("1"))))
        .replace("</EmployerDeclaration>", "</EmployerDeclaration><EmployerDeclaration><Quarter>20241</Quarter>"
            + "</EmployerDeclaration>"));
    assertTrue(two.rejects.get(0).reason().contains("more than one EmployerDeclaration"), two.rejectText());
  }

  @Test
  void aPersonDeclaredTwiceIsRefusedBothTimes() {
    Collected c = Collected.read(reader, doc("20241", person(A, workerRecord("495", fullTime("1"))),
        person(B, workerRecord("495", fullTime("2"))), person(A, workerRecord("015", fullTime("3"), fullTime("4")))));
    assertEquals(List.of(B + " 2024Q1 1234567401 wc495 FT 500/3800/3800 S [1:6500:49400] R [1:2]"), c.occupations);
    assertEquals(3, c.rejects.size(), c.rejectText());
    assertTrue(c.rejects.get(0).reason().contains("declared again in NaturalPerson[3]"), c.rejectText());
    assertTrue(c.rejects.get(1).reason().contains("declared in NaturalPerson[1]"), c.rejectText());
    assertEquals(List.of(Long.parseLong(A), Long.parseLong(A), Long.parseLong(A)), c.rejectInsz);
    assertEquals(new DmfaXmlReader.Summary(1, 3, false), c.summary);
  }

  static Stream<Arguments> faults() {
    String ok = fullTime("00000100000");
    return Stream.of(
        Arguments.of(occupation("5OO", "0", "3800", "3800"), "WorkingDaysSystem", "digits only"),
        Arguments.of(occupation("0500", "0", "3800", "3800"), "WorkingDaysSystem", "more than 3 digits"),
        Arguments.of(occupation("701", "0", "3800", "3800"), "WorkingDaysSystem", "at most 700"),
        Arguments.of(occupation("-50", "0", "3800", "3800"), "WorkingDaysSystem", "digits only"),
        Arguments.of(occupation("500", "2", "3800", "3800"), "ContractType", "0 (full-time) or 1 (part-time)"),
        Arguments.of(occupation("500", "", "3800", "3800"), "ContractType", "is empty"),
        Arguments.of(occupation("500", "0", "6001", "3800"), "RefMeanWorkingHours", "at most 6000"),
        Arguments.of(occupation("500", "0", "3800", "38 00"), "MeanWorkingHours", "digits only"),
        Arguments.of(occupation("500", null, "3800", "3800"), "ContractType", "is missing"),
        Arguments.of(occupation("500", "0", "3800", null), "MeanWorkingHours", "is missing"),
        Arguments.of(occupation("500", "0", "3800", "3800", "<ContractType>1</ContractType>"), "ContractType",
            "appears twice"),
        Arguments.of(occupation("500", "0", "3800", "3800", service("1000", "100", null)), "Service[1]/ServiceCode",
            "more than 3 digits"),
        Arguments.of(occupation("500", "0", "3800", "3800", service("001", "36601", null)), "Service[1]/ServiceNbrDays",
            "at most 36600"),
        Arguments.of(occupation("500", "0", "3800", "3800", service("001", "100", "12345678")),
            "Service[1]/ServiceNbrHours", "more than 7 digits"),
        Arguments.of(occupation("500", "0", "3800", "3800", "<Service><ServiceCode>001</ServiceCode></Service>"),
            "Service[1]/ServiceNbrDays", "is missing"),
        Arguments.of(occupation("500", "0", "3800", "3800", remun("001", "999999999999")), "Remun[1]/RemunAmount",
            "more than 11 digits"),
        Arguments.of(occupation("500", "0", "3800", "3800", remun("001", "1.5")), "Remun[1]/RemunAmount", "digits only"),
        Arguments.of(occupation("500", "0", "3800", "3800", "<Remun><RemunAmount>1</RemunAmount></Remun>"),
            "Remun[1]/RemunCode", "is missing"),
        Arguments.of(occupation("500", "0", "3800", "3800", services(33)), "Occupation[1]", "more than 32 Service"),
        Arguments.of(occupation("500", "0", "3800", "3800", remuns(33)), "Occupation[1]", "more than 32 Remun"),
        Arguments.of(ok.replace("<ContractType>0</ContractType>", "<ContractType>0<!-- x --></ContractType>")
            .replace("<ServiceCode>001", "<ServiceCode>0&#x31;1"), null, null));
  }

  private static String services(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(service(Integer.toString(100 + i), "1", null));
    }
    return sb.toString();
  }

  private static String remuns(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(remun("1", "1"));
    }
    return sb.toString();
  }

  /**
   * A fault in B's second occupation refuses B (both occupations), with the faulty one naming the
   * element; A and C are read.
   */
  @ParameterizedTest
  @MethodSource("faults")
  void aFaultyValueRefusesThePersonWhole(String faulty, String field, String reason) {
    String xml = doc("20241", person(A, workerRecord("495", fullTime("00000612345"))),
        person(B, workerRecord("495", fullTime("00000432109"), faulty)),
        person(C, workerRecord("015", fullTime("00000300007"))));
    Collected c = Collected.read(reader, xml);
    if (field == null) {
      assertEquals(List.of(), c.rejects, c.rejectText());
      assertEquals(4, c.occupations.size());
      return;
    }
    assertEquals(2, c.occupations.size(), c.rejectText());
    assertTrue(c.occupations.get(0).startsWith(A) && c.occupations.get(1).startsWith(C));
    assertEquals(2, c.rejects.size(), c.rejectText());
    Reject first = c.rejects.get(0);
    Reject own = c.rejects.get(1);
    assertEquals("EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]", first.field());
    assertEquals(lineOf(xml, "<Occupation>", 2), first.line());
    assertTrue(first.reason().startsWith("refused with its person: EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]"
        + "/Occupation[2]"), first.reason());
    assertEquals("EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[2]" + (field.startsWith("Occupation")
        ? "" : "/" + field), own.field());
    assertTrue(own.reason().contains(reason), own.reason());
    assertTrue(own.line() >= lineOf(xml, "<Occupation>", 3), own.toString());
    assertEquals("900215*****", own.insz());
    assertEquals(List.of(Long.parseLong(B), Long.parseLong(B)), c.rejectInsz);
    noPersonalData(c, A, B, C, "612345", "432109", "300007");
  }

  @Test
  void anInvalidInszRefusesThePersonWithoutNamingIt() {
    Collected c = Collected.read(reader, doc("20241", person("85073003329", workerRecord("495", fullTime("1"))),
        person("8507300332", workerRecord("495", fullTime("1"))), person("85O73003328", workerRecord("495", fullTime("1"))),
        person(null, workerRecord("495", fullTime("1"))), person(A, workerRecord(null, fullTime("1")))));
    assertEquals(List.of(), c.occupations);
    List<String> faults = List.of("EmployerDeclaration/NaturalPerson[1]/INSS", "EmployerDeclaration/NaturalPerson[2]/INSS",
        "EmployerDeclaration/NaturalPerson[3]/INSS", "EmployerDeclaration/NaturalPerson[4]/INSS",
        "EmployerDeclaration/NaturalPerson[5]/WorkerRecord[1]/WorkerCode");
    assertEquals(5, c.rejects.size(), c.rejectText());
    for (int i = 0; i < 5; i++) {
      assertTrue(c.rejects.get(i).reason().startsWith("refused with its person: " + faults.get(i) + " (line "),
          c.rejectText());
    }
    assertTrue(c.rejects.get(0).reason().contains("check digits"), c.rejectText());
    assertEquals("850730*****", c.rejects.get(0).insz());
    assertEquals("", c.rejects.get(1).insz());
    assertEquals(List.of(-1L, -1L, -1L, -1L, Long.parseLong(A)), c.rejectInsz);
    noPersonalData(c, "85073003329", "8507300332", "85O73003328", A);
  }

  @Test
  void exceptionMessagesOfTheParserAreSanitized() {
    javax.xml.stream.XMLStreamException e = new javax.xml.stream.XMLStreamException(
        "Unexpected close tag </INSS>; value '85073003328' and 'a very long quoted text of a person's name and more'"
            + "\n at [row,col {unknown-source}]: [3,5]");
    String s = RejectTexts.sanitize(e);
    assertFalse(s.contains("85073003328") || s.contains("8507") || s.contains("row,col"), s);
    assertTrue(s.startsWith("Unexpected close tag </INSS>"), s);
  }

  /** No reject holds a full INSZ, an amount or more than 3 digits of one in a row, but line numbers. */
  static void noPersonalData(Collected c, String... secrets) {
    String text = c.rejectText();
    for (String s : secrets) {
      assertFalse(text.contains(s), () -> "reject text holds " + s + ":\n" + text);
    }
    for (Reject r : c.rejects) {
      String reason = r.reason();
      assertFalse(Pattern.compile("\\d{7,}").matcher(reason).find(), reason);
    }
  }

  /** The line (1-based) of the {@code n}-th occurrence of {@code text}. */
  static long lineOf(String xml, String text, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = xml.indexOf(text, at + 1);
    }
    return xml.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
  }

  @Test
  void fieldsAreFilledFromTheBufferedDocumentInPlace() {
    OccupationFields[] seen = new OccupationFields[1];
    DmfaXmlReader.Handler h = new DmfaXmlReader.Handler() {
      @Override
      public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
        assertTrue(seen[0] == null || seen[0] == fields, "one OccupationFields, reused");
        seen[0] = fields;
      }

      @Override
      public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
        throw new AssertionError(reject.toString());
      }
    };
    try {
      reader.read(new java.io.ByteArrayInputStream(doc("20241", person(A, workerRecord("495", fullTime("1"),
          fullTime("2")))).getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x.xml", h);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertEquals(2, seen[0].remunerationAmounts[0]);
  }
}
