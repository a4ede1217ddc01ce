package be.jobbonus.scenarios;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.ScenariosCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Running scenario files: a passing case, a failing one with its explanation, a bad file. */
class ScenarioRunnerTest {

  static final String PASSING = "cases:\n"
      + "  - name: example 1\n"
      + "    year: 2021\n"
      + "    person: { birth_date: 1985-07-30 }\n"
      + "    every_quarter: { monthly_wage: \"2000.00\" }\n"
      + "    expect: { base: \"434.29\", total: \"534.29\" }\n";

  static final String FAILING = "cases:\n"
      + "  - name: wrong expectation\n"
      + "    year: 2021\n"
      + "    person: { birth_date: 1985-07-30 }\n"
      + "    every_quarter: { monthly_wage: \"2000.00\" }\n"
      + "    expect:\n"
      + "      total: \"534.28\"\n"
      + "      quarters:\n"
      + "        2021Q1: \"108.57\"\n";

  static final String BAD = "cases:\n"
      + "  - name: bad wage\n"
      + "    year: 2021\n"
      + "    person: { birth_date: 1985-07-30 }\n"
      + "    every_quarter:\n"
      + "      monthly_wage: two thousand\n"
      + "    expect: { total: \"534.29\" }\n";

  @Test
  void aPassingCase(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    ScenarioRun run = ScenarioRunner.runAll(dir);
    assertEquals(1, run.passed());
    assertEquals(0, run.failed());
    assertTrue(run.succeeded());
    assertTrue(run.toText(false).contains("ok    " + dir.resolve("a.yaml") + ":2  example 1  (total 534.29)"),
        run.toText(false));
  }

