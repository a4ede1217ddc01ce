package be.jobbonus.cli;

import be.jobbonus.core.Euro;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.batch.CalculateRun;
import be.jobbonus.io.batch.InputKind;
import be.jobbonus.io.batch.RunCounts;
import be.jobbonus.io.LineSource;
import be.jobbonus.io.RejectsWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code jobbonus calculate}: every person of the input files, to results.jsonl and rejects.jsonl. */
@Command(name = "calculate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Computes the jobbonus of every person in the input files.",
        "",
        "Each person's result goes to --out (one JSON object per line); each refused record goes to",
        "--rejects with its file, line, field and what to fix. The counts printed at the end add up:",
        "records read = records in results + records rejected, for each file. A person is computed only",
        "when all their records are valid. Formats and units: docs/cli.md.",
        "",
        "Example:",
        "  jobbonus calculate --year 2024 --persons examples/persons.csv --dmfa examples/dmfa.jsonl \\",
        "      --out results.jsonl --rejects rejects.jsonl"},
    footer = {"", "Exit codes: 0 all records computed, 1 some records rejected (see --rejects), 2 usage error or unreadable file."})
public final class CalculateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--out", required = true, paramLabel = "results.jsonl", description = "Where the results go.")
  Path out;

  @Option(names = "--rejects", paramLabel = "rejects.jsonl",
      description = "Where refused records go (default: rejects.jsonl next to --out).")
  Path rejects;

  @Mixin
  DebugOption debug;

  private OutputStream openResults() {
    try {
      return new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + LineSource.describe(e), e);
    }
  }

  @Override
  public Integer call() {
    input.check();
    Cli.requireWritable(out, "--out");
    Path rejectsFile = rejects != null ? rejects : (out.toAbsolutePath().getParent() == null ? Path.of("rejects.jsonl")
        : out.toAbsolutePath().getParent().resolve("rejects.jsonl"));
    Cli.requireWritable(rejectsFile, "--rejects");
    if (rejectsFile.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UsageException("--rejects and --out name the same file; give two different files");
    }
    ParameterSet set = Cli.parameters(input.parameters);
    CalculateRun run = new CalculateRun(set, input.year);
    PrintWriter o = spec.commandLine().getOut();
    long start = System.nanoTime();
    RunCounts c;
    try (OutputStream results = openResults(); RejectsWriter rw = RejectsWriter.create(rejectsFile)) {
      c = run.calculate(input.persons, InputOptions.name(input.persons), input.dataFile(),
          InputOptions.name(input.dataFile()), input.kind(), results, out.toString(), rw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + LineSource.describe(e), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!c.grouped()) {
      o.println("note: " + c.dataFile() + " is not grouped by INSZ: its records were grouped in memory."
          + " Sort or group it by INSZ to stream it in constant memory.");
    }
    o.printf("%s: %d records read = %d in results + %d rejected%n", c.personsFile(), c.personsRead(),
        c.personsInResults(), c.personsRejected());
    o.printf("%s: %d records read = %d in results + %d rejected%n", c.dataFile(), c.dataRead(), c.dataInResults(),
        c.dataRejected());
    o.printf("%d persons computed (parameters %s-%d): %d payable, total paid %s euro%n", c.personsInResults(),
        set.id(), input.year, c.payable(), Euro.format(c.totalCents()));
    o.printf("results: %s%n", out);
    o.printf("rejects: %s (%d)%n", rejectsFile, c.rejected());
    o.printf("time: %.2f s%n", seconds);
    return c.rejected() > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }
}
