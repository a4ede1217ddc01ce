package be.jobbonus.benchmarks;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.calculation.ReasonCode;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.fixtures.batch.BatchRun;
import be.jobbonus.fixtures.batch.InputKind;
import be.jobbonus.fixtures.batch.RunCounts;
import be.jobbonus.fixtures.io.DataRecord;
import be.jobbonus.fixtures.io.DmfaJsonl;
import be.jobbonus.fixtures.io.GroupedReader;
import be.jobbonus.fixtures.io.PersonsCsv;
import be.jobbonus.fixtures.io.ResultsJson;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * (5) End to end: {@code persons.csv} + {@code dmfa.jsonl} in, {@code results.jsonl} out, on one
 * thread. Two paths over the same files: {@code reference} is the fixtures' {@link BatchRun} (the
 * reference calculator per person, Jackson objects out); {@code kernel} reads and derives with the
 * same readers, fills a {@link BatchInput}, computes with the {@link BatchKernel} and writes the
 * results as text. Prints lines per second, MB per second and the peak heap.
 *
 * <p>{@code java -Xmx1g -cp benchmarks.jar be.jobbonus.benchmarks.EndToEnd [persons] [fast|kernel|reference|both|all] [dir] [rounds] [live]}
 */
public final class EndToEnd {

  private EndToEnd() {}

  /** Writes the fixtures' synthetic population ({@code persons.csv}, {@code dmfa.jsonl} grouped by INSZ). */
  static long generate(Path dir, int persons, int year, long seed) {
    return PopulationFiles.write(SyntheticPopulation.of(seed, year), persons, dir);
  }

  /** What a run read and wrote. */
  record Stats(String path, long lines, long bytesRead, long persons, long payable, long totalCents, long rejects, double seconds,
      String breakdown) {
    @Override
    public String toString() {
      return String.format("%-11s %,d dmfa lines (%,.1f MB) + %,d persons in %.2f s: %,.0f lines/s, %.1f MB/s; payable %,d, total %s, rejects %,d%s",
          path, lines, bytesRead / 1e6, persons, seconds, lines / seconds, bytesRead / 1e6 / seconds, payable,
          Euro.format(totalCents), rejects, breakdown.isEmpty() ? "" : " [" + breakdown + "]");
    }
  }

