package be.jobbonus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.scenarios.reform.ReformReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simulate --population}, {@code --summary} and the report on files ({@code --persons --dmfa}). */
class SimulatePopulationCommandTest {

  @Test
  void optionsThatDoNotGoTogetherAreRefusedWithTheirName(@TempDir Path tmp) {
    Run r = Run.of("simulate", "--year", "2022", "--population", "flanders", "--workers", "10");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--workers"), r.err());
    r = Run.of("simulate", "--year", "2022", "--population", "walloon");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--population must be synthetic or flanders"), r.err());
    r = Run.of("simulate", "--year", "2022", "--workers", "10", "--summary", tmp.resolve("s.json").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--summary needs --population flanders"), r.err());
    r = Run.of("simulate", "--year", "2022", "--persons", tmp.resolve("p.csv").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--persons needs one of --dmfa and --quarters"), r.err());
    assertFalse(Files.exists(tmp.resolve("s.json")));
  }

  @Test
  void theReportOnFilesGivesTheFiguresOfThePopulationTheyHold(@TempDir Path tmp) throws Exception {
    Path reform = tmp.resolve("reform.yaml");
    Files.writeString(reform, "name: raise\nparameters:\n  periods[2024-01-01].upperLimit: \"3499.99\"\n");
    Run w = Run.of("simulate", "--year", "2024", "--workers", "600", "--seed", "5", "--write", tmp.resolve("pop").toString());
    assertEquals(0, w.code(), w.err());
    Run files = Run.of("simulate", "--year", "2024", "--persons", tmp.resolve("pop/persons.csv").toString(), "--dmfa",
        tmp.resolve("pop/dmfa.jsonl").toString(), "--reform", reform.toString(), "--report", tmp.resolve("out").toString());
    assertEquals(0, files.code(), files.err());
    Run synthetic = Run.of("simulate", "--year", "2024", "--workers", "600", "--seed", "5", "--reform", reform.toString());
    assertEquals(0, synthetic.code(), synthetic.err());
    String budget = line(synthetic.out(), "budget (total paid, euro)");
    assertEquals(budget, line(files.out(), "budget (total paid, euro)"));
    assertTrue(files.out().contains("population: files persons.csv and dmfa.jsonl, 600 persons computed"), files.out());
    String report = Files.readString(tmp.resolve("out").resolve(ReformReport.REPORT));
    assertTrue(report.contains("## What this report stands on"), report);
    assertTrue(report.contains("Records refused by the readers: 0."), report);
  }

  private static String line(String text, String start) {
    return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(start + " in " + text));
  }
}
