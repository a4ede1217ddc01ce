package be.jobbonus.io.internal.xml;

import static be.jobbonus.io.internal.xml.Decl.A;
import static be.jobbonus.io.internal.xml.Decl.B;
import static be.jobbonus.io.internal.xml.Decl.C;
import static be.jobbonus.io.internal.xml.Decl.doc;
import static be.jobbonus.io.internal.xml.Decl.fullTime;
import static be.jobbonus.io.internal.xml.Decl.person;
import static be.jobbonus.io.internal.xml.Decl.workerRecord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RunCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declaration sets as the social security sends them (docs/dmfa.md §13): a declaration resent
 * (also under another name, with another creation date and hour) is read once; two different
 * originals of one employer and quarter hold their persons; a declaration of another year is
 * skipped; a file that cannot be decoded holds the run. Each outcome is checked against a run on
 * the set without the extra file, or against the amount the decree gives by hand.
 */
class DeclarationSetTest {

  private static final String PERSONS = "insz,last_name,first_name,birth_date,statuut,residence\n"
      + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n"
      + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n"
      + C + ",Maes,Jan,,EMPLOYEE,FLEMISH_REGION\n";

  @TempDir
  Path tmp;

  /** One run's output. */
  record Run(String results, List<Reject> rejects, RunCounts counts, List<String> notices) {
    String resultOf(String insz) {
      for (String l : results.split("\n")) {
        if (l.startsWith("{\"insz\":\"" + insz + "\"")) {
          return l;
        }
      }
      return null;
    }

    List<Reject> rejectsOf(String masked) {
      return rejects.stream().filter(r -> r.insz().equals(masked)).toList();
    }
  }

  private Run run(Path... files) throws IOException {
    Path persons = tmp.resolve("persons.csv");
    Files.writeString(persons, PERSONS);
    CalculateRun run = new CalculateRun(ParameterSets.official(), 2024);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    RunCounts counts = run.calculateXml(persons, "persons.csv", Arrays.asList(files), out, "results.jsonl",
        rejects::add, 2);
    assertTrue(counts.balanced(), counts.toString());
    return new Run(out.toString(StandardCharsets.UTF_8), rejects, counts, run.notices());
  }

