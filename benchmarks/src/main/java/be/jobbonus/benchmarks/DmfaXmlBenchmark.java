package be.jobbonus.benchmarks;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.OccupationFields;
import be.jobbonus.io.internal.xml.DmfaXmlReader;
import be.jobbonus.io.internal.xml.DmfaXmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The DmfA XML reader alone, one thread: one large declaration (the first quarter of a synthetic
 * population, every line under one employer) read from memory with a handler that only counts.
 * One op = the whole document; MB/s = {@link #bytes} / time. {@link #main} is a plain timing
 * without JMH: {@code java -cp ... be.jobbonus.benchmarks.DmfaXmlBenchmark [workers]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DmfaXmlBenchmark {

  @Param({"20000"})
  public int workers;

  byte[] xml;
  int bytes;
  DmfaXmlReader reader;
  final Counter counter = new Counter();

  /** Counts what it is handed; reads one field so that nothing is optimised away. */
  static final class Counter implements DmfaXmlReader.Handler {
    long occupations;
    long rejects;
    long sum;

    @Override
    public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
      occupations++;
      sum += fields.daysPerWeek;
    }

    @Override
    public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
      rejects++;
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    xml = declaration(workers);
    bytes = xml.length;
    reader = new DmfaXmlReader(2024);
    System.out.println("\nxml bytes=" + bytes);
  }

  /** The first quarter of {@code workers} synthetic workers as one declaration of one employer. */
  static byte[] declaration(int workers) {
    SyntheticPopulation population = SyntheticPopulation.of(42, 2024);
    List<OccupationLine> lines = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      for (OccupationLine l : population.worker(i).lines()) {
        if (l.quarter().quarter() == 1) {
          lines.add(OccupationLine.of(l.insz(), l.quarter(), "0412345614", l.workerCode(), l.contract(),
              l.daysPerWeek(), l.meanWorkingHours(), l.refMeanWorkingHours(), l.services(), l.remunerations()));
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(workers * 2000);
    try {
      DmfaXmlWriter.writeDeclaration(lines, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Benchmark
  public long read() throws IOException {
    reader.read(new ByteArrayInputStream(xml), "bench.xml", counter);
    return counter.sum;
  }

  /**
   * A plain timing: median and best MB/s over repeated reads after a warm-up, by wall-clock time
   * and by the thread's CPU time (the latter holds on a machine shared with other work).
   */
  public static void main(String[] args) throws IOException {
    int workers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    byte[] xml = declaration(workers);
    DmfaXmlReader reader = new DmfaXmlReader(2024);
    Counter c = new Counter();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    System.out.printf("declaration: %,d bytes, %d workers%n", xml.length, workers);
    List<Double> wall = new ArrayList<>();
    List<Double> cpu = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      DmfaXmlReader.Summary s = reader.read(new ByteArrayInputStream(xml), "bench.xml", c);
      long t = System.nanoTime() - t0;
      long ct = threads.getCurrentThreadCpuTime() - c0;
      double mbs = xml.length / 1e6 / (t / 1e9);
      double cpuMbs = xml.length / 1e6 / (ct / 1e9);
      if (i >= 10) {
        wall.add(mbs);
        cpu.add(cpuMbs);
      }
      System.out.printf("run %2d: %7.1f ms  %6.1f MB/s wall  %6.1f MB/s cpu  occupations=%d rejects=%d%n", i, t / 1e6,
          mbs, cpuMbs, s.occupations(), s.rejects());
    }
    wall.sort(null);
    cpu.sort(null);
    System.out.printf("after warm-up: wall median %.1f MB/s (best %.1f); cpu median %.1f MB/s (best %.1f)%n",
        wall.get(wall.size() / 2), wall.get(wall.size() - 1), cpu.get(cpu.size() / 2), cpu.get(cpu.size() - 1));
  }
}
