package be.jobbonus.cli;

import picocli.CommandLine.Option;

/** {@code --debug}: a mixin every subcommand includes; {@link Cli} reads it from the parse result. */
public final class DebugOption {
  @Option(names = "--debug", description = "On an error, print the stack trace as well.")
  boolean debug;
}
