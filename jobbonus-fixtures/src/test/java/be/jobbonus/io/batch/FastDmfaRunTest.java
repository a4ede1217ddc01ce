package be.jobbonus.io.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.PersonsCsv;
import be.jobbonus.io.Reject;
import be.jobbonus.io.ResultsJson;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast DmfA path ({@link BatchRun#calculateDmfa}) against the reference path ({@link
 * BatchRun#calculate} with {@link ResultsJson}): the same results bytes, the same rejects in the
 * same order, the same counts, on clean synthetic populations, on populations with every kind of
 * damage the readers know, and under other parameter sets.
 */
class FastDmfaRunTest {

  @TempDir
  Path dir;

  record Run(byte[] results, List<Reject> rejects, RunCounts counts) {}

  static Run reference(ParameterSet set, int year, Path persons, Path dmfa, Path resultsFile) {
    List<Reject> rejects = new ArrayList<>();
    RunCounts counts;
    try (ResultsJson out = ResultsJson.create(resultsFile)) {
      counts = new BatchRun(set, year).calculate(persons, "persons.csv", dmfa, "dmfa.jsonl", InputKind.DMFA, out::write,
          rejects::add);
    }
    try {
      return new Run(Files.readAllBytes(resultsFile), rejects, counts);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Run fast(ParameterSet set, int year, Path persons, Path dmfa) {
    List<Reject> rejects = new ArrayList<>();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunCounts counts = new BatchRun(set, year).calculateDmfa(persons, "persons.csv", dmfa, "dmfa.jsonl", bytes,
        "results.jsonl", rejects::add);
    return new Run(bytes.toByteArray(), rejects, counts);
  }

  void assertSame(ParameterSet set, int year, Path persons, Path dmfa) {
    Run ref = reference(set, year, persons, dmfa, dir.resolve("reference-results.jsonl"));
    Run fast = fast(set, year, persons, dmfa);
    assertEquals(ref.counts(), fast.counts(), "counts");
    assertEquals(ref.rejects().size(), fast.rejects().size(), "number of rejects");
    for (int i = 0; i < ref.rejects().size(); i++) {
      assertEquals(ref.rejects().get(i), fast.rejects().get(i), "reject " + i);
    }
    if (!java.util.Arrays.equals(ref.results(), fast.results())) {
      String[] a = new String(ref.results(), StandardCharsets.UTF_8).split("\n", -1);
      String[] b = new String(fast.results(), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        assertEquals(a[i], b[i], "results line " + (i + 1));
      }
      assertEquals(a.length, b.length, "results lines");
    }
    assertArrayEquals(ref.results(), fast.results());
  }

  Path population(long seed, int year, int workers) {
    Path d = dir.resolve("pop-" + seed + "-" + year);
    PopulationFiles.write(SyntheticPopulation.of(seed, year), workers, d);
    return d;
  }

  @Test
  void cleanPopulationsGiveTheSameBytes() {
    for (int year : new int[] {2022, 2023, 2024}) {
      for (long seed : new long[] {1, 7}) {
        Path d = population(seed, year, 3_000);
        assertSame(ParameterSets.official(), year, d.resolve("persons.csv"), d.resolve("dmfa.jsonl"));
      }
    }
  }

  @Test
  void cleanFilesGoTheFastWayAndDamagedOnesTheExactWay() throws IOException {
    Path d = population(2, 2024, 2_000);
    long[] paths = paths(d.resolve("persons.csv"), d.resolve("dmfa.jsonl"));
    assertEquals(2_000, paths[0], "every person by the kernel");
    assertEquals(0, paths[1], "no group the exact way");
    List<String> m = new ArrayList<>(Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8));
    m.set(0, m.get(0).replace(",", ", "));
    Path mf = dir.resolve("dmfa-spaced.jsonl");
    Files.write(mf, (String.join("\n", m) + "\n").getBytes(StandardCharsets.UTF_8));
    paths = paths(d.resolve("persons.csv"), mf);
    assertEquals(1_999, paths[0]);
    assertEquals(1, paths[1], "the person with the spaced line the exact way");
  }

  static long[] paths(Path persons, Path dmfa) {
    long[] paths = new long[2];
    ParameterSet set = ParameterSets.official();
    PersonTable table = new PersonTable(be.jobbonus.core.batch.BatchKernel.of(set, 2024), set);
    PersonsCsv.Persons people = PersonsCsv.read(persons, "persons.csv", r -> {}, table::add);
    table.removeAll(people.refusedInszs());
    FastDmfaRun.run(be.jobbonus.core.batch.BatchKernel.of(set, 2024), people, table, "persons.csv", dmfa, "dmfa.jsonl",
        new ResultBytes(new ByteArrayOutputStream(), "results.jsonl", set, 2024, be.jobbonus.core.batch.BatchKernel.of(set, 2024)),
        r -> {}, paths);
    return paths;
  }

  /** Bytes allocated so far by this thread, or -1 when the JVM does not count them. */
  static long allocated() {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    if (bean instanceof com.sun.management.ThreadMXBean) {
      com.sun.management.ThreadMXBean b = (com.sun.management.ThreadMXBean) bean;
      if (b.isThreadAllocatedMemoryEnabled()) {
        return b.getCurrentThreadAllocatedBytes();
      }
    }
    return -1;
  }

  /** Bytes the DmfA pass allocates for a population (persons read before, outside the count). */
  long allocatedByTheDmfaPass(Path d, int persons) {
    ParameterSet set = ParameterSets.official();
    PersonTable table = new PersonTable(be.jobbonus.core.batch.BatchKernel.of(set, 2024), set);
    PersonsCsv.Persons people = PersonsCsv.read(d.resolve("persons.csv"), "persons.csv", r -> {}, table::add);
    table.removeAll(people.refusedInszs());
    ResultBytes writer = new ResultBytes(java.io.OutputStream.nullOutputStream(), "results.jsonl", set, 2024,
        be.jobbonus.core.batch.BatchKernel.of(set, 2024));
    long[] paths = new long[2];
    long before = allocated();
    FastDmfaRun.run(be.jobbonus.core.batch.BatchKernel.of(set, 2024), people, table, "persons.csv", d.resolve("dmfa.jsonl"),
        "dmfa.jsonl", writer, r -> {}, paths);
    long bytes = allocated() - before;
    assertEquals(persons, paths[0], "every person by the kernel");
    return bytes;
  }

  @Test
  void theDmfaPassAllocatesNothingPerLineOrPerson() {
    org.junit.jupiter.api.Assumptions.assumeTrue(allocated() >= 0, "no per-thread allocation counter");
    Path small = population(21, 2024, 5_000);
    Path large = population(22, 2024, 25_000);
    for (int warm = 0; warm < 4; warm++) {
      allocatedByTheDmfaPass(large, 25_000); // until the JIT has compiled the loop
    }
    long a = allocatedByTheDmfaPass(small, 5_000);
    long b = allocatedByTheDmfaPass(large, 25_000);
    double perPerson = (b - a) / 20_000.0; // about 3.9 lines a person; what is left is per chunk of 4,096
    assertTrue(perPerson < 1, "bytes allocated per extra person: " + perPerson + " (" + a + " and " + b + " bytes in all)");
  }

  @Test
  void otherParameterSetsGiveTheSameBytes() {
    Path d = population(3, 2024, 2_000);
    ParameterSet official = ParameterSets.official();
    List<Map<String, String>> overrides = List.of(
        Map.of("interpretation.rounding", "PER_QUARTER"),
        Map.of("interpretation.workFractionScale", "4"),
        Map.of("interpretation.workFractionScale", "0"),
        Map.of("interpretation.fullTimeMinimum", "EVERY_PERFORMED_QUARTER_COMPLETE"),
        Map.of("interpretation.degressiveLineEnd", "UPPER_LIMIT"),
        Map.of("periods[2024-07-01].upperLimit", "2500.00", "referenceYears[2024].fixedIncrease", "75.00"),
        Map.of("dmfa[2024-01-01].countedServiceCodes", "1", "dmfa[2024-01-01].wageRemunerationCodes", "1"));
    for (Map<String, String> o : overrides) {
      ParameterSet set = ParameterSets.withOverrides(official, "reform", o, "test");
      assertSame(set, 2024, d.resolve("persons.csv"), d.resolve("dmfa.jsonl"));
    }
  }

  @Test
  void damagedFilesGiveTheSameResultsAndRejects() throws IOException {
    Path d = population(11, 2024, 1_500);
    List<String> persons = Files.readAllLines(d.resolve("persons.csv"), StandardCharsets.UTF_8);
    List<String> dmfa = Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8);
    for (int round = 0; round < 12; round++) {
      Random random = new Random(round);
      List<String> p = new ArrayList<>(persons);
      List<String> m = new ArrayList<>(dmfa);
      int damages = 1 + random.nextInt(40);
      for (int k = 0; k < damages; k++) {
        damage(random, p, m, round >= 10);
      }
      Path pf = dir.resolve("persons-" + round + ".csv");
      Path mf = dir.resolve("dmfa-" + round + ".jsonl");
      Files.write(pf, String.join("\n", p).concat("\n").getBytes(StandardCharsets.UTF_8));
      String text = String.join("\n", m);
      if (round % 3 == 1) {
        text = "\uFEFF" + text.replace("\n", "\r\n"); // byte-order mark and CRLF
      }
      if (round % 4 != 2) {
        text += "\n";
      }
      Files.write(mf, text.getBytes(StandardCharsets.UTF_8));
      if (round == 5) {
        Files.write(mf, new byte[] {'{', (byte) 0xC3, '}', '\n'}, java.nio.file.StandardOpenOption.APPEND); // not UTF-8
      }
      assertSame(ParameterSets.official(), 2024, pf, mf);
    }
  }

  @Test
  void randomByteMutationsGiveTheSameResultsAndRejects() throws IOException {
    Path d = population(17, 2024, 300);
    List<String> dmfa = Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8);
    String alphabet = "{}[]\",:0123456789-.eE+ tfnul\\QAZ\u00e9\u0001";
    for (int round = 0; round < 25; round++) {
      Random random = new Random(100 + round);
      List<String> m = new ArrayList<>(dmfa);
      for (int k = 0; k < 40; k++) {
        int i = random.nextInt(m.size());
        StringBuilder l = new StringBuilder(m.get(i));
        int at = random.nextInt(l.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> l.setCharAt(at, c);
          case 1 -> l.insert(at, c);
          default -> l.deleteCharAt(at);
        }
        m.set(i, l.toString());
      }
      Path mf = dir.resolve("dmfa-fuzz-" + round + ".jsonl");
      Files.write(mf, (String.join("\n", m) + "\n").getBytes(StandardCharsets.UTF_8));
      assertSame(ParameterSets.official(), 2024, d.resolve("persons.csv"), mf);
    }
  }

  @Test
  void tooLongAndUnusualLinesGoTheExactWay() throws IOException {
    Path d = population(5, 2024, 200);
    List<String> m = new ArrayList<>(Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8));
    m.add(40, "{\"insz\":\"" + m.get(40).substring(9, 20) + "\",\"note\":\"" + "x".repeat(1 << 20) + "\"}");
    m.add(10, "   ");
    m.add(11, "");
    Path mf = dir.resolve("dmfa-long.jsonl");
    Files.write(mf, (String.join("\n", m) + "\n").getBytes(StandardCharsets.UTF_8));
    assertSame(ParameterSets.official(), 2024, d.resolve("persons.csv"), mf);
  }

  @Test
  void groupsInAnotherOrderThanThePersonsFileAreFound() throws IOException {
    Path d = population(13, 2024, 800);
    List<String> m = Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8);
    java.util.Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
    for (String l : m) {
      groups.computeIfAbsent(l.substring(9, 20), k -> new ArrayList<>()).add(l);
    }
    List<List<String>> shuffled = new ArrayList<>(groups.values());
    java.util.Collections.shuffle(shuffled, new Random(13));
    List<String> out = new ArrayList<>();
    shuffled.forEach(out::addAll);
    Path mf = dir.resolve("dmfa-shuffled.jsonl");
    Files.write(mf, (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8));
    assertTrue(FastDmfaRun.grouped(mf, new be.jobbonus.io.DmfaJsonl("dmfa.jsonl", 2024)));
    assertEquals(800, paths(d.resolve("persons.csv"), mf)[0], "every person by the kernel");
    assertSame(ParameterSets.official(), 2024, d.resolve("persons.csv"), mf);
  }

  @Test
  void aFileNotGroupedByInszTakesTheReferencePath() throws IOException {
    Path d = population(9, 2024, 300);
    List<String> m = new ArrayList<>(Files.readAllLines(d.resolve("dmfa.jsonl"), StandardCharsets.UTF_8));
    m.add(m.remove(0)); // the first person's first line moves to the end
    Path mf = dir.resolve("dmfa-ungrouped.jsonl");
    Files.write(mf, (String.join("\n", m) + "\n").getBytes(StandardCharsets.UTF_8));
    assertTrue(!FastDmfaRun.grouped(mf, new be.jobbonus.io.DmfaJsonl("dmfa.jsonl", 2024)));
    assertSame(ParameterSets.official(), 2024, d.resolve("persons.csv"), mf);
  }

  /** One random damage to the persons or DmfA lines. */
  static void damage(Random random, List<String> persons, List<String> dmfa, boolean ungroup) {
    int i = random.nextInt(dmfa.size());
    String l = dmfa.get(i);
    int pi = 1 + random.nextInt(persons.size() - 1);
    String p = persons.get(pi);
    switch (random.nextInt(ungroup ? 27 : 26)) {
      case 0 -> dmfa.set(i, l.replace(",", ", ")); // whitespace
      case 1 -> dmfa.set(i, l.replace("\"daysPerWeek\":", "\"daysPerWeek\":9")); // out of range or more digits
      case 2 -> dmfa.set(i, l.replace("\"quarter\":\"2024", "\"quarter\":\"2023")); // other year
      case 3 -> dmfa.set(i, l.substring(0, l.length() - 1) + ",\"extra\":\"x\",\"n\":-1.5e3,\"b\":true,\"z\":null}"); // unknown fields
      case 4 -> dmfa.set(i, l.substring(0, l.length() - 1) + ",\"workerCode\":1}"); // repeated field
      case 5 -> dmfa.set(i, l.replace("\"insz\":\"", "\"insz\":\"9")); // INSZ with 12 digits
      case 6 -> dmfa.set(i, l.substring(0, 9) + (char) ('0' + (l.charAt(9) - '0' + 1) % 10) + l.substring(10)); // bad check digits
      case 7 -> dmfa.set(i, l.replace("\"employer\":\"", "\"employer\":\"é")); // non-ASCII
      case 8 -> dmfa.set(i, l.replace("\"contract\":\"FULL_TIME\"", "\"contract\":\"PART_TIME\"")
          .replace("\"refMeanWorkingHours\":", "\"refMeanWorkingHours\":0,\"x\":")); // part-time without S
      case 9 -> dmfa.set(i, l.replace("\"services\":[", "\"services\":[{\"code\":1,\"days\":100,\"hours\":760},")); // repeated code or more days
      case 10 -> dmfa.set(i, l.replace("\"amount\":", "\"amount\":999999")); // large amounts
      case 11 -> dmfa.set(i, l.replace("\"remunerations\":[", "\"remunerations\":[{\"code\":3,\"amount\":500000},")); // termination indemnity
      case 12 -> dmfa.set(i, l.substring(0, l.length() / 2)); // cut
      case 13 -> dmfa.set(i, l.replace("\"hours\":", "\"hours\":0,\"h\":")); // part-time hours 0 or not
      case 14 -> dmfa.set(i, l.replace("\"daysPerWeek\":", "\"daysPerWeek\":0,\"d\":")); // full-time D = 0
      case 15 -> dmfa.set(i, l.replace("\"workerCode\":", "\"workerCode\":0")); // leading zero
      case 16 -> dmfa.set(i, l.replace("\"services\":[", "\"services\":null,\"s\":[")); // null
      case 17 -> persons.remove(pi); // person unknown
      case 18 -> persons.set(pi, p.replaceFirst(",[^,]*,", ",\"Van \"\"den\"\" \\\\Berg\",")); // quotes and backslash in a name
      case 19 -> persons.set(pi, p.replaceFirst(",[^,]*,", ",Ölçer-Ñúñez 李,")); // non-ASCII
      case 20 -> persons.set(pi, p.replaceFirst(",[^,]*,", ",\"Tab\tName\",")); // a control character
      case 21 -> persons.add(p); // the same person twice
      case 22 -> persons.set(pi, p.replace("FLEMISH_REGION", "BRUSSELS_REGION").replace("EMPLOYEE", "CIVIL_SERVANT"));
      case 23 -> dmfa.set(i, l + "x"); // text after the object
      case 24 -> dmfa.set(i, l + " \t"); // blanks after the object
      case 25 -> dmfa.set(i, l.replace("\"quarter\":\"2024Q", "\"quarter\":\"2024q")); // lower-case q
      default -> dmfa.add(dmfa.remove(i)); // not grouped any more
    }
  }
}
