package be.jobbonus.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top command {@code jobbonus}. To add a subcommand, add its class to {@code subcommands}
 * (one line); include {@code @Mixin DebugOption} in it and throw {@link UsageException} for usage
 * errors: {@link Cli} does the rest.
 */
@Command(
    name = "jobbonus",
    mixinStandardHelpOptions = true,
    version = JobbonusCommand.VERSION,
    description = {
        "Computes the Flemish jobbonus exactly, explains it, builds the VLABEL notification and the beneficiary's notices, and simulates a population.",
        "",
        "Start with:  jobbonus calculate --help"},
    subcommands = {
        CalculateCommand.class,
        ExplainCommand.class,
        SimulateCommand.class,
        NotifyCommand.class,
        RecalculateCommand.class,
        NoticesCommand.class,
        be.jobbonus.cli.ScenariosCommand.class,
        picocli.CommandLine.HelpCommand.class,
    },
    footer = {"", "Exit codes: 0 success, 1 the input had rejected records (the run completed), 2 usage error or unreadable file.",
        "Files and units: docs/cli.md."})
public final class JobbonusCommand implements Runnable {

  /** What {@code --version} prints (RELEASING.md changes it with the project's version). */
  static final String VERSION = "jobbonus 0.2.0";

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    java.util.List<String> names = new java.util.ArrayList<>(spec.subcommands().keySet());
    names.remove("help");
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a command: " + String.join(", ", names));
  }
}