  static Stats reference(Path dir, int year, Path results) throws IOException {
    ParameterSet set = ParameterSets.official();
    long t0 = System.nanoTime();
    long[] rejects = new long[1];
    RunCounts counts;
    try (ResultsJson out = ResultsJson.create(results)) {
      counts = new BatchRun(set, year).calculate(dir.resolve("persons.csv"), "persons.csv", dir.resolve("dmfa.jsonl"),
          "dmfa.jsonl", InputKind.DMFA, out::write, r -> rejects[0]++);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    return new Stats("reference", counts.dataRead(), Files.size(dir.resolve("dmfa.jsonl")) + Files.size(dir.resolve("persons.csv")),
        counts.personsInResults(), counts.payable(), counts.totalCents(), rejects[0], s, "");
  }

  static Stats kernel(Path dir, int year, Path results) throws IOException {
    return kernel(dir, year, results, false);
  }

  /**
   * The kernel path; with {@code fast}, the DmfA file is read with {@link FastDmfaReader} and, on
   * anything it does not expect, read again with the fixtures' reader.
   */
  static Stats kernel(Path dir, int year, Path results, boolean fast) throws IOException {
    if (fast) {
      try {
        return kernelRun(dir, year, results, true);
      } catch (FastDmfaReader.NotFast | IllegalArgumentException | tools.jackson.core.JacksonException e) {
        return kernelRun(dir, year, results, false);
      }
    }
    return kernelRun(dir, year, results, false);
  }

  private static Stats kernelRun(Path dir, int year, Path results, boolean fast) throws IOException {
    ParameterSet set = ParameterSets.official();
    long t0 = System.nanoTime();
    long[] rejects = new long[1];
    PersonsCsv.Persons people = PersonsCsv.read(dir.resolve("persons.csv"), "persons.csv", r -> rejects[0]++);
    DmfaDerivation derivation = DmfaDerivation.of(set);
    BatchKernel kernel = BatchKernel.of(set, year);
    BatchInput.Builder b = BatchInput.builder(people.size());
    List<Person> order = new ArrayList<>(people.size());
    java.util.function.BiConsumer<String, List<OccupationLine>> add = (insz, lines) -> {
      PersonsCsv.Entry entry = people.get(insz);
      if (entry == null || PersonsCsv.Persons.used(entry)) {
        if (fast) {
          throw new FastDmfaReader.NotFast("unknown or repeated person");
        }
        rejects[0] += lines.size();
        return;
      }
      Derivation d;
      try {
        lines.forEach(derivation::check);
        d = derivation.derive(lines);
      } catch (InvalidOccupationLineException e) {
        if (fast) {
          throw e;
        }
        PersonsCsv.Persons.markUsed(entry); // the person is refused with their lines, as BatchRun does
        rejects[0] += lines.size() + 1;
        return;
      }
      PersonsCsv.Persons.markUsed(entry);
      Person person = entry.person();
      b.person(person.statuut(), person.residence(), kernel.firstQuarterAtPensionAge(person.birthDate().orElseThrow()));
      for (QuarterInput q : d.inputs()) {
        b.quarter(q);
      }
      order.add(person);
    };
    long linesRead;
    if (fast) {
      linesRead = FastDmfaReader.read(dir.resolve("dmfa.jsonl"), year, add);
    } else {
      GroupedReader<OccupationLine> reader = new GroupedReader<>(dir.resolve("dmfa.jsonl"), new DmfaJsonl("dmfa.jsonl", year));
      reader.forEachGroup((insz, records) -> {
        List<OccupationLine> lines = new ArrayList<>(records.size());
        for (DataRecord<OccupationLine> r : records) {
          if (r.ok()) {
            lines.add(r.value());
          }
        }
        if (insz == null || lines.size() != records.size()) {
          rejects[0] += records.size();
          PersonsCsv.Entry entry = insz == null ? null : people.get(insz);
          if (entry != null && !PersonsCsv.Persons.used(entry)) {
            PersonsCsv.Persons.markUsed(entry); // the person is refused with their lines, as BatchRun does
            rejects[0]++;
          }
          return;
        }
        add.accept(insz, lines);
      });
      linesRead = reader.records();
    }
    for (PersonsCsv.Entry e : people.entries()) {
      if (!PersonsCsv.Persons.used(e)) {
        Person person = e.person();
        b.person(person.statuut(), person.residence(), kernel.firstQuarterAtPensionAge(person.birthDate().orElseThrow()));
        order.add(person);
      }
    }
    BatchInput in = b.build();
    BatchOutput out = BatchOutput.forInput(in);
    long t1 = System.nanoTime();
    kernel.compute(in, out);
    long t2 = System.nanoTime();
    if (measureLive) {
      liveAfterCompute = liveHeap();
    }
    long payable = 0;
    long total = 0;
    try (BufferedWriter w = Files.newBufferedWriter(results, StandardCharsets.UTF_8)) {
      StringBuilder sb = new StringBuilder(512);
      for (int p = 0; p < in.personCount(); p++) {
        sb.setLength(0);
        appendResult(sb, kernel, set, year, order.get(p), in, out, p);
        w.append(sb);
        if (out.payable(p)) {
          payable++;
          total += out.totalCents(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t3 = System.nanoTime();
    double s = (t3 - t0) / 1e9;
    String breakdown = String.format("read+derive %.2f s, kernel %.3f s, write %.2f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
    return new Stats(fast ? "kernel-fast" : "kernel", linesRead, Files.size(dir.resolve("dmfa.jsonl")) + Files.size(dir.resolve("persons.csv")),
        in.personCount(), payable, total, rejects[0], s, breakdown);
  }

  /** One results.jsonl line (interfaces.md; reasons with code, article and quarter). */
  static void appendResult(StringBuilder sb, BatchKernel kernel, ParameterSet set, int year, Person person,
      BatchInput in, BatchOutput out, int p) {
    sb.append("{\"insz\":\"").append(person.insz().digits()).append("\",\"referenceYear\":").append(year)
        .append(",\"statuut\":\"").append(person.statuut().name()).append("\",\"eligible\":").append(out.eligible(p))
        .append(",\"reasons\":[");
    boolean firstReason = true;
    if (!set.eligibleCategories().value().contains(person.statuut())) {
      firstReason = reason(sb, firstReason, ReasonCode.CATEGORY, null);
    }
    if (person.residence() != be.jobbonus.core.Region.FLEMISH_REGION) {
      firstReason = reason(sb, firstReason, ReasonCode.RESIDENCE, null);
    }
    int s = in.recordStart(p);
    int e = in.recordEnd(p);
    boolean anyWork = false;
    boolean anyCounted = false;
    for (int r = s; r < e; r++) {
      anyWork |= in.workFractionTenThousandths(r) > 0;
      anyCounted |= out.counted(r);
    }
    if (firstReason && !anyCounted && !anyWork) {
      firstReason = reason(sb, firstReason, ReasonCode.NO_PERFORMANCE, null);
    }
    for (int r = s; r < e; r++) {
      if (out.status(r) == BatchOutput.PENSION_AGE) {
        firstReason = reason(sb, firstReason, ReasonCode.PENSION_AGE, year + "Q" + in.quarter(r));
      } else if (out.status(r) == BatchOutput.WAGE_ABOVE_UPPER_LIMIT) {
        firstReason = reason(sb, firstReason, ReasonCode.WAGE_ABOVE_UPPER_LIMIT, year + "Q" + in.quarter(r));
      }
    }
    if (out.eligible(p) && !out.payable(p)) {
      reason(sb, firstReason, ReasonCode.BELOW_MINIMUM_PAYABLE, null);
    }
    sb.append("],\"quarters\":[");
    for (int r = s; r < e; r++) {
      int m = in.workFractionTenThousandths(r);
      long w = in.wageCents(r);
      long rmw = BatchKernel.referenceMonthlyWageCents(w, m);
      sb.append(r == s ? "" : ",").append("{\"quarter\":\"").append(year).append('Q').append(in.quarter(r))
          .append("\",\"counted\":").append(out.counted(r))
          .append(",\"workFraction\":\"").append(ResultsJson.workFraction(java.math.BigDecimal.valueOf(m, 4)))
          .append("\",\"wage\":\"").append(Euro.format(w)).append("\",\"referenceMonthlyWage\":")
          .append(rmw < 0 ? "null" : "\"" + Euro.format(rmw) + "\"")
          .append(",\"baseAmount\":\"").append(Euro.format(kernel.baseAmountCents(in.quarter(r), w, m)))
          .append("\",\"amount\":\"").append(Euro.format(out.amountCents(r))).append("\"}");
    }
    sb.append("],\"base\":\"").append(Euro.format(out.baseCents(p))).append("\",\"fixedIncrease\":\"")
        .append(Euro.format(out.fixedIncreaseCents(p))).append("\",\"total\":\"").append(Euro.format(out.totalCents(p)))
        .append("\",\"payable\":").append(out.payable(p)).append(",\"parameters\":\"").append(set.id()).append('-')
        .append(year).append("\"}\n");
  }

  private static boolean reason(StringBuilder sb, boolean first, ReasonCode code, String quarter) {
    sb.append(first ? "" : ",").append("{\"code\":\"").append(code.name()).append("\",\"article\":\"")
        .append(code.article()).append('"');
    if (quarter != null) {
      sb.append(",\"quarter\":\"").append(quarter).append('"');
    }
    sb.append('}');
    return false;
  }

  /** Whether {@link #kernel} takes a full collection after computing, to measure the live set. */
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
    String mode = args.length > 1 ? args[1] : "both";
    Path dir = args.length > 2 ? Path.of(args[2]) : Path.of("target", "e2e-" + persons);
    int year = 2024;
    if (!Files.exists(dir.resolve("dmfa.jsonl"))) {
      long t0 = System.nanoTime();
      generate(dir, persons, year, 7);
      System.out.printf("generated %s (%.1f s)%n", dir, (System.nanoTime() - t0) / 1e9);
    }
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    measureLive = args.length > 4 && args[4].equals("live");
    for (int round = 1; round <= rounds; round++) {
      if (mode.equals("fast") || mode.equals("all")) {
        System.gc();
        resetPeaks();
        Stats k = kernel(dir, year, dir.resolve("results-kernel-fast.jsonl"), true);
        System.out.printf("round %d %s; peak used heap %,.0f MB%s (max heap %,.0f MB)%n", round, k, peakUsed / 1e6,
            measureLive ? String.format(", live after compute %,.0f MB", liveAfterCompute / 1e6) : "",
            Runtime.getRuntime().maxMemory() / 1e6);
      }
      if (mode.equals("kernel") || mode.equals("both") || mode.equals("all")) {
        System.gc();
        resetPeaks();
        Stats k = kernel(dir, year, dir.resolve("results-kernel.jsonl"));
        System.out.printf("round %d %s; peak used heap %,.0f MB%s (max heap %,.0f MB)%n", round, k, peakUsed / 1e6,
            measureLive ? String.format(", live after compute %,.0f MB", liveAfterCompute / 1e6) : "",
            Runtime.getRuntime().maxMemory() / 1e6);
      }
      if (mode.equals("reference") || mode.equals("both") || mode.equals("all")) {
        System.gc();
        resetPeaks();
        Stats r = reference(dir, year, dir.resolve("results-reference.jsonl"));
        System.out.printf("round %d %s; peak used heap %,.0f MB (max heap %,.0f MB)%n", round, r, peakUsed / 1e6,
            Runtime.getRuntime().maxMemory() / 1e6);
      }
    }
  }
}
