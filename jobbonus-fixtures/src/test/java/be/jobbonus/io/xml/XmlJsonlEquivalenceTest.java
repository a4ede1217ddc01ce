package be.jobbonus.io.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.YearsUnderTest;
import be.jobbonus.io.DataRecord;
import be.jobbonus.io.DmfaJsonl;
import be.jobbonus.io.OccupationFields;
import be.jobbonus.io.RawLine;
import be.jobbonus.io.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same synthetic population written as {@code dmfa.jsonl} and as DmfA XML declarations reads
 * back to the same fields, line for line: JSON lines through {@link DmfaJsonl#parse}, XML through
 * {@link DmfaXmlReader}, both ordered by INSZ, quarter and employer; in every reference year of
 * the data and the synthetic year after them.
 */
class XmlJsonlEquivalenceTest {

  /** Workers per year: 400 with five years, 5/6 of that since the synthetic sixth. */
  private static final int WORKERS = 333;

  @TempDir
  Path dir;

  /** The reference years of the data and the synthetic year ({@link YearsUnderTest}). */
  static List<Integer> years() {
    return YearsUnderTest.all().stream().map(YearsUnderTest.SetYear::year).toList();
  }

  @ParameterizedTest
  @MethodSource("years")
  void jsonlAndXmlReadBackToTheSameFields(int year) throws IOException {
    SyntheticPopulation population = SyntheticPopulation.of(1000 + year, year);

    long written = PopulationFiles.write(population, WORKERS, dir.resolve("jsonl"));
    List<String> fromJsonl = new ArrayList<>();
    DmfaJsonl format = new DmfaJsonl("dmfa.jsonl", year);
    OccupationFields f = new OccupationFields();
    List<OccupationLine> lines = new ArrayList<>();
    long n = 0;
    for (String text : Files.readAllLines(dir.resolve("jsonl/dmfa.jsonl"), StandardCharsets.UTF_8)) {
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      assertEquals(DmfaJsonl.Outcome.READ, format.read(b, 0, b.length, ++n, f));
      lines.add(DmfaJsonl.toLine(f));
      fromJsonl.add(canonical(f));
    }
    assertEquals(written, fromJsonl.size());
    assertTrue(written > WORKERS * 3L, "a population with lines");

    long xmlLines = PopulationFiles.writeXml(population, WORKERS, dir.resolve("xml"));
    assertEquals(written, xmlLines);
    assertTrue(Files.exists(dir.resolve("xml/persons.csv")));
    DmfaXmlReader reader = new DmfaXmlReader(year);
    Handler h = new Handler();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("xml/dmfa-xml"))) {
      files = s.sorted().toList();
    }
    for (Path file : files) {
      reader.read(file, file.getFileName().toString(), h);
    }
    assertEquals(List.of(), h.rejects);
    assertEquals(sorted(fromJsonl), sorted(h.occupations));

    // the same lines as one large declaration per quarter: many persons in one document
    List<OccupationLine> oneEmployer = new ArrayList<>();
    for (OccupationLine l : lines) {
      oneEmployer.add(OccupationLine.of(l.insz(), l.quarter(), "0412345678", l.workerCode(), l.contract(),
          l.daysPerWeek(), l.meanWorkingHours(), l.refMeanWorkingHours(), l.services(), l.remunerations()));
    }
    List<Path> big = DmfaXmlWriter.writeDeclarations(oneEmployer, dir.resolve("one"));
    assertEquals(4, big.size());
    Handler one = new Handler();
    for (Path file : big) {
      reader.read(file, file.getFileName().toString(), one);
    }
    assertEquals(List.of(), one.rejects);
    assertEquals(sorted(fromJsonl.stream().map(s -> s.replaceFirst(" \\d+ wc", " 412345678 wc")).toList()),
        sorted(one.occupations));

    // and per declaration through a stream: one document's lines
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<OccupationLine> q1 = oneEmployer.stream().filter(l -> l.quarter().quarter() == 1).toList();
    DmfaXmlWriter.writeDeclaration(q1, out);
    Handler stream = new Handler();
    DmfaXmlReader.Summary summary = reader.read(new ByteArrayInputStream(out.toByteArray()), "q1.xml", stream);
    assertEquals(new DmfaXmlReader.Summary(q1.size(), 0, false), summary);
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  private static final class Handler implements DmfaXmlReader.Handler {
    final List<String> occupations = new ArrayList<>();
    final List<Reject> rejects = new ArrayList<>();

    @Override
    public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
      occupations.add(canonical(fields));
    }

    @Override
    public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
      rejects.add(reject);
    }
  }

  /** Every field: INSZ, quarter and employer first (the order the comparison sorts by). */
  static String canonical(OccupationFields f) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%011d", f.insz)).append(' ').append(f.year).append('Q').append(f.quarter).append(' ')
        .append(f.employer).append(" wc").append(f.workerCode).append(f.partTime ? " PT " : " FT ")
        .append(f.daysPerWeek).append('/').append(f.meanWorkingHours).append('/').append(f.refMeanWorkingHours);
    for (int i = 0; i < f.services; i++) {
      sb.append(" S").append(f.serviceCodes[i]).append(':').append(f.serviceDays[i]).append(':').append(f.serviceHours[i]);
    }
    for (int i = 0; i < f.remunerations; i++) {
      sb.append(" R").append(f.remunerationCodes[i]).append(':').append(f.remunerationAmounts[i]);
    }
    return sb.toString();
  }
}