  @Test
  void aFailingCaseShowsExpectedActualAndTheExplanation(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("b.yaml"), FAILING);
    ScenarioRun run = ScenarioRunner.runAll(dir);
    assertEquals(1, run.failed());
    assertFalse(run.succeeded());
    String text = run.toText(false);
    assertTrue(text.matches("(?s).*total\\s+534\\.28\\s+534\\.29   <-- differs.*"), text);
    assertTrue(text.matches("(?s).*2021Q1 amount\\s+108\\.57\\s+108\\.58   <-- differs.*"), text);
    assertTrue(text.contains("reference monthly wage S = W / 3 / µ = 2000.00"), text);
    assertTrue(text.contains("Result: NOT all scenarios passed"), text);
  }

  @Test
  void theCommandExitsNonZeroOnAFailureAndTwoOnABadFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    assertEquals(0, run(dir).exit);
    Files.writeString(dir.resolve("b.yaml"), FAILING);
    Result r = run(dir);
    assertEquals(1, r.exit);
    assertTrue(r.out.contains("1 passed, 1 failed"), r.out);
    Files.writeString(dir.resolve("c.yaml"), BAD);
    r = run(dir);
    assertEquals(2, r.exit);
    assertTrue(r.out.contains(dir.resolve("c.yaml") + ":6:21: cases[0].every_quarter.monthly_wage:"
        + " is not a euro amount"), r.out);
    assertTrue(r.err.contains("jobbonus scenarios: " + dir.resolve("c.yaml") + ":6:21:"), r.err);
    assertFalse(r.out.contains("Exception"), r.out);
    assertFalse(r.err.contains("Exception"), r.err);
  }

  @Test
  void theCommandWritesTheReportAndRefusesAMissingFolder(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    Path report = dir.resolve("report.txt");
    Result r = run(dir, "--report", report.toString());
    assertEquals(0, r.exit);
    assertEquals(r.out, Files.readString(report, StandardCharsets.UTF_8));
    Result missing = run(dir.resolve("nope"));
    assertEquals(2, missing.exit);
    assertTrue(missing.err.contains("no such folder or file"), missing.err);
  }

  /**
   * "Inputs are never written", for every file the runner reads ({@link ScenarioFiles#list}):
   * a {@code --report} that is a {@code *.yaml} or {@code *.yml} input, in DIR or a sub-folder, is
   * refused with exit code 2 and the input keeps its bytes.
   */
  @Test
  void aReportThatIsAnyScenarioInputIsRefusedAndTheInputIsUnchanged(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    Files.writeString(dir.resolve("case.yml"), PASSING);
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub").resolve("case.yaml"), PASSING);
    Files.writeString(dir.resolve("sub").resolve("other.yml"), PASSING);
    for (String input : new String[] {"a.yaml", "case.yml", "sub/case.yaml", "sub/other.yml"}) {
      Path file = dir.resolve(input);
      byte[] before = Files.readAllBytes(file);
      Result r = run(dir, "--report", file.toString());
      assertEquals(2, r.exit, input + ": " + r.out + r.err);
      assertTrue(r.err.contains("is the same file as the input " + file), r.err);
      assertEquals("", r.out, "nothing is run");
      assertArrayEquals(before, Files.readAllBytes(file), input + " unchanged");
    }
    Result ok = run(dir, "--report", dir.resolve("report.txt").toString());
    assertEquals(0, ok.exit, ok.err);
    assertTrue(ok.out.contains("4 passed, 0 failed"), ok.out);
  }

  /**
   * A {@code --report} that does not exist yet but that a later run over DIR would read as a
   * scenario file ({@code *.yaml} or {@code *.yml} in DIR or a sub-folder, also through links) is
   * refused before anything runs; another name in DIR, or a file outside DIR, is written.
   */
  @Test
  void aReportThatWouldBecomeAScenarioInputIsRefused(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("scen"));
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    Files.createDirectories(dir.resolve("sub"));
    java.util.List<Path> refused = new java.util.ArrayList<>(java.util.List.of(dir.resolve("new.yml"),
        dir.resolve("new.yaml"), dir.resolve("sub").resolve("new.yml"), dir.resolve("NEW.YAML"),
        dir.resolve("sub").resolve("..").resolve("new.yml")));
    Path link = tmp.resolve("mylink");
    Path dangling = tmp.resolve("to-new.txt");
    try {
      Files.createSymbolicLink(link, dir);
      Files.createSymbolicLink(dangling, dir.resolve("sub").resolve("linked.yml"));
      refused.add(link.resolve("sub").resolve("new.yaml"));
      refused.add(dangling);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      // without links, the plain paths are still checked
    }
    for (Path report : refused) {
      Result r = run(dir, "--report", report.toString());
      assertEquals(2, r.exit, report + ": " + r.out + r.err);
      assertTrue(r.err.startsWith("jobbonus scenarios: --report " + report + " would be read as a scenario file"
          + " by the next run of " + dir), r.err);
      assertEquals(1, r.err.strip().lines().count(), r.err);
      assertEquals("", r.out, "nothing is run");
    }
    if (Files.exists(link)) {
      Result r = run(link, "--report", dir.resolve("new.yml").toString());
      assertEquals(2, r.exit, r.out + r.err);
      assertTrue(r.err.contains("would be read as a scenario file by the next run of " + link), r.err);
    }
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      assertEquals(java.util.List.of(dir.resolve("a.yaml")), files.filter(Files::isRegularFile).toList(),
          "nothing written");
    }
    for (Path report : java.util.List.of(dir.resolve("report.txt"), dir.resolve("report.md"),
        dir.resolve("sub").resolve("report.txt"), tmp.resolve("outside.yml"))) {
      Result r = run(dir, "--report", report.toString());
      assertEquals(0, r.exit, report + ": " + r.err);
      assertEquals(r.out, Files.readString(report, StandardCharsets.UTF_8));
    }
  }

  /**
   * A folder without scenario files is an error (exit code 2) on stderr only: stdout claims no
   * failure, since nothing ran, and no report is written.
   */
  @Test
  void aFolderWithoutScenarioFilesNamesWhatIsRead(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), PASSING);
    Path report = dir.resolve("report.txt");
    for (String[] more : new String[][] {{}, {"--report", report.toString()}}) {
      Result r = run(dir, more);
      assertEquals(2, r.exit);
      assertEquals("jobbonus scenarios: no scenario file (*.yaml or *.yml, sub-folders included) in " + dir + "\n",
          r.err.replace(System.lineSeparator(), "\n"));
      assertEquals("", r.out, "nothing ran, so nothing is claimed");
      assertFalse(Files.exists(report), "no report of nothing");
    }
    String text = ScenarioRunner.runAll(dir).toText(false);
    assertFalse(text.contains("NOT all scenarios passed"), text);
    assertTrue(text.endsWith("\nResult: no case was run\n"), text);
  }

  /**
   * DIR given as a symbolic link to a folder reads the folder it points to; the files are named
   * under DIR as the user gave it. A link inside the tree that loops back is not followed, so the
   * run ends.
   */
  @Test
  void aLinkToAFolderReadsTheFolderAndNamesFilesAsGiven(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Files.writeString(real.resolve("a.yaml"), PASSING);
    Files.createDirectories(real.resolve("sub"));
    Files.writeString(real.resolve("sub").resolve("b.yml"), PASSING);
    Path link = dir.resolve("mylink");
    try {
      Files.createSymbolicLink(link, real);
      Files.createSymbolicLink(real.resolve("sub").resolve("loop"), real);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("the file system refuses symbolic links: " + e);
    }
    assertEquals(java.util.List.of(link.resolve("a.yaml"), link.resolve("sub").resolve("b.yml")),
        ScenarioFiles.list(link));
    Result r = run(link);
    assertEquals(0, r.exit, r.out + r.err);
    assertTrue(r.out.contains("2 files, 2 cases: 2 passed, 0 failed"), r.out);
    assertTrue(r.out.contains("ok    " + link.resolve("a.yaml") + ":2  example 1"), r.out);
    assertTrue(r.out.contains("ok    " + link.resolve("sub").resolve("b.yml") + ":2  example 1"), r.out);
    Result same = run(link, "--report", real.resolve("a.yaml").toString());
    assertEquals(2, same.exit, same.out + same.err);
    assertTrue(same.err.contains("is the same file as the input " + link.resolve("a.yaml")), same.err);
  }

  record Result(int exit, String out, String err) {}

  static Result run(Path dir, String... more) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ScenariosCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    String[] args = new String[more.length + 1];
    args[0] = dir.toString();
    System.arraycopy(more, 0, args, 1, more.length);
    int exit = cl.execute(args);
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void theJobbonusCommandRunsScenarios(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = be.jobbonus.cli.Cli.run(new PrintWriter(out), new PrintWriter(err), "scenarios", dir.toString());
    assertEquals(0, exit, err.toString());
    assertTrue(out.toString().contains("1 passed, 0 failed"), out.toString());
  }

  @Test
  void anotherBaselineParameterSetChangesTheOutcome(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.yaml"), PASSING);
    be.jobbonus.core.parameters.ParameterSet perQuarter = be.jobbonus.core.parameters.ParameterSets.withOverrides(
        be.jobbonus.core.parameters.ParameterSets.official(), "per-quarter",
        java.util.Map.of("interpretation.rounding", "PER_QUARTER"), "test");
    Path json = dir.resolve("per-quarter.json");
    Files.writeString(json, perQuarter.toJson());
    assertEquals(0, run(dir).exit);
    Result r = run(dir, "--parameters", json.toString());
    assertEquals(1, r.exit, r.err);
    assertTrue(r.out.matches("(?s).*base\\s+434\\.29\\s+434\\.28   <-- differs.*"), r.out);
  }
}
