package be.jobbonus.cli;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.fixtures.flanders.FlandersPopulation;
import be.jobbonus.fixtures.flanders.FlandersWorkers;
import be.jobbonus.fixtures.internal.FlandersRun;
import be.jobbonus.fixtures.internal.FlandersSummary;
import be.jobbonus.fixtures.internal.Simulation;
import be.jobbonus.fixtures.internal.SimulationSummary;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.scenarios.InvalidScenarioException;
import be.jobbonus.scenarios.ScenarioProblem;
import be.jobbonus.scenarios.reform.DmfaPopulation;
import be.jobbonus.scenarios.reform.FilePopulation;
import be.jobbonus.scenarios.reform.FlandersDmfaPopulation;
import be.jobbonus.scenarios.reform.Population;
import be.jobbonus.scenarios.reform.ReformReport;
import be.jobbonus.scenarios.reform.ReformRun;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobbonus simulate}: a seeded synthetic population, computed, summarised. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Simulates a seeded synthetic population: beneficiaries, budget, bands, speed.",
        "",
        "Generates a synthetic population of Flemish workers as DmfA occupation lines (seeded: the same",
        "seed gives the same population), computes it the way real input is computed (derivation, then",
        "calculation) on all cores, and prints beneficiaries, budget, amounts by band and by wage band,",
        "and the speed. The result does not depend on the number of threads. Synthetic: not a forecast.",
        "",
        "--population flanders computes instead every wage earner of the calibrated Flanders model (docs/population.md);",
        "--persons with --dmfa or --quarters runs --reform and --report on real declarations, read as calculate reads them.",
        "Progress is shown on stderr for long runs when stderr is a terminal.",
        "",
        "Example:",
        "  jobbonus simulate --year 2024 --workers 1000000 --seed 7",
        "  jobbonus simulate --year 2024 --workers 100000 --reform reforms/raise-upper-limit-2024.yaml --report out/",
        "  jobbonus simulate --year 2022 --population flanders --summary out/summary-2022.json",
        "  jobbonus simulate --year 2024 --persons persons.csv --dmfa dmfa.jsonl --reform reforms/raise-upper-limit-2024.yaml --report out/"})
