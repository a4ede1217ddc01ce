package be.jobbonus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.batch.CalculateRun;
import be.jobbonus.io.batch.InputKind;
import be.jobbonus.io.batch.RunCounts;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.fixtures.synthetic.SyntheticWorker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of randomly corrupted lines (seeded): no crash, and every line of both files is in
 * the results (as part of its person) or in the rejects, never both.
 */
class FuzzTest {

  @TempDir
  Path dir;

  static byte[] corrupt(byte[] line, Random rnd) {
    byte[] b = line.clone();
    switch (rnd.nextInt(8)) {
      case 0: // delete a byte
        if (b.length > 1) {
          int i = rnd.nextInt(b.length);
          byte[] c = new byte[b.length - 1];
          System.arraycopy(b, 0, c, 0, i);
          System.arraycopy(b, i + 1, c, i, b.length - i - 1);
          return c;
        }
        return b;
      case 1: // replace a byte with any byte but a line break (invalid UTF-8 included)
        int i = rnd.nextInt(b.length);
        byte v;
        do {
          v = (byte) rnd.nextInt(256);
        } while (v == '\n' || v == '\r');
        b[i] = v;
        return b;
      case 2: // change a digit
        for (int k = 0; k < 20; k++) {
          int j = rnd.nextInt(b.length);
          if (b[j] >= '0' && b[j] <= '9') {
            b[j] = (byte) ('0' + rnd.nextInt(10));
            break;
          }
        }
        return b;
      case 3: // truncate
        return java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
      case 4: // make a number huge
        String s = new String(b, StandardCharsets.ISO_8859_1).replaceFirst("(\\d+)", "$1" + "9".repeat(1 + rnd.nextInt(15)));
        return s.getBytes(StandardCharsets.ISO_8859_1);
      case 5: // insert a comma or a quote
        String t = new String(b, StandardCharsets.ISO_8859_1);
        int p = rnd.nextInt(t.length() + 1);
        return (t.substring(0, p) + (rnd.nextBoolean() ? "," : "\"") + t.substring(p)).getBytes(StandardCharsets.ISO_8859_1);
      case 6: // negative
        return new String(b, StandardCharsets.ISO_8859_1).replaceFirst(":(\\d)", ":-$1").getBytes(StandardCharsets.ISO_8859_1);
      default: // zero the days per week or S
        return new String(b, StandardCharsets.ISO_8859_1).replaceFirst("\"(daysPerWeek|refMeanWorkingHours)\":\\d+", "\"$1\":0")
            .getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void corruptedLinesAreAllAccountedFor() throws IOException {
    for (long seed = 1; seed <= 3; seed++) {
      Random rnd = new Random(seed);
      SyntheticPopulation pop = SyntheticPopulation.of(seed, 2024);
      ByteArrayOutputStream persons = new ByteArrayOutputStream();
      ByteArrayOutputStream dmfa = new ByteArrayOutputStream();
      persons.writeBytes((PersonsCsv.headerLine() + "\n").getBytes(StandardCharsets.UTF_8));
      List<byte[]> dmfaLines = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        SyntheticWorker w = pop.worker(i);
        byte[] p = PersonsCsv.toCsv(w.person()).getBytes(StandardCharsets.UTF_8);
        persons.writeBytes(rnd.nextInt(100) < 5 ? corrupt(p, rnd) : p);
        persons.write('\n');
        for (OccupationLine l : w.lines()) {
          byte[] d = DmfaJsonl.toJson(l).getBytes(StandardCharsets.UTF_8);
          dmfaLines.add(rnd.nextInt(100) < 25 ? corrupt(d, rnd) : d);
        }
      }
      if (seed == 3) {
        java.util.Collections.shuffle(dmfaLines, rnd); // not grouped
      }
      for (byte[] d : dmfaLines) {
        dmfa.writeBytes(d);
        dmfa.write('\n');
      }
      Path pf = Files.write(dir.resolve("persons.csv"), persons.toByteArray());
      Path df = Files.write(dir.resolve("dmfa.jsonl"), dmfa.toByteArray());
      List<Reject> rejects = new ArrayList<>();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      RunCounts c = new CalculateRun(ParameterSets.official(), 2024).calculate(pf, "persons.csv", df, "dmfa.jsonl",
          InputKind.DMFA, out, "results.jsonl", rejects::add);
      List<String> results = inszs(out);
      assertTrue(c.balanced(), c.toString());
      assertEquals(seed != 3, c.grouped());
      if (seed != 3) {
        assertTrue(c.dataRejected() > 900 && c.dataInResults() > 200, c.toString());
      } else { // not grouped, with lines whose INSZ cannot be read: they may be anyone's, nobody is paid
        assertEquals(0, c.personsInResults(), c.toString());
      }
      Set<String> computed = new HashSet<>();
      results.forEach(r -> assertTrue(computed.add(r), "person computed twice"));
      check(df, "dmfa.jsonl", false, computed, rejects, new DmfaJsonl("dmfa.jsonl", 2024));
      check(pf, "persons.csv", true, computed, rejects, null);
      assertEquals(c.rejected(), rejects.size());
    }
  }

  @Test
  void corruptedQuarterSummariesAreAllAccountedFor() throws IOException {
    Random rnd = new Random(42);
    SyntheticPopulation pop = SyntheticPopulation.of(42, 2024);
    be.jobbonus.core.dmfa.DmfaDerivation derivation = be.jobbonus.core.dmfa.DmfaDerivation.of(ParameterSets.official());
    ByteArrayOutputStream persons = new ByteArrayOutputStream();
    ByteArrayOutputStream quarters = new ByteArrayOutputStream();
    persons.writeBytes((PersonsCsv.headerLine() + "\n").getBytes(StandardCharsets.UTF_8));
    quarters.writeBytes("insz,quarter,wage_cents,work_fraction,regime\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < 1500; i++) {
      SyntheticWorker w = pop.worker(i);
      persons.writeBytes((PersonsCsv.toCsv(w.person()) + "\n").getBytes(StandardCharsets.UTF_8));
      for (be.jobbonus.core.QuarterInput q : derivation.derive(w.lines()).inputs()) {
        byte[] line = (w.person().insz().digits() + "," + q.quarter() + "," + q.wageCents() + ","
            + q.workFraction().toPlainString() + "," + q.regime()).getBytes(StandardCharsets.UTF_8);
        quarters.writeBytes(rnd.nextInt(100) < 30 ? corrupt(line, rnd) : line);
        quarters.write('\n');
      }
    }
    Path pf = Files.write(dir.resolve("persons.csv"), persons.toByteArray());
    Path qf = Files.write(dir.resolve("quarters.csv"), quarters.toByteArray());
    List<Reject> rejects = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunCounts c = new CalculateRun(ParameterSets.official(), 2024).calculate(pf, "persons.csv", qf, "quarters.csv",
        InputKind.QUARTERS, out, "results.jsonl", rejects::add);
    List<String> results = inszs(out);
    assertTrue(c.balanced(), c.toString());
    assertTrue(c.dataRejected() > 1000 && c.dataInResults() > 1000, c.toString());
    Set<String> computed = new HashSet<>();
    results.forEach(r -> assertTrue(computed.add(r), "person computed twice"));
    Set<Long> rejected = new HashSet<>();
    for (Reject r : rejects) {
      if (r.file().equals("quarters.csv")) {
        assertTrue(rejected.add(r.line()), "rejected twice: " + r);
      }
    }
    try (LineSource src = LineSource.open(qf)) {
      while (src.hasNext()) {
        RawLine l = src.next();
        if (l.number() == 1 || l.ok() && l.text().isBlank()) {
          continue;
        }
        String key = l.ok() ? Csv.firstFieldInsz(l.text(), 0) : null;
        boolean inResults = key != null && computed.contains(key) && !rejected.contains(l.number());
        assertTrue(inResults ^ rejected.contains(l.number()), "quarters.csv line " + l.number() + " lost");
      }
    }
    check(pf, "persons.csv", true, computed, rejects, null);
  }

  /** The INSZ of each results line. */
  static List<String> inszs(ByteArrayOutputStream results) {
    List<String> out = new ArrayList<>();
    tools.jackson.databind.json.JsonMapper m = tools.jackson.databind.json.JsonMapper.builder().build();
    for (String line : results.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        out.add(m.readTree(line).get("insz").asString());
      }
    }
    return out;
  }

  /** Each non-blank line is of a computed person xor rejected. */
  static void check(Path file, String name, boolean header, Set<String> computed, List<Reject> rejects, DmfaJsonl format) {
    Set<Long> rejected = new HashSet<>();
    for (Reject r : rejects) {
      if (r.file().equals(name)) {
        assertTrue(rejected.add(r.line()), "rejected twice: " + r);
        assertTrue(r.insz().isEmpty() || r.insz().matches("\\d{6}\\*{5}"), r.toString());
      }
    }
    long read = 0;
    try (LineSource src = LineSource.open(file)) {
      while (src.hasNext()) {
        RawLine l = src.next();
        if (header && l.number() == 1 || l.ok() && l.text().isBlank()) {
          continue;
        }
        read++;
        String key = !l.ok() ? null : format != null ? format.key(l.text()) : Csv.firstFieldInsz(l.text(), 0);
        boolean inResults = key != null && computed.contains(key) && !rejected.contains(l.number());
        assertTrue(inResults ^ rejected.contains(l.number()), name + " line " + l.number() + " lost");
      }
    }
    assertTrue(read > 0);
  }
}
