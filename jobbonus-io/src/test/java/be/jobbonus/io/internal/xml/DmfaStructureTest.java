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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader knows the schema's structure where it reads: a block out of its place refuses the
 * declaration, and every person the document names is refused with it; a second {@code Form} or
 * {@code EmployerDeclaration} likewise; the same remuneration twice in an occupation is refused.
 */
class DmfaStructureTest {

  private final DmfaXmlReader reader = new DmfaXmlReader(2024);

  /** Three persons, A and C with one occupation, B with two; each change below moves or wraps a part. */
  private static String base() {
    return doc("20241", person(A, workerRecord("495", fullTime("00000612345"))),
        person(B, workerRecord("015", fullTime("00000432109"), occupation("500", "0", "3800", "3800",
            service("001", "00500", "0003800"), remun("001", "00000050000")))),
        person(C, workerRecord("495", fullTime("00000300007"))));
  }

  /** Wraps the {@code n}th (1-based) element {@code name} in {@code <wrapper>}. */
  private static UnaryOperator<String> wrap(String name, int n, String wrapper) {
    return xml -> {
      int a = nth(xml, "<" + name + ">", n);
      int b = xml.indexOf("</" + name + ">", a) + name.length() + 3;
      return xml.substring(0, a) + "<" + wrapper + ">" + xml.substring(a, b) + "</" + wrapper + ">" + xml.substring(b);
    };
  }

  /** Moves the {@code n}th element {@code name} to just before the {@code m}th {@code before} tag. */
  private static UnaryOperator<String> move(String name, int n, String before, int m) {
    return xml -> {
      int a = nth(xml, "<" + name + ">", n);
      int b = xml.indexOf("</" + name + ">", a) + name.length() + 3;
      String block = xml.substring(a, b);
      String rest = xml.substring(0, a) + xml.substring(b);
      int at = nth(rest, before, m);
      return rest.substring(0, at) + block + rest.substring(at);
    };
  }

  private static UnaryOperator<String> insert(String before, int m, String text) {
    return xml -> {
      int at = nth(xml, before, m);
      return xml.substring(0, at) + text + xml.substring(at);
    };
  }