public final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Reference year, e.g. 2024.")
  int year;

  @Option(names = "--workers", paramLabel = "N",
      description = "Number of workers of the synthetic population (default: 100000).")
  Long workersOption;

  @Option(names = "--population", paramLabel = "NAME", defaultValue = "synthetic",
      description = "synthetic (default: a seeded test population of --workers workers) or flanders (the"
          + " calibrated model of every Flemish wage earner, full size; docs/population.md).")
  String population;

  @Option(names = "--persons", paramLabel = "persons.csv",
      description = "With --reform or --report: the population from files instead (real declarations), with --dmfa"
          + " or --quarters, read as calculate reads them (docs/scenarios.md).")
  Path persons;

  @Option(names = "--dmfa", paramLabel = "dmfa.jsonl", description = "With --persons: the DmfA occupation lines.")
  Path dmfa;

  @Option(names = "--quarters", paramLabel = "quarters.csv", description = "With --persons: quarter summaries.")
  Path quarters;

  @Option(names = "--summary", paramLabel = "summary.json",
      description = "With --population flanders: also write the year's summary as JSON (persons, payable,"
          + " budget, averagePaid, paidMaximum; docs/population.md), whole or not at all.")
  Path summary;

  @Option(names = "--seed", defaultValue = "7", paramLabel = "SEED", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: all cores).")
  Integer threads;

  @Option(names = "--parameters", paramLabel = "parameters.json",
      description = "A parameter set to use instead of the official one.")
  Path parameters;

  @Option(names = "--write", paramLabel = "DIR",
      description = "Also write the population to DIR/persons.csv and DIR/dmfa.jsonl (grouped by INSZ; owner-only);"
          + " a DIR that already holds a population is refused unless --replace is given.")
  Path write;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|xml",
      description = "With --write: jsonl writes DIR/dmfa.jsonl; xml writes the DmfA declarations as employers send"
          + " them, DIR/dmfa-xml/ with one DmfAOriginal document per employer and quarter (workers regrouped into"
          + " employers of " + XML_WORKERS_PER_EMPLOYER + "). Default: ${DEFAULT-VALUE}.")
  String format;

  /** Workers per employer in the declarations {@code --format xml} writes. */
  static final int XML_WORKERS_PER_EMPLOYER = 20;

  @Option(names = "--replace",
      description = "With --write: replace a population already in DIR (without it, such a DIR is refused).")
  boolean replace;

  @Option(names = "--reform", paramLabel = "reform.yaml",
      description = "Also compute the population under this reform and compare: budget, winners and losers,"
          + " wage bands (docs/scenarios.md).")
  Path reform;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Write DIR/report.md with PNG charts (the comparison with --reform; byte-identical for the same seed).")
  Path report;

  @Mixin
  DebugOption debug;

  private long workers;

  @Override
  public Integer call() {
    boolean flanders = "flanders".equals(population);
    if (!flanders && !"synthetic".equals(population)) {
      throw new UsageException("--population must be synthetic or flanders, was " + population);
    }
    if (flanders && workersOption != null) {
      throw new UsageException("--workers: the flanders population is full size (every wage earner); leave --workers out");
    }
    if (flanders && write != null) {
      throw new UsageException("--write writes the synthetic population only; leave --write out with --population flanders");
    }
    if (persons != null || dmfa != null || quarters != null) {
      return files();
    }
    if (!flanders && summary != null) {
      throw new UsageException("--summary needs --population flanders");
    }
    if (summary != null && (reform != null || report != null)) {
      throw new UsageException("--summary writes the year's summary; leave it out with --reform and --report");
    }
    workers = workersOption == null ? 100_000 : workersOption;
    if (workers < 1 || workers > SyntheticPopulation.maxWorkers()) {
      throw new UsageException("--workers must be 1 to " + SyntheticPopulation.maxWorkers());
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 256) {
      throw new UsageException("--threads must be 1 to 256");
    }
    checkOutputs();
    ParameterSet set = Cli.parameters(parameters);
    set.requireYear(year);
    PrintWriter o = spec.commandLine().getOut();
    if (flanders) {
      return flanders(set, t, o);
    }
    SyntheticPopulation population = SyntheticPopulation.of(seed, year);
    if (write != null) {
      boolean xml = xml();
      long w0 = System.nanoTime();
      long lines = xml ? PopulationFiles.writeDeclarations(population, workers, write, XML_WORKERS_PER_EMPLOYER)
          : PopulationFiles.write(population, workers, write);
      o.printf("wrote %,d persons and %,d DmfA %s to %s and %s in %.1f s%n", workers, lines,
          xml ? "occupations" : "lines", write.resolve("persons.csv"), write.resolve(xml ? "dmfa-xml" : "dmfa.jsonl"),
          (System.nanoTime() - w0) / 1e9);
    }
    if (reform != null || report != null) {
      return reform(set, population, t, o);
    }
    long start = System.nanoTime();
    SimulationSummary s;
    try (Progress progress = Progress.of("simulate " + year, "workers", workers)) {
      s = new Simulation(set).run(population, workers, t, progress);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    o.printf("Synthetic population: %,d workers, reference year %d, seed %d, parameters %s-%d%n", workers, year, seed,
        set.id(), year);
    o.println("(synthetic data: a test of the rules and of speed, not a forecast)");
    o.println();
    o.print(s.toText());
    o.println();
    o.printf("Time: %.2f s on %d threads: %,.0f workers/s, %,.0f DmfA lines/s%n", seconds, t, workers / seconds,
        s.lines() / seconds);
    return ExitCodes.OK;
  }

  /** {@code --persons} with {@code --dmfa} or {@code --quarters}: the reform or report on real declarations. */
  private int files() {
    if (persons == null || (dmfa == null) == (quarters == null)) {
      throw new UsageException("--persons needs one of --dmfa and --quarters (and they need --persons)");
    }
    if (reform == null && report == null) {
      throw new UsageException("--persons is for --reform or --report; to compute the files, use jobbonus calculate");
    }
    if (workersOption != null || write != null || summary != null || !"synthetic".equals(population)) {
      throw new UsageException("--persons: leave out --workers, --write, --summary and --population (the files are the population)");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1 || t > 256) {
      throw new UsageException("--threads must be 1 to 256");
    }
    Path data = dmfa != null ? dmfa : quarters;
    Cli.requireReadable(persons, "--persons");
    Cli.requireReadable(data, dmfa != null ? "--dmfa" : "--quarters");
    checkOutputs();
    ParameterSet set = Cli.parameters(parameters);
    set.requireYear(year);
    FilePopulation files = FilePopulation.of(set, year, persons, data, dmfa != null ? InputKind.DMFA : InputKind.QUARTERS);
    return reform(set, files, -1, t, spec.commandLine().getOut());
  }

  /** {@code --population flanders}: every wage earner of the calibrated model, computed, summarised. */
  private int flanders(ParameterSet set, int t, PrintWriter o) {
    FlandersPopulation model = FlandersPopulation.load();
    if (reform != null || report != null) {
      return reform(set, FlandersDmfaPopulation.of(model, year, seed), model.size(), t, o);
    }
    long start = System.nanoTime();
    FlandersWorkers w = model.workers(year, seed);
    FlandersSummary s;
    try (Progress progress = Progress.of("flanders " + year, "workers", w.size())) {
      s = FlandersRun.summary(w, set, 1, t, progress);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    o.printf("Flanders population model %s %s: %,d wage earners, reference year %d, seed %d, parameters %s-%d%n",
        model.model().id(), model.model().version(), w.size(), year, seed, set.id(), year);
    o.println("(a model calibrated on published figures, not the real declarations: docs/population.md)");
    o.println();
    o.print(s.toText());
    if (summary != null) {
      OutputFile.write(summary, false, s.toJson("flanders").getBytes(StandardCharsets.UTF_8));
      o.println();
      o.println("wrote " + summary);
    }
    o.println();
    o.printf("Time: %.2f s on %d threads: %,.0f workers/s (generation included)%n", seconds, t, w.size() / seconds);
    return ExitCodes.OK;
  }

  private boolean xml() {
    if (!format.equals("jsonl") && !format.equals("xml")) {
      throw new UsageException("--format must be jsonl or xml, was " + format);
    }
    return format.equals("xml");
  }

  /**
   * Refuses (exit 2) outputs that are inputs, and a --write DIR that already holds a population
   * unless --replace is given.
   */
  private void checkOutputs() {
    if (write == null && !format.equals("jsonl")) {
      throw new UsageException("--format is for --write: give --write DIR");
    }
    List<Cli.Named> inputs = List.of(new Cli.Named("--parameters", parameters), new Cli.Named("--reform", reform),
        new Cli.Named("--persons", persons), new Cli.Named("--dmfa", dmfa), new Cli.Named("--quarters", quarters));
    List<Cli.Named> outputs = new ArrayList<>();
    if (write != null) {
      if (Files.exists(write) && !Files.isDirectory(write)) {
        throw new UsageException("--write " + write + ": is a file; give a directory");
      }
      for (String f : List.of("persons.csv", xml() ? "dmfa-xml" : "dmfa.jsonl")) {
        Path p = write.resolve(f);
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !replace) {
          throw new UsageException("--write " + write + " already holds a population (" + f
              + "); give --replace to overwrite it, or another directory");
        }
        outputs.add(new Cli.Named("--write " + write + " (" + f + ")", p, f.equals("dmfa-xml")));
      }
    }
    if (report != null) {
      for (String f : List.of(ReformReport.REPORT, ReformReport.CURVE_PNG, ReformReport.DISTRIBUTION_PNG,
          ReformReport.DIFFERENCE_PNG, ReformReport.PROVINCE_PNG)) {
        outputs.add(new Cli.Named("--report " + report + " (" + f + ")", report.resolve(f)));
      }
    }
    if (summary != null) {
      outputs.add(new Cli.Named("--summary", summary));
    }
    Cli.requireDistinct(inputs, outputs);
  }

  /** {@code --reform} / {@code --report}: official and reform on the same population (be.jobbonus.scenarios.reform). */
  private int reform(ParameterSet set, SyntheticPopulation population, int t, PrintWriter o) {
    return reform(set, DmfaPopulation.of(population, workers), workers, t, o);
  }

  private int reform(ParameterSet set, Population members, long size, int t, PrintWriter o) {
    if (reform != null) {
      Cli.requireReadable(reform, "--reform");
    }
    try {
      long start = System.nanoTime();
      try (Progress progress = Progress.of("reform " + year, "workers", size)) {
        ReformRun.run(o, members, set, reform, report, t, progress);
      }
      o.printf("%nTime: %.2f s on %d threads (%s)%n", (System.nanoTime() - start) / 1e9, t,
          reform == null ? "each worker computed once: no reform" : "each worker computed under both sets");
      return ExitCodes.OK;
    } catch (InvalidScenarioException e) {
      PrintWriter err = spec.commandLine().getErr();
      for (ScenarioProblem p : e.problems()) {
        err.println("jobbonus simulate: " + p);
      }
      return ExitCodes.USAGE;
    }
  }
}
