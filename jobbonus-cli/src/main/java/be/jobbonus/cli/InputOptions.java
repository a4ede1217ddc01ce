package be.jobbonus.cli;

import be.jobbonus.io.InputKind;
import be.jobbonus.io.internal.InputFiles;
import java.io.PrintWriter;
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

  /** Notices past which the paths that repeat a declaration are only counted. */
  static final int REPEATED_SHOWN = 10;

  /** The declarations of --dmfa-xml once {@link #check}ed: each file once. */
  private InputFiles.Declarations declarations;

  /** The declarations of --dmfa-xml, each file once, as {@link #check} found them (its identity read once per run). */
  InputFiles.Declarations declarations() {
    if (declarations == null) {
      throw new IllegalStateException("check() first");
    }
    return declarations;
  }

  /** Every data input, for the check that no output overwrites one ({@link #requireNotRead} too). */
  List<Cli.Named> dataInputs() {
    return data.dmfaXml != null ? data.dmfaXml.stream().map(p -> new Cli.Named("--dmfa-xml", p)).toList()
        : List.of(new Cli.Named(dataOption(), dataFile()));
  }

  /**
   * Refuses (exit 2) an output that is one of the declaration files --dmfa-xml names (also one
   * found in a directory given), by file identity: each file compared once, whatever the number of
   * declarations.
   */
  void requireNotRead(List<Cli.Named> outputs) {
    if (declarations == null) {
      return;
    }
    for (Cli.Named o : outputs) {
      Path same = declarations.sameFileAs(o.path());
      if (same != null) {
        throw new UsageException(o.option() + " " + o.path() + " is the same file as the declaration " + same
            + " of --dmfa-xml: an input is never overwritten; give another output file");
      }
    }
  }

  /**
   * Refuses (exit 2) an input that cannot be read, before any output is opened: with --dmfa-xml
   * every declaration the paths name ({@link InputFiles#declarations}: a dangling link, a link loop,
   * a FIFO or an unreadable file among a directory's {@code *.xml} stops the run). A declaration
   * file named more than once is read once, with a notice on {@code err}.
   */
  void check(PrintWriter err) {
    Cli.requireReadable(persons, "--persons");
    if (data.dmfaXml != null) {
      for (Path p : data.dmfaXml) {
        if (!Files.isDirectory(p)) {
          Cli.requireReadable(p, "--dmfa-xml");
        }
      }
      declarations = InputFiles.declarations(data.dmfaXml);
      List<String> repeated = declarations.repeated();
      for (int i = 0; i < Math.min(REPEATED_SHOWN, repeated.size()); i++) {
        err.println("note: " + repeated.get(i));
      }
      if (repeated.size() > REPEATED_SHOWN) {
        err.println("note: and " + (repeated.size() - REPEATED_SHOWN) + " more paths that name a declaration"
            + " already read: each file is read once");
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
