package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.OracleCalculator;
import be.jobbonus.core.calculation.Reason;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code recalculate} and {@code notify --only-changed} on a seeded population whose quarters are
 * corrected for a known set of persons: the differences file must list exactly the persons whose
 * outcome the test oracle ({@link OracleCalculator}, exact rational arithmetic, not the engine)
 * says changed, with the oracle's totals, difference, kind and changed quarters.
 */
class RecalculateCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int YEAR = 2024;
  private static final OracleCalculator ORACLE = OracleCalculator.of(ParameterSets.official());

  @TempDir
  Path dir;

  /** A person and their quarters, as the test writes them to persons.csv and quarters.csv. */
  record Worker(Person person, List<QuarterInput> quarters) {}

  /** Sealed, the previous file is indexed, not parsed again (its seal shows the calculator wrote it): the same differences. */
  @ParameterizedTest(name = "sealed: {0}")
  @ValueSource(booleans = {false, true})
  void differencesAreExactlyTheOraclesChanges(boolean sealed) throws IOException {
    Random random = new Random(20241);
    Map<String, Worker> before = population(random, 400);
    Map<String, Worker> after = new LinkedHashMap<>(before);
    List<String> ids = new ArrayList<>(before.keySet());
    // corrections for a known set of persons, some of which leave the outcome as it was
    for (int k = 0; k < 80; k++) {
      String id = ids.get(k * 5);
      if (k % 8 == 3) { // not paid before (wages above the limit), paid after the correction
        before.put(id, corrected(before.get(id), 2, random));
      }
      after.put(id, corrected(before.get(id), k % 8, random));
    }
    write(before, "persons.csv", "before.csv");
    write(after, null, "after.csv");
    Path previous = dir.resolve("previous.jsonl");
    List<String> seal = sealed ? List.of("--seal-key-file", key().toString()) : List.of();
    List<String> calcArgs = new ArrayList<>(List.of("calculate", "--year", "" + YEAR, "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("before.csv").toString(), "--out",
        previous.toString(), "--rejects", dir.resolve("r0.jsonl").toString()));
    calcArgs.addAll(seal);
    Run calc = Run.of(calcArgs.toArray(String[]::new));
    assertEquals(0, calc.code(), calc.err());
    Path diffs = dir.resolve("differences.jsonl");
    List<String> reArgs = new ArrayList<>(List.of("recalculate", "--year", "" + YEAR, "--previous",
        previous.toString(), "--persons", dir.resolve("persons.csv").toString(), "--quarters",
        dir.resolve("after.csv").toString(), "--out", dir.resolve("new.jsonl").toString(), "--differences",
        diffs.toString(), "--rejects", dir.resolve("r1.jsonl").toString(), "--report",
        dir.resolve("report").toString()));
    reArgs.addAll(seal);
    Run re = Run.of(reArgs.toArray(String[]::new));
    assertEquals(0, re.code(), re.err() + re.out());

    Map<String, JsonNode> listed = new TreeMap<>();
    for (String line : Files.readAllLines(diffs)) {
      JsonNode n = JSON.readTree(line);
      listed.put(n.get("insz").stringValue(), n);
    }
    Map<String, String> expectedKinds = new TreeMap<>();
    long extra = 0;
    long recovered = 0;
    for (String id : ids) {
      OracleCalculator.Result b = ORACLE.calculate(before.get(id).person(), YEAR, before.get(id).quarters());
      OracleCalculator.Result a = ORACLE.calculate(after.get(id).person(), YEAR, after.get(id).quarters());
      List<String> quarters = changedQuarters(b, a);
      String kind = kind(b, a, quarters);
      if (kind == null) {
        assertFalse(listed.containsKey(id), "listed although the oracle's outcome did not change: " + listed.get(id));
        continue;
      }
      expectedKinds.put(id, kind);
      JsonNode n = listed.get(id);
      assertTrue(n != null, "not listed although the oracle's outcome changed (" + kind + ")");
      assertEquals(kind, n.get("kind").stringValue(), id);
      assertEquals(Euro.format(b.totalCents()), n.get("previousTotal").stringValue(), id);
      assertEquals(Euro.format(a.totalCents()), n.get("newTotal").stringValue(), id);
      long d = a.totalCents() - b.totalCents();
      assertEquals(d < 0 ? "-" + Euro.format(-d) : Euro.format(d), n.get("difference").stringValue(), id);
      List<String> got = new ArrayList<>();
      n.get("quarters").forEach(q -> got.add(q.stringValue()));
      assertEquals(quarters, got, id);
      assertEquals(0, n.get("declarations").size(), "quarters.csv holds no declaration");
      if (d > 0) {
        extra += d;
      } else {
        recovered -= d;
      }
    }
    assertEquals(expectedKinds.keySet(), listed.keySet());
    // the corrections reach every kind, and some corrections change nothing
    Map<String, Long> byKind = expectedKinds.values().stream()
        .collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    assertEquals(new TreeSet<>(List.of("DETAIL_CHANGED", "EXTRA_PAYMENT", "NEWLY_ENTITLED", "NO_LONGER_ENTITLED",
        "RECOVERY")), byKind.keySet(), byKind.toString());
    assertTrue(expectedKinds.size() < 80, "some corrections leave the outcome unchanged: " + expectedKinds.size());
    String report = Files.readString(dir.resolve("report").resolve("recalculation.md"));
    assertTrue(report.contains("Extra payments (EXTRA_PAYMENT and NEWLY_ENTITLED): " + Euro.format(extra) + " euro"),
        report);
    assertTrue(report.contains("Recoveries (RECOVERY and NO_LONGER_ENTITLED): " + Euro.format(recovered) + " euro"),
        report);
    assertTrue(Files.size(dir.resolve("report").resolve("recalculation.png")) > 1000);
    assertTrue(re.out().contains("previous: 400 persons: " + expectedKinds.size() + " changed, "
        + (400 - expectedKinds.size()) + " unchanged, 0 not recomputed"), re.out());

    // VLABEL hears of the listed persons who were or are paid, and of nobody else
    Path messages = dir.resolve("vlabel.jsonl");
    Run notify = Run.of("notify", "--results", dir.resolve("new.jsonl").toString(), "--only-changed",
        diffs.toString(), "--out", messages.toString(), "--rejects", dir.resolve("vr.jsonl").toString());
    assertEquals(0, notify.code(), notify.err() + notify.out());
    Map<String, JsonNode> sent = new TreeMap<>();
    for (String line : Files.readAllLines(messages)) {
      JsonNode m = JSON.readTree(line);
      sent.put(m.get("insz").stringValue(), m);
      List<String> fields = new ArrayList<>();
      m.propertyNames().forEach(fields::add);
      assertEquals(be.jobbonus.rules.message.VlabelMessage.FIELDS, fields, "only the article 3 fields");
    }
    Map<String, String> expectedSent = new TreeMap<>();
    listed.forEach((id, n) -> {
      if (!n.get("previousTotal").stringValue().equals("0.00") || !n.get("newTotal").stringValue().equals("0.00")) {
        expectedSent.put(id, n.get("newTotal").stringValue());
      }
    });
    assertEquals(expectedSent.keySet(), sent.keySet());
    expectedSent.forEach((id, total) -> assertEquals(total, sent.get(id).get("total").stringValue(), id));
    assertTrue(expectedSent.containsValue("0.00"), "a person no longer entitled is told with total 0.00");
  }

  @Test
  void aPreviousFileChangedByOneCentIsRefused() throws IOException {
    Map<String, Worker> people = population(new Random(7), 30);
    write(people, "persons.csv", "q.csv");
    Path key = key();
    Path previous = dir.resolve("previous.jsonl");
    assertEquals(0, Run.of("calculate", "--year", "" + YEAR, "--persons", dir.resolve("persons.csv").toString(),
        "--quarters", dir.resolve("q.csv").toString(), "--out", previous.toString(), "--seal-key-file",
        key.toString()).code());
    String[] recalc = {"recalculate", "--year", "" + YEAR, "--previous", previous.toString(), "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("q.csv").toString(), "--out",
        dir.resolve("new.jsonl").toString(), "--differences", dir.resolve("d.jsonl").toString(), "--seal-key-file",
        key.toString()};
    Run same = Run.of(recalc);
    assertEquals(0, same.code(), same.err());
    assertEquals("", Files.readString(dir.resolve("d.jsonl")), "nothing changed");
    assertTrue(Files.exists(dir.resolve("new.jsonl.seal")), "the new results are sealed with the same key");

    // one cent more on a quarter's wage of a person who is not paid: refused, and named as a broken seal
    List<String> lines = Files.readAllLines(previous);
    int i = 0;
    while (!lines.get(i).contains("\"payable\":false") || !lines.get(i).contains("\"wage\":\"")) {
      i++;
    }
    String line = lines.get(i);
    int at = line.indexOf("\"wage\":\"") + 8;
    int end = line.indexOf('"', at);
    long cents = Euro.parseCents(line.substring(at, end));
    lines.set(i, line.substring(0, at) + Euro.format(cents + 1) + line.substring(end));
    Files.writeString(previous, String.join("\n", lines) + "\n");
    Files.delete(dir.resolve("d.jsonl"));
    Run tampered = Run.of(recalc);
    assertEquals(2, tampered.code(), tampered.out());
    assertTrue(tampered.err().contains("seal"), tampered.err());
    assertFalse(Files.exists(dir.resolve("d.jsonl")), "nothing is written");

    // without the key, a total changed by one cent is refused by the checks notify makes
    lines.set(i, line);
    int j = 0;
    while (!lines.get(j).contains("\"payable\":true")) {
      j++;
    }
    String paid = lines.get(j);
    int t = paid.indexOf("\"total\":\"") + 9;
    int te = paid.indexOf('"', t);
    lines.set(j, paid.substring(0, t) + Euro.format(Euro.parseCents(paid.substring(t, te)) - 1) + paid.substring(te));
    Files.writeString(previous, String.join("\n", lines) + "\n");
    Run noKey = Run.of(java.util.Arrays.copyOf(recalc, recalc.length - 2));
    assertEquals(2, noKey.code(), noKey.out());
    assertTrue(noKey.err().contains("line " + (j + 1) + ", total"), noKey.err());
    assertFalse(noKey.err().contains(paid.substring(9, 20)), "no INSZ in clear");
  }

  /**
   * DmfA XML declarations, then corrections of 5 % of them (DmfAUpdate files beside them): exactly
   * the persons a correction names and whose outcome changed are listed, each with the correction
   * behind the change, as the correction's file and identity say; nobody else.
   */
  @Test
  void correctionsOfDeclarationsAreListedWithTheDeclarationsBehindThem() throws IOException {
    SyntheticPopulation population = SyntheticPopulation.of(29, YEAR);
    be.jobbonus.fixtures.synthetic.PopulationFiles.writeDeclarations(population, 900, dir.resolve("plain"), 3);
    be.jobbonus.fixtures.synthetic.PopulationFiles.writeDeclarations(population, 900, dir.resolve("corrected"), 3,
        0.05);
    // which persons each correction names, and the quarter it corrects: read from the files themselves
    Map<String, List<String>> namedBy = new TreeMap<>();
    java.util.regex.Pattern inss = java.util.regex.Pattern.compile("<INSS>(\\d{11})</INSS>");
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("corrected/dmfa-xml"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (name.endsWith("-update.xml")) {
          java.util.regex.Matcher m = inss.matcher(Files.readString(f));
          while (m.find()) {
            namedBy.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(name);
          }
        }
      }
    }
    assertFalse(namedBy.isEmpty(), "some declarations are corrected");
    Path previous = dir.resolve("previous.jsonl");
    Path persons = dir.resolve("plain/persons.csv");
    assertEquals(0, Run.of("calculate", "--year", "" + YEAR, "--persons", persons.toString(), "--dmfa-xml",
        dir.resolve("plain/dmfa-xml").toString(), "--out", previous.toString(), "--rejects",
        dir.resolve("r0.jsonl").toString()).code());
    Path full = dir.resolve("full.jsonl");
    assertEquals(0, Run.of("calculate", "--year", "" + YEAR, "--persons", persons.toString(), "--dmfa-xml",
        dir.resolve("corrected/dmfa-xml").toString(), "--out", full.toString(), "--rejects",
        dir.resolve("r1.jsonl").toString()).code());
    Path diffs = dir.resolve("differences.jsonl");
    Run re = Run.of("recalculate", "--year", "" + YEAR, "--previous", previous.toString(), "--persons",
        persons.toString(), "--dmfa-xml", dir.resolve("corrected/dmfa-xml").toString(), "--out",
        dir.resolve("new.jsonl").toString(), "--differences", diffs.toString(), "--rejects",
        dir.resolve("r2.jsonl").toString());
    assertEquals(0, re.code(), re.err() + re.out());
    assertEquals(Files.readString(full), Files.readString(dir.resolve("new.jsonl")), "the same results as calculate");

    Map<String, String> before = byInsz(previous);
    Map<String, String> after = byInsz(full);
    int listed = 0;
    for (String line : Files.readAllLines(diffs)) {
      JsonNode n = JSON.readTree(line);
      String id = n.get("insz").stringValue();
      listed++;
      assertTrue(namedBy.containsKey(id), "listed, but no correction names the person");
      assertFalse(after.get(id).equals(before.get(id)), "listed, but the results line did not change");
      List<String> behind = new ArrayList<>();
      n.get("declarations").forEach(d -> behind.add(d.stringValue()));
      assertFalse(behind.isEmpty(), id + ": no declaration behind the change");
      boolean aCorrection = false;
      for (String d : behind) {
        for (String file : namedBy.get(id)) {
          if (d.contains(file) && d.contains(": a correction (DmfAUpdate, form created ")) {
            aCorrection = true;
          }
        }
        assertFalse(d.contains(id), "no INSZ in a declaration's description");
      }
      assertTrue(aCorrection, id + ": the correction naming the person is behind the change: " + behind);
      for (String d : behind) { // each declaration is of a quarter that changed
        String quarter = d.substring(d.length() - 6);
        List<String> qs = new ArrayList<>();
        n.get("quarters").forEach(q -> qs.add(q.stringValue()));
        assertTrue(qs.contains(quarter), d + " is of a quarter that did not change: " + qs);
      }
    }
    long changed = after.keySet().stream().filter(id -> !after.get(id).equals(before.get(id))
        && !outcome(after.get(id)).equals(outcome(before.get(id)))).count();
    assertEquals(changed, listed, "every person whose outcome changed is listed, and nobody else");
    assertTrue(listed > 0, "a lower wage changes some amounts");
  }

  /** The outcome a differences file compares: the line without the names. */
  private static String outcome(String line) {
    return line.replaceAll("\"lastName\":\"[^\"]*\",\"firstName\":\"[^\"]*\"", "");
  }

  private static Map<String, String> byInsz(Path results) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String l : Files.readAllLines(results)) {
      if (l.startsWith("{\"insz\":\"")) {
        out.put(l.substring(9, 20), l);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "sealed: {0}")
  @ValueSource(booleans = {false, true})
  void aPreviousFileOfAnotherYearIsRefused(boolean sealed) throws IOException {
    Map<String, Worker> people = population(new Random(3), 10);
    write(people, "persons.csv", "q.csv");
    Path previous = dir.resolve("previous.jsonl");
    List<String> seal = sealed ? List.of("--seal-key-file", key().toString()) : List.of();
    List<String> calc = new ArrayList<>(List.of("calculate", "--year", "" + YEAR, "--persons",
        dir.resolve("persons.csv").toString(), "--quarters", dir.resolve("q.csv").toString(), "--out",
        previous.toString()));
    calc.addAll(seal);
    assertEquals(0, Run.of(calc.toArray(String[]::new)).code());
    List<String> re = new ArrayList<>(List.of("recalculate", "--year", "" + (YEAR - 1), "--previous",
        previous.toString(), "--persons", dir.resolve("persons.csv").toString(), "--quarters",
        dir.resolve("q.csv").toString(), "--out", dir.resolve("new.jsonl").toString(), "--differences",
        dir.resolve("d.jsonl").toString()));
    re.addAll(seal);
    Run other = Run.of(re.toArray(String[]::new));
    assertEquals(2, other.code(), other.out());
    assertTrue(other.err().contains("line 1, parameters"), other.err());
    assertFalse(Files.exists(dir.resolve("d.jsonl")), "nothing is written");
  }

  /** A seal key, owner-only. */
  private Path key() throws IOException {
    Path key = dir.resolve("key");
    if (!Files.exists(key)) {
      Files.writeString(key, "0123456789abcdef0123456789abcdef");
      Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
    return key;
  }

  // ---------------------------------------------------------------- the population and its corrections

  private static Map<String, Worker> population(Random random, int n) {
    Map<String, Worker> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      LocalDate birth = LocalDate.of(1965 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
      Insz insz = SyntheticPopulation.insz(birth, i + 1);
      Person p = Person.of(insz, "Name" + i, "First" + i, Statuut.EMPLOYEE, Region.FLEMISH_REGION)
          .withBirthDate(birth);
      List<QuarterInput> qs = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        if (random.nextInt(10) == 0) {
          continue; // a quarter without work
        }
        qs.add(i == 0 ? QuarterInput.of(YearQuarter.of(YEAR, q), 1_500_000, "1", Regime.FULL_TIME) // never paid
            : quarter(q, random));
      }
      out.put(insz.digits(), new Worker(p, qs));
    }
    return out;
  }

  private static QuarterInput quarter(int q, Random random) {
    String[] fractions = {"1", "1", "0.8", "0.5"};
    String f = fractions[random.nextInt(fractions.length)];
    long monthly = 150_000 + random.nextInt(250_000); // 1,500 to 4,000 euro a month full-time
    long wage = new BigDecimal(monthly * 3).multiply(new BigDecimal(f)).longValue();
    return QuarterInput.of(YearQuarter.of(YEAR, q), wage, f, f.equals("1") ? Regime.FULL_TIME : Regime.PART_TIME);
  }

  /** Correction {@code kind} of a worker's quarters; kinds 0 and 5 change nothing the result shows. */
  private static Worker corrected(Worker w, int kind, Random random) {
    List<QuarterInput> qs = new ArrayList<>(w.quarters());
    switch (kind) {
      case 0 -> {
        // the same declaration resent
      }
      case 1 -> qs.replaceAll(q -> q.quarter().quarter() == 1 ? quarter(1, random) : q); // a new wage in Q1
      case 2 -> qs.replaceAll(q -> QuarterInput.of(q.quarter(), 1_500_000, "1", Regime.FULL_TIME)); // above the limit
      case 3 -> { // low wages all year: payable
        qs.clear();
        for (int q = 1; q <= 4; q++) {
          qs.add(QuarterInput.of(YearQuarter.of(YEAR, q), 550_000, "1", Regime.FULL_TIME));
        }
      }
      case 4 -> { // one quarter withdrawn
        if (!qs.isEmpty()) {
          qs.remove(qs.size() - 1);
        }
      }
      case 5 -> // a wage above the upper limit corrected to another one above it: only the wage changes
          qs.replaceAll(q -> q.quarter().quarter() == 2 ? QuarterInput.of(q.quarter(), 1_200_000 + random.nextInt(9),
              "1", Regime.FULL_TIME) : q);
      case 6 -> qs.replaceAll(q -> QuarterInput.of(q.quarter(), q.wageCents() + 1, q.workFraction(), q.regime()));
      default -> qs.replaceAll(q -> QuarterInput.of(q.quarter(), q.wageCents() - 30_000 > 0 ? q.wageCents() - 30_000
          : q.wageCents(), q.workFraction(), q.regime()));
    }
    return new Worker(w.person(), qs);
  }

  private void write(Map<String, Worker> workers, String personsFile, String quartersFile) throws IOException {
    if (personsFile != null) {
      StringBuilder p = new StringBuilder("insz,last_name,first_name,birth_date,statuut,residence\n");
      workers.values().forEach(w -> p.append(w.person().insz().digits()).append(',').append(w.person().lastName())
          .append(',').append(w.person().firstName()).append(',').append(w.person().birthDate().orElseThrow())
          .append(",EMPLOYEE,FLEMISH_REGION\n"));
      Files.writeString(dir.resolve(personsFile), p, StandardCharsets.UTF_8);
    }
    StringBuilder q = new StringBuilder("insz,quarter,wage_cents,work_fraction,regime\n");
    workers.values().forEach(w -> w.quarters().forEach(x -> q.append(w.person().insz().digits()).append(',')
        .append(x.quarter()).append(',').append(x.wageCents()).append(',').append(x.workFraction().toPlainString())
        .append(',').append(x.regime()).append('\n')));
    Files.writeString(dir.resolve(quartersFile), q, StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- the expectation, from the oracle

  /** The quarters whose input or amount the oracle gives differently, in order. */
  private static List<String> changedQuarters(OracleCalculator.Result b, OracleCalculator.Result a) {
    TreeSet<String> out = new TreeSet<>();
    Map<YearQuarter, OracleCalculator.Quarter> before = new TreeMap<>();
    b.quarters().forEach(q -> before.put(q.quarter(), q));
    Map<YearQuarter, OracleCalculator.Quarter> after = new TreeMap<>();
    a.quarters().forEach(q -> after.put(q.quarter(), q));
    for (YearQuarter yq : union(before, after)) {
      OracleCalculator.Quarter x = before.get(yq);
      OracleCalculator.Quarter y = after.get(yq);
      if (x == null || y == null || x.input().wageCents() != y.input().wageCents()
          || x.input().workFraction().compareTo(y.input().workFraction()) != 0 || x.amountCents() != y.amountCents()) {
        out.add(yq.toString());
      }
    }
    return new ArrayList<>(out);
  }

  private static TreeSet<YearQuarter> union(Map<YearQuarter, ?> a, Map<YearQuarter, ?> b) {
    TreeSet<YearQuarter> s = new TreeSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }

  private static String kind(OracleCalculator.Result b, OracleCalculator.Result a, List<String> quarters) {
    if (b.payable() != a.payable()) {
      return a.payable() ? "NEWLY_ENTITLED" : "NO_LONGER_ENTITLED";
    }
    if (a.totalCents() != b.totalCents()) {
      return a.totalCents() > b.totalCents() ? "EXTRA_PAYMENT" : "RECOVERY";
    }
    boolean sameReasons = codes(b.reasons()).equals(codes(a.reasons()));
    return quarters.isEmpty() && sameReasons ? null : "DETAIL_CHANGED";
  }

  private static TreeSet<String> codes(List<Reason> reasons) {
    TreeSet<String> s = new TreeSet<>();
    reasons.forEach(r -> s.add(r.code().name()));
    return s;
  }
}
