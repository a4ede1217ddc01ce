package be.jobbonus.benchmarks;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.RunCounts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
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
 * End to end from DmfA XML, {@code jobbonus calculate --dmfa-xml} as the library runs it ({@link
 * CalculateRun#calculateXml}): {@code persons.csv} + one declaration per employer and quarter
 * ({@link PopulationFiles#writeDeclarations}, 20 workers per employer) to {@code results.jsonl},
 * on {@code threads} parsing threads. One op = every file; MB/s = the bytes printed at set-up /
 * time per op. {@link #main} is a plain timing without JMH that also prints the process's CPU
 * time (the machine is shared: CPU time per core is the figure that does not depend on the load):
 * {@code java -cp benchmarks.jar be.jobbonus.benchmarks.XmlEndToEndBenchmark DIR [threads] [runs]}
 * over a directory written by {@code jobbonus simulate --write DIR --format xml}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 4)
public class XmlEndToEndBenchmark {

  @Param({"20000"})
  public int persons;

  @Param({"1", "2"})
  public int threads;

  Path dir;
  ParameterSet set;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("jobbonus-xml-e2e");
    long occupations = PopulationFiles.writeDeclarations(SyntheticPopulation.of(7, 2024), persons, dir, 20);
    set = ParameterSets.official();
    System.out.printf("%npersons=%d occupations=%d (%.1f MB of XML)%n", persons, occupations, bytes(dir) / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public RunCounts calculate() {
    return run(set, dir, threads);
  }

  static RunCounts run(ParameterSet set, Path dir, int threads) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("results.jsonl")), 1 << 16)) {
      return new CalculateRun(set, 2024).calculateXml(dir.resolve("persons.csv"), "persons.csv",
          List.of(dir.resolve("dmfa-xml")), out, "results.jsonl", r -> {}, threads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long bytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir.resolve("dmfa-xml"))) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Plain timing: wall and CPU time of each run, MB/s of XML and persons/s. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ParameterSet set = ParameterSets.official();
    double mb = bytes(dir) / 1e6;
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int r = 0; r < runs; r++) {
      long cpu0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      RunCounts c = run(set, dir, threads);
      double wall = (System.nanoTime() - t0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      System.out.printf("run %d, %d threads: %.1f MB, %d persons, %d occupations: wall %.2f s (%.1f MB/s, %,.0f"
          + " persons/s), CPU %.2f s (%.1f MB/s per core), heap used %d MB, load %.1f%n", r + 1, threads, mb,
          c.personsInResults(), c.dataRead(), wall, mb / wall, c.personsInResults() / wall, cpu, mb / cpu,
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20, os.getSystemLoadAverage());
    }
  }
}
