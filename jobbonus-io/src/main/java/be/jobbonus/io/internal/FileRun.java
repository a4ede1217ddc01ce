package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.batch.InOrder;
import be.jobbonus.core.calculation.JobbonusCalculator;
import be.jobbonus.core.dmfa.Derivation;
import be.jobbonus.core.dmfa.DmfaDerivation;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.dmfa.OccupationLine;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code calculate} and {@code explain} runs over a persons file and a per-quarter file
 * ({@code dmfa.jsonl} or {@code quarters.csv}) or DmfA XML declarations ({@link #calculateXml}):
 * the one path of a person's data from the files to {@code results.jsonl}. For XML only the first
 * stages differ (the documents parsed in parallel and each person's occupations gathered from
 * every file by {@link XmlRecords}); grouping, derivation, engine and writer are these.
 *
 * <p>Stages, each once: {@link ByteLines} splits the file; the format reads each line into
 * primitive fields ({@link DmfaJsonl}: a byte scanner for plain lines, Jackson for the others;
 * {@link QuartersCsv}), an occupation then written as its {@link
 * be.jobbonus.core.batch.OccupationRecord}; the lines are grouped by person (here; whether the
 * file is grouped: {@link Grouping}; the reasons of the refusals: {@link Refusals});
 * {@link DmfaAccumulator} derives each person's quarters from their records; {@link ResultChunk}
 * gathers the persons into columns, which {@link BatchKernel} computes in chunks and {@link
 * ResultsJson} writes, counted in a {@link Tally}. What a run does with a person is its {@link
 * Mode}, chosen when it starts: compute and write, explain one, or hand them on. A file grouped by INSZ (every person's lines together) is streamed one person at a time; a
 * file that is not is grouped in memory first (its lines kept as bytes), with the same results,
 * and {@link RunCounts#grouped()} says so.
 *
 * <p>The accounting: every record (a non-blank line after the header) ends in the results, as
 * part of its person, or in the rejects, never both. A person is computed only from complete
 * data: when one of a person's lines is refused, all of them are (the others with a reason
 * pointing at it), and the person's record in the persons file too. Persons without lines are
 * computed without work. Results come in the order the persons' lines come, then the persons
 * without lines in the persons file's order. Not thread-safe; one run at a time. The API's
 * {@link be.jobbonus.io.CalculateRun} runs it.
 */
public final class FileRun {

  private static final int CHUNK = 4096;

  private final ParameterSet parameters;
  private final int year;
  private final BatchKernel kernel;
  /** Persons per chunk of an XML run's later stages (tests make it small to have many chunks). */
  public int xmlChunk = CHUNK;
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
   * Computes every person and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed).
   *
   * @param personsName / dataName / resultsName the names used in rejects and messages
   * @throws InputFileException when a file is empty, lacks its header or holds no record (checked
   *     before anything is read or written)
   * @throws java.io.UncheckedIOException when a file cannot be read or written
   */
  public RunCounts calculate(Path persons, String personsName, Path data, String dataName, InputKind kind,
      OutputStream results, String resultsName, RejectSink rejects) {
    requireOneFile(kind);
    notices = List.of();
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    InputFiles.requireRecords(data, dataName, kind == InputKind.QUARTERS ? QuartersCsv.HEADER : null);
    Persons people = PersonsCsv.read(persons, personsName, rejects);
    Run run = new Run(people, personsName, dataName, kind, rejects, computed(people, results, resultsName));
    run.all(data);
    run.flush();
    return run.tally.counts(personsName, people, dataName, run.grouped);
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
      RejectSink rejects, java.util.function.Consumer<Member> members) {
    Objects.requireNonNull(members, "members");
    InputFiles.requireRecords(persons, personsName, PersonsCsv.HEADER);
    InputFiles.requireRecords(data, dataName, kind == InputKind.QUARTERS ? QuartersCsv.HEADER : null);
    Persons people = PersonsCsv.read(persons, personsName, rejects);
    Run run = new Run(people, personsName, dataName, kind, rejects, new Collect(members));
    run.all(data);
  }

  /**
   * Computes every person from DmfA XML declarations ({@code DmfAOriginal} documents, one per
   * employer and quarter) and writes {@code results.jsonl} to {@code results} (flushed, not
   * closed): the same grouping, derivation, engine and writer as {@code dmfa.jsonl}. The files are
   * parsed on {@code threads} threads (persons.csv read meanwhile) and each person's occupations
   * gathered from every file by a sort ({@link XmlRecords}); then the sorted persons, in chunks,
   * are derived, computed and formatted on {@code threads} threads, each chunk into its own buffer
   * through the one writer, and written in order by this thread ({@link InOrder}). Results come in
   * the persons file's order (persons with occupations, then those without), so a {@code
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
    List<Path> files = XmlRecords.expand(declarations);
    // persons.csv while the declarations are parsed (no reject of theirs meanwhile); its failure first
    List<Object> read = new ArrayList<>(2);
    InOrder.run(2, List.<Callable<Object>>of(() -> PersonsCsv.read(persons, personsName, rejects),
        () -> XmlRecords.read(files, names(files), year, threads, -1)).iterator(), read::add);
    Persons people = (Persons) read.get(0);
    XmlRecords records = (XmlRecords) read.get(1);
    notices = records.declarations().notices();
    records.sort(people);
    String dataName = files.size() == 1 ? files.get(0).toString() : files.size() + " DmfA XML declarations";
    Run run = new Run(people, personsName, dataName, InputKind.DMFA_XML, rejects,
        computed(people, results, resultsName));
    run.holds(records);
    InOrder.run(threads, chunks(records, xmlChunk).stream().<Callable<Chunk>>map(c -> () -> {
      Blocks bytes = new Blocks();
      List<Reject> refused = new ArrayList<>();
      Run r = run.chunk(computed(people, bytes, resultsName), refused);
      r.xml(records, c[0], c[1], -1);
      r.flush();
      return new Chunk(bytes, refused, r.tally);
    }).iterator(), c -> {
      try {
        c.results.writeTo(results);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + resultsName + ": " + LineSource.describe(e), e);
      }
      c.rejects.forEach(rejects::reject);
      run.tally.add(c.tally);
    });
    run.withoutRecords();
    run.flush();
    return run.tally.counts(personsName, people, dataName, true);
  }

  /**
   * The notices of the last DmfA XML run, for standard error: declarations received twice (read
   * once) and declarations of other years (skipped), each naming its files; no personal data.
   */
  public List<String> notices() {
    return notices;
  }

  /** A chunk of persons derived, computed and formatted: its results, rejects and counts (as {@link Run}'s). */
  private record Chunk(Blocks results, List<Reject> rejects, Tally tally) {}

  /**
   * What a run does with each person it can compute, chosen once when it starts: compute and write
   * them ({@link Compute}), explain the one person asked for ({@link Explain}), or hand them on
   * uncomputed ({@link Collect}).
   */
  private sealed interface Mode permits Compute, Explain, Collect {}

  /** {@code calculate}: each person computed and written, a chunk at a time. */
  private record Compute(ResultChunk results) implements Mode {}

  /** {@code explain}: the one person's outcome, computed with their explanation, to {@code outcome}. */
  private record Explain(java.util.function.Consumer<Outcome> outcome) implements Mode {}

  /** {@code members}: each usable person's work as read, to {@code members}. */
  private record Collect(java.util.function.Consumer<Member> members) implements Mode {}

  /** The compute mode: results through a writer of their own to {@code results}, counted in a tally of their own. */
  private Compute computed(Persons people, OutputStream results, String resultsName) {
    return new Compute(new ResultChunk(parameters, kernel, people,
        new ResultsJson(results, resultsName, parameters, year, kernel), new Tally()));
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

  /**
   * One person's occupations in DmfA XML declarations through the same readers and checks,
   * computed with their explanation ({@link #explain} for XML).
   *
   * @return the outcome, or empty when the INSZ is not a usable person in the persons file
   */
  public Optional<Outcome> explainXml(Path persons, String personsName, List<Path> declarations, Insz insz,
      List<Reject> rejects, int threads) {
    String masked = insz.masked();
    List<Path> files = XmlRecords.expand(declarations);
    Persons people = personsOf(persons, personsName, masked, rejects);
    int i = people.indexOf(insz.digits());
    if (i < 0) {
      return Optional.empty();
    }
    XmlRecords records = XmlRecords.read(files, names(files), year, threads, Long.parseLong(insz.digits()));
    notices = records.declarations().notices();
    records.sort(people);
    Outcome[] outcome = new Outcome[1];
    String dataName = files.size() == 1 ? files.get(0).toString() : files.size() + " DmfA XML declarations";
    Run run = new Run(people, personsName, dataName, InputKind.DMFA_XML, r -> { }, new Explain(o -> outcome[0] = o));
    run.xml(records, Long.parseLong(insz.digits()));
    if (outcome[0] == null && run.brokenDeclaration != null) { // held like every person of the run
      return Optional.of(Outcome.rejected(List.of(new Reject(personsName, people.line(i), "insz", masked,
          run.brokenHold("this person's")))));
    }
    return Optional.of(outcome[0] != null ? outcome[0] : run.explainWithoutRecords(i));
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
    Run run = new Run(people, personsName, dataName, kind, r -> { }, new Explain(o -> outcome[0] = o));
    run.only(data, Long.parseLong(insz.digits()));
    return Optional.of(outcome[0] != null ? outcome[0] : run.explainWithoutRecords(i));
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

  /** The state of one run. */
  private final class Run {
    private final Persons people;
    private final String personsName;
    private final String dataName;
    private final InputKind kind;
    private final RejectSink rejects;
    private final Mode mode;
    final Tally tally;
    private final DmfaJsonl dmfa;
    private final QuartersCsv quarters;
    private final DmfaAccumulator accumulator;
    private final OccupationFields fields = new OccupationFields();
    /** The occupation to add next, as its record: in the XML records' slab, or {@link #lineRecord}. */
    private int[] record;
    private int recordAt;
    private final int[] lineRecord = new int[be.jobbonus.core.batch.OccupationRecord.MAX_SIZE];
    boolean grouped = true;
    private boolean header;

    // the current person's lines
    private long groupKey = -1;
    private int groupPerson;
    private boolean groupWasUsed;
    private int lines;
    private long[] lineNumber = new long[16];
    /** XML: each line's file (an index into the records' files) and its Occupation's path, for refusals. */
    private int[] lineFile = new int[16];
    private String[] linePath = new String[16];
    private long[] linePlace = new long[16];
    private long xmlPlace;
    private XmlRecords xmlRecords;
    private Reject[] lineReject = new Reject[16];
    private OccupationFields[] lineFields; // explain and members only: each line's fields for its object
    private final List<QuarterInput> quarterInputs = new ArrayList<>();

    Run(Persons people, String personsName, String dataName, InputKind kind, RejectSink rejects, Mode mode) {
      this.people = people;
      this.personsName = personsName;
      this.dataName = dataName;
      this.kind = kind;
      this.rejects = rejects;
      this.mode = mode;
      this.tally = mode instanceof Compute c ? c.results().tally() : new Tally();
      if (kind != InputKind.QUARTERS) {
        dmfa = kind == InputKind.DMFA ? new DmfaJsonl(dataName, year) : null;
        quarters = null;
        accumulator = DmfaAccumulator.of(parameters, year);
        if (!(mode instanceof Compute)) {
          lineFields = new OccupationFields[16];
        }
      } else {
        dmfa = null;
        quarters = new QuartersCsv(dataName, year);
        accumulator = null;
      }
    }

    /** Every line of {@code data}, then the persons without lines. */
    void all(Path data) {
      grouped = Grouping.byInsz(data, kind, dmfa, quarters, dataName);
      if (grouped) {
        try (ByteLines in = ByteLines.open(data)) {
          while (in.next()) {
            line(in, -1);
          }
        }
        endGroup();
      } else {
        inMemory(data);
      }
      withoutRecords();
    }

    /** The persons without records, in the persons file's order; then the last chunk. */
    void withoutRecords() {
      for (int i = 0; i < people.size(); i++) { // the persons file's order
        if (people.usable(i) && firstUnreadable >= 0) {
          rejects.reject(new Reject(personsName, people.line(i), "insz", people.person(i).insz().masked(),
              brokenDeclaration != null ? brokenHold("this person's")
                  : Refusals.mayBeThisPersons(firstUnreadable, unreadableFile())));
          tally.personsRejected++;
        } else if (people.usable(i) && mode instanceof Collect c) {
          c.members().accept(new Member(people.person(i), List.of(), List.of()));
        } else if (people.usable(i) && mode instanceof Compute c) {
          c.results().addWithoutWork(i);
        }
      }
    }

    /** Computes and writes the persons still gathered, and flushes the writer (compute mode). */
    void flush() {
      if (mode instanceof Compute c) {
        c.results().flush();
        c.results().writer().flush();
      }
    }

    /**
     * The records of DmfA XML declarations in person order through the same group routine; with
     * {@code only} ≥ 0, every other person's records are passed over.
     */
    void xml(XmlRecords x, long only) {
      holds(x);
      xml(x, 0, x.size(), only);
      endGroup();
    }

    /**
     * What holds every person of the run, if anything: a declaration not read to its end, else a
     * record without a readable INSZ (gathered by person, such a record may be anyone's).
     */
    void holds(XmlRecords x) {
      xmlRecords = x;
      int broken = x.firstUnreadToEnd();
      if (broken >= 0) { // its persons after the break are unknown: it may hold anyone's occupations
        brokenDeclaration = x.name(broken);
        firstUnreadable = 0;
      }
      for (int k = 0; k < x.size() && firstUnreadable < 0; k++) {
        long place = x.place(k);
        int f = x.fileOf(place);
        if (x.insz(f, place) < 0) {
          firstUnreadable = x.line(f, place);
          unreadableIn = x.reject(f, place).file();
        }
      }
    }

    /**
     * A run for a chunk of the records on another thread, held as this one is: its results to
     * {@code bytes} through its own writer, its rejects to {@code refused}.
     */
    Run chunk(Compute results, List<Reject> refused) {
      Run c = new Run(people, personsName, dataName, kind, refused::add, results);
      c.xmlRecords = xmlRecords;
      c.brokenDeclaration = brokenDeclaration;
      c.firstUnreadable = firstUnreadable;
      c.unreadableIn = unreadableIn;
      return c;
    }

    /**
     * Records {@code from..to} of {@code x} (sorted by person) through the group routine; the
     * last group is left open. A group's person is its rank in the sort ({@link XmlRecords#rank}),
     * not a look-up, so that chunks can run on several threads.
     */
    void xml(XmlRecords x, int from, int to, long only) {
      for (int k = from; k < to; k++) {
        long place = x.place(k);
        int f = x.fileOf(place);
        long key = x.insz(f, place);
        if (only >= 0 && key != only) {
          continue;
        }
        tally.dataRead++;
        Reject reject = x.reject(f, place);
        if (reject == null) {
          reject = x.conflict(f, place); // different originals of one declaration hold the person
        }
        if (key < 0) { // no person to join it to: refused on its own
          rejects.reject(reject);
          tally.dataRejected++;
          continue;
        }
        if (key != groupKey) {
          endGroup();
          long rank = x.rank(k);
          startGroup(key, rank < people.size() ? (int) rank : -1);
          groupHeldBy = firstUnreadable;
        }
        if (reject == null) {
          record = x.record(f, place);
          recordAt = x.offset(f, place);
          if (lineFields != null) { // an explanation's objects
            x.fields(f, place, fields);
          }
        }
        xmlPlace = place;
        addLine(f, x.line(f, place), reject);
      }
      endGroup();
    }

    /** The lines of one INSZ only, for {@code explain}. */
    void only(Path data, long key) {
      try (ByteLines in = ByteLines.open(data)) {
        while (in.next()) {
          line(in, key);
        }
      }
      endGroup();
    }

    /** The current line of {@code in} (see {@link #line(byte[], int, int, long, long)}). */
    private void line(ByteLines in, long only) {
      if (in.tooLong()) {
        line(in.head(), 0, -1 - in.headLength(), in.number(), only);
      } else {
        line(in.buffer(), in.start(), in.length(), in.number(), only);
      }
    }

    /**
     * Reads line {@code number} and adds it to its person's group; a negative {@code length} is a
     * line over the limit, of which {@code b[s..s-1-length)} holds the first bytes. With {@code
     * only} ≥ 0, every other person's lines are passed over.
     */
    private void line(byte[] b, int s, int length, long number, long only) {
      long key;
      Reject reject;
      if (kind == InputKind.DMFA) {
        DmfaJsonl.Outcome o = read(b, s, length, number);
        if (o == DmfaJsonl.Outcome.BLANK) {
          return;
        }
        key = dmfa.key();
        reject = o == DmfaJsonl.Outcome.REJECTED ? dmfa.reject() : null;
      } else {
        RawLine raw = length < 0 ? LineSource.tooLong(number) : LineSource.decode(b, s, length, number);
        if (!header) {
          header = true;
          quarters.header(raw);
          return;
        }
        if (raw.ok() && raw.text().isBlank()) {
          return;
        }
        DataRecord<QuarterInput> r = quarters.parse(raw);
        key = r.insz() == null ? -1 : Long.parseLong(r.insz());
        reject = r.reject();
        quarterInput = r.value();
      }
      if (only >= 0 && key != only) {
        return;
      }
      tally.dataRead++;
      if (key < 0) { // no person to join it to: refused on its own, and its neighbours held
        rejects.reject(reject);
        tally.dataRejected++;
        unreadable(number);
        return;
      }
      if (heldBy >= 0 && key != groupKey) {
        holdNext = heldBy; // the person after an unreadable line
      }
      heldBy = -1;
      if (key != groupKey) {
        endGroup();
        startGroup(key);
      }
      addLine(0, number, reject);
    }

    private QuarterInput quarterInput;

    /** A DmfA line into {@link #fields}; a negative {@code length} as in {@link #line}. */
    private DmfaJsonl.Outcome read(byte[] b, int s, int length, long number) {
      return length < 0 ? dmfa.readTooLong(b, s, -1 - length, number, fields) : dmfa.read(b, s, length, number, fields);
    }

    /**
     * A line whose INSZ cannot be read may be any person's. In a file grouped by INSZ it is the
     * line of the person just before it, of the person just after it, or of a person with no other
     * line: those are held (refused whole, pointing at it) rather than paid from part of their
     * lines. In a file not grouped by INSZ it may be anyone's, and every person is held.
     */
    private void unreadable(long number) {
      if (groupKey >= 0) {
        groupHeldBy = number;
      }
      heldBy = number;
      if (firstUnreadable < 0) {
        firstUnreadable = number;
      }
    }

    /** The first line whose INSZ could not be read, or -1: it may be any person's without a line. */
    private long firstUnreadable = -1;
    /** The file of {@link #firstUnreadable} when it is not the data file (DmfA XML). */
    private String unreadableIn;
    /**
     * A DmfA XML declaration refused before its end, or {@code null}: it holds every person like
     * an unreadable line in a file not grouped by INSZ ({@link #firstUnreadable} is then 0).
     */
    private String brokenDeclaration;

    /** Why a person is held by {@link #brokenDeclaration}: it may hold {@code whose} occupations. */
    private String brokenHold(String whose) {
      return Refusals.brokenDeclaration(brokenDeclaration, whose);
    }

    /** The file holding {@link #firstUnreadable}. */
    private String unreadableFile() {
      return unreadableIn != null ? unreadableIn : dataName;
    }

    /** The line number of the unreadable line next to the current group, or -1. */
    private long groupHeldBy = -1;
    /** An unreadable line waiting for the next person's first line, or -1. */
    private long heldBy = -1;
    /** Set for the next group to start: the unreadable line just before it. */
    private long holdNext = -1;

    private void startGroup(long key) {
      startGroup(key, people.indexOf(key));
    }

    /** Starts the group of {@code key}, person {@code person} of the persons file (or -1). */
    private void startGroup(long key, int person) {
      groupHeldBy = holdNext;
      holdNext = -1;
      groupKey = key;
      groupPerson = person;
      groupWasUsed = groupPerson >= 0 && people.used(groupPerson);
      lines = 0;
      quarterInputs.clear();
      if (accumulator != null) {
        accumulator.reset();
      }
    }

    private void addLine(int file, long number, Reject reject) {
      if (lines == lineNumber.length) {
        lineNumber = Arrays.copyOf(lineNumber, lines * 2);
        lineFile = Arrays.copyOf(lineFile, lines * 2);
        linePath = Arrays.copyOf(linePath, lines * 2);
        linePlace = Arrays.copyOf(linePlace, lines * 2);
        lineReject = Arrays.copyOf(lineReject, lines * 2);
        if (lineFields != null) {
          lineFields = Arrays.copyOf(lineFields, lines * 2);
        }
      }
      lineNumber[lines] = number;
      lineFile[lines] = file;
      linePath[lines] = null;
      linePlace[lines] = xmlPlace;
      if (reject == null && groupPerson >= 0 && !groupWasUsed) { // the derivation's checks, for a usable person
        if (kind != InputKind.QUARTERS) {
          OccupationFields f = fields;
          if (kind == InputKind.DMFA) { // the line just read, as the record the derivation reads
            f.write(lineRecord, 0);
            record = lineRecord;
            recordAt = 0;
          }
          if (!accumulator.add(record, recordAt)) {
            InvalidOccupationLineException e = accumulator.refusal();
            reject = refusal(lines, e.field(), Insz.mask(DmfaJsonl.digits(groupKey)), e.reason());
          }
          if (lineFields != null) {
            OccupationFields copy = new OccupationFields();
            copy.copyFrom(f);
            lineFields[lines] = copy;
          }
        } else {
          quarterInputs.add(quarterInput);
        }
      }
      lineReject[lines] = reject;
      lines++;
    }

    /** The end of a person's lines: refused whole, or computed. */
    private void endGroup() {
      if (groupKey < 0) {
        return;
      }
      long key = groupKey;
      groupKey = -1;
      int i = groupPerson;
      if (i < 0 || groupWasUsed) {
        String digits = DmfaJsonl.digits(key);
        String why;
        if (i >= 0) {
          why = Refusals.NOT_TOGETHER;
        } else if (people.refusal(digits) != null) {
          why = Refusals.personRefused(people.refusal(digits));
        } else {
          why = Refusals.noSuchPerson(personsName);
        }
        for (int k = 0; k < lines; k++) {
          Reject r = lineReject[k];
          rejects.reject(r != null ? r : refusal(k, "insz", Insz.mask(digits), why));
          tally.dataRejected++;
        }
        return;
      }
      people.markUsed(i);
      Person person = people.person(i);
      List<Reject> refused = groupHeldBy >= 0 ? held(person) : problems(person);
      if (refused == null && kind != InputKind.QUARTERS && !accumulator.finish()) {
        InvalidOccupationLineException e = accumulator.refusal();
        refused = new ArrayList<>(lines);
        for (int k = 0; k < lines; k++) {
          refused.add(refusal(k, e.field(), person.insz().masked(), e.reason()));
        }
      }
      if (refused != null) {
        refuse(i, refused);
        return;
      }
      if (mode instanceof Explain e) {
        e.outcome().accept(explain(person));
      } else if (mode instanceof Collect c) {
        c.members().accept(member(person));
      } else if (kind == InputKind.QUARTERS) {
        tally.dataInResults += lines;
        ((Compute) mode).results().add(i, quarterInputs);
      } else {
        tally.dataInResults += lines;
        ((Compute) mode).results().add(i, accumulator);
      }
    }

    /**
     * The group's refusals, or {@code null} when every line is usable: each refused line with its
     * own reason, every other line pointing at them.
     */
    private List<Reject> problems(Person person) {
      boolean any = kind == InputKind.QUARTERS;
      for (int k = 0; k < lines && !any; k++) {
        any = lineReject[k] != null;
      }
      if (!any) {
        return null; // the usual person: every line read and accepted
      }
      Map<Long, Reject> byLine = new HashMap<>(); // by (file, line)
      for (int k = 0; k < lines; k++) {
        if (lineReject[k] != null) {
          byLine.putIfAbsent(place(k), lineReject[k]);
        }
      }
      if (byLine.isEmpty() && kind == InputKind.QUARTERS) {
        Map<Integer, Long> seen = new HashMap<>();
        for (int k = 0; k < lines; k++) {
          QuarterInput q = quarterInputs.get(k);
          Long before = seen.putIfAbsent(q.quarter().quarter(), lineNumber[k]);
          if (before != null) {
            byLine.putIfAbsent(lineNumber[k], new Reject(dataName, lineNumber[k], "quarter", person.insz().masked(),
                Refusals.givenTwice(q.quarter(), before, lineNumber[k])));
          }
        }
      }
      if (byLine.isEmpty()) {
        return null;
      }
      List<Long> bad = new ArrayList<>(byLine.keySet());
      bad.sort(null);
      String others;
      if (kind != InputKind.DMFA_XML) {
        List<Long> numbers = new ArrayList<>(bad.size());
        for (long b : bad) {
          numbers.add(b & 0xFFFFFFFFL);
        }
        others = Refusals.sameLinesRejected(numbers, dataName);
      } else {
        List<Reject> badOnes = new ArrayList<>(bad.size());
        for (long b : bad) {
          badOnes.add(byLine.get(b));
        }
        others = Refusals.samePlacesRejected(badOnes);
      }
      List<Reject> out = new ArrayList<>(lines);
      for (int k = 0; k < lines; k++) {
        Reject own = byLine.get(place(k));
        out.add(own != null ? own : refusal(k, "insz", person.insz().masked(), others));
      }
      return out;
    }

    /** Every line of a person held by an unreadable line next to theirs. */
    private List<Reject> held(Person person) {
      List<Reject> out = new ArrayList<>(lines);
      for (int k = 0; k < lines; k++) {
        String why = brokenDeclaration != null ? brokenHold("more of this person's")
            : Refusals.nextToThisPersonsLines(groupHeldBy, unreadableFile());
        out.add(lineReject[k] != null ? lineReject[k] : refusal(k, "insz", person.insz().masked(), why));
      }
      return out;
    }

    /** Refuses the person's lines and their record in the persons file. */
    private void refuse(int i, List<Reject> refused) {
      if (mode instanceof Explain e) {
        e.outcome().accept(Outcome.rejected(refused));
        return;
      }
      List<Long> own = new ArrayList<>();
      List<Reject> ownRejects = new ArrayList<>();
      for (Reject r : refused) {
        rejects.reject(r);
        tally.dataRejected++;
        if (!r.reason().startsWith(Refusals.NOT_COMPUTED)) {
          own.add(r.line());
          ownRejects.add(r);
        }
      }
      ownRejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
      String where = kind != InputKind.DMFA_XML ? Refusals.lines(dataName, own) : Refusals.places(ownRejects);
      String why = own.isEmpty() && brokenDeclaration != null ? brokenHold("the person's")
          : own.isEmpty() && groupHeldBy >= 0 ? Refusals.nextToThePersonsRecords(groupHeldBy, unreadableFile())
          : Refusals.recordsRejected(where);
      rejects.reject(new Reject(personsName, people.line(i), "insz", people.person(i).insz().masked(), why));
      tally.personsRejected++;
    }

    /** Line {@code k}'s file and line number as one sortable key. */
    private long place(int k) {
      return (long) lineFile[k] << 32 | lineNumber[k];
    }

    /** A refusal of line {@code k}: its file, line, column (XML) and field. */
    private Reject refusal(int k, String field, String masked, String reason) {
      int column = kind == InputKind.DMFA_XML ? xmlRecords.column(lineFile[k], linePlace[k]) : 0;
      return new Reject(fileName(k), lineNumber[k], column, field(k, field), masked, reason);
    }

    private String fileName(int k) {
      return kind == InputKind.DMFA_XML ? xmlRecords.name(lineFile[k]) : dataName;
    }

    /**
     * The field of a refusal of line {@code k}: as given for {@code dmfa.jsonl}; for XML, the
     * Occupation's element path, then the derivation's field.
     */
    private String field(int k, String field) {
      if (kind != InputKind.DMFA_XML) {
        return field;
      }
      if (linePath[k] == null) {
        linePath[k] = occupationPath(k);
      }
      return linePath[k] + " (" + field + ")";
    }

    private String occupationPath(int k) {
      return xmlRecords.path(lineFile[k], linePlace[k]);
    }

    /** The computed person as objects, with the derivation's trace (explain). */
    private Outcome explain(Person person) {
      List<Long> numbers = new ArrayList<>(lines);
      List<String> places = new ArrayList<>(lines);
      for (int k = 0; k < lines; k++) {
        numbers.add(lineNumber[k]);
        places.add(fileName(k) + " line " + lineNumber[k]);
      }
      JobbonusCalculator calculator = JobbonusCalculator.of(parameters);
      if (kind == InputKind.QUARTERS) {
        return Outcome.computed(calculator.calculate(person, year, quarterInputs), null, numbers, places);
      }
      List<OccupationLine> objects = new ArrayList<>(lines);
      for (int k = 0; k < lines; k++) {
        objects.add(DmfaJsonl.toLine(lineFields[k]));
      }
      Derivation d = DmfaDerivation.of(parameters).derive(objects);
      return Outcome.computed(calculator.calculate(person, year, d.inputs()), d, numbers, places);
    }

    /** The person's work as read, for {@code members}. */
    private Member member(Person person) {
      if (kind == InputKind.QUARTERS) {
        return new Member(person, List.of(), List.copyOf(quarterInputs));
      }
      List<OccupationLine> objects = new ArrayList<>(lines);
      for (int k = 0; k < lines; k++) {
        objects.add(DmfaJsonl.toLine(lineFields[k]));
      }
      return new Member(person, objects, List.of());
    }

    Outcome explainWithoutRecords(int i) {
      Derivation d = kind != InputKind.QUARTERS ? DmfaDerivation.of(parameters).derive(List.of()) : null;
      return Outcome.computed(JobbonusCalculator.of(parameters).calculate(people.person(i), year, List.of()), d,
          List.of(), List.of());
    }

    /**
     * A file not grouped by INSZ: the lines with an INSZ are kept as bytes per person (in the order
     * their INSZ first appears), the others refused as they come; then each person's lines are
     * read again as a group.
     */
    private void inMemory(Path data) {
      byte[] arena = new byte[1 << 16];
      int used = 0;
      Map<Long, List<long[]>> byPerson = new LinkedHashMap<>(); // per line: offset, length, number
      try (ByteLines in = ByteLines.open(data)) {
        long[] key = new long[1];
        while (in.next()) {
          byte[] b = in.tooLong() ? in.head() : in.buffer();
          int s = in.tooLong() ? 0 : in.start();
          int length = in.tooLong() ? -1 - in.headLength() : in.length();
          int bytes = in.tooLong() ? in.headLength() : in.length();
          key[0] = -1;
          keyOf(b, s, length, in.number(), key); // refuses a line without a person
          if (key[0] == -1 && firstUnreadable < 0) {
            firstUnreadable = in.number(); // in a file not grouped by INSZ, it may be anyone's line
          }
          if (key[0] >= 0) {
            tally.dataRead++;
            if (used + bytes > arena.length) {
              arena = Arrays.copyOf(arena, Math.max(arena.length * 2, used + bytes));
            }
            System.arraycopy(b, s, arena, used, bytes);
            byPerson.computeIfAbsent(key[0], k -> new ArrayList<>(4)).add(new long[] {used, length, in.number()});
            used += bytes;
          }
        }
      }
      for (Map.Entry<Long, List<long[]>> e : byPerson.entrySet()) {
        startGroup(e.getKey());
        groupHeldBy = firstUnreadable;
        for (long[] l : e.getValue()) {
          regroupLine(arena, (int) l[0], (int) l[1], l[2]);
        }
        endGroup();
      }
    }

    /** Reads a line to find its INSZ into {@code key[0]}; a blank line or one without INSZ is handled here. */
    private void keyOf(byte[] b, int s, int length, long number, long[] key) {
      if (kind == InputKind.QUARTERS && !header) {
        line(b, s, length, number, -1); // the header
        key[0] = -2;
        return;
      }
      if (kind == InputKind.DMFA) {
        DmfaJsonl.Outcome o = read(b, s, length, number);
        if (o == DmfaJsonl.Outcome.BLANK) {
          key[0] = -2;
          return;
        }
        key[0] = dmfa.key();
        if (key[0] < 0) {
          tally.dataRead++;
          rejects.reject(dmfa.reject());
          tally.dataRejected++;
        }
      } else {
        RawLine raw = length < 0 ? LineSource.tooLong(number) : LineSource.decode(b, s, length, number);
        if (raw.ok() && raw.text().isBlank()) {
          key[0] = -2;
          return;
        }
        DataRecord<QuarterInput> r = quarters.parse(raw);
        key[0] = r.insz() == null ? -1 : Long.parseLong(r.insz());
        if (key[0] < 0) {
          tally.dataRead++;
          rejects.reject(r.reject());
          tally.dataRejected++;
        }
      }
    }

    /** A kept line read again into the current group. */
    private void regroupLine(byte[] arena, int offset, int length, long number) {
      Reject reject;
      if (kind == InputKind.DMFA) {
        DmfaJsonl.Outcome o = read(arena, offset, length, number);
        reject = o == DmfaJsonl.Outcome.REJECTED ? dmfa.reject() : null;
      } else {
        RawLine raw = length < 0 ? LineSource.tooLong(number) : LineSource.decode(arena, offset, length, number);
        DataRecord<QuarterInput> r = quarters.parse(raw);
        reject = r.reject();
        quarterInput = r.value();
      }
      addLine(0, number, reject);
    }
  }
}
