package be.jobbonus.io.internal.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RunCounts;
import be.jobbonus.io.internal.DataRecord;
import be.jobbonus.io.internal.DmfaJsonl;
import be.jobbonus.io.internal.OccupationFields;
import be.jobbonus.io.internal.RawLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/dmfa-xml/}: the lines of {@code examples/dmfa.jsonl} as DmfA declarations, one
 * file per employer and quarter. Run with {@code -Djobbonus.examples.write=true} to write them
 * anew after a change of the writer.
 */
class ExamplesXmlTest {

  @TempDir
  Path tmp;

  static Path examples() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("examples"))) {
      p = p.getParent();
    }
    if (p == null) {
      throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
    }
    return p.resolve("examples");
  }

  static List<OccupationLine> jsonlLines() throws IOException {
    DmfaJsonl format = new DmfaJsonl("dmfa.jsonl", 2024);
    List<OccupationLine> lines = new ArrayList<>();
    long n = 0;
    be.jobbonus.io.internal.OccupationFields f = new be.jobbonus.io.internal.OccupationFields();
    for (String text : Files.readAllLines(examples().resolve("dmfa.jsonl"), StandardCharsets.UTF_8)) {
      assertEquals(DmfaJsonl.Outcome.READ, format.read(new RawLine(++n, text, null), f));
      lines.add(DmfaJsonl.toLine(f));
    }
    return lines;
  }

  @Test
  void theDeclarationsCarryTheLinesOfDmfaJsonl() throws IOException {
    List<OccupationLine> lines = jsonlLines();
    if (Boolean.getBoolean("jobbonus.examples.write")) {
      DmfaXmlWriter.writeDeclarations(lines, examples().resolve("dmfa-xml"));
    }
    OccupationFields f = new OccupationFields();
    List<String> expected = new ArrayList<>();
    for (OccupationLine l : lines) {
      LineFields.fill(l, f);
      expected.add(Collected.canonical(f));
    }
    List<String> read = new ArrayList<>();
    DmfaXmlReader reader = new DmfaXmlReader(2024);
    List<Path> files = files(examples().resolve("dmfa-xml"));
    assertEquals(8, files.size(), "two employers, four quarters");
    for (Path file : files) {
      Collected c = new Collected();
      reader.read(file, "examples/dmfa-xml/" + file.getFileName(), c);
      assertEquals(List.of(), c.rejects, c.rejectText());
      read.addAll(c.occupations);
    }
    assertEquals(expected.stream().sorted().toList(), read.stream().sorted().toList());
  }

  @Test
  void theWriterWritesTheDeclarationsAsCheckedIn() throws IOException {
    List<Path> written = DmfaXmlWriter.writeDeclarations(jsonlLines(), tmp);
    List<Path> checkedIn = files(examples().resolve("dmfa-xml"));
    assertEquals(checkedIn.stream().map(p -> p.getFileName().toString()).toList(),
        written.stream().map(p -> p.getFileName().toString()).sorted().toList());
    for (Path p : checkedIn) {
      assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(tmp.resolve(p.getFileName())),
          p + " differs from what the writer writes: run ExamplesXmlTest with -Djobbonus.examples.write=true");
    }
    String first = Files.readString(checkedIn.get(0));
    assertTrue(first.contains("<ServiceNbrDays>06500</ServiceNbrDays>"), "zero-padded as the DmfA writes them");
  }

  /** {@code calculate} over the declarations gives the results of {@code examples/dmfa.jsonl}, byte for byte. */
  @Test
  void calculateOverTheDeclarationsGivesTheResultsOfDmfaJsonl() {
    Path persons = examples().resolve("persons.csv");
    CalculateRun run = new CalculateRun(ParameterSets.official(), 2024);
    ByteArrayOutputStream fromJsonl = new ByteArrayOutputStream();
    List<Reject> jsonlRejects = new ArrayList<>();
    RunCounts j = run.calculate(persons, "persons.csv", examples().resolve("dmfa.jsonl"), "dmfa.jsonl", InputKind.DMFA,
        fromJsonl, "results.jsonl", jsonlRejects::add);
    ByteArrayOutputStream fromXml = new ByteArrayOutputStream();
    List<Reject> xmlRejects = new ArrayList<>();
    RunCounts x = run.calculateXml(persons, "persons.csv", List.of(examples().resolve("dmfa-xml")), fromXml,
        "results.jsonl", xmlRejects::add, 2);
    assertArrayEquals(fromJsonl.toByteArray(), fromXml.toByteArray());
    assertEquals(j.dataRead(), x.dataRead());
    assertEquals(j.dataRejected(), x.dataRejected());
    assertEquals(j.personsRejected(), x.personsRejected());
    assertEquals(jsonlRejects.size(), xmlRejects.size());
    assertTrue(x.balanced());
    for (Reject r : xmlRejects) {
      assertTrue(r.file().equals("persons.csv") || r.file().endsWith(".xml"), r.toString());
    }
  }

  /**
   * The cross-field checks of an occupation (a service code twice, days beyond the quarter) are
   * the derivation's, with the words it uses for a JSON line; the reject names the file, the line
   * and the Occupation's path.
   */
  @Test
  void aServiceCodeTwiceIsRefusedByTheDerivationWithItsOwnWords() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("decl"));
    for (Path f : files(examples().resolve("dmfa-xml"))) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    Path first = dir.resolve("dmfa-1234567401-20241.xml");
    String text = Files.readString(first);
    int a = text.indexOf("<Service>");
    int b = text.indexOf("</Service>", a) + "</Service>".length();
    String again = text.substring(a, b).replace("<ServiceSequenceNbr>01<", "<ServiceSequenceNbr>02<"); // its own number
    Files.writeString(first, text.substring(0, b) + again + text.substring(b));
    List<Reject> rejects = new ArrayList<>();
    RunCounts x = new CalculateRun(ParameterSets.official(), 2024).calculateXml(examples().resolve("persons.csv"),
        "persons.csv", List.of(dir), new ByteArrayOutputStream(), "results.jsonl", rejects::add, 1);
    Reject own = rejects.stream().filter(r -> r.reason().contains("appears twice")).findFirst().orElseThrow();
    assertEquals("service code 1 appears twice in the line; declare each code once", own.reason());
    assertEquals(dir.resolve("dmfa-1234567401-20241.xml").toString(), own.file());
    assertEquals("EmployerDeclaration/NaturalPerson[1]/WorkerRecord[1]/Occupation[1] (services[1].code)", own.field());
    assertTrue(own.line() > 0 && own.line() < a, own.toString());
    assertEquals("850730*****", own.insz());
    assertTrue(x.balanced());
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
  }
}
