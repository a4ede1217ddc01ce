package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.batch.InOrder;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun.Member;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Outcome;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectSink;
import be.jobbonus.io.RunCounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The {@code calculate} and {@code explain} runs over a persons file and a per-quarter file
 * ({@code dmfa.jsonl} or {@code quarters.csv}) or DmfA XML declarations ({@link #calculateXml}):
 * the one path of a person's data from the files to {@code results.jsonl}. For XML only the first
 * stages differ (the documents parsed in parallel and each person's occupations gathered from
 * every file by {@link XmlRecords}); grouping, derivation, engine and writer are these.
 *
 * <p>Stages, each once, each in its class: {@link ByteLines} splits the file; whether it is
 * grouped by person is checked first ({@link Grouping}); a grouped file is cut into chunks of
 * whole persons ({@link PersonChunks}) computed on every thread ({@link InOrder}) and written in
 * order, a file that is not is grouped in memory ({@link UngroupedFile}), with the same results,
 * and {@link RunCounts#grouped()} says so. {@link PersonGroups} reads each line into primitive
 * fields ({@link DmfaJsonl}: a byte scanner for plain lines, Jackson for the others; {@link
 * QuartersCsv}), joins each person's lines ({@link GroupLines}) and settles the person: refused
 * whole ({@link GroupRefusals}, {@link Holds}; the words: {@link Refusals}) or derived ({@link
 * DmfaAccumulator}, from each occupation's {@link be.jobbonus.core.batch.OccupationRecord}) and
 * handed to the run's {@link Mode}: compute and write ({@link ResultChunk}: columns, {@link
 * BatchKernel}, {@link ResultsJson}), explain one, or hand them on. Everything is counted in a
 * {@link Tally}.
 *
 * <p>The accounting: every record (a non-blank line after the header) ends in the results, as
 * part of its person, or in the rejects, never both. A person is computed only from complete
 * data: when one of a person's lines is refused, all of them are (the others with a reason
 * pointing at it), and the person's record in the persons file too. Persons without lines are
 * computed without work. Results come in the order the persons' lines come, then the persons
 * without lines in the persons file's order, the same bytes whatever the number of threads. Not
 * thread-safe; one run at a time. The API's {@link be.jobbonus.io.CalculateRun} runs it.
 */
public final class FileRun {

  private static final int CHUNK = ResultChunk.PERSONS;

  private final ParameterSet parameters;
  private final int year;
  private final BatchKernel kernel;
  /** Persons per chunk of an XML run's later stages (tests make it small to have many chunks). */
  public int xmlChunk = CHUNK;
  /** Persons per chunk of a grouped per-quarter file (tests make it small to have many chunks). */
  public int lineChunk = CHUNK;
  /** Whether the results are written as CSV ({@link ResultsCsv}), and with the quarters' columns. */
  private boolean csv;
  private boolean quarterColumns;
  /** What the last calculate run counted. */
  private Tally last = new Tally();
  /** The notices of the last XML run (declarations read once or skipped), for standard error. */
  private List<String> notices = List.of();

  /**
   * @throws be.jobbonus.core.parameters.UnknownReferenceYearException when the set does not cover
   *     the year
   */
  public FileRun(ParameterSet parameters, int year) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.year = year;
    this.kernel = BatchKernel.of(parameters, year);
  }

  /**
   * Has {@code calculate} write the results as CSV, one row per person ({@link ResultsCsv},
   * docs/formats.md), instead of {@code results.jsonl}; with {@code quarterColumns}, each quarter
   * of the year in columns of its own.
   *
   * @return this run
   */
  public FileRun csv(boolean quarterColumns) {
    this.csv = true;
    this.quarterColumns = quarterColumns;
    return this;
  }

  /** {@link #calculate(Path, String, Path, String, InputKind, OutputStream, String, RejectSink, int)} on one thread. */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      OutputStream results, String resultsName, RejectSink rejects) {
    return calculate(persons, personsName, data, dataName, kind, results, resultsName, rejects, 1);
  }

  /**
   * Computes every person and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed). A file grouped by INSZ is read, derived, computed and formatted in chunks of persons on
   * {@code threads} threads and written in order; the output does not depend on {@code threads}.
   *
   * @param personsName / dataName / resultsName the names used in rejects and messages
   * @throws InputFileException when a file is empty, lacks its header or holds no record (checked
   *     before anything is read or written)
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      OutputStream results, String resultsName, RejectSink rejects, int threads) {
    requireOneFile(kind);
    notices = List.of();
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    InputFiles.requireRecords(data, dataName, kind == InputKind.QUARTERS ? QuartersCsv.HEADER : null);
    // persons.csv while the data file is checked for its grouping (which refuses nothing); the persons file fails first;
    // the grouping's pass, over the larger file, in parts at once, each part with a reader of its own
    long[] cut = Grouping.cut(data, Math.min(2, threads));
    List<Callable<Object>> tasks = new ArrayList<>(cut.length);
    tasks.add(() -> PersonsCsv.read(persons, personsName, rejects));
    for (int k = 0; k + 1 < cut.length; k++) {
      LineReader probe = new LineReader(kind, dataName, year);
      long from = cut[k];
      long to = cut[k + 1];
      tasks.add(() -> Grouping.runs(data, from, to, kind, probe.dmfa, probe.quarters, dataName));
    }
    List<Object> read = new ArrayList<>(cut.length);
    InOrder.run(Math.min(2, threads), tasks.iterator(), read::add);
    Persons people = (Persons) read.get(0);
    List<long[]> runs = new ArrayList<>(cut.length - 1);
    for (int k = 1; k < read.size(); k++) {
      runs.add((long[]) read.get(k));
    }
    boolean grouped = Grouping.grouped(runs);
    header(results, resultsName);
    PersonGroups run = new PersonGroups(parameters, year, people, personsName, dataName, kind, rejects,
        computed(people, results, resultsName, CHUNK));
    if (grouped) {
      PersonChunks.run(data, kind, run, threads, out -> computed(people, out, resultsName, lineChunk), results,
          resultsName, lineChunk);
    } else {
      UngroupedFile.read(data, run);
    }
    run.withoutRecords();
    run.flush();
    last = run.tally;
    return run.tally.counts(personsName, people, dataName, grouped);
  }

  /**
   * Reads the files through the same stages as {@link #calculate} (lines, fields and their checks,
   * grouping, the persons file, the same refusals to {@code rejects}) and hands each usable person
   * to {@code members} instead of computing them, for studies that compute them otherwise (the
   * reform comparison derives them under two parameter sets). Persons with lines come in the
   * order of their lines, then those without lines in the persons file's order.
   *
   * @throws InputFileException when a file is empty, lacks its header or holds no record
   */
  public void members(Path persons, String personsName, Path data, String dataName, InputKind kind,
      RejectSink rejects, Consumer<Member> members) {
    Objects.requireNonNull(members, "members");
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    InputFiles.requireRecords(data, dataName, kind == InputKind.QUARTERS ? QuartersCsv.HEADER : null);
    Persons people = PersonsCsv.read(persons, personsName, rejects);
    PersonGroups run = new PersonGroups(parameters, year, people, personsName, dataName, kind, rejects,
        new Mode.Collect(members));
    if (Grouping.byInsz(data, kind, run.reader.dmfa, run.reader.quarters, dataName)) {
      try (ByteLines in = ByteLines.open(data)) {
        run.all(in);
      }
    } else {
      UngroupedFile.read(data, run);
    }
    run.withoutRecords();
  }

  /**
   * Computes every person from DmfA XML declarations ({@code DmfAOriginal} documents, one per
   * employer and quarter) and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed): the same grouping, derivation, engine and writer as {@code dmfa.jsonl}. The files are
   * parsed on {@code threads} threads (persons.csv read meanwhile) and each person's occupations
   * gathered from every file by a sort ({@link XmlRecords}); then the sorted persons, in chunks,
   * are derived, computed and formatted on {@code threads} threads, each chunk into its own buffer
   * through the one writer, and written in order by this thread ({@link PersonChunks}). Results
   * come in the persons file's order (persons with occupations, then those without), so a {@code
   * dmfa.jsonl} in that order holding the same lines gives the same bytes, whatever {@code
   * threads}. Rejects name each occupation's file, line and element path. A declaration that
   * cannot be read to its end holds every person (docs/cli.md).
   *
   * @param declarations files, or directories whose {@code *.xml} files are read in name order
   * @param threads threads for parsing and for the later stages (the output does not depend on it)
   * @throws InputFileException when the persons file is empty or no declaration is given
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculateXml(Path persons, String personsName, List<Path> declarations, OutputStream results,
      String resultsName, RejectSink rejects, int threads) {
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    return xml(persons, personsName, InputFiles.declarations(declarations), results, resultsName, rejects, threads);
  }

  /**
   * {@link #calculateXml(Path, String, List, OutputStream, String, RejectSink, int)} over declarations
   * already checked ({@link InputFiles#declarations}, as the command line does before it opens its
   * outputs): each file's identity is read once per run, not again here.
   */
  public RunCounts calculateXml(Path persons, String personsName, InputFiles.Declarations declarations,
      OutputStream results, String resultsName, RejectSink rejects, int threads) {
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    return xml(persons, personsName, declarations, results, resultsName, rejects, threads);
  }

  private RunCounts xml(Path persons, String personsName, InputFiles.Declarations declarations, OutputStream results,
      String resultsName, RejectSink rejects, int threads) {
    List<Path> files = declarations.files();
    // persons.csv while the declarations are parsed (no reject of theirs meanwhile); its failure first
    List<Object> read = new ArrayList<>(2);
    InOrder.run(2, List.<Callable<Object>>of(() -> PersonsCsv.read(persons, personsName, rejects),
        () -> XmlRecords.read(files, names(files), year, threads, -1)).iterator(), read::add);
    Persons people = (Persons) read.get(0);
    XmlRecords records = (XmlRecords) read.get(1);
    notices = records.notices();
    records.sort(people);
    xml = records;
    xmlPeople = people;
    try {
      String dataName = xmlName(files);
      header(results, resultsName);
      PersonGroups run = new PersonGroups(parameters, year, people, personsName, dataName, InputKind.DMFA_XML, rejects,
          computed(people, results, resultsName, CHUNK));
      run.holds(records);
      PersonChunks.Spares spares = new PersonChunks.Spares();
      InOrder.run(threads, chunks(records, xmlChunk).stream()
          .map(c -> PersonChunks.task(run, out -> computed(people, out, resultsName, xmlChunk), null, spares, null,
              chunk -> chunk.xml(records, c[0], c[1], -1)))
          .iterator(), PersonChunks.inOrder(run, results, resultsName, spares));
      run.withoutRecords();
      run.flush();
      try {
        results.flush(); // every line through the streams stacked on the file while the records are here
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot write " + resultsName + ": " + LineSource.describe(e), e);
      }
      last = run.tally;
      return run.tally.counts(personsName, people, dataName, true);
    } finally {
      xml = null; // the records are not held after the run
      xmlPeople = null;
    }
  }

  /**
   * The persons the last calculate run computed, per Flemish province of their residence (from the
   * postal code): one entry per province with at least one person, in province order.
   */
  public List<be.jobbonus.io.CalculateRun.ProvinceCounts> byProvince() {
    long[] c = last.byProvince();
    List<be.jobbonus.io.CalculateRun.ProvinceCounts> out = new ArrayList<>();
    for (be.jobbonus.core.Region.Province p : be.jobbonus.core.Region.Province.values()) {
      int i = 3 * p.ordinal();
      if (c[i] > 0) {
        out.add(new be.jobbonus.io.CalculateRun.ProvinceCounts(p, c[i], c[i + 1], c[i + 2]));
      }
    }
    return List.copyOf(out);
  }

  /** The records and persons of the DmfA XML run under way, for {@link #declarationsBehind}; else null. */
  private XmlRecords xml;
  private Persons xmlPeople;

  /**
   * The declarations behind person {@code insz}'s quarters {@code quarters} (bit q for quarter q)
   * in the DmfA XML run under way (while its results are written), described with their file, identity and version
   * (original, or a correction with its form's creation date and PID); empty for other inputs.
   */
  public List<String> declarationsBehind(long insz, int quarters) {
    XmlRecords x = xml;
    return x == null ? List.of() : x.declarationsBehind(xmlPeople, insz, quarters);
  }

  /**
   * The notices of the last DmfA XML run, for standard error: declarations received twice (read
   * once) and declarations of other years (skipped), each naming its files; no personal data.
   */
  public List<String> notices() {
    return notices;
  }

  /** Persons the last calculate run computed with a postal code (in any region). */
  public long personsWithPostalCode() {
    long[] c = last.byProvince();
    return c[c.length - 1];
  }

  /** The compute mode: results through a writer of their own to {@code results}, counted in a tally of their own. */
  private Mode.Compute computed(Persons people, OutputStream results, String resultsName, int persons) {
    ResultsWriter writer = csv ? new ResultsCsv(results, resultsName, parameters, year, kernel, quarterColumns)
        : new ResultsJson(results, resultsName, parameters, year, kernel);
    return new Mode.Compute(new ResultChunk(parameters, kernel, people, writer, new Tally(), persons));
  }

  /** The results' header, when their format has one (CSV), before any person. */
  private void header(OutputStream results, String resultsName) {
    if (csv) {
      try {
        results.write(ResultsCsv.header(quarterColumns));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + resultsName + ": " + LineSource.describe(e), e);
      }
    }
  }

  /**
   * The sorted records cut into chunks of {@code persons} persons, each person's records in one
   * chunk: {@code [from, to)} pairs of indices into the sort.
   */
  private static List<int[]> chunks(XmlRecords x, int persons) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    int n = 0;
    for (int k = 1; k <= x.size(); k++) {
      if (k == x.size() || x.rank(k) != x.rank(k - 1) && ++n == persons) {
        out.add(new int[] {from, k});
        from = k;
        n = 0;
      }
    }
    return out;
  }

  /** The name of each declaration in rejects: the path as given or found in its directory. */
  private static List<String> names(List<Path> files) {
    List<String> out = new ArrayList<>(files.size());
    for (Path f : files) {
      out.add(f.toString());
    }
    return out;
  }

  /** The declarations' name in messages: the one file, or how many. */
  private static String xmlName(List<Path> files) {
    return files.size() == 1 ? files.get(0).toString() : files.size() + " DmfA XML declarations";
  }

  /**
   * One person's occupations in DmfA XML declarations through the same readers and checks,
   * computed with their explanation ({@link #explain} for XML).
   *
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public Optional<Outcome> explainXml(Path persons, String personsName, List<Path> declarations, Insz insz,
      List<Reject> rejects, int threads) {
    String masked = insz.masked();
    List<Path> files = InputFiles.declarations(declarations).files();
    Persons people = personsOf(persons, personsName, masked, rejects);
    int i = people.indexOf(insz.digits());
    if (i < 0) {
      return Optional.empty();
    }
    XmlRecords records = XmlRecords.read(files, names(files), year, threads, Long.parseLong(insz.digits()));
    notices = records.notices();
    records.sort(people);
    Outcome[] outcome = new Outcome[1];
    Mode.Explain explain = new Mode.Explain(parameters, year, o -> outcome[0] = o);
    PersonGroups run = new PersonGroups(parameters, year, people, personsName, xmlName(files), InputKind.DMFA_XML,
        r -> { }, explain);
    run.holds(records);
    run.xml(records, 0, records.size(), Long.parseLong(insz.digits()));
    if (outcome[0] == null && run.holds.brokenDeclaration != null) { // held like every person of the run
      return Optional.of(Outcome.rejected(List.of(new Reject(personsName, people.line(i), "insz", masked,
          run.holds.brokenHold("this person's")))));
    }
    return Optional.of(outcome[0] != null ? outcome[0] : explain.withoutLines(people.person(i), InputKind.DMFA_XML));
  }

  /**
   * One person's records through the same readers and checks, computed with their explanation.
   *
   * @param rejects receives the refused records of the persons file that concern this INSZ
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public Optional<Outcome> explain(Path persons, String personsName, Path data, String dataName, InputKind kind,
      Insz insz, List<Reject> rejects) {
    requireOneFile(kind);
    notices = List.of();
    String masked = insz.masked();
    Persons people = personsOf(persons, personsName, masked, rejects);
    int i = people.indexOf(insz.digits());
    if (i < 0) {
      return Optional.empty();
    }
    Outcome[] outcome = new Outcome[1];
    Mode.Explain explain = new Mode.Explain(parameters, year, o -> outcome[0] = o);
    PersonGroups run = new PersonGroups(parameters, year, people, personsName, dataName, kind, r -> { }, explain);
    run.only(data, Long.parseLong(insz.digits()));
    return Optional.of(outcome[0] != null ? outcome[0] : explain.withoutLines(people.person(i), kind));
  }

  /** The persons file read for {@code explain}: its rejects that concern the masked INSZ go to {@code rejects}. */
  private static Persons personsOf(Path persons, String personsName, String masked, List<Reject> rejects) {
    return PersonsCsv.read(persons, personsName, r -> {
      if (r.insz().equals(masked)) {
        rejects.add(r);
      }
    });
  }

  private static void requireOneFile(InputKind kind) {
    if (kind == InputKind.DMFA_XML) {
      throw new IllegalArgumentException("DmfA XML declarations are read with calculateXml and explainXml");
    }
  }
}
