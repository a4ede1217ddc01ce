package be.jobbonus.cli;

import be.jobbonus.io.NotifyReport;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectsWriter;
import be.jobbonus.io.VlabelNotifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Mixin
  DebugOption debug;

  @Override
  public Integer call() {
    Cli.requireReadable(results, "--results");
    Cli.requireWritable(out, "--out");
    Path parent = out.toAbsolutePath().getParent();
    Path rejectsFile = rejects != null ? rejects
        : (parent == null ? Path.of("vlabel-rejects.jsonl") : parent.resolve("vlabel-rejects.jsonl"));
    Cli.requireWritable(rejectsFile, "--rejects");
    if (rejectsFile.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())
        || results.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UsageException("--results, --out and --rejects must name different files");
    }
    NotifyReport report = VlabelNotifier.notify(results, out);
    try (Writer w = Files.newBufferedWriter(rejectsFile, StandardCharsets.UTF_8)) {
      for (Reject r : report.rejects()) {
        w.write(RejectsWriter.toJson(r));
        w.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + rejectsFile, e);
    }
    for (Reject r : report.rejects()) {
      spec.commandLine().getErr().println(r);
    }
    spec.commandLine().getOut().println(results.getFileName() + ": " + report.summary());
    spec.commandLine().getOut().println("messages: " + out);
    spec.commandLine().getOut().println("rejects: " + rejectsFile + " (" + report.rejects().size() + ")");
    return report.hasRejects() ? ExitCodes.REJECTS : ExitCodes.OK;
  }
}