  private Path file(String name, String xml) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, xml);
    return p;
  }

  /** A declaration of employer {@code companyId} with a form creation date and hour. */
  private static String declaration(String companyId, String quarter, String created, String... persons) {
    return doc(quarter, persons).replace("<CompanyID>1234567401</CompanyID>", "<CompanyID>" + companyId + "</CompanyID>")
        .replace("<TypeForm>SU</TypeForm>", "<FormCreationDate>" + created + "</FormCreationDate>\n"
            + "  <FormCreationHour>09:00:00.000</FormCreationHour>\n  <TypeForm>SU</TypeForm>");
  }

  @Test
  void aDeclarationReceivedTwiceIsReadOnce() throws IOException {
    // A: 65 days of 65 and 6,000.00 in 2024Q1 -> µ = 1, S = 2,000.00: 162.50 + 50.00 fixed = 212.50.
    // Summed twice, W = 12,000.00 and S = 4,000.00: nothing (above the upper limit).
    String x = declaration("1234567401", "20241", "2024-04-20", person(A, workerRecord("495", fullTime("00000600000"))),
        person(B, workerRecord("015", fullTime("00000750000"))));
    Path first = file("dmfa-x-20241.xml", x);
    Path again = file("resent/copy-of-x.xml", x.replace("2024-04-20", "2024-05-02").replace("09:00:00.000",
        "16:45:10.000"));
    Path other = file("dmfa-y-20241.xml", declaration("0448163259", "20241", "2024-04-21",
        person(C, workerRecord("495", fullTime("00000500000")))));

    Run once = run(first, other);
    Run twice = run(first, other, again);
    assertEquals(once.results(), twice.results(), "the resent declaration changes nothing");
    assertEquals(once.counts().dataRead(), twice.counts().dataRead(), "its records are read once");
    assertEquals(List.of(), twice.rejects());
    assertTrue(twice.resultOf(A).contains("\"total\":\"212.50\""), twice.resultOf(A));
    assertEquals(List.of("note: " + again + " is the same declaration as " + first + " (employer enterprise number"
        + " 1234567401, 2024Q1; the same content apart from the form's creation date, hour and reference): read once"),
        twice.notices());
    assertEquals(List.of(), once.notices());

    // given first, the copy is the one read: the same results
    assertEquals(once.results(), run(again, other, first).results());
  }

  @Test
  void twoDifferentOriginalsOfOneDeclarationHoldTheirPersons() throws IOException {
    Path one = file("x-a.xml", declaration("1234567401", "20242", "2024-07-20",
        person(A, workerRecord("495", fullTime("00000600000")))));
    Path two = file("x-b.xml", declaration("1234567401", "20242", "2024-07-22",
        person(A, workerRecord("495", fullTime("00000650000"))), person(B, workerRecord("495",
            fullTime("00000700000")))));
    Path third = file("y.xml", declaration("0448163259", "20242", "2024-07-20",
        person(C, workerRecord("495", fullTime("00000500000")))));
    Run r = run(one, two, third);
    Run alone = run(third);
    assertEquals(alone.resultOf(C), r.resultOf(C), "a person of neither is computed as without them");
    assertEquals(null, r.resultOf(A));
    assertEquals(null, r.resultOf(B));
    String why = one + " and " + two + " are different original declarations of the same employer enterprise"
        + " number 1234567401, 2024Q2 and no correction links them";
    List<Reject> a = r.rejectsOf("850730*****");
    assertEquals(3, a.size(), "A's occupation in each file and A's person record");
    assertTrue(a.get(0).reason().startsWith(why), a.get(0).reason());
    assertTrue(a.get(1).reason().startsWith(why), a.get(1).reason());
    assertEquals("persons.csv", a.get(2).file());
    long line = a.get(0).line(); // the Occupation's line, the same in both
    assertTrue(a.get(2).reason().contains("line " + line + " of " + one + " and line " + line + " of " + two),
        a.get(2).reason());
    List<Reject> b = r.rejectsOf("900215*****");
    assertEquals(2, b.size());
    assertTrue(b.get(0).reason().startsWith(why), b.get(0).reason());
    assertEquals(List.of(), r.notices());
    // the same two with one of them resent: still held, and the copy read once
    Run resent = run(one, two, third, file("x-a-again.xml", Files.readString(one)));
    assertEquals(r.rejects().size(), resent.rejects().size());
    assertEquals(1, resent.notices().size());
  }

  @Test
  void aDeclarationOfAnotherYearIsSkippedWithANotice() throws IOException {
    Path q1 = file("x-20241.xml", declaration("1234567401", "20241", "2024-04-20",
        person(A, workerRecord("495", fullTime("00000600000")))));
    Path lastYear = file("x-20234.xml", declaration("1234567401", "20234", "2024-01-20",
        person(A, workerRecord("495", fullTime("00000600000"))), person(B, workerRecord("495",
            fullTime("00000600000")))));
    Run r = run(q1, lastYear);
    assertEquals(run(q1).results(), r.results());
    assertEquals(List.of(), r.rejects(), "its persons are not refused");
    assertEquals(List.of("note: " + lastYear + " is the declaration of 2023Q4, outside reference year 2024: skipped"
        + " (it concerns another year)"), r.notices());
    assertTrue(r.resultOf(A).contains("\"total\":\"212.50\""), r.resultOf(A));
  }

  @Test
  void aFileThatCannotBeDecodedHoldsTheRunLikeADeclarationCutShort() throws IOException {
    Path good = file("x.xml", declaration("1234567401", "20241", "2024-04-20",
        person(A, workerRecord("495", fullTime("00000600000")))));
    byte[] bytes = declaration("0448163259", "20241", "2024-04-20", person(B, workerRecord("495",
        fullTime("00000600000")))).getBytes(StandardCharsets.UTF_8);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("<NetOwedAmount>");
    bytes[at - 2] = (byte) 0xC3; // a lead byte followed by "<": not UTF-8
    bytes[at - 1] = (byte) 0x28;
    Path bad = tmp.resolve("latin.xml");
    Files.write(bad, bytes);
    Run r = run(good, bad);
    assertEquals("", r.results(), "nobody is paid: the file may hold anyone's occupations");
    Reject own = r.rejects().stream().filter(x -> x.file().equals(bad.toString())).findFirst().orElseThrow();
    assertTrue(own.reason().contains("cannot be decoded"), own.reason());
    assertTrue(r.rejectsOf("850730*****").get(0).reason().contains(bad + " could not be read to its end"),
        r.rejects().toString());
    assertFalse(r.rejects().isEmpty());
  }
}