  private static int nth(String s, String what, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = s.indexOf(what, at + 1);
      if (at < 0) {
        throw new IllegalArgumentException("no " + n + "th " + what);
      }
    }
    return at;
  }

  static Stream<Arguments> outOfPlace() {
    return Stream.of(
        Arguments.of("a NaturalPerson wrapped in an unknown element", wrap("NaturalPerson", 2, "Extra"), "Extra"),
        Arguments.of("a NaturalPerson inside CompanyVehicle", wrap("NaturalPerson", 3, "CompanyVehicle"),
            "CompanyVehicle"),
        Arguments.of("a WorkerRecord wrapped", wrap("WorkerRecord", 2, "Records"), "Records"),
        Arguments.of("an Occupation wrapped in an allowed block", wrap("Occupation", 3, "WorkerContribution"),
            "WorkerContribution"),
        Arguments.of("an Occupation under NaturalPerson", move("Occupation", 2, "</NaturalPerson>", 2), "Occupation"),
        Arguments.of("a Service under WorkerRecord", move("Service", 3, "</WorkerRecord>", 2), "Service"),
        Arguments.of("a Remun wrapped in an unknown element", wrap("Remun", 2, "Remuns"), "Remuns"),
        Arguments.of("a Remun inside OccupationDeduction", wrap("Remun", 2, "OccupationDeduction"),
            "OccupationDeduction"),
        Arguments.of("an INSS inside OccupationInformations", insert("</Occupation>", 1,
            "<OccupationInformations><INSS>" + B + "</INSS></OccupationInformations>"), "OccupationInformations"),
        Arguments.of("an unknown leaf in Occupation", insert("</Occupation>", 2, "<RemunAmountBis>1</RemunAmountBis>"),
            "RemunAmountBis"),
        Arguments.of("a name the schema forbids in NaturalPerson", insert("<WorkerRecord>", 2,
            "<WorkerName>X</WorkerName>"), "WorkerName"),
        Arguments.of("an element inside a value", (UnaryOperator<String>) xml -> xml.replaceFirst("<RemunAmount>00000432109</RemunAmount>",
            "<RemunAmount><X>1</X>00000432109</RemunAmount>"), "RemunAmount/X"),
        Arguments.of("an unknown element under the root", insert(" <Form>", 1, "<Header/>"), "Header"),
        Arguments.of("a Quarter in NaturalPerson", insert("<WorkerRecord>", 1, "<Quarter>20241</Quarter>"), "Quarter"),
        Arguments.of("a ServiceCode in Remun", (UnaryOperator<String>) xml -> xml.replaceFirst("<RemunCode>001</RemunCode>",
            "<RemunCode>001</RemunCode><ServiceCode>001</ServiceCode>"), "ServiceCode"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outOfPlace")
  void anElementOutOfPlaceRefusesTheDeclarationAndEveryPersonInIt(String name, UnaryOperator<String> change,
      String at) {
    String xml = change.apply(base());
    Collected ok = Collected.read(reader, base());
    assertEquals(4, ok.occupations.size(), ok.rejectText());
    Collected c = Collected.read(reader, xml);
    assertEquals(List.of(), c.occupations, name);
    assertTrue(c.summary.documentRefused() && !c.summary.unreadToEnd(), c.summary.toString());
    Set<Long> refused = new TreeSet<>(c.rejectInsz);
    assertEquals(new TreeSet<>(List.of(Long.parseLong(A), Long.parseLong(B), Long.parseLong(C))), refused,
        name + ": " + c.rejectText());
    Reject first = c.rejects.get(0);
    assertTrue(first.reason().startsWith("the whole declaration is refused: ") && first.reason().contains("DmfA schema"),
        first.reason());
    if (at != null) {
      assertTrue(first.reason().contains("/" + at + " at line") || first.reason().contains(at + " at line"),
          first.reason());
    }
    DmfaXmlReaderTest.noPersonalData(c, A, B, C, "612345", "432109", "300007");
  }

  @Test
  void aPersonOnlyInABlockOutOfPlaceIsRefusedByItsInss() {
    String other = "85010100115"; // a valid INSZ named nowhere else
    String xml = insert("</EmployerDeclaration>", 1, "<Extra><NaturalPerson><INSS>" + other + "</INSS>"
        + "<WorkerRecord><WorkerCode>015</WorkerCode>" + fullTime("00000100000") + "</WorkerRecord></NaturalPerson>"
        + "</Extra>").apply(base());
    Collected c = Collected.read(reader, xml);
    assertTrue(c.rejectInsz.contains(Long.parseLong(other)), c.rejectText());
    Reject named = c.rejects.get(c.rejectInsz.indexOf(Long.parseLong(other)));
    assertEquals("850101*****", named.insz());
    assertEquals("EmployerDeclaration/Extra/…/INSS", named.field());
    assertEquals(5, c.rejects.size(), c.rejectText()); // four occupations and the person out of place
    assertEquals(new DmfaXmlReader.Summary(0, 5, true), c.summary);
  }

  static Stream<Arguments> secondBlocks() {
    String second = "  <EmployerDeclaration>\n   <Quarter>20241</Quarter>\n   <CompanyID>1234567401</CompanyID>\n"
        + person("85010100115", workerRecord("495", fullTime("00000100000"))) + "  </EmployerDeclaration>\n";
    return Stream.of(
        Arguments.of("a second EmployerDeclaration", insert(" </Form>", 1, second), "EmployerDeclaration"),
        Arguments.of("a second Form", insert("</DmfAOriginal>", 1, " <Form>\n" + second + " </Form>\n"), "Form"),
        Arguments.of("a second Form before the first", insert(" <Form>", 1, " <Form>\n" + second + " </Form>\n"),
            "Form"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secondBlocks")
  void everyPersonOfEveryBlockIsRefusedWithADocumentOfTwoBlocks(String name, UnaryOperator<String> change,
      String field) {
    Collected c = Collected.read(reader, change.apply(base()));
    assertEquals(List.of(), c.occupations);
    assertEquals(new TreeSet<>(List.of(Long.parseLong(A), Long.parseLong(B), Long.parseLong(C), 85010100115L)),
        new TreeSet<>(c.rejectInsz), c.rejectText());
    assertEquals(5, c.rejects.size());
    assertTrue(c.summary.documentRefused() && !c.summary.unreadToEnd(), name);
    assertTrue(c.rejects.get(0).reason().startsWith("the whole declaration is refused: " + field + " "),
        c.rejects.get(0).reason());
  }

  static Stream<Arguments> remunerations() {
    String seq = "<Remun><RemunSequenceNbr>%s</RemunSequenceNbr><RemunCode>%s</RemunCode>%s<RemunAmount>00000100000"
        + "</RemunAmount></Remun>";
    return Stream.of(
        Arguments.of("the same Remun twice", String.format(seq, "05", "001", "") + String.format(seq, "5", "001", ""),
            "Remun[2]/RemunSequenceNbr", "is the number of another Remun"),
        Arguments.of("the same triple with its own number", String.format(seq, "05", "002",
            "<BonusPaymentFrequency>12</BonusPaymentFrequency>") + String.format(seq, "06", "002",
            "<BonusPaymentFrequency>12</BonusPaymentFrequency>"), "Remun[2]/RemunCode",
            "remuneration code 2 appears twice in the occupation with the same frequency and percentage"),
        Arguments.of("the same code, one without a percentage", String.format(seq, "05", "001",
            "<PercentagePaid>10000</PercentagePaid>") + String.format(seq, "06", "001", "")
            + String.format(seq, "07", "001", "<PercentagePaid>10000</PercentagePaid>"), "Remun[3]/RemunCode",
            "remuneration code 1 appears twice"),
        Arguments.of("two Services with one number", "<Service><ServiceSequenceNbr>05</ServiceSequenceNbr>"
            + "<ServiceCode>001</ServiceCode><ServiceNbrDays>01000</ServiceNbrDays></Service>"
            + "<Service><ServiceSequenceNbr>5</ServiceSequenceNbr><ServiceCode>002</ServiceCode>"
            + "<ServiceNbrDays>01000</ServiceNbrDays></Service>", "Service[2]/ServiceSequenceNbr",
            "is the number of another Service"),
        Arguments.of("the same code with other frequencies", String.format(seq, "01", "002",
            "<BonusPaymentFrequency>12</BonusPaymentFrequency>") + String.format(seq, "02", "002",
            "<BonusPaymentFrequency>06</BonusPaymentFrequency>") + String.format(seq, "03", "002", ""), null, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("remunerations")
  void theSameRemunerationTwiceInAnOccupationIsRefusedNotAddedUp(String name, String items, String field,
      String reason) {
    String xml = doc("20241", person(A, workerRecord("495", fullTime("00000612345"))),
        person(B, workerRecord("495", occupation("500", "0", "3800", "3800", items))));
    Collected c = Collected.read(reader, xml);
    if (field == null) {
      assertEquals(List.of(), c.rejects, c.rejectText());
      assertTrue(c.occupations.get(1).endsWith(" R [2:100000] [2:100000] [2:100000]"), c.occupations.get(1));
      return;
    }
    assertEquals(1, c.occupations.size(), c.rejectText());
    assertEquals(1, c.rejects.size());
    Reject r = c.rejects.get(0);
    assertEquals("EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]/" + field, r.field());
    assertTrue(r.reason().startsWith(reason), r.reason());
    assertFalse(c.summary.documentRefused());
  }
}
