package be.jobbonus.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "outputs are whole or absent": {@code calculate} in a child process, killed with SIGTERM
 * or SIGKILL at seeded random points (some while its temporary files are being written), leaves
 * each output either as it was before or complete, never partial; after SIGTERM no temporary file
 * is left; the next run removes what a SIGKILL left and completes.
 */
class KilledRunTest {

  static final byte[] PREVIOUS_RESULTS = "{\"previous\":\"results\"}\n".getBytes(StandardCharsets.UTF_8);
  static final byte[] PREVIOUS_REJECTS = "{\"previous\":\"rejects\"}\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  static Path dir;

  static Population population;
  static final List<String> outcomes = new ArrayList<>();

  @BeforeAll
  static void population() {
    population = Population.write(dir, 12_000);
  }

  @AfterAll
  static void summary() {
    System.out.println("KilledRunTest (seed " + Child.SEED + "): " + outcomes);
  }

  /** Kill number, signal, whether to wait for the temporary file first, delay in ms. */
  static Stream<Arguments> kills() {
    Random r = new Random(Child.SEED);
    List<Arguments> a = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      boolean term = i % 2 == 0;
      boolean atWrite = r.nextInt(3) != 0;
      int delay = atWrite ? r.nextInt(120) : r.nextInt(1500);
      a.add(Arguments.of(i, term ? "SIGTERM" : "SIGKILL", atWrite, delay));
    }
    return a.stream();
  }

  @ParameterizedTest(name = "kill {0}: {1} {3} ms after {2}")
  @MethodSource("kills")
  void aKilledRunLeavesThePreviousOrTheCompleteOutput(int n, String signal, boolean atWrite, int delay)
      throws Exception {
    Path w = Files.createDirectories(dir.resolve("run-" + n));
    Path out = w.resolve("results.jsonl");
    Path rejects = w.resolve("rejects.jsonl");
    Files.write(out, PREVIOUS_RESULTS);
    Files.write(rejects, PREVIOUS_REJECTS);
    Path log = dir.resolve("log-" + n);
    Process p = Child.start(log, Child.command(population.calculate(out)));
    long deadline = System.nanoTime() + 20_000_000_000L;
    if (atWrite) {
      while (Child.temporaries(w).isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
    }
    Thread.sleep(delay);
    if (signal.equals("SIGTERM")) {
      p.destroy();
    } else {
      p.destroyForcibly();
    }
    Child.Result r = Child.finish(p, log);
    byte[] results = Files.readAllBytes(out);
    byte[] rej = Files.readAllBytes(rejects);
    boolean oldResults = Arrays.equals(results, PREVIOUS_RESULTS);
    boolean oldRejects = Arrays.equals(rej, PREVIOUS_REJECTS);
    assertTrue(oldResults || Arrays.equals(results, population.results),
        "results.jsonl is partial after " + signal + " (" + results.length + " bytes, exit " + r.code() + ")");
    assertTrue(oldRejects || Arrays.equals(rej, population.rejects),
        "rejects.jsonl is partial after " + signal + " (" + rej.length + " bytes)");
    if (signal.equals("SIGTERM")) {
      assertEquals(List.of(), Child.temporaries(w), "temporary files left after SIGTERM");
    }
    outcomes.add(signal + ":" + (oldResults ? "previous" : "new") + (r.code() == 0 || r.code() == 1 ? "(done)" : ""));
    if (signal.equals("SIGTERM")) {
      return;
    }
    // the next run removes what the SIGKILL left and completes
    Child.Result again = Child.run(dir.resolve("log-" + n + "-again"), population.calculate(out));
    assertTrue(again.code() <= 1, again.err());
    assertArrayEquals(population.results, Files.readAllBytes(out));
    assertArrayEquals(population.rejects, Files.readAllBytes(rejects));
    assertEquals(List.of(), Child.hidden(w), "no temporary or lock file after a complete run");
  }

  @Test
  void aFullDiskLeavesThePreviousOutputs() throws IOException {
    Path w = Files.createDirectories(dir.resolve("full"));
    Path out = w.resolve("results.jsonl");
    Files.write(out, PREVIOUS_RESULTS);
    Files.write(w.resolve("rejects.jsonl"), PREVIOUS_REJECTS);
    assertTrue(population.results.length > 200 * 1024, "the results must be larger than the file size limit");
    // ulimit -f: the file size limit in 1024-byte blocks; the JVM ignores SIGXFSZ, so write fails with EFBIG
    List<String> java = Child.command(population.calculate(out));
    StringBuilder cmd = new StringBuilder("ulimit -f 200; exec");
    for (String s : java) {
      cmd.append(" '").append(s.replace("'", "'\\''")).append('\'');
    }
    Path log = dir.resolve("log-full");
    Process p = new ProcessBuilder("bash", "-c", cmd.toString())
        .redirectOutput(log.resolveSibling("log-full.out").toFile())
        .redirectError(log.resolveSibling("log-full.err").toFile()).start();
    Child.Result r = Child.finish(p, log);
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("cannot write"), r.err());
    assertArrayEquals(PREVIOUS_RESULTS, Files.readAllBytes(out));
    assertArrayEquals(PREVIOUS_REJECTS, Files.readAllBytes(w.resolve("rejects.jsonl")));
    assertEquals(List.of(), Child.hidden(w));
    outcomes.add("full-disk:previous");
  }
}
