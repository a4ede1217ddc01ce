package be.jobbonus.io.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import be.jobbonus.fixtures.synthetic.YearsUnderTest;
import be.jobbonus.fixtures.synthetic.YearsUnderTest.SetYear;
import be.jobbonus.io.DmfaJsonl;
import be.jobbonus.io.PersonsCsv;
import be.jobbonus.io.Reject;
import be.jobbonus.io.xml.DmfaXmlWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same lines as {@code dmfa.jsonl} (in the persons file's order) and as DmfA XML declarations
 * (one per employer and quarter) give byte-identical {@code results.jsonl} through {@link
 * CalculateRun}, with damaged lines too, on any number of threads; in every reference year of the
 * data and, with its parameter set, the synthetic year after them ({@link YearsUnderTest}).
 */
class XmlRunTest {

  /** Workers per run: 150 with five years, 5/6 of that since the synthetic sixth. */
  private static final int WORKERS = 125;

  @TempDir
  Path dir;

  /** A population's persons and lines; every 37th worker's first line made invalid (days per week 0, full-time). */
  private record Data(List<String> persons, List<OccupationLine> lines, Set<Long> damaged) {}

  private static Data data(int year, boolean damage) {
    SyntheticPopulation population = SyntheticPopulation.of(7000 + year, year);
    List<String> persons = new ArrayList<>();
    List<OccupationLine> lines = new ArrayList<>();
    Set<Long> damaged = new HashSet<>();
    for (int i = 0; i < WORKERS; i++) {
      SyntheticWorker w = population.worker(i);
      persons.add(PersonsCsv.toCsv(w.person()));
      List<OccupationLine> own = w.lines();
      for (int k = 0; k < own.size(); k++) {
        OccupationLine l = own.get(k);
        if (damage && k == 0 && i % 37 == 5) {
          l = OccupationLine.of(l.insz(), l.quarter(), l.employer(), l.workerCode(), Regime.FULL_TIME, 0,
              l.meanWorkingHours(), l.refMeanWorkingHours(), l.services(), l.remunerations());
          damaged.add(Long.parseLong(l.insz().digits()));
        }
        lines.add(l);
      }
    }
    return new Data(persons, lines, damaged);
  }

  private Path persons(Data d) throws IOException {
    Path p = dir.resolve("persons.csv");
    List<String> text = new ArrayList<>();
    text.add(PersonsCsv.headerLine());
    text.addAll(d.persons);
    Files.write(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path jsonl(Data d) throws IOException {
    Path p = dir.resolve("dmfa.jsonl");
    List<String> text = new ArrayList<>();
    for (OccupationLine l : d.lines) {
      text.add(DmfaJsonl.toJson(l));
    }
    Files.write(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private Path xml(Data d) throws IOException {
    Path p = dir.resolve("dmfa-xml");
    DmfaXmlWriter.writeDeclarations(d.lines, p);
    return p;
  }

  private record Run(byte[] results, List<Reject> rejects, RunCounts counts) {}

  /** The official set over its years, the synthetic set over the synthetic year. */
  static List<SetYear> setsAndYears() {
    return YearsUnderTest.all();
  }

  private static Run jsonlRun(int year, Path persons, Path jsonl) {
    return jsonlRun(new SetYear(ParameterSets.official(), year), persons, jsonl);
  }

  private static Run jsonlRun(SetYear under, Path persons, Path jsonl) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    RunCounts c = new CalculateRun(under.set(), under.year()).calculate(persons, "persons.csv", jsonl,
        "dmfa.jsonl", InputKind.DMFA, out, "results.jsonl", rejects::add);
    return new Run(out.toByteArray(), rejects, c);
  }

  private static Run xmlRun(int year, Path persons, List<Path> xml, int threads) {
    return xmlRun(year, persons, xml, threads, 7); // many chunks of persons for the later stages
  }

  private static Run xmlRun(int year, Path persons, List<Path> xml, int threads, int chunk) {
    return xmlRun(new SetYear(ParameterSets.official(), year), persons, xml, threads, chunk);
  }

  private static Run xmlRun(SetYear under, Path persons, List<Path> xml, int threads) {
    return xmlRun(under, persons, xml, threads, 7);
  }

  private static Run xmlRun(SetYear under, Path persons, List<Path> xml, int threads, int chunk) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    CalculateRun run = new CalculateRun(under.set(), under.year());
    run.xmlChunk = chunk;
    RunCounts c = run.calculateXml(persons, "persons.csv", xml, out, "results.jsonl", rejects::add, threads);
    return new Run(out.toByteArray(), rejects, c);
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void jsonlAndXmlGiveByteIdenticalResults(SetYear under) throws IOException {
    int year = under.year();
    Data d = data(year, false);
    Path persons = persons(d);
    Run j = jsonlRun(under, persons, jsonl(d));
    Run x = xmlRun(under, persons, List.of(xml(d)), 2);
    assertEquals(List.of(), j.rejects);
    assertEquals(List.of(), x.rejects);
    assertEquals(WORKERS, x.counts.personsInResults());
    assertEquals(j.counts.dataRead(), x.counts.dataRead());
    assertTrue(x.counts.balanced());
    assertArrayEquals(j.results, x.results, "results.jsonl differ for " + year);
    assertTrue(new String(x.results, StandardCharsets.UTF_8).contains("\"" + under.set().id() + "-" + year + "\""),
        "results carry the parameter set and year");
  }

  @ParameterizedTest
  @MethodSource("setsAndYears")
  void aDamagedOccupationRefusesItsPersonInBothForms(SetYear under) throws IOException {
    int year = under.year();
    Data d = data(year, true);
    assertFalse(d.damaged.isEmpty());
    Path persons = persons(d);
    Run j = jsonlRun(under, persons, jsonl(d));
    Run x = xmlRun(under, persons, List.of(xml(d)), 3);
    assertArrayEquals(j.results, x.results, "results.jsonl differ for " + year);
    assertEquals(WORKERS - d.damaged.size(), x.counts.personsInResults());
    assertEquals(j.counts.personsRejected(), x.counts.personsRejected());
    assertEquals(j.counts.dataRejected(), x.counts.dataRejected());
    assertTrue(x.counts.balanced());
    String results = new String(x.results, StandardCharsets.UTF_8);
    for (long insz : d.damaged) {
      assertFalse(results.contains(DmfaJsonl.digits(insz)), "a refused person is in no result");
    }
    // the faulty occupation: its file, line and element path, the same reason as for the JSON line
    List<Reject> own = x.rejects.stream().filter(r -> r.field().endsWith("(daysPerWeek)")).toList();
    List<Reject> ownJ = j.rejects.stream().filter(r -> r.field().equals("daysPerWeek")).toList();
    assertEquals(d.damaged.size(), own.size());
    assertEquals(ownJ.stream().map(Reject::reason).sorted().toList(), own.stream().map(Reject::reason).sorted().toList());
    for (Reject r : own) {
      assertTrue(r.file().contains("dmfa-xml") && r.file().endsWith(".xml"), r.toString());
      assertTrue(r.line() > 1, r.toString());
      assertTrue(r.field().matches("EmployerDeclaration/NaturalPerson\\[\\d+]/WorkerRecord\\[\\d+]/Occupation\\[\\d+]"
          + " \\(daysPerWeek\\)"), r.field());
      assertTrue(r.insz().matches("\\d{6}\\*{5}"), r.insz());
      // and its column: where the Occupation's tag starts on that line
      String text = Files.readAllLines(Path.of(r.file()), StandardCharsets.UTF_8).get((int) r.line() - 1);
      assertTrue(r.column() > 0 && text.startsWith("<Occupation>", r.column() - 1), r.column() + ": " + text);
    }
    assertTrue(j.rejects.stream().allMatch(r -> r.column() == 0), "dmfa.jsonl knows no column");
    // the person's other occupations point at it, naming its file and line
    for (Reject r : x.rejects) {
      if (r.file().endsWith(".xml")) {
        assertTrue(r.column() > 0, r.toString());
      }
      assertTrue(r.insz().isEmpty() || r.insz().matches("\\d{6}\\*{5}"), r.toString());
      if (r.reason().startsWith("not computed because the same person's")) {
        assertTrue(r.reason().matches("not computed because the same person's line \\d+ of .*dmfa-xml.*\\.xml was"
            + " rejected; fix it and rerun"), r.reason());
      }
    }
  }

  @Test
  void theThreadCountDoesNotChangeTheOutput() throws IOException {
    Data d = data(2024, true);
    Path persons = persons(d);
    Path xml = xml(d);
    Run one = xmlRun(2024, persons, List.of(xml), 1, 4096); // one chunk on one thread
    assertFalse(one.rejects.isEmpty());
    for (int threads : new int[] {1, 2, 3}) {
      for (int chunk : new int[] {1, 7, 64}) {
        Run t = xmlRun(2024, persons, List.of(xml), threads, chunk);
        assertArrayEquals(one.results, t.results, threads + " threads, chunks of " + chunk);
        assertEquals(one.rejects, t.rejects);
        assertEquals(one.counts, t.counts);
      }
    }
  }

  @Test
  void filesAndDirectoriesMayBeMixedAndSplit() throws IOException {
    Data d = data(2023, false);
    Path persons = persons(d);
    Run j = jsonlRun(2023, persons, jsonl(d));
    Path xml = xml(d);
    List<Path> files;
    try (Stream<Path> s = Files.list(xml)) {
      files = s.sorted().toList();
    }
    Path other = Files.createDirectories(dir.resolve("other"));
    List<Path> given = new ArrayList<>();
    for (int k = 0; k < files.size(); k++) {
      if (k % 3 == 0) {
        given.add(files.get(k)); // given one by one
      } else {
        Files.move(files.get(k), other.resolve(files.get(k).getFileName()));
      }
    }
    given.add(other);
    assertArrayEquals(j.results, xmlRun(2023, persons, given, 2).results);
  }

  /** The declaration with the most persons, and the INSZs of its persons in its first {@code share} of text. */
  private static Set<String> inside(String text) {
    Set<String> inside = new HashSet<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<INSS>(\\d{11})</INSS>").matcher(text);
    while (m.find()) {
      inside.add(m.group(1));
    }
    return inside;
  }

  private static Path largest(Path xml) throws IOException {
    try (Stream<Path> s = Files.list(xml)) {
      return s.sorted().max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
    }
  }

  /**
   * A document cut in the middle among good ones: the persons after the break are unknown and may
   * have occupations in the other declarations, so nobody is paid (docs/cli.md, "No person paid
   * from part of their data"), and every record is still in the rejects.
   */
  @Test
  void aTruncatedDocumentHoldsEveryPersonOfTheRun() throws IOException {
    Data d = data(2024, false);
    Path persons = persons(d);
    Path xml = xml(d);
    Path broken = largest(xml);
    String text = Files.readString(broken);
    String cut = text.substring(0, text.length() * 2 / 3);
    Set<String> inside = inside(cut); // the persons the broken document still shows
    assertFalse(inside.isEmpty());
    Files.writeString(broken, cut);
    for (int threads : new int[] {1, 2, 3}) {
      Run x = xmlRun(2024, persons, List.of(xml), threads);
      assertEquals(0, x.results.length, "nobody paid");
      assertEquals(0, x.counts.personsInResults());
      assertEquals(0, x.counts.dataInResults());
      assertEquals(WORKERS, x.counts.personsRejected());
      assertEquals(x.counts.dataRead(), x.counts.dataRejected());
      assertTrue(x.counts.balanced());
      String held = "not computed because the DmfA declaration " + broken + " could not be read to its end";
      for (Reject r : x.rejects) {
        if (r.file().equals("persons.csv")) {
          String digits = inside.stream().filter(i -> Insz.mask(i).equals(r.insz())).findFirst().orElse(null);
          assertTrue(digits != null ? r.reason().startsWith("not computed because the person's records were rejected")
              : r.reason().startsWith(held), r.toString());
        } else if (r.file().equals(broken.toString())) {
          assertTrue(r.reason().startsWith("the whole declaration is refused"), r.toString());
        } else {
          assertTrue(r.reason().startsWith(held) || r.reason().startsWith("not computed because the same person's"),
              r.toString());
        }
        for (String insz : inside) {
          assertFalse(r.toString().contains(insz), "INSZ unmasked in " + r);
        }
      }
      assertEquals(WORKERS, x.rejects.stream().filter(r -> r.file().equals("persons.csv")).count());
    }
    // explain: a person without an occupation in the broken declaration is held too
    String other = d.persons.stream().map(l -> l.substring(0, 11)).filter(i -> !inside.contains(i)).findFirst()
        .orElseThrow();
    List<Reject> none = new ArrayList<>();
    Outcome o = new CalculateRun(ParameterSets.official(), 2024).explainXml(persons, "persons.csv", List.of(xml),
        Insz.parse(other), none, 2).orElseThrow();
    assertFalse(o.computed());
  }

  /** A document read to its end but refused whole (no quarter) refuses its own persons only. */
  @Test
  void aDocumentRefusedAfterItsEndRefusesItsOwnPersonsOnly() throws IOException {
    Data d = data(2024, false);
    Path persons = persons(d);
    Path xml = xml(d);
    Path refused = largest(xml);
    String text = Files.readString(refused);
    Set<String> inside = inside(text);
    Files.writeString(refused, text.replaceFirst("<Quarter>\\d{5}</Quarter>", ""));
    Run x = xmlRun(2024, persons, List.of(xml), 2);
    String results = new String(x.results, StandardCharsets.UTF_8);
    for (String insz : inside) {
      assertFalse(results.contains("\"insz\":\"" + insz + "\""), "a person of the refused document is in no result");
    }
    assertEquals(WORKERS - inside.size(), x.counts.personsInResults());
    assertTrue(x.counts.balanced());
    assertTrue(x.rejects.stream().anyMatch(r -> r.file().equals(refused.toString())
        && r.reason().startsWith("the whole declaration is refused")));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
