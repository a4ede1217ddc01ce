package be.jobbonus.cli;

import be.jobbonus.core.parameters.InvalidParametersException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.ParameterSets;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.SealException;
import be.jobbonus.io.internal.InszMasking;
import be.jobbonus.io.internal.OutputFile;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * Shared command-line plumbing: builds the {@code jobbonus} command with its error handling (one
 * line on standard error, exit code 2 for usage errors and unreadable files, a stack trace only
 * with {@code --debug}), configures logging, and helpers the subcommands share.
 */
public final class Cli {

  private Cli() {}

  /** Entry point of the {@code jobbonus} script. */
  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // the version alone needs no command model: picocli's (its class files too old for the
      // class-data archive) would be built by reflection over every command for one line, and
      // reading the annotation alone loads every command class it names
      System.out.println(JobbonusCommand.VERSION);
      return;
    }
    quietLogging(false);
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line in-process with the given output streams and returns the exit code.
   * Everything written to {@code err} has its INSZs masked ({@link InszMasking}): usage errors echo
   * what was typed, {@code --debug} prints stack traces.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    PrintWriter maskedErr = new PrintWriter(InszMasking.writer(err), true);
    cl.setOut(out);
    cl.setErr(maskedErr);
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      maskedErr.flush();
    }
  }

  /** The {@code jobbonus} command with the shared error handling. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new JobbonusCommand());
    cl.setExecutionExceptionHandler(Cli::executionError);
    cl.setParameterExceptionHandler(Cli::parameterError);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(110);
    return cl;
  }

  /**
   * Hides the INFO lines of libraries (Moneta logs one through java.util.logging on first use);
   * warnings still show. With {@code verbose}, INFO shows too.
   */
  public static void quietLogging(boolean verbose) {
    Logger root = Logger.getLogger("");
    Level level = verbose ? Level.INFO : Level.WARNING;
    root.setLevel(level);
    for (Handler h : root.getHandlers()) {
      h.setLevel(level);
    }
  }

  static int parameterError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    cl.getErr().println(InszMasking.mask(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage()
        + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')"));
    return ExitCodes.USAGE;
  }

  static int executionError(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (debug(parsed)) {
      java.io.StringWriter trace = new java.io.StringWriter();
      ex.printStackTrace(new PrintWriter(trace));
      err.print(InszMasking.mask(trace.toString()));
    }
    err.println(InszMasking.mask(cl.getCommandSpec().qualifiedName() + ": " + message(ex)));
    return ExitCodes.USAGE;
  }

  /** Whether {@code --debug} was given anywhere on the command line. */
  static boolean debug(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** A one-line message a person can act on. */
  static String message(Throwable ex) {
    if (ex instanceof UsageException || ex instanceof InputFileException || ex instanceof UnknownReferenceYearException
        || ex instanceof InvalidParametersException || ex instanceof OutputInUseException
        || ex instanceof SealException) {
      return ex.getMessage();
    }
    if (ex instanceof UncheckedIOException) {
      return ex.getMessage() != null ? ex.getMessage() : "input/output error";
    }
    if (ex instanceof OutOfMemoryError) {
      return "out of memory; give Java more memory (JAVA_OPTS=-Xmx4g) or group the input by INSZ";
    }
    return "internal error (" + ex.getClass().getSimpleName() + "); rerun with --debug and report the stack trace";
  }

  /** The official parameter set, or the one in {@code file}. */
  public static ParameterSet parameters(Path file) {
    if (file == null) {
      return ParameterSets.official();
    }
    requireReadable(file, "--parameters");
    return ParameterSets.load(file);
  }

  /** Refuses (exit 2) a file that does not exist or cannot be read, naming the option. */
  public static void requireReadable(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(option + " " + file + ": no such file");
    }
    if (!Files.isReadable(file)) {
      throw new UsageException(option + " " + file + ": cannot be read (permissions)");
    }
  }

  /**
   * Refuses (exit 2) an output that cannot be written: its directory does not exist, or it is not
   * a regular file or absent once resolved through the file system (a directory, a device such as
   * {@code /dev/null}, a FIFO, a socket, a link loop, or a link to one of them): the one output
   * check, {@link OutputFile#checkTarget}.
   */
  public static void requireWritable(Path file, String option) {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UsageException(option + " " + file + ": directory " + dir + " does not exist");
    }
    String problem = OutputFile.targetProblem(file);
    if (problem != null) {
      throw new UsageException(option + " " + file + problem);
    }
  }

  /**
   * A file named on the command line: the option (or a description) and the path; {@code directory}
   * for an output that is a directory written whole (a population's {@code dmfa-xml}).
   */
  record Named(String option, Path path, boolean directory) {
    Named(String option, Path path) {
      this(option, path, false);
    }
  }

  /**
   * Refuses (exit 2), before anything is opened for writing, an output that is one of the inputs or
   * another output: the same file once resolved through the file system (links, and {@code ..} after
   * a link, as the system resolves them), also when the output does not exist yet ({@link
   * OutputFile#sameFile}); and every output that cannot be written ({@link OutputFile#checkTarget}:
   * a regular file or absent; its directory may be missing when the run creates it; a directory
   * output must be a directory or absent, not a link).
   */
  public static void requireDistinct(List<Named> inputs, List<Named> outputs) {
    for (Named o : outputs) {
      if (!o.directory()) {
        Path dir = o.path().toAbsolutePath().getParent();
        String problem = dir != null && !Files.isDirectory(dir) ? null // created by the run (--report, --write)
            : OutputFile.targetProblem(o.path());
        if (problem != null) {
          throw new UsageException(o.option() + " " + o.path() + problem);
        }
      } else if (OutputFile.directoryTargetProblem(o.path()) != null) {
        throw new UsageException(o.option() + " " + o.path() + OutputFile.directoryTargetProblem(o.path()));
      }
    }
    for (int i = 0; i < outputs.size(); i++) {
      Named o = outputs.get(i);
      for (Named in : inputs) {
        if (in.path() != null && OutputFile.sameFile(o.path(), in.path())) {
          throw new UsageException(o.option() + " " + o.path() + " is the same file as " + in.option() + " "
              + in.path() + ": an input is never overwritten; give another output file");
        }
      }
      for (int j = 0; j < i; j++) {
        Named other = outputs.get(j);
        if (OutputFile.sameFile(o.path(), other.path())) {
          throw new UsageException(o.option() + " and " + other.option() + " name the same file ("
              + o.path() + "); give different files");
        }
      }
    }
  }
}
