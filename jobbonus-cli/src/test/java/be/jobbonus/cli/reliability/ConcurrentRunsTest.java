package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.cli.Examples;
import be.jobbonus.cli.reliability.OutputIsNeverAnInputTest.Run;
import be.jobbonus.io.internal.OutputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * two runs on the same output are never interleaved; the second is refused with exit
 * code 2 and a clear message, and the first one's output is complete.
 */
@SuppressWarnings("try") // an output held open by a try-with-resources is the point of the test, not used in its body
class ConcurrentRunsTest {

  @TempDir
  static Path dir;

  static Population population;

  @BeforeAll
  static void population() {
    population = Population.write(dir, 3_000);
  }

  @Test
  void aRunInAnotherProcessIsRefusedWhileTheOutputIsBeingWritten() throws Exception {
    Path w = Files.createDirectories(dir.resolve("held"));
    Path out = w.resolve("results.jsonl");
    Files.writeString(out, "previous\n");
    try (OutputFile held = OutputFile.open(out, true)) {
      Child.Result r = Child.run(dir.resolve("log-held"), population.calculate(out));
      assertEquals(2, r.code(), r.out() + r.err());
      assertTrue(r.err().contains("is being written by another run"), r.err());
      assertEquals("previous\n", Files.readString(out));
      assertTrue(Files.notExists(w.resolve("rejects.jsonl")), "nothing touched");
    }
  }

  @Test
  void aRunIsRefusedWhenItsDefaultRejectsFileIsBeingWritten() throws Exception {
    Path w = Examples.copy(Files.createDirectories(dir.resolve("rejects")));
    Map<String, String> before;
    try (OutputFile held = OutputFile.open(w.resolve("rejects.jsonl"), true)) {
      before = Snapshot.of(w);
      Run r = OutputIsNeverAnInputTest.cli("calculate", "--year", "2024", "--persons", w.resolve("persons.csv").toString(),
          "--dmfa", w.resolve("dmfa.jsonl").toString(), "--out", w.resolve("other-results.jsonl").toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("another run"), r.err());
      assertEquals(before, Snapshot.of(w));
    }
  }

  @Test
  void notifyIsRefusedWhileItsOutputIsBeingWritten() throws Exception {
    Path w = Examples.copy(Files.createDirectories(dir.resolve("notify")));
    Path results = w.resolve("results.jsonl");
    OutputIsNeverAnInputTest.cli("calculate", "--year", "2024", "--persons", w.resolve("persons.csv").toString(),
        "--dmfa", w.resolve("dmfa.jsonl").toString(), "--out", results.toString());
    try (OutputFile held = OutputFile.open(w.resolve("vlabel.jsonl"), true)) {
      Map<String, String> before = Snapshot.of(w);
      Run r = OutputIsNeverAnInputTest.cli("notify", "--results", results.toString(), "--out",
          w.resolve("vlabel.jsonl").toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains("another run"), r.err());
      assertEquals(before, Snapshot.of(w), "nothing sent");
    }
  }

  @Test
  void twoRunsStartedTogetherAreNotInterleaved() throws Exception {
    Path w = Files.createDirectories(dir.resolve("race"));
    Path out = w.resolve("results.jsonl");
    Process a = Child.start(dir.resolve("log-a"), Child.command(population.calculate(out)));
    Process b = Child.start(dir.resolve("log-b"), Child.command(population.calculate(out)));
    Child.Result ra = Child.finish(a, dir.resolve("log-a"));
    Child.Result rb = Child.finish(b, dir.resolve("log-b"));
    int done = 0;
    for (Child.Result r : List.of(ra, rb)) {
      if (r.code() == 2) {
        assertTrue(r.err().contains("is being written by another run"), r.err());
      } else {
        assertTrue(r.code() <= 1, r.err());
        done++;
      }
    }
    assertTrue(done >= 1, "one of the runs completes: " + ra + rb);
    assertArrayEquals(population.results, Files.readAllBytes(out));
    assertArrayEquals(population.rejects, Files.readAllBytes(w.resolve("rejects.jsonl")));
    assertEquals(List.of(), Child.hidden(w));
    System.out.println("ConcurrentRunsTest: exit codes " + ra.code() + " and " + rb.code());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
