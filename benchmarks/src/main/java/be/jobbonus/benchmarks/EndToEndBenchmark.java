package be.jobbonus.benchmarks;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.RunCounts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (5) End to end on one thread, {@code jobbonus calculate --dmfa} as the library runs it ({@link
 * CalculateRun}): {@code persons.csv} + {@code dmfa.jsonl} (the synthetic population, grouped by
 * INSZ) to {@code results.jsonl}. One op = the whole file; lines per second = DmfA lines (printed
 * at set-up) / time per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class EndToEndBenchmark {

  @Param({"10000", "100000"})
  public int persons;

  Path dir;
  ParameterSet set;
  long lines;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("jobbonus-e2e");
    EndToEnd.generate(dir, persons, 2024, 7);
    set = ParameterSets.official();
    try (Stream<String> s = Files.lines(dir.resolve("dmfa.jsonl"))) {
      lines = s.count();
    }
    System.out.printf("%npersons=%d dmfa lines=%d (%.1f MB)%n", persons, lines, Files.size(dir.resolve("dmfa.jsonl")) / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public RunCounts calculate() {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("results.jsonl")), 1 << 16)) {
      return new CalculateRun(set, 2024).calculate(dir.resolve("persons.csv"), "persons.csv", dir.resolve("dmfa.jsonl"),
          "dmfa.jsonl", InputKind.DMFA, out, "results.jsonl", r -> {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
