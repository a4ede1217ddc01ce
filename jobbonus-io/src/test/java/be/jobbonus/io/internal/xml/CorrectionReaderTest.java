package be.jobbonus.io.internal.xml;

import static be.jobbonus.io.internal.xml.Decl.A;
import static be.jobbonus.io.internal.xml.Decl.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader keeps of a correction ({@code DmfAUpdate_20223.xsd}'s shape): its PID, its
 * form's creation, per worker record the update action (zone 00618) and the worker record as it
 * was ({@code LastSituationWR}); the applying of corrections is tested on whole runs (the command
 * line's {@code CorrectionsTest}, with the test oracle).
 */
class CorrectionReaderTest {

  private static final int YEAR = 2024;

  static String update(String... persons) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DmfAUpdate>\n <Form>\n")
        .append("  <Identification>DMFAUPD</Identification>\n  <FormCreationDate>2024-05-10</FormCreationDate>\n")
        .append("  <FormCreationHour>10:00:00.000</FormCreationHour>\n  <AttestationStatus>0</AttestationStatus>\n")
        .append("  <TypeForm>SU</TypeForm>\n  <EmployerDeclarationUpdate>\n   <Quarter>20241</Quarter>\n")
        .append("   <NOSSRegistrationNbr>000000000</NOSSRegistrationNbr>\n   <Trusteeship>0</Trusteeship>\n")
        .append("   <CompanyID>1234567401</CompanyID>\n   <EmployerDeclarationPID>12345678901</EmployerDeclarationPID>\n");
    for (String p : persons) {
      sb.append(p);
    }
    return sb.append("  </EmployerDeclarationUpdate>\n </Form>\n</DmfAUpdate>\n").toString();
  }

  static String person(String inss, String... workerRecords) {
    StringBuilder sb = new StringBuilder("   <NaturalPersonUpdate>\n    <NaturalPersonSequenceNbr>0000001")
        .append("</NaturalPersonSequenceNbr>\n    <INSS>").append(inss).append("</INSS>\n")
        .append("    <NaturalPersonPID>40000000017</NaturalPersonPID>\n");
    for (String w : workerRecords) {
      sb.append(w);
    }
    return sb.append("   </NaturalPersonUpdate>\n").toString();
  }

  static String workerRecord(int action, String code, String lastCode, String... occupations) {
    StringBuilder sb = new StringBuilder("    <WorkerRecordUpdate>\n");
    if (lastCode != null) {
      sb.append("     <LastSituationWR><EmployerClass>000</EmployerClass><WorkerCode>").append(lastCode)
          .append("</WorkerCode><WorkerRecordVersionNbr>3</WorkerRecordVersionNbr></LastSituationWR>\n");
    }
    sb.append("     <WorkerRecordUpdateAction><EmployerClass>000</EmployerClass><WorkerCode>").append(code)
        .append("</WorkerCode><UpdateAction>").append(action).append("</UpdateAction>\n");
    for (String o : occupations) {
      sb.append(o.replace("<Occupation>", "<OccupationUpdate>").replace("</Occupation>", "</OccupationUpdate>"));
    }
    return sb.append("     </WorkerRecordUpdateAction>\n    </WorkerRecordUpdate>\n").toString();
  }

  @Test
  void theReaderKeepsWhatACorrectionDeclares() throws IOException {
    String x = update(person(A, workerRecord(1, "495", "015", Decl.fullTime("00000520000")),
        workerRecord(9, "027", null, Decl.fullTime("00000000100"))), person(B, workerRecord(0, "495", null)));
    DmfaXmlReader reader = new DmfaXmlReader(YEAR);
    Collected c = new Collected();
    DmfaXmlReader.Summary s = reader.read(new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)), "u.xml", c);
    assertEquals(1, s.occupations(), "the occupation of an unchanged worker record is not its content: left out");
    assertEquals(0, s.rejects(), c.rejects.toString());
    DmfaXmlReader.Declared d = reader.declared();
    assertTrue(d.update());
    DmfaXmlReader.Correction k = d.correction();
    assertEquals(12345678901L, k.pid());
    assertEquals("2024-05-10 10:00:00.000", k.createdText());
    assertEquals(List.of(1, 9, 0), Arrays.stream(k.action()).boxed().toList());
    assertEquals(List.of(15, 27, 495), Arrays.stream(k.lastCode()).boxed().toList());
    assertEquals(List.of(495, 27, 495), Arrays.stream(k.workerCode()).boxed().toList());
    // a wrong action refuses its person; a missing creation hour refuses the correction
    DmfaXmlReader.Summary bad = reader.read(new ByteArrayInputStream(x.replace("<UpdateAction>9</UpdateAction>",
        "<UpdateAction>2</UpdateAction>").getBytes(StandardCharsets.UTF_8)), "u.xml", new Collected());
    assertEquals(0, bad.occupations(), "A is refused");
    assertEquals(2, bad.rejects(), "both of A's occupations: an unknown action is no reason to leave one out");
    DmfaXmlReader.Summary noHour = reader.read(new ByteArrayInputStream(x.replaceAll("<FormCreationHour>.*</FormCreationHour>",
        "").getBytes(StandardCharsets.UTF_8)), "u.xml", new Collected());
    assertTrue(noHour.documentRefused());
    assertNotNull(reader.declared());
  }

  @Test
  void anOccupationOfACorrectionIsNamedByItsPlaceThere() throws IOException {
    String x = update(person(A, workerRecord(1, "495", null, Decl.fullTime("00000520000"))));
    Collected c = new Collected();
    new DmfaXmlReader(YEAR).read(new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)), "u.xml", c);
    assertEquals(1, c.occupations.size(), c.rejects.toString());
    assertTrue(c.paths.get(0).endsWith(" EmployerDeclarationUpdate/NaturalPersonUpdate[1]/WorkerRecordUpdate[1]"
        + "/WorkerRecordUpdateAction/OccupationUpdate[1]"), c.paths.get(0));
  }

  @Test
  void anOriginalElementInACorrectionRefusesIt() throws IOException {
    String x = update(person(A, workerRecord(1, "495", null, Decl.fullTime("00000520000"))))
        .replace("OccupationUpdate>", "Occupation>");
    Collected c = new Collected();
    DmfaXmlReader.Summary s = new DmfaXmlReader(YEAR).read(new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)),
        "u.xml", c);
    assertEquals(0, s.occupations());
    assertTrue(c.rejects.get(0).reason().contains("Occupation"), c.rejects.toString());
  }

  @Test
  void eachFileSaysWhichDeclarationItIs() throws IOException {
    DmfaXmlReader reader = new DmfaXmlReader(YEAR);
    reader.read(new ByteArrayInputStream(Decl.doc("20241", Decl.person(A, Decl.workerRecord("495",
        Decl.fullTime("00000600000")))).getBytes(StandardCharsets.UTF_8)), "o.xml", new Collected());
    DmfaXmlReader.Declared original = reader.declared();
    reader.read(new ByteArrayInputStream(update(person(A, workerRecord(1, "495", null, Decl.fullTime("00000520000"))))
        .getBytes(StandardCharsets.UTF_8)), "u.xml", new Collected());
    be.jobbonus.io.internal.declarations.DeclarationSet set = be.jobbonus.io.internal.declarations.DeclarationSet.of(
        List.of("o.xml", "u.xml"), List.of(original, reader.declared()), YEAR);
    assertEquals("o.xml: the original declaration of employer enterprise number 1234567401, 2024Q1", set.describe(0));
    assertEquals("u.xml: a correction (DmfAUpdate, form created 2024-05-10 10:00:00.000, EmployerDeclarationPID"
        + " 12345678901) of employer enterprise number 1234567401, 2024Q1", set.describe(1));
    assertEquals(List.of(0, 1), Arrays.stream(set.chain(1)).boxed().toList());
    assertEquals(null, set.conflict(1));
  }

  @Test
  void theActionsOnCompanyVehiclesAndContributionsAreSkippedNotOutOfPlace() throws IOException {
    // DmfAUpdate_20223.xsd: UpdateAction (zone 00618) also acts on a company vehicle and on a
    // contribution not bound to a person, after the persons
    String x = update(person(A, workerRecord(1, "495", null, Decl.fullTime("00000520000")))).replace(
        "  </EmployerDeclarationUpdate>", "   <CompanyVehicleUpdateAction><CompanyVehicleSequenceNbr>1"
            + "</CompanyVehicleSequenceNbr><LicensePlate>1ABC123</LicensePlate><UpdateAction>0</UpdateAction>"
            + "</CompanyVehicleUpdateAction>\n   <ContributionUnrelatedToNPUpdate><LastSituationCUNP>"
            + "<UnrelatedEmployerClass>000</UnrelatedEmployerClass><UnrelatedWorkerCode>851</UnrelatedWorkerCode>"
            + "<ContUnrelatedToNPVersionNbr>2</ContUnrelatedToNPVersionNbr></LastSituationCUNP><CUNPUpdateAction>"
            + "<UnrelatedEmployerClass>000</UnrelatedEmployerClass><UnrelatedWorkerCode>851</UnrelatedWorkerCode>"
            + "<UpdateAction>1</UpdateAction></CUNPUpdateAction></ContributionUnrelatedToNPUpdate>\n"
            + "  </EmployerDeclarationUpdate>");
    Collected c = new Collected();
    DmfaXmlReader reader = new DmfaXmlReader(YEAR);
    DmfaXmlReader.Summary s = reader.read(new ByteArrayInputStream(x.getBytes(StandardCharsets.UTF_8)), "u.xml", c);
    assertEquals(1, s.occupations(), c.rejects.toString());
    assertEquals(List.of(1), Arrays.stream(reader.declared().correction().action()).boxed().toList());
  }
}
