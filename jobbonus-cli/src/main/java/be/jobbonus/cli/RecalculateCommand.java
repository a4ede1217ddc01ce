package be.jobbonus.cli;

import be.jobbonus.core.Euro;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.CalculateRun.Change;
import be.jobbonus.io.CalculateRun.Differences;
import be.jobbonus.io.RunCounts;
import be.jobbonus.io.internal.ResultsSeal;
import be.jobbonus.scenarios.recalculation.DifferencesReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jobbonus recalculate}: the year computed again from the latest declarations and compared
 * with the results of an earlier run, for objections and corrections (protocol art. 2-3).
 */
@Command(name = "recalculate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Computes a reference year again and lists the persons whose outcome changed.",
        "",
        "The persons and their data are read and computed exactly as 'calculate' does, to --out. Each person",
        "whose outcome differs from --previous (the results of an earlier run) gets one line in --differences:",
        "the previous and the new total, the signed difference, the kind (EXTRA_PAYMENT, RECOVERY,",
        "NEWLY_ENTITLED, NO_LONGER_ENTITLED, DETAIL_CHANGED) and the quarters that changed. Unchanged",
        "persons are counted, not listed. Give the differences to 'notify --only-changed' to tell VLABEL.",
        "",
        "--previous is checked before anything is computed: with --seal-key-file its seal must verify;",
        "every line must pass the checks notify makes and be of --year and the run's parameter set.",
        "",
        "Example:",
        "  jobbonus recalculate --year 2024 --previous results.jsonl --persons examples/persons.csv \\",
        "      --dmfa examples/dmfa.jsonl --out results-2.jsonl --differences differences.jsonl"},
    footer = {"", "Exit codes: 0 all records computed, 1 some records rejected (see --rejects), 2 usage error,"
        + " unreadable file or a --previous file refused."})
public final class RecalculateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Option(names = "--previous", required = true, paramLabel = "results.jsonl",
      description = "The results of the earlier run of this year (written by calculate or recalculate).")
  Path previous;

  @Option(names = "--seal-key-file", paramLabel = "KEY",
      description = "Verify the seal of --previous with this key first, and seal --out with it.")
  Path sealKeyFile;

  @Option(names = "--out", required = true, paramLabel = "results.jsonl", description = "Where the new results go.")
  Path out;

  @Option(names = "--differences", required = true, paramLabel = "differences.jsonl",
      description = "Where the persons whose outcome changed go.")
  Path differences;

  @Option(names = "--rejects", paramLabel = "rejects.jsonl",
      description = "Where refused records go (default: rejects.jsonl next to --out).")
  Path rejects;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write a report for analysts to DIR: totals per kind and a chart (" + DifferencesReport.REPORT
          + ", " + DifferencesReport.CHART + ").")
  Path report;

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    input.check(spec.commandLine().getErr());
    Cli.requireReadable(previous, "--previous");
    Cli.requireWritable(out, "--out");
    Cli.requireWritable(differences, "--differences");
    Path rejectsFile = rejects != null ? rejects : out.toAbsolutePath().resolveSibling("rejects.jsonl");
    Cli.requireWritable(rejectsFile, "--rejects");
    if (sealKeyFile != null) {
      Cli.requireReadable(sealKeyFile, "--seal-key-file");
    }
    List<Cli.Named> inputs = new ArrayList<>(List.of(new Cli.Named("--persons", input.persons),
        new Cli.Named("--previous", previous), new Cli.Named("the seal of --previous", ResultsSeal.sealFile(previous))));
    inputs.addAll(input.dataInputs());
    inputs.add(new Cli.Named("--parameters", input.parameters));
    inputs.add(new Cli.Named("--seal-key-file", sealKeyFile));
    List<Cli.Named> outputs = new ArrayList<>(List.of(new Cli.Named("--out", out),
        new Cli.Named("--differences", differences),
        new Cli.Named(rejects != null ? "--rejects" : "the rejects file (default: rejects.jsonl next to --out)",
            rejectsFile),
        new Cli.Named("the seal file", ResultsSeal.sealFile(out))));
    if (report != null) {
      outputs.add(new Cli.Named("--report " + DifferencesReport.REPORT, report.resolve(DifferencesReport.REPORT)));
      outputs.add(new Cli.Named("--report " + DifferencesReport.CHART, report.resolve(DifferencesReport.CHART)));
    }
    Cli.requireDistinct(inputs, outputs);
    input.requireNotRead(outputs);
    String keyWarning = sealKeyFile == null ? null : ResultsSeal.keyFileWarning(sealKeyFile);
    if (keyWarning != null) {
      spec.commandLine().getErr().println("warning: " + keyWarning);
    }
    ParameterSet set = Cli.parameters(input.parameters);
    long start = System.nanoTime();
    Differences d = new CalculateRun(set, input.year).recalculate(previous, sealKeyFile, input.persons, input.kind(),
        input.data.dmfaXml != null ? input.data.dmfaXml : List.of(input.dataFile()), out, differences, rejectsFile);
    if (report != null) {
      DifferencesReport.write(d, input.year, set.id(), report);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter o = spec.commandLine().getOut();
    RunCounts c = d.run();
    o.printf("%s: %d records read = %d in results + %d rejected%n", c.personsFile(), c.personsRead(),
        c.personsInResults(), c.personsRejected());
    o.printf("%s: %d records read = %d in results + %d rejected%n", c.dataFile(), c.dataRead(), c.dataInResults(),
        c.dataRejected());
    o.printf("%d persons computed (parameters %s-%d): %d payable, total paid %s euro%n", c.personsInResults(),
        set.id(), input.year, c.payable(), Euro.format(c.totalCents()));
    o.printf("previous: %d persons: %d changed, %d unchanged, %d not recomputed (their records were refused or they"
        + " left the persons file: the previous result stands)%n", d.previousPersons(),
        d.previousPersons() - d.unchanged() - d.notRecomputed(), d.unchanged(), d.notRecomputed());
    o.printf("  %-19s %8s %16s%n", "kind", "persons", "difference");
    for (Change k : Change.values()) {
      o.printf("  %-19s %8d %16s%n", k, d.changed().get(k), Euro.format(d.differenceCents().get(k)));
    }
    o.printf("extra payments %s euro, recoveries %s euro%n", Euro.format(d.extraPaymentCents()),
        Euro.format(d.recoveryCents()));
    o.printf("results: %s%n", out);
    o.printf("differences: %s (%d persons)%n", differences, d.listed());
    o.printf("rejects: %s (%d)%n", rejectsFile, c.rejected());
    if (sealKeyFile != null) {
      o.printf("seal: verified; new seal %s%n", ResultsSeal.sealFile(out));
    }
    if (report != null) {
      o.printf("report: %s%n", report.resolve(DifferencesReport.REPORT));
    }
    o.printf("time: %.2f s%n", seconds);
    return c.rejected() > 0 ? ExitCodes.REJECTS : ExitCodes.OK;
  }

}
