package be.jobbonus.scenarios.reform;

import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.fixtures.synthetic.WageBands;
import be.jobbonus.scenarios.Reform;
import be.jobbonus.scenarios.ScenarioFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The {@code --reform} / {@code --report} part of {@code jobbonus simulate}: reads the reform
 * file, compares it with the baseline on the population, prints the table and writes the report.
 */
public final class ReformRun {

  private ReformRun() {}

  /**
   * @param reformFile the reform (YAML), or {@code null} to compare the baseline with itself
   * @param reportDir where to write the report and charts, or {@code null}
   * @param threads threads to compute on (the result is the same)
   * @param progress told the members done
   * @return the comparison
   * @throws be.jobbonus.scenarios.InvalidScenarioException naming the reform file's line
   */
  public static ReformComparison run(PrintWriter out, Population population, ParameterSet baseline, Path reformFile,
      Path reportDir, int threads, LongConsumer progress) {
    Reform reform = reformFile == null ? Reform.none(baseline) : ScenarioFiles.readReform(reformFile, baseline);
    ReformComparison c = ReformComparison.run(population, reform, WageBands.standard(), threads, progress);
    ReformReport report = ReformReport.of(c);
    out.print(report.toText());
    if (reportDir != null) {
      List<Path> files = report.write(reportDir);
      out.println();
      for (Path p : files) {
        out.println("wrote " + p);
      }
    }
    out.flush();
    return c;
  }
}
