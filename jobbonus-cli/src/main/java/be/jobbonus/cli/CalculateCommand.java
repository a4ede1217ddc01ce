package be.jobbonus.cli;

import be.jobbonus.core.Euro;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.RunCounts;
import be.jobbonus.io.internal.FileRun;
import be.jobbonus.io.internal.LineSource;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.io.internal.RejectsWriter;
import be.jobbonus.io.internal.ResultsSeal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
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
        "      --out results.jsonl --rejects rejects.jsonl",
        "",
        "The outputs are written to temporary files (owner-only) and moved into place when the run succeeds;",
        "an output that is one of the inputs, or that another run is writing, is refused."},
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

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv",
      description = "The results' format: jsonl (one JSON object per person, what notify reads) or csv (one row per"
          + " person: the year's figures and the unmet conditions' codes; docs/formats.md). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--quarter-columns",
      description = "With --format csv: the four quarters of the year in columns of their own.")
  boolean quarterColumns;

  @Option(names = "--seal-key-file", paramLabel = "KEY",
      description = "Seal the results: write --out.seal, the HMAC-SHA-256 of the results under the key in this"
          + " file (at least 16 bytes; never printed), for 'notify --seal-key-file'.")
  Path sealKeyFile;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    input.check(spec.commandLine().getErr());
    if (!format.equals("jsonl") && !format.equals("csv")) {
      throw new UsageException("--format " + format + ": must be jsonl or csv");
    }
    if (quarterColumns && !format.equals("csv")) {
      throw new UsageException("--quarter-columns needs --format csv");
    }
    Cli.requireWritable(out, "--out");
    Path rejectsFile = rejects != null ? rejects : out.toAbsolutePath().resolveSibling("rejects.jsonl");
    Cli.requireWritable(rejectsFile, "--rejects");
    if (sealKeyFile != null) {
      Cli.requireReadable(sealKeyFile, "--seal-key-file");
    }
    Path sealFile = ResultsSeal.sealFile(out);
    List<Cli.Named> inputs = new ArrayList<>(List.of(new Cli.Named("--persons", input.persons)));
    inputs.addAll(input.dataInputs());
    inputs.add(new Cli.Named("--parameters", input.parameters));
    inputs.add(new Cli.Named("--seal-key-file", sealKeyFile));
    List<Cli.Named> outputs = List.of(new Cli.Named("--out", out),
        new Cli.Named(rejects != null ? "--rejects" : "the rejects file (default: rejects.jsonl next to --out)",
            rejectsFile),
        new Cli.Named("the seal file", sealFile));
    Cli.requireDistinct(inputs, outputs);
    input.requireNotRead(outputs);
    ParameterSet set = Cli.parameters(input.parameters);
    FileRun run = new FileRun(set, input.year);
    if (format.equals("csv")) {
      run.csv(quarterColumns);
    }
    ResultsSeal seal = sealKeyFile == null ? null : ResultsSeal.fromKeyFile(sealKeyFile);
    String keyWarning = sealKeyFile == null ? null : ResultsSeal.keyFileWarning(sealKeyFile);
    if (keyWarning != null) {
      spec.commandLine().getErr().println("warning: " + keyWarning);
    }
    Mac mac = seal == null ? null : seal.mac();
    PrintWriter o = spec.commandLine().getOut();
    long start = System.nanoTime();
    RunCounts c;
    try (OutputFile resultsOut = OutputFile.open(out, true,
            mac == null ? UnaryOperator.identity() : s -> ResultsSeal.tap(s, mac));
        OutputFile rejectsOut = OutputFile.open(rejectsFile, true);
        OutputFile sealOut = seal == null ? null : OutputFile.open(sealFile, true)) {
      RejectsWriter rw = RejectsWriter.over(rejectsOut);
      c = input.kind() == InputKind.DMFA_XML
          ? run.calculateXml(input.persons, InputOptions.name(input.persons), input.declarations(), resultsOut.stream(),
              out.toString(), rw, InputOptions.threads())
          : run.calculate(input.persons, InputOptions.name(input.persons), input.dataFile(),
              InputOptions.name(input.dataFile()), input.kind(), resultsOut.stream(), out.toString(), rw,
              InputOptions.threads());
      rw.flush();
      resultsOut.stream().flush();
      if (sealOut != null) {
        sealOut.stream().write(ResultsSeal.sealText(mac).getBytes(StandardCharsets.US_ASCII));
      }
      resultsOut.commit();
      rejectsOut.commit();
      if (sealOut != null) {
        sealOut.commit();
      } else {
        Files.deleteIfExists(OutputFile.resolve(sealFile)); // a seal of an earlier run no longer holds
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + LineSource.describe(e), e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    run.notices().forEach(spec.commandLine().getErr()::println); // declarations read once or skipped
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
    if (run.personsWithPostalCode() > 0) {
      // by the province of residence, when persons.csv gives postal codes (docs/formats.md)
      long placed = 0;
      for (be.jobbonus.io.CalculateRun.ProvinceCounts p : run.byProvince()) {
        o.printf("  %-16s %d persons: %d payable, total paid %s euro%n", p.province().dutchName(), p.persons(),
            p.payable(), Euro.format(p.totalCents()));
        placed += p.persons();
      }
      o.printf("  %-16s %d persons (no postal code, or one outside the Flemish Region)%n", "no province",
          c.personsInResults() - placed);
    }
    o.printf("results: %s%n", out);
    o.printf("rejects: %s (%d)%n", rejectsFile, c.rejected());
    if (seal != null) {
      o.printf("seal: %s%n", sealFile);
    }
    o.printf("time: %.2f s%n", seconds);
    return c.rejected() > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }
}
