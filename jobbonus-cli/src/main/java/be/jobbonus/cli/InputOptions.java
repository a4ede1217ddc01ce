package be.jobbonus.cli;

import be.jobbonus.io.batch.InputKind;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The input files shared by {@code calculate} and {@code explain}. */
final class InputOptions {

  @Option(names = "--year", required = true, paramLabel = "YEAR",
      description = "Reference year (the year whose wages count), e.g. 2024.")
  int year;

  @Option(names = "--persons", required = true, paramLabel = "persons.csv",
      description = "Persons: insz,last_name,first_name,birth_date,statuut,residence (UTF-8, header row).")
  Path persons;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Data data;

  static final class Data {
    @Option(names = "--quarters", paramLabel = "quarters.csv",
        description = "Quarter summaries: insz,quarter,wage_cents,work_fraction,regime.")
    Path quarters;

    @Option(names = "--dmfa", paramLabel = "dmfa.jsonl",
        description = "DmfA occupation lines, one JSON object per line; W and µ are derived from them.")
    Path dmfa;
  }

  @Option(names = "--parameters", paramLabel = "parameters.json",
      description = "A parameter set to use instead of the official one (for a year it lacks, or a reform).")
  Path parameters;

  InputKind kind() {
    return data.dmfa != null ? InputKind.DMFA : InputKind.QUARTERS;
  }

  Path dataFile() {
    return data.dmfa != null ? data.dmfa : data.quarters;
  }

  String dataOption() {
    return data.dmfa != null ? "--dmfa" : "--quarters";
  }

  void check() {
    Cli.requireReadable(persons, "--persons");
    Cli.requireReadable(dataFile(), dataOption());
  }

  static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }
}
