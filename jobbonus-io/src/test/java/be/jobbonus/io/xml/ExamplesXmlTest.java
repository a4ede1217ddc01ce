package be.jobbonus.io.xml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.io.DataRecord;
import be.jobbonus.io.DmfaJsonl;
import be.jobbonus.io.OccupationFields;
import be.jobbonus.io.RawLine;
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
    be.jobbonus.io.OccupationFields f = new be.jobbonus.io.OccupationFields();
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

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList();
    }
  }
}
