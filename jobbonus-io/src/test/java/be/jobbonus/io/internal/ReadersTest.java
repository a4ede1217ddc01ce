package be.jobbonus.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RunCounts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind: each refused with file, line, field and reason; the run completes. */
class ReadersTest {

  static final String A = "85073003328";
  static final String B = "90021514251";
  static final String HEADER = "insz,last_name,first_name,birth_date,statuut,residence\n";
  static final String PERSONS = HEADER + A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n" + B + ",Janssens,Sofie,,EMPLOYEE,FLEMISH_REGION\n";

  @TempDir
  Path dir;

  final java.io.ByteArrayOutputStream results = new java.io.ByteArrayOutputStream();
  final List<Reject> rejects = new ArrayList<>();

  Path file(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  static String dmfa(String insz, String quarter, String extra) {
    return "{\"insz\":\"" + insz + "\",\"quarter\":\"" + quarter + "\",\"employer\":\"0123456749\",\"workerCode\":495,"
        + "\"contract\":\"FULL_TIME\",\"daysPerWeek\":500,\"meanWorkingHours\":3800,\"refMeanWorkingHours\":3800,"
        + "\"services\":[{\"code\":1,\"days\":6500,\"hours\":49400}],\"remunerations\":[{\"code\":1,\"amount\":600000}]" + extra + "}";
  }

  RunCounts run(String persons, String data, InputKind kind) throws IOException {
    String name = kind == InputKind.DMFA ? "dmfa.jsonl" : "quarters.csv";
    return new CalculateRun(ParameterSets.official(), 2024).calculate(file("persons.csv", persons), "persons.csv",
        file(name, data), name, kind, results, "results.jsonl", rejects::add);
  }

  Reject only(String field) {
    List<Reject> r = rejects.stream().filter(x -> !x.file().equals("persons.csv") && x.field().equals(field)).toList();
    assertEquals(1, r.size(), () -> field + " in " + rejects);
    return r.get(0);
  }

  @Test
  void emptyFilesAndMissingHeaders() throws IOException {
    InputFileException empty = assertThrows(InputFileException.class, () -> run("", "", InputKind.DMFA));
    assertTrue(empty.getMessage().contains("persons.csv is empty"), empty.getMessage());
    InputFileException noHeader = assertThrows(InputFileException.class,
        () -> run(A + ",Peeters,An,,EMPLOYEE,FLEMISH_REGION\n", "", InputKind.DMFA));
    assertTrue(noHeader.getMessage().contains("header row is missing"), noHeader.getMessage());
    InputFileException quarters = assertThrows(InputFileException.class,
        () -> run(PERSONS, A + ",2024Q1,600000,1,FULL_TIME\n", InputKind.QUARTERS));
    assertTrue(quarters.getMessage().contains("quarters.csv line 1"), quarters.getMessage());
    assertThrows(InputFileException.class, () -> run(PERSONS, "", InputKind.QUARTERS));
    // an empty dmfa.jsonl is refused too: it would compute every person without work
    InputFileException none = assertThrows(InputFileException.class, () -> run(PERSONS, "\n", InputKind.DMFA));
    assertTrue(none.getMessage().contains("dmfa.jsonl is empty"), none.getMessage());
    assertThrows(InputFileException.class, () -> run(PERSONS, QuartersCsv.HEADER.stream().reduce((a, b) -> a + "," + b)
        .orElseThrow() + "\n", InputKind.QUARTERS));
  }

  @Test
  void wrongColumnsBrokenJsonAndEncoding() throws IOException {
    RunCounts c = run(PERSONS + "1,2,3\n", dmfa(A, "2024Q1", "") + "\n{\"insz\":\"" + B + "\",\"quarter\":\n", InputKind.DMFA);
    Reject columns = rejects.stream().filter(r -> r.file().equals("persons.csv") && r.line() == 4).findFirst().orElseThrow();
    assertEquals("line", columns.field());
    assertTrue(columns.reason().contains("expected 6 columns"), columns.reason());
    Reject json = rejects.stream().filter(r -> r.file().equals("dmfa.jsonl") && r.line() == 2).findFirst().orElseThrow();
    assertTrue(json.reason().contains("not valid JSON"), json.reason());
    assertEquals("900215*****", json.insz());
    // B's only line is broken: B is refused in persons.csv too
    assertTrue(rejects.stream().anyMatch(r -> r.file().equals("persons.csv") && r.line() == 3));
    assertTrue(c.balanced());
    assertEquals(1, c.personsInResults());

    rejects.clear();
    byte[] bad = (dmfa(A, "2024Q1", "") + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin = "{\"insz\":\"90021514251\",\"employer\":\"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[bad.length + latin.length];
    System.arraycopy(bad, 0, all, 0, bad.length);
    System.arraycopy(latin, 0, all, bad.length, latin.length);
    Files.write(dir.resolve("dmfa.jsonl"), all);
    RunCounts e = new CalculateRun(ParameterSets.official(), 2024).calculate(file("persons.csv", PERSONS), "persons.csv",
        dir.resolve("dmfa.jsonl"), "dmfa.jsonl", InputKind.DMFA, results, "results.jsonl", rejects::add);
    Reject utf = rejects.stream().filter(r -> r.line() == 2).findFirst().orElseThrow();
    assertTrue(utf.reason().contains("not valid UTF-8"), utf.reason());
    assertTrue(e.balanced());
  }

  /** a birth date that contradicts a national-register INSZ is refused, not guessed. */
  @Test
  void birthDateContradictingTheInszIsRefused() throws IOException {
    String bis = "85273003371"; // bis number: its date need not be the birth date
    String unknownDay = "85070003355"; // day 00: no complete date encoded
    String persons = HEADER + A + ",Peeters,An,1985-07-31,EMPLOYEE,FLEMISH_REGION\n"
        + B + ",Janssens,Sofie,1990-02-15,EMPLOYEE,FLEMISH_REGION\n"
        + bis + ",Maes,Jan,1985-07-31,EMPLOYEE,FLEMISH_REGION\n"
        + unknownDay + ",Claes,Els,1985-07-12,EMPLOYEE,FLEMISH_REGION\n";
    run(persons, dmfa(A, "2024Q1", "") + "\n" + dmfa(B, "2024Q1", "") + "\n" + dmfa(bis, "2024Q1", "") + "\n"
        + dmfa(unknownDay, "2024Q1", "") + "\n", InputKind.DMFA);
    List<Reject> birth = rejects.stream().filter(r -> r.file().equals("persons.csv") && r.field().equals("birth_date")).toList();
    assertEquals(1, birth.size(), () -> rejects.toString());
    assertEquals(2, birth.get(0).line());
    assertTrue(birth.get(0).reason().contains("contradicts the birth date the INSZ"), birth.get(0).reason());
    assertFalse(birth.get(0).toString().contains("1985"), "no birth date in the reject");
    String out = results.toString(StandardCharsets.UTF_8);
    assertEquals(3, out.lines().count(), out);
  }

  @Test
  void duplicatePersonsAreRefusedOnEveryLine() throws IOException {
    String persons = PERSONS + A + ",Peeters,Anna,,EMPLOYEE,FLEMISH_REGION\n";
    RunCounts c = run(persons, dmfa(A, "2024Q1", "") + "\n" + dmfa(B, "2024Q1", "") + "\n", InputKind.DMFA);
    List<Reject> dup = rejects.stream().filter(r -> r.file().equals("persons.csv") && r.reason().contains("appears on lines 2 and 4")).toList();
    assertEquals(2, dup.size(), rejects.toString());
    assertTrue(rejects.stream().anyMatch(r -> r.file().equals("dmfa.jsonl") && r.line() == 1
        && r.reason().contains("person record was refused")));
    assertEquals(1, c.personsInResults());
    assertTrue(c.balanced());
  }

  @Test
  void fieldsOutOfRangeNamedInTheReject() throws IOException {
    String data = String.join("\n",
        dmfa(A, "2023Q4", ""),
        dmfa(B, "2024Q1", ",\"contract\":\"FULLTIME\"").replace("\"contract\":\"FULL_TIME\",", ""),
        dmfa("90021514252", "2024Q2", ""),
        dmfa(B, "2024Q2", "").replace("600000", "1000000000000"),
        dmfa(B, "2024Q3", "").replace("6500", "40000"),
        dmfa(B, "2024Q4", "").replace("\"daysPerWeek\":500", "\"daysPerWeek\":\"5\""),
        dmfa(A, "2024Q1", "").replace("\"code\":1,\"days\"", "\"code\":1000,\"days\"")) + "\n";
    RunCounts c = run(PERSONS, data, InputKind.DMFA);
    assertTrue(only("quarter").reason().contains("outside reference year 2024"));
    assertTrue(only("contract").reason().contains("FULL_TIME"));
    Reject insz = only("insz");
    assertTrue(insz.reason().contains("check digits"), insz.reason());
    assertEquals(3, insz.line());
    assertTrue(only("remunerations[0].amount").reason().contains("99999999999"));
    assertTrue(only("services[0].days").reason().contains("hundredths"));
    assertTrue(only("daysPerWeek").reason().contains("whole number"));
    assertTrue(only("services[0].code").reason().contains("0-999"));
    assertTrue(c.balanced());
    assertEquals(0, c.dataInResults());
    for (Reject r : rejects) {
      assertFalse(r.reason().contains("1000000000000") || r.reason().contains(A), r.toString());
    }
  }

  @Test
  void quartersCsvProblems() throws IOException {
    String data = QuartersCsv.HEADER.stream().reduce((a, b) -> a + "," + b).orElseThrow() + "\n"
        + A + ",2024Q1,600000,1,FULL_TIME\n"
        + A + ",2024Q1,600000,1,FULL_TIME\n"
        + B + ",2024Q1,600000,1.5,FULL_TIME\n"
        + B + ",2024Q2,6000.00,1,FULL_TIME\n";
    RunCounts c = run(PERSONS, data, InputKind.QUARTERS);
    assertTrue(rejects.stream().anyMatch(r -> r.field().equals("quarter") && r.reason().contains("given twice")), rejects.toString());
    assertTrue(only("work_fraction").reason().contains("between 0 and 1"));
    assertTrue(only("wage_cents").reason().contains("cents"));
    assertTrue(c.balanced());
    assertEquals(4, c.dataRejected());
  }

  @Test
  void unknownYearIsRefused() {
    int after = Collections.max(ParameterSets.official().referenceYears()) + 1; // from the data
    UnknownReferenceYearException e = assertThrows(UnknownReferenceYearException.class,
        () -> new CalculateRun(ParameterSets.official(), after));
    assertTrue(e.getMessage().contains("no parameters for reference year " + after), e.getMessage());
  }

  @Test
  void ungroupedInputGivesTheSameResultsGroupedInMemory() throws IOException {
    String grouped = String.join("\n", dmfa(A, "2024Q1", ""), dmfa(A, "2024Q2", ""), dmfa(B, "2024Q1", ""), dmfa(B, "2024Q2", "")) + "\n";
    String mixed = String.join("\n", dmfa(A, "2024Q1", ""), dmfa(B, "2024Q1", ""), dmfa(A, "2024Q2", ""), dmfa(B, "2024Q2", "")) + "\n";
    RunCounts g = run(PERSONS, grouped, InputKind.DMFA);
    String first = results.toString(StandardCharsets.UTF_8);
    results.reset();
    RunCounts m = run(PERSONS, mixed, InputKind.DMFA);
    assertTrue(g.grouped());
    assertFalse(m.grouped());
    assertEquals(first, results.toString(StandardCharsets.UTF_8));
    assertEquals(4, m.dataInResults());
  }

  /** Results' INSZ (payable or not) and the INSZ of the persons.csv rejects (the persons held). */
  private List<String> computed() {
    List<String> out = new ArrayList<>();
    for (String l : results.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!l.isBlank()) {
        out.add(l.substring(l.indexOf("\"insz\":\"") + 8, l.indexOf("\"insz\":\"") + 19));
      }
    }
    return out;
  }

  @Test
  void twoLinesRunTogetherHoldEveryPersonTheyMayConcern() throws IOException {
    String a1 = dmfa(A, "2024Q1", "");
    String b2 = dmfa(B, "2024Q2", "");
    java.util.Map<String, String> joined = new java.util.LinkedHashMap<>();
    joined.put("a lost line end", a1 + b2);
    joined.put("a bare CR", a1 + "\r" + b2);
    joined.put("a lost line end and a space", a1 + " " + b2);
    joined.put("a line end lost inside the second line", a1 + b2.substring(0, 40));
    for (java.util.Map.Entry<String, String> e : joined.entrySet()) {
      for (boolean grouped : new boolean[] {true, false}) {
        results.reset();
        rejects.clear();
        String data = grouped
            ? String.join("\n", dmfa(A, "2024Q2", ""), e.getValue(), dmfa(B, "2024Q3", "")) + "\n"
            : String.join("\n", dmfa(B, "2024Q3", ""), e.getValue(), dmfa(A, "2024Q2", "")) + "\n";
        RunCounts c = run(PERSONS, data, InputKind.DMFA);
        assertTrue(c.balanced(), e.getKey());
        assertEquals(List.of(), computed(), e.getKey() + ": " + rejects);
        Reject line = rejects.stream().filter(r -> r.line() == 2 && r.file().equals("dmfa.jsonl")).findFirst()
            .orElseThrow();
        assertEquals("line", line.field(), e.getKey());
        assertTrue(line.reason().contains("more than one JSON value")
            || e.getKey().contains("inside") && line.reason().contains("not valid JSON"), line.reason());
      }
    }
  }

  @Test
  void aFileWithCarriageReturnsAsLineEndsHoldsEveryone() throws IOException {
    String data = String.join("\r", dmfa(A, "2024Q1", ""), dmfa(A, "2024Q2", ""), dmfa(B, "2024Q1", "")) + "\r";
    RunCounts c = run(PERSONS, data, InputKind.DMFA);
    assertTrue(c.balanced());
    assertEquals(List.of(), computed(), rejects.toString());
    assertEquals(2, rejects.stream().filter(r -> r.file().equals("persons.csv")).count(), rejects.toString());
  }

  @Test
  void aSecondInszOrNullListsAreRefused() throws IOException {
    String data = String.join("\n",
        dmfa(A, "2024Q1", ",\"other\":{\"insz\":\"" + B + "\"}"),
        dmfa(B, "2024Q1", "").replace("\"services\":[{\"code\":1,\"days\":6500,\"hours\":49400}]",
            "\"services\":null")) + "\n";
    RunCounts c = run(PERSONS, data, InputKind.DMFA);
    assertTrue(c.balanced());
    assertEquals(List.of(), computed());
    assertTrue(only("services").reason().startsWith("is null"), rejects.toString());
  }

  @Test
  void theSameRemunerationCodeTwiceInALineIsRefusedOnBothPaths() throws IOException {
    String twice = "\"remunerations\":[{\"code\":1,\"amount\":600000},{\"code\":1,\"amount\":600000}]";
    String data = String.join("\n",
        dmfa(A, "2024Q1", "").replace("\"remunerations\":[{\"code\":1,\"amount\":600000}]", twice),
        dmfa(B, "2024Q1", "").replace("\"remunerations\":[{\"code\":1,\"amount\":600000}]", twice)
            .replace("{\"insz\"", "{ \"insz\"")) + "\n"; // the second through Jackson
    RunCounts c = run(PERSONS, data, InputKind.DMFA);
    assertTrue(c.balanced());
    List<Reject> own = rejects.stream().filter(r -> r.field().equals("remunerations[1].code")).toList();
    assertEquals(2, own.size(), rejects.toString());
    assertEquals(own.get(0).reason(), own.get(1).reason());
    assertTrue(own.get(0).reason().startsWith("remuneration code 1 appears twice in the line"), own.get(0).reason());
    assertEquals(List.of(), computed());
  }
}
