package be.jobbonus.benchmarks;

import be.jobbonus.core.Euro;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.RunCounts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * (5) End to end: {@code persons.csv} + {@code dmfa.jsonl} in, {@code results.jsonl} out, on one
 * thread, through {@link CalculateRun} (the one path of {@code jobbonus calculate}). Prints lines
 * per second by the clock and by the run thread's CPU time (which other jobs on the machine
 * disturb less), MB per second and the peak heap.
 *
 * <p>{@code java -Xmx1g -cp benchmarks.jar be.jobbonus.benchmarks.EndToEnd [persons] [dir] [rounds] [live]}
 */
public final class EndToEnd {

  private EndToEnd() {}

  /** Writes the fixtures' synthetic population ({@code persons.csv}, {@code dmfa.jsonl} grouped by INSZ). */
  static long generate(Path dir, int persons, int year, long seed) {
    return PopulationFiles.write(SyntheticPopulation.of(seed, year), persons, dir);
  }

  /** What a run read and wrote. */
  record Stats(String path, long lines, long bytesRead, long persons, long payable, long totalCents, long rejects, double seconds,
      double cpuSeconds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "%-11s %,d dmfa lines (%,.1f MB) + %,d persons in %.2f s: %,.0f lines/s, %.1f MB/s"
              + " (thread CPU %.2f s: %,.0f lines/s); payable %,d, total %s, rejects %,d",
          path, lines, bytesRead / 1e6, persons, seconds, lines / seconds, bytesRead / 1e6 / seconds, cpuSeconds,
          lines / cpuSeconds, payable, Euro.format(totalCents), rejects);
    }
  }

  /** {@code jobbonus calculate --dmfa} over the files of {@code dir}. */
  static Stats calculate(Path dir, int year, Path results) throws IOException {
    ParameterSet set = ParameterSets.official();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long[] rejects = new long[1];
    RunCounts counts;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(results), 1 << 16)) {
      counts = new CalculateRun(set, year).calculate(dir.resolve("persons.csv"), "persons.csv", dir.resolve("dmfa.jsonl"),
          "dmfa.jsonl", InputKind.DMFA, out, results.toString(), r -> rejects[0]++);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c0) / 1e9; // the run's own thread: less disturbed by other jobs
    if (measureLive) {
      liveAfterCompute = liveHeap();
    }
    return new Stats("calculate", counts.dataRead(), Files.size(dir.resolve("dmfa.jsonl")) + Files.size(dir.resolve("persons.csv")),
        counts.personsInResults(), counts.payable(), counts.totalCents(), rejects[0], s, cpu);
  }

  /** Whether {@link #calculate} takes a full collection at the end, to measure the live set. */
  static boolean measureLive;

  /** Largest used heap seen by a sampling thread (every 2 ms) since the last {@link #resetPeaks()}. */
  static volatile long peakUsed;
  /** Used heap after a full collection, taken when the run holds the most (all people read, computed). */
  static volatile long liveAfterCompute;

  static {
    Thread t = new Thread(() -> {
      java.lang.management.MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
      while (true) {
        long used = mx.getHeapMemoryUsage().getUsed();
        if (used > peakUsed) {
          peakUsed = used;
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    t.setDaemon(true);
    t.start();
  }

  static void resetPeaks() {
    peakUsed = 0;
  }

  static long liveHeap() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  public static void main(String[] args) throws IOException {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    Path dir = args.length > 1 ? Path.of(args[1]) : Path.of("target", "e2e-" + persons);
    int year = 2024;
    if (!Files.exists(dir.resolve("dmfa.jsonl"))) {
      long t0 = System.nanoTime();
      generate(dir, persons, year, 7);
      System.out.printf("generated %s (%.1f s)%n", dir, (System.nanoTime() - t0) / 1e9);
    }
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    measureLive = args.length > 3 && args[3].equals("live");
    for (int round = 1; round <= rounds; round++) {
      System.gc();
      resetPeaks();
      Stats k = calculate(dir, year, dir.resolve("results.jsonl"));
      System.out.printf("round %d %s; peak used heap %,.0f MB%s (max heap %,.0f MB)%n", round, k, peakUsed / 1e6,
          measureLive ? String.format(Locale.ROOT, ", live at the end %,.0f MB", liveAfterCompute / 1e6) : "",
          Runtime.getRuntime().maxMemory() / 1e6);
    }
  }
}
