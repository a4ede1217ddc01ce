package be.jobbonus.cli;

import be.jobbonus.io.NotifyReport;
import be.jobbonus.io.Reject;
import be.jobbonus.io.VlabelNotifier;
import be.jobbonus.io.internal.ChangedPersons;
import be.jobbonus.io.internal.Notify;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.io.internal.RejectsWriter;
import be.jobbonus.io.internal.ResultCheck;
import be.jobbonus.io.internal.ResultsSeal;
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
 * {@code jobbonus notify}: results.jsonl to vlabel.jsonl, the message of protocol art. 3 and nothing
 * else, for every payable person.
 */
@Command(name = "notify", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Builds the notification to VLABEL from the results of 'jobbonus calculate'.",
        "",
        "Each payable person becomes one line of --out holding exactly the data of protocol article 3:",
        "INSZ, last and first name, statuut, reference year, total, and per quarter the work fraction,",
        "wage, reference monthly wage, base amount and amount. Nothing else is ever written.",
        "Persons who are not payable are not sent. Refused lines go to --rejects.",
        "",
        "Before anything is sent, every line is checked to be a complete result as calculate writes it",
        "(exactly its fields and types, quarter amounts adding up to the base, total = base + the year's fixed",
        "increase, payable agreeing with the reasons and the minimum payable); with --seal-key-file the seal",
        "written by 'calculate --seal-key-file' must verify.",
        "",
        "With --only-changed (the differences 'recalculate' wrote with --results), only the persons whose",
        "outcome changed and who were or are payable are sent: a person no longer entitled gets the message",
        "of their new result, total 0.00. The others are counted, not sent.",
        "",
        "Example:",
        "  jobbonus notify --results results.jsonl --out vlabel.jsonl"},
    footer = {"", "Exit codes: 0 all lines handled, 1 some lines rejected (see --rejects), 2 usage error or unreadable file."})
public final class NotifyCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--results", required = true, paramLabel = "results.jsonl",
      description = "The results written by 'jobbonus calculate'.")
  Path results;

  @Option(names = "--out", required = true, paramLabel = "vlabel.jsonl", description = "Where the messages go.")
  Path out;

  @Option(names = "--rejects", paramLabel = "rejects.jsonl",
      description = "Where refused lines go (default: vlabel-rejects.jsonl next to --out).")
  Path rejects;

  @Option(names = "--seal-key-file", paramLabel = "KEY",
      description = "Verify the seal of --results (written by 'calculate --seal-key-file' with the same key) before"
          + " anything is sent; a file whose seal does not verify is refused (exit code 2).")
  Path sealKeyFile;

  @Option(names = "--only-changed", paramLabel = "differences.jsonl",
      description = "Send only the persons this differences file of 'recalculate' lists (who were or are payable).")
  Path onlyChanged;

  @Option(names = "--parameters", paramLabel = "parameters.json",
      description = "A parameter set the results were computed with besides the official one (repeatable): each"
          + " line is checked against the set its 'parameters' field names.")
  List<Path> parameters = new ArrayList<>();

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    Cli.requireReadable(results, "--results");
    Cli.requireWritable(out, "--out");
    Path rejectsFile = rejects != null ? rejects : out.toAbsolutePath().resolveSibling("vlabel-rejects.jsonl");
    Cli.requireWritable(rejectsFile, "--rejects");
    List<Cli.Named> inputs = new ArrayList<>();
    inputs.add(new Cli.Named("--results", results));
    inputs.add(new Cli.Named("the seal of --results", ResultsSeal.sealFile(results)));
    if (sealKeyFile != null) {
      Cli.requireReadable(sealKeyFile, "--seal-key-file");
      inputs.add(new Cli.Named("--seal-key-file", sealKeyFile));
    }
    if (onlyChanged != null) {
      Cli.requireReadable(onlyChanged, "--only-changed");
      inputs.add(new Cli.Named("--only-changed", onlyChanged));
    }
    for (Path p : parameters) {
      Cli.requireReadable(p, "--parameters");
      inputs.add(new Cli.Named("--parameters", p));
    }
    Cli.requireDistinct(inputs, List.of(new Cli.Named("--out", out), new Cli.Named(
        rejects != null ? "--rejects" : "the rejects file (default: vlabel-rejects.jsonl next to --out)", rejectsFile)));
    ResultCheck check = ResultCheck.official();
    for (Path p : parameters) {
      check = check.with(Cli.parameters(p));
    }
    ResultsSeal seal = sealKeyFile == null ? null : ResultsSeal.fromKeyFile(sealKeyFile);
    String keyWarning = sealKeyFile == null ? null : ResultsSeal.keyFileWarning(sealKeyFile);
    if (keyWarning != null) {
      spec.commandLine().getErr().println("warning: " + keyWarning);
    }
    PrintWriter o = spec.commandLine().getOut();
    NotifyReport report;
    ChangedPersons changed = onlyChanged == null ? null : ChangedPersons.read(onlyChanged);
    try (OutputFile rejectsOut = OutputFile.open(rejectsFile, true)) {
      report = Notify.notify(results, out, check, seal, changed);
      try (RejectsWriter w = RejectsWriter.over(rejectsOut)) {
        for (Reject r : report.rejects()) {
          w.reject(r);
        }
      }
      rejectsOut.commit();
    }
    if (seal == null) {
      o.println("note: " + results.getFileName() + " is not sealed (no --seal-key-file): it was not checked to be"
          + " the file calculate wrote");
    } else {
      o.println("seal: verified");
    }
    for (Reject r : report.rejects()) {
      spec.commandLine().getErr().println(r);
    }
    o.println(results.getFileName() + ": " + report.summary()
        + (changed == null ? "" : "; " + changed.unchanged() + " unchanged, not sent (--only-changed)"));
    o.println("messages: " + out);
    o.println("rejects: " + rejectsFile + " (" + report.rejects().size() + ")");
    return report.hasRejects() ? ExitCodes.REJECTS : ExitCodes.OK;
  }
}
