package be.jobbonus.cli;

import be.jobbonus.io.InputKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    @Option(names = "--dmfa-xml", arity = "1..*", paramLabel = "PATH",
        description = "DmfA declarations as the employers send them (DmfAOriginal XML, one document per employer"
            + " and quarter): files, or directories whose *.xml files are read in name order; repeatable.")
    List<Path> dmfaXml;

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
    return data.dmfaXml != null ? InputKind.DMFA_XML : data.dmfa != null ? InputKind.DMFA : InputKind.QUARTERS;
  }

  /** The one per-quarter file ({@code --dmfa} or {@code --quarters}); {@code null} for {@code --dmfa-xml}. */
  Path dataFile() {
    return data.dmfa != null ? data.dmfa : data.quarters;
  }

  String dataOption() {
    return data.dmfaXml != null ? "--dmfa-xml" : data.dmfa != null ? "--dmfa" : "--quarters";
  }

  /** Every data input, for the check that no output overwrites one. */
  List<Cli.Named> dataInputs() {
    return data.dmfaXml != null ? data.dmfaXml.stream().map(p -> new Cli.Named("--dmfa-xml", p)).toList()
        : List.of(new Cli.Named(dataOption(), dataFile()));
  }

  void check() {
    Cli.requireReadable(persons, "--persons");
    if (data.dmfaXml != null) {
      for (Path p : data.dmfaXml) {
        if (!Files.isDirectory(p)) {
          Cli.requireReadable(p, "--dmfa-xml");
        }
      }
    } else {
      Cli.requireReadable(dataFile(), dataOption());
    }
  }

  /** Threads to read and compute the files on: every core. */
  static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String name(Path p) {
    return p.getFileName() == null ? p.toString() : p.getFileName().toString();
  }
}
