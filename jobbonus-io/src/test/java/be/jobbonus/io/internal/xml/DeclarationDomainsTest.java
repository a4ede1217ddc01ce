package be.jobbonus.io.internal.xml;

import static be.jobbonus.io.internal.xml.Decl.A;
import static be.jobbonus.io.internal.xml.Decl.doc;
import static be.jobbonus.io.internal.xml.Decl.fullTime;
import static be.jobbonus.io.internal.xml.Decl.person;
import static be.jobbonus.io.internal.xml.Decl.workerRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The declaration's own domains, checked by the reader (docs/dmfa.md §11, §13): the enterprise
 * number (range and mod-97 check digits; 0 allowed), the RSZ number (range; 0 allowed), and the
 * worker records' quarter dates against {@code Quarter} (shifted by days, never into another
 * quarter).
 */
class DeclarationDomainsTest {

  private final DmfaXmlReader reader = new DmfaXmlReader(2024);

  private static String employer(String noss, String companyId, String quarter, String... persons) {
    return doc(quarter, persons).replace("<NOSSRegistrationNbr>000000000<", "<NOSSRegistrationNbr>" + noss + "<")
        .replace("<CompanyID>1234567401<", "<CompanyID>" + companyId + "<");
  }

  /** A worker record with its quarter dates. */
  private static String dated(String start, String end) {
    return workerRecord("495", fullTime("00000600000")).replace("<WorkerCode>495</WorkerCode>",
        "<WorkerCode>495</WorkerCode><NOSSQuarterStartingDate>" + start + "</NOSSQuarterStartingDate>"
            + "<NOSSQuarterEndingDate>" + end + "</NOSSQuarterEndingDate>");
  }

  private Collected read(String xml) {
    return Collected.read(reader, xml);
  }

  private static String reason(Collected c) {
    assertEquals(1, c.rejects.size(), c.rejectText());
    return c.rejects.get(0).reason();
  }

  @Test
  void theEnterpriseNumberHasItsRangeAndCheckDigits() {
    assertEquals(1, read(employer("000000000", "0204816389", "20241", person(A, workerRecord("495",
        fullTime("1"))))).occupations.size());
    String wrong = reason(read(employer("000000000", "2048163215", "20241", person(A, workerRecord("495",
        fullTime("1"))))));
    assertTrue(wrong.startsWith("the whole declaration is refused: EmployerDeclaration/CompanyID is not an"
        + " enterprise number"), wrong);
    assertTrue(reason(read(employer("000000000", "0204816388", "20241", person(A, workerRecord("495",
        fullTime("1")))))).contains("CompanyID is not an enterprise number"), "check digits");
    // 0 with a valid RSZ number: the employer is the RSZ number
    Collected byNoss = read(employer("199999934", "0", "20241", person(A, workerRecord("495", fullTime("1")))));
    assertEquals(List.of(), byNoss.rejects, byNoss.rejectText());
    assertTrue(byNoss.occupations.get(0).contains(" 199999934 "), byNoss.occupations.get(0));
    assertTrue(reason(read(employer("199999935", "0", "20241", person(A, workerRecord("495", fullTime("1"))))))
        .contains("NOSSRegistrationNbr is not an RSZ number: 100006 to 199999934"));
    assertTrue(reason(read(employer("100005", "1234567401", "20241", person(A, workerRecord("495",
        fullTime("1")))))).contains("NOSSRegistrationNbr is not an RSZ number"));
  }

  @Test
  void theQuarterAgreesWithTheWorkerRecordsDates() {
    assertEquals(List.of(), read(employer("000000000", "1234567401", "20243",
        person(A, dated("2024-07-01", "2024-09-30")))).rejects);
    // shifted by days for a weekly pay cycle: still the third quarter
    assertEquals(List.of(), read(employer("000000000", "1234567401", "20243",
        person(A, dated("2024-06-29", "2024-09-27")))).rejects);
    // labelled 20244 with third-quarter dates: refused whole
    String q = reason(read(employer("000000000", "1234567401", "20244", person(A, dated("2024-07-01",
        "2024-09-30")))));
    assertTrue(q.contains("the worker record's dates 2024-07-01 to 2024-09-30 are the quarter 2024Q3, not the"
        + " declaration's Quarter 20244 (2024Q4)"), q);
    assertTrue(reason(read(employer("000000000", "1234567401", "20241", person(A, dated("2024-01-03",
        "2024-03-29"))))).contains("the first quarter always starts on 1 January"));
    assertTrue(reason(read(employer("000000000", "1234567401", "20244", person(A, dated("2024-09-30",
        "2024-12-27"))))).contains("the fourth quarter always ends on 31 December"));
    assertTrue(reason(read(employer("000000000", "1234567401", "20243", person(A, dated("2024-09-30",
        "2024-07-01"))))).contains("is before its NOSSQuarterStartingDate"));
    // a date that is no date refuses its person
    Collected notADate = read(employer("000000000", "1234567401", "20241", person(A, dated("2024-02-30",
        "2024-03-31"))));
    assertTrue(reason(notADate).startsWith("refused with its person: EmployerDeclaration/NaturalPerson[1]/WorkerRecord[1]"
        + "/NOSSQuarterStartingDate"), notADate.rejectText());
    assertTrue(reason(notADate).contains("must be a date, YYYY-MM-DD"), notADate.rejectText());
  }
}
