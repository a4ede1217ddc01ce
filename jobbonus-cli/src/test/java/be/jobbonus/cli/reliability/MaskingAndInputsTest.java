package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.Examples;
import be.jobbonus.cli.reliability.OutputIsNeverAnInputTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * no INSZ in clear on standard error (usage errors, scenario errors, {@code --debug});
 * empty input files stop the run (exit 2, nothing written); names with NUL or control characters
 * or over 200 characters are refused where they enter.
 */
class MaskingAndInputsTest {

  static final Pattern ELEVEN_DIGITS = Pattern.compile("[0-9]{11}");
  static final String INSZ = "85073003328";

  @TempDir
  Path d;

  static Run cli(String... args) {
    return OutputIsNeverAnInputTest.cli(args);
  }

  @TestFactory
  Stream<DynamicTest> noInszInClearOnStandardError() throws IOException {
    Examples.copy(d);
    Path scen = Files.createDirectories(d.resolve("scen"));
    Files.writeString(scen.resolve("bad.yaml"), "cases:\n  - name: one\n    insz: " + INSZ + "\n    year: x\n");
    String p = d.resolve("persons.csv").toString();
    String m = d.resolve("dmfa.jsonl").toString();
    Map<String, String[]> cases = new LinkedHashMap<>();
    cases.put("unknown option echoes the INSZ", new String[] {"calculate", "--insz", INSZ, "--year", "2024",
        "--persons", p, "--dmfa", m, "--out", d.resolve("r.jsonl").toString()});
    cases.put("unmatched argument", new String[] {"notify", INSZ});
    cases.put("bad option value", new String[] {"calculate", "--year", INSZ + "0", "--persons", p, "--dmfa", m, "--out",
        "r.jsonl"});
    cases.put("explain an INSZ not in persons.csv", new String[] {"explain", "--year", "2024", "--insz", "85010100115",
        "--persons", p, "--dmfa", m});
    cases.put("explain an invalid INSZ with --debug", new String[] {"explain", "--debug", "--year", "2024", "--insz",
        "85073003329", "--persons", p, "--dmfa", m});
    cases.put("a file named by an INSZ, with --debug", new String[] {"calculate", "--debug", "--year", "2024",
        "--persons", d.resolve(INSZ + ".csv").toString(), "--dmfa", m, "--out", d.resolve("r.jsonl").toString()});
    cases.put("scenario error", new String[] {"scenarios", scen.toString()});
    cases.put("scenario file named by an INSZ", new String[] {"scenarios", d.resolve(INSZ + ".yaml").toString()});
    return cases.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Run r = cli(e.getValue());
      assertTrue(r.code() != 0, r.out() + r.err());
      assertFalse(r.err().isEmpty());
      assertFalse(ELEVEN_DIGITS.matcher(r.err()).find(), e.getKey() + ": " + r.err());
    }));
  }

  @TestFactory
  Stream<DynamicTest> anEmptyInputFileStopsTheRun() throws IOException {
    Examples.copy(d);
    Map<String, String[]> files = new LinkedHashMap<>();
    files.put("an empty dmfa.jsonl", new String[] {"--dmfa", "empty.jsonl", ""});
    files.put("a dmfa.jsonl of blank lines", new String[] {"--dmfa", "blank.jsonl", "\n  \n\n"});
    files.put("a quarters.csv with only its header", new String[] {"--quarters", "q.csv",
        "insz,quarter,wage_cents,work_fraction,regime\n"});
    files.put("an empty persons.csv", new String[] {"--persons", "p.csv", ""});
    files.put("a persons.csv with only its header", new String[] {"--persons", "p.csv",
        "insz,last_name,first_name,birth_date,statuut,residence\n\n"});
    return files.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String[] f = e.getValue();
      Path file = Files.writeString(d.resolve(f[1]), f[2]);
      List<String> a = new ArrayList<>(List.of("calculate", "--year", "2024"));
      if (!f[0].equals("--persons")) {
        a.addAll(List.of("--persons", d.resolve("persons.csv").toString()));
      } else {
        a.addAll(List.of("--dmfa", d.resolve("dmfa.jsonl").toString()));
      }
      a.addAll(List.of(f[0], file.toString(), "--out", d.resolve("out").resolve("r.jsonl").toString()));
      Files.createDirectories(d.resolve("out"));
      Run r = cli(a.toArray(new String[0]));
      assertEquals(2, r.code(), r.out() + r.err());
      assertTrue(r.err().contains(f[1]) && (r.err().contains("empty") || r.err().contains("only its header")), r.err());
      try (var s = Files.list(d.resolve("out"))) {
        assertEquals(0, s.count(), "nothing written");
      }
    }));
  }

  @Test
  void namesWithNulControlCharactersOrOver200CharactersAreRefusedWithTheirField() throws IOException {
    Examples.copy(d);
    List<String> persons = new ArrayList<>(Files.readAllLines(d.resolve("persons.csv")));
    Map<Integer, String> field = new LinkedHashMap<>();
    String[] edits = {"last_name:\u0000", "first_name:\u0007", "last_name:" + "y".repeat(201)};
    int done = 0;
    for (int i = 1; i < persons.size() && done < edits.length; i++) {
      String[] c = persons.get(i).split(",", -1);
      if (c.length != 6 || c[0].isBlank()) {
        continue;
      }
      String[] e = edits[done].split(":", 2);
      if (e[0].equals("last_name")) {
        c[1] = "Pee" + e[1] + "ters";
      } else {
        c[2] = "A" + e[1] + "n";
      }
      persons.set(i, String.join(",", c));
      field.put(i + 1, e[0]);
      done++;
    }
    Files.write(d.resolve("persons.csv"), persons);
    Run r = cli("calculate", "--year", "2024", "--persons", d.resolve("persons.csv").toString(), "--quarters",
        d.resolve("quarters.csv").toString(), "--out", d.resolve("r.jsonl").toString());
    assertEquals(1, r.code(), r.err());
    JsonMapper json = JsonMapper.builder().build();
    Map<Integer, String> seen = new LinkedHashMap<>();
    for (String l : Files.readAllLines(d.resolve("rejects.jsonl"))) {
      JsonNode n = json.readTree(l);
      if (n.get("file").stringValue().equals("persons.csv") && field.containsKey(n.get("line").intValue())) {
        seen.put(n.get("line").intValue(), n.get("field").stringValue());
      }
    }
    assertEquals(field, seen);
    String results = Files.readString(d.resolve("r.jsonl"));
    assertFalse(results.contains("\\u0000") || results.contains("\\u0007") || results.contains("yyyyy"), results);
  }
}
