package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** End-to-end: the command line in-process on the example files. */
class CommandLineTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  static List<JsonNode> jsonl(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(JSON::readTree).toList();
  }

  static JsonNode person(List<JsonNode> results, String insz) {
    return results.stream().filter(r -> r.get("insz").asString().equals(insz)).findFirst().orElseThrow();
  }

  @Test
  void calculateDmfaWritesResultsAndRejects() throws IOException {
    Examples.copy(dir);
    Run r = Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(),
        "--dmfa", dir.resolve("dmfa.jsonl").toString(), "--out", dir.resolve("results.jsonl").toString(),
        "--rejects", dir.resolve("rejects.jsonl").toString());
    assertEquals(1, r.code(), r.err());
    assertEquals("", r.err());
    List<JsonNode> results = jsonl(dir.resolve("results.jsonl"));
    List<JsonNode> rejects = jsonl(dir.resolve("rejects.jsonl"));
    JsonNode an = person(results, "85073003328");
    assertEquals("Peeters", an.get("lastName").asString());
    assertEquals("An", an.get("firstName").asString());
    assertEquals(2024, an.get("referenceYear").asInt());
    assertEquals("700.00", an.get("total").asString());
    assertEquals("650.00", an.get("base").asString());
    assertEquals("50.00", an.get("fixedIncrease").asString());
    assertEquals("official-2024", an.get("parameters").asString());
    JsonNode q1 = an.get("quarters").get(0);
    assertEquals("1.00", q1.get("workFraction").asString());
    assertEquals("6000.00", q1.get("wage").asString());
    assertEquals("2000.00", q1.get("referenceMonthlyWage").asString());
    assertEquals("162.50", q1.get("amount").asString());
    assertTrue(q1.get("counted").asBoolean());
    // part-time with two employers in Q2: 0.8 + 0.2 = 1.00; Q4 sick 10 days: 319.2 / 494 = 0.646… -> 0.65
    JsonNode sofie = person(results, "90021514251");
    assertEquals("1.00", sofie.get("quarters").get(1).get("workFraction").asString());
    assertEquals("5120.00", sofie.get("quarters").get(1).get("wage").asString());
    assertEquals("0.65", sofie.get("quarters").get(3).get("workFraction").asString());
    // above the upper limit: reasons as objects with their article and quarter
    JsonNode jan = person(results, "78061107712");
    assertFalse(jan.get("eligible").asBoolean());
    assertEquals("0.00", jan.get("total").asString());
    JsonNode reason = jan.get("reasons").get(0);
    assertEquals("WAGE_ABOVE_UPPER_LIMIT", reason.get("code").asString());
    assertTrue(reason.get("article").asString().contains("art. 4"));
    assertEquals("2024Q1", reason.get("quarter").asString());
    JsonNode lotte = person(results, "92040421078");
    assertEquals("RESIDENCE", lotte.get("reasons").get(0).get("code").asString());
    assertFalse(lotte.get("reasons").get(0).has("quarter"));
    // rejects: file, line, field, masked INSZ, reason
    JsonNode bad = rejects.stream().filter(j -> j.get("field").asString().equals("daysPerWeek")).findFirst().orElseThrow();
    assertEquals("dmfa.jsonl", bad.get("file").asString());
    assertEquals(17, bad.get("line").asInt());
    assertEquals("010923*****", bad.get("insz").asString());
    for (JsonNode j : rejects) {
      assertFalse(j.toString().matches(".*\\d{11}.*"), "unmasked INSZ in " + j);
    }
    assertTrue(r.out().contains("persons.csv: 7 records read = 5 in results + 2 rejected"), r.out());
    assertTrue(r.out().contains("dmfa.jsonl: 23 records read = 19 in results + 4 rejected"), r.out());
  }

  /** Records read = records of the persons in the results + records rejected, checked line by line. */
  @Test
  void everyRecordIsInResultsOrRejects() throws IOException {
    Examples.copy(dir);
    for (String kind : new String[] {"--dmfa", "--quarters"}) {
      String file = kind.equals("--dmfa") ? "dmfa.jsonl" : "quarters.csv";
      Run r = Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(), kind,
          dir.resolve(file).toString(), "--out", dir.resolve("out.jsonl").toString());
      assertEquals(1, r.code(), r.err());
      assertAccounted(dir.resolve(file), file, kind.equals("--quarters"), jsonl(dir.resolve("out.jsonl")),
          jsonl(dir.resolve("rejects.jsonl")));
    }
  }

  /**
   * Each non-blank data line is either part of a computed person (its INSZ is in the results) or
   * rejected, never both, never neither; so records read = in results + rejected.
   */
  static void assertAccounted(Path data, String name, boolean header, List<JsonNode> results, List<JsonNode> rejects)
      throws IOException {
    Set<String> computed = new HashSet<>();
    results.forEach(j -> computed.add(j.get("insz").asString()));
    Set<Long> rejected = new HashSet<>();
    for (JsonNode j : rejects) {
      if (j.get("file").asString().equals(name)) {
        assertTrue(rejected.add(j.get("line").asLong()), "line rejected twice: " + j);
      }
    }
    List<String> lines = Files.readAllLines(data, StandardCharsets.ISO_8859_1);
    long read = 0;
    long inResults = 0;
    for (int i = header ? 1 : 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      read++;
      long n = i + 1;
      boolean ofComputed = computed.stream().anyMatch(line::contains);
      if (ofComputed) {
        inResults++;
      }
      assertTrue(ofComputed ^ rejected.contains(n), name + " line " + n + " is " + (ofComputed ? "in both" : "lost"));
    }
    assertEquals(read, inResults + rejected.size());
  }

  @Test
  void explainShowsDerivationThenCalculation() throws IOException {
    Examples.copy(dir);
    Run r = Run.of("explain", "--year", "2024", "--insz", "90021514251", "--persons", dir.resolve("persons.csv").toString(),
        "--dmfa", dir.resolve("dmfa.jsonl").toString());
    assertEquals(0, r.code(), r.err());
    int derivation = r.out().indexOf("Derivation from DmfA occupation lines");
    int calculation = r.out().indexOf("Jobbonus for reference year 2024");
    assertTrue(derivation >= 0 && calculation > derivation, r.out());
    assertTrue(r.out().contains("dmfa.jsonl line 7: employer 0204816389"), r.out());
    assertTrue(r.out().contains("µ_line = H / (13 × S) = 319.20 / (13 × 38.00) = 0.646153…"), r.out());
    assertTrue(r.out().contains("Total"), r.out());
    Run rejected = Run.of("explain", "--year", "2024", "--insz", "01092303567", "--persons",
        dir.resolve("persons.csv").toString(), "--dmfa", dir.resolve("dmfa.jsonl").toString());
    assertEquals(1, rejected.code());
    assertTrue(rejected.out().contains("field daysPerWeek"), rejected.out());
  }

  @Test
  void usageErrorsAreOneLineWithExitCode2() throws IOException {
    Examples.copy(dir);
    String persons = dir.resolve("persons.csv").toString();
    String quarters = dir.resolve("quarters.csv").toString();
    String out = dir.resolve("r.jsonl").toString();
    Map<String, String[]> cases = new HashMap<>();
    cases.put("Missing required option", new String[] {"calculate", "--persons", persons, "--quarters", quarters, "--out", out});
    cases.put("no such file", new String[] {"calculate", "--year", "2024", "--persons", dir.resolve("x.csv").toString(),
        "--quarters", quarters, "--out", out});
    cases.put("reference year 2019", new String[] {"calculate", "--year", "2019", "--persons", persons, "--quarters",
        quarters, "--out", out});
    cases.put("not in persons.csv", new String[] {"explain", "--year", "2024", "--insz", "88080808824", "--persons",
        persons, "--quarters", quarters});
    cases.put("mutually exclusive", new String[] {"calculate", "--year", "2024", "--persons", persons, "--quarters",
        quarters, "--dmfa", quarters, "--out", out});
    cases.put("give a command", new String[] {});
    for (Map.Entry<String, String[]> c : cases.entrySet()) {
      Run r = Run.of(c.getValue());
      assertEquals(2, r.code(), c.getKey() + ": " + r.err());
      assertTrue(r.err().contains(c.getKey()), r.err());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertFalse(r.err().contains("\tat "), r.err());
    }
    Run debug = Run.of("calculate", "--year", "2024", "--persons", persons, "--quarters", dir.resolve("none").toString(),
        "--out", dir.resolve("missing-dir/r.jsonl").toString(), "--debug");
    assertEquals(2, debug.code());
    assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace: " + debug.err());
  }

  @Test
  void libraryInfoLogLinesAreHidden() {
    java.util.logging.Level before = java.util.logging.Logger.getLogger("").getLevel();
    try {
      Cli.quietLogging(false);
      assertFalse(java.util.logging.Logger.getLogger("org.javamoney.moneta.spi").isLoggable(java.util.logging.Level.INFO));
      assertTrue(java.util.logging.Logger.getLogger("org.javamoney.moneta.spi").isLoggable(java.util.logging.Level.WARNING));
    } finally {
      java.util.logging.Logger.getLogger("").setLevel(before);
    }
  }

  @Test
  void helpIsThereForEveryCommand() {
    for (String c : new String[] {"calculate", "explain", "simulate"}) {
      Run r = Run.of(c, "--help");
      assertEquals(0, r.code());
      assertTrue(r.out().contains("Example:"), r.out());
      assertTrue(r.out().contains("--year"), r.out());
    }
    Run top = Run.of("--help");
    assertTrue(top.out().contains("calculate") && top.out().contains("Exit codes"), top.out());
  }

  @Test
  void simulateWritesFilesThatCalculateReadsBackToTheSameBudget() throws IOException {
    Run sim = Run.of("simulate", "--year", "2024", "--workers", "3000", "--seed", "11", "--threads", "2", "--write",
        dir.toString());
    assertEquals(0, sim.code(), sim.err());
    assertTrue(sim.out().contains("Beneficiaries:"), sim.out());
    String budget = sim.out().lines().filter(l -> l.startsWith("Budget:")).findFirst().orElseThrow();
    Run calc = Run.of("calculate", "--year", "2024", "--persons", dir.resolve("persons.csv").toString(), "--dmfa",
        dir.resolve("dmfa.jsonl").toString(), "--out", dir.resolve("results.jsonl").toString());
    assertEquals(0, calc.code(), calc.out() + calc.err());
    assertFalse(calc.out().contains("not grouped"), calc.out());
    long total = 0;
    List<JsonNode> results = jsonl(dir.resolve("results.jsonl"));
    assertEquals(3000, results.size());
    for (JsonNode j : results) {
      total += be.jobbonus.core.Euro.parseCents(j.get("total").asString());
    }
    String expected = String.format("%,.2f", java.math.BigDecimal.valueOf(total, 2));
    assertTrue(budget.contains(expected + " euro"), budget + " vs " + expected);
  }
}
