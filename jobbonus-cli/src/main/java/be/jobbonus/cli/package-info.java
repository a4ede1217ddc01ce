/**
 * The {@code jobbonus} command line (picocli): {@code calculate}, {@code explain}, {@code
 * simulate}. Shared plumbing (exit codes, one-line errors, {@code --debug}, logging) is in {@link
 * be.jobbonus.cli.Cli}; a new subcommand is one line in {@link
 * be.jobbonus.cli.JobbonusCommand}'s {@code subcommands}.
 */
package be.jobbonus.cli;
