package be.jobbonus.cli;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.scenarios.reform.DmfaPopulation;
import be.jobbonus.scenarios.reform.ReformRun;
import be.jobbonus.scenarios.InvalidScenarioException;
import be.jobbonus.scenarios.ScenarioProblem;
import be.jobbonus.fixtures.synthetic.PopulationFiles;
import be.jobbonus.fixtures.synthetic.Simulation;
import be.jobbonus.fixtures.synthetic.SimulationSummary;
import be.jobbonus.fixtures.synthetic.SyntheticPopulation;
import be.jobbonus.scenarios.reform.ReformReport;
import java.io.PrintWriter;
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
        "Example:",
        "  jobbonus simulate --year 2024 --workers 1000000 --seed 7",
        "  jobbonus simulate --year 2024 --workers 100000 --reform reforms/raise-upper-limit-2024.yaml --report out/"})
public final class SimulateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Reference year, e.g. 2024.")
  int year;

  @Option(names = "--workers", defaultValue = "100000", paramLabel = "N",
      description = "Number of workers (default: ${DEFAULT-VALUE}).")
  long workers;

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

  @Override
  public Integer call() {
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
    SyntheticPopulation population = SyntheticPopulation.of(seed, year);
    PrintWriter o = spec.commandLine().getOut();
    if (write != null && xml()) {
      long w0 = System.nanoTime();
      long lines = PopulationFiles.writeDeclarations(population, workers, write, XML_WORKERS_PER_EMPLOYER);
      o.printf("wrote %,d persons and %,d DmfA occupations to %s and %s in %.1f s%n", workers, lines,
          write.resolve("persons.csv"), write.resolve("dmfa-xml"), (System.nanoTime() - w0) / 1e9);
    } else if (write != null) {
      long w0 = System.nanoTime();
      long lines = PopulationFiles.write(population, workers, write);
      o.printf("wrote %,d persons and %,d DmfA lines to %s and %s in %.1f s%n", workers, lines,
          write.resolve("persons.csv"), write.resolve("dmfa.jsonl"), (System.nanoTime() - w0) / 1e9);
    }
    if (reform != null || report != null) {
      return reform(set, population, t, o);
    }
    long start = System.nanoTime();
    SimulationSummary s = new Simulation(set).run(population, workers, t);
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

  /**
   * Refuses (exit 2) outputs that are inputs, and a --write DIR that already holds a population
   * unless --replace is given.
   */
  private boolean xml() {
    if (!format.equals("jsonl") && !format.equals("xml")) {
      throw new UsageException("--format must be jsonl or xml, was " + format);
    }
    return format.equals("xml");
  }

  private void checkOutputs() {
    if (write == null && !format.equals("jsonl")) {
      throw new UsageException("--format is for --write: give --write DIR");
    }
    List<Cli.Named> inputs = new ArrayList<>();
    if (parameters != null) {
      inputs.add(new Cli.Named("--parameters", parameters));
    }
    if (reform != null) {
      inputs.add(new Cli.Named("--reform", reform));
    }
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
        outputs.add(new Cli.Named("--write " + write + " (" + f + ")", p));
      }
    }
    if (report != null) {
      for (String f : List.of(ReformReport.REPORT, ReformReport.CURVE_PNG, ReformReport.DISTRIBUTION_PNG,
          ReformReport.DIFFERENCE_PNG)) {
        outputs.add(new Cli.Named("--report " + report + " (" + f + ")", report.resolve(f)));
      }
    }
    Cli.requireDistinct(inputs, outputs);
  }

  /** {@code --reform} / {@code --report}: official and reform on the same population (be.jobbonus.scenarios.reform). */
  private int reform(ParameterSet set, SyntheticPopulation population, int t, PrintWriter o) {
    if (reform != null) {
      Cli.requireReadable(reform, "--reform");
    }
    try {
      long start = System.nanoTime();
      ReformRun.run(o, DmfaPopulation.of(population, workers), set, reform, report, t > 1);
      o.printf("%nTime: %.2f s (each worker computed twice)%n", (System.nanoTime() - start) / 1e9);
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
