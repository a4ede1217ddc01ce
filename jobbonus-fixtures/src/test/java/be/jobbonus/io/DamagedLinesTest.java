package be.jobbonus.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.io.batch.CalculateRun;
import be.jobbonus.io.batch.InputKind;
import be.jobbonus.io.batch.RunCounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * No person is paid from part of their data: thousands of lines of a synthetic population's
 * {@code dmfa.jsonl} are damaged in ways a reader can notice (a broken byte, a line split or cut,
 * the INSZ as a number, escaped or under another key, a key given twice, a misspelt field, a
 * nesting bomb, a structural character lost, a line over the limit) in a file grouped by INSZ;
 * in a file that is not, damages that leave the INSZ readable (one that does not may be anyone's
 * line there, and nobody is paid). Every person in the results of the damaged file is paid
 * exactly what the clean file pays them, and every record is in the results or the rejects. (A
 * damage that leaves a valid line with another value — a digit changed — is not noticeable by
 * any reader and is not made here.)
 */
class DamagedLinesTest {

  private static final int PERSONS = 2_500;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void aDamagedPersonIsRefusedOrPaidAsFromTheCleanFile(long seed) throws IOException {
    Path clean = dir.resolve("clean");
    PopulationFiles.write(SyntheticPopulation.of(seed, 2024), PERSONS, clean);
    Map<String, String> paid = results(run(clean.resolve("persons.csv"), clean.resolve("dmfa.jsonl")));

    Random rnd = new Random(seed);
    List<byte[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(clean.resolve("dmfa.jsonl"), StandardCharsets.UTF_8)) {
      lines.add(l.getBytes(StandardCharsets.UTF_8));
    }
    int damaged = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (rnd.nextInt(100) < 6) {
        lines.set(i, damage(lines.get(i), rnd, seed % 2 == 0));
        damaged++;
      }
    }
    if (seed % 2 == 0) {
      Collections.shuffle(lines, rnd); // not grouped by INSZ
    }
    Path dmfa = dir.resolve("damaged.jsonl");
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] l : lines) {
      all.writeBytes(l);
      all.write('\n');
    }
    Files.write(dmfa, all.toByteArray());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Reject> rejects = new ArrayList<>();
    RunCounts c = new CalculateRun(ParameterSets.official(), 2024).calculate(clean.resolve("persons.csv"), "persons.csv",
        dmfa, "damaged.jsonl", InputKind.DMFA, out, "results.jsonl", rejects::add);
    assertTrue(c.balanced(), c.toString());
    assertEquals(c.rejected(), rejects.size());
    Map<String, String> damagedPaid = results(out);
    assertTrue(damaged > 500 && damagedPaid.size() > PERSONS / 3, damaged + " damaged, " + damagedPaid.size() + " paid");
    for (Map.Entry<String, String> e : damagedPaid.entrySet()) {
      assertEquals(paid.get(e.getKey()), e.getValue(), "a person paid from damaged data");
    }
    for (Reject r : rejects) {
      assertTrue(r.insz().isEmpty() || r.insz().matches("\\d{6}\\*{5}"), r.toString());
    }
  }

  /** Damages the INSZ cannot be read through: cases of {@link #damage} left out when it must stay readable. */
  private static final java.util.Set<Integer> INSZ_LOST = java.util.Set.of(1, 2, 3, 4);

  /** One noticeable damage; with {@code inszReadable}, only after the INSZ and never of it. */
  static byte[] damage(byte[] line, Random rnd, boolean inszReadable) {
    String s = new String(line, StandardCharsets.UTF_8);
    int after = inszReadable ? 22 : 0; // {"insz":"ddddddddddd",
    int p = after + rnd.nextInt(line.length - after);
    int kind;
    do {
      kind = rnd.nextInt(11);
    } while (inszReadable && INSZ_LOST.contains(kind));
    switch (kind) {
      case 0: // a byte that is not UTF-8
        return concat(slice(line, 0, p), new byte[] {(byte) 0xC3, (byte) 0x28}, slice(line, p, line.length));
      case 1: // split in two lines
        return concat(slice(line, 0, p), new byte[] {'\n'}, slice(line, p, line.length));
      case 2: // the INSZ as a number
        return bytes(s.replaceFirst("\"insz\":\"(\\d{11})\"", "\"insz\":$1"));
      case 3: // the INSZ escaped
        return bytes(s.replaceFirst("\"insz\":\"(\\d)", "\"insz\":\"\\\\u003$1"));
      case 4: // the INSZ under another key
        return bytes(s.replaceFirst("\"insz\"", "\"inss\""));
      case 5: // a key twice
        return bytes(s.substring(0, s.length() - 1) + ",\"quarter\":\"2024Q1\"}");
      case 6: // a misspelt field
        String[] names = {"\"services\"", "\"remunerations\"", "\"days\"", "\"hours\"", "\"amount\""};
        String name = names[rnd.nextInt(names.length)];
        return bytes(s.replaceFirst(name, name.substring(0, 2) + name.substring(3)));
      case 7: // a nesting bomb
        return bytes(s.substring(0, s.length() - 1) + ",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}");
      case 8: // a structural character lost
        for (int k = 0; k < 20; k++) {
          int q = after + rnd.nextInt(line.length - after);
          if ("{}[]\",:".indexOf(line[q]) >= 0) {
            return concat(slice(line, 0, q), new byte[0], slice(line, q + 1, line.length));
          }
        }
        return slice(line, 0, line.length - 1);
      case 9: // cut short
        return slice(line, 0, Math.max(1, p));
      default: // over the line limit (now and then: a megabyte each)
        if (rnd.nextInt(8) != 0) {
          return slice(line, 0, Math.max(1, Math.max(after, p / 2)));
        }
        return bytes(s.substring(0, s.length() - 1) + ",\"note\":\"" + "x".repeat(LineSource.MAX_LINE_BYTES) + "\"}");
    }
  }

  private ByteArrayOutputStream run(Path persons, Path dmfa) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RunCounts c = new CalculateRun(ParameterSets.official(), 2024).calculate(persons, "persons.csv", dmfa, "dmfa.jsonl",
        InputKind.DMFA, out, "results.jsonl", r -> { });
    assertEquals(0, c.rejected());
    return out;
  }

  private static Map<String, String> results(ByteArrayOutputStream out) {
    Map<String, String> m = new HashMap<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        m.put(JSON.readTree(line).get("insz").asString(), line);
      }
    }
    return m;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }

  private static byte[] concat(byte[] a, byte[] b, byte[] c) {
    byte[] r = new byte[a.length + b.length + c.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    System.arraycopy(c, 0, r, a.length + b.length, c.length);
    return r;
  }
}
