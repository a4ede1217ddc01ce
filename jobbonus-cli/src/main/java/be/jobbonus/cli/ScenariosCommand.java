package be.jobbonus.cli;

import be.jobbonus.io.OutputInUseException;
import be.jobbonus.io.internal.OutputFile;
import be.jobbonus.scenarios.ScenarioFiles;
import be.jobbonus.scenarios.ScenarioProblem;
import be.jobbonus.scenarios.ScenarioRun;
import be.jobbonus.scenarios.ScenarioRunner;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jobbonus scenarios DIR}: runs every scenario file under DIR ({@link ScenarioFiles#list})
 * and prints which cases passed, which failed (expected against actual, with the step-by-step
 * explanation) and the problems of files that could not be read. Exit code 0 when every case
 * passed, 1 when a case failed, 2 when a file has a problem or DIR cannot be read.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "Runs every scenario file (*.yaml or *.yml, sub-folders included) in DIR and reports which cases"
        + " passed and which failed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every case passed", "1:a case failed", "2:a file has a problem, or DIR cannot be read"})
public final class ScenariosCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder with scenario files (or one file).")
  Path dir;

  @Option(names = "--explain", description = "Also explain the cases that passed, step by step.")
  boolean explainAll;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to FILE.")
  Path report;

  @Option(names = "--parameters", paramLabel = "parameters.json",
      description = "A parameter set to use instead of the official one (the cases' changes apply to it).")
  Path parameters;

  @Option(names = "--debug", description = "Print the stack trace of an unexpected error.")
  boolean debug;

  /**
   * Why --report cannot be written (it is an input, it would be one on the next run, or its
   * directory is missing), or {@code null}. The inputs are the parameter file and exactly the files
   * the runner reads ({@link ScenarioFiles#list}: {@code *.yaml} and {@code *.yml}, sub-folders
   * included), so an input is never overwritten; a report that {@link ScenarioFiles#wouldList}
   * would take is refused too, so a report never becomes a broken scenario file.
   */
  private String reportProblem() {
    List<Path> inputs = new ArrayList<>();
    if (parameters != null) {
      inputs.add(parameters);
    }
    try {
      inputs.addAll(ScenarioFiles.list(dir));
    } catch (UncheckedIOException e) {
      return e.getMessage();
    }
    for (Path in : inputs) {
      if (OutputFile.sameFile(report, in)) {
        return "--report " + report + " is the same file as the input " + in
            + ": an input is never overwritten; give another report file";
      }
    }
    if (ScenarioFiles.wouldList(dir, report)) {
      return "--report " + report + " would be read as a scenario file by the next run of " + dir
          + " (a *.yaml or *.yml file in it): give the report another name, such as report.txt, or another folder";
    }
    try {
      Cli.requireWritable(report, "--report");
      return null;
    } catch (UsageException e) {
      return e.getMessage();
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(dir)) {
      return fail(err, dir + ": no such folder or file");
    }
    if (report != null) {
      String problem = reportProblem();
      if (problem != null) {
        return fail(err, problem);
      }
    }
    ScenarioRun run;
    try {
      run = ScenarioRunner.runAll(dir, parameters == null ? be.jobbonus.core.parameters.ParameterSets.official()
          : be.jobbonus.core.parameters.ParameterSets.load(parameters));
    } catch (UncheckedIOException | be.jobbonus.core.parameters.InvalidParametersException e) {
      return fail(err, e.getMessage());
    } catch (RuntimeException e) {
      err.println("jobbonus scenarios: unexpected error: " + e + (debug ? "" : " (run with --debug for details)"));
      if (debug) {
        e.printStackTrace(err);
      }
      err.flush();
      return 2;
    }
    if (run.nothingRun()) { // nothing ran: stdout and the report claim nothing
      return fail(err, "no scenario file (*.yaml or *.yml, sub-folders included) in " + dir);
    }
    String text = run.toText(explainAll);
    out.print(text);
    out.flush();
    if (report != null) {
      try {
        OutputFile.write(report, false, text.getBytes(StandardCharsets.UTF_8));
      } catch (UncheckedIOException | OutputInUseException e) {
        return fail(err, "cannot write report " + report + ": " + e.getMessage());
      }
    }
    if (!run.problems().isEmpty()) {
      for (ScenarioProblem p : run.problems()) {
        err.println("jobbonus scenarios: " + p);
      }
      err.flush();
      return 2;
    }
    return run.failed() > 0 ? 1 : 0;
  }

  /** Prints {@code message} as this command's one-line error and gives exit code 2. */
  private static int fail(PrintWriter err, String message) {
    err.println("jobbonus scenarios: " + message);
    err.flush();
    return 2;
  }
}
