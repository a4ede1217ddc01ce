package be.jobbonus.io.internal;

import be.jobbonus.core.Insz;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.batch.OccupationRecord;
import be.jobbonus.core.dmfa.InvalidOccupationLineException;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.io.CalculateRun.Member;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import be.jobbonus.io.RejectSink;
import java.nio.file.Path;
import java.util.List;

/**
 * A run's lines joined into each person's group and each group settled: its lines read into their
 * fields (the format's reader), added to the person's derivation ({@link DmfaAccumulator}, on the
 * occupation's {@link OccupationRecord} where it lies) or quarters, then at the group's end refused
 * whole ({@link GroupRefusals}) or handed to the run's {@link Mode}; the persons without lines
 * last. Lines come one at a time ({@link #line}), from a declarations' sort ({@link #xml}) or
 * regrouped from memory ({@link UngroupedFile}); what may hold persons back is in {@link Holds}.
 * Everything read, refused and computed is counted in the {@link Tally}. Not thread-safe: a chunk
 * of a run on another thread is a run of its own ({@link #chunk}).
 */
final class PersonGroups {

  private final ParameterSet parameters;
  private final int year;
  private final Persons people;
  private final String personsName;
  private final String dataName;
  private final InputKind kind;
  private final RejectSink rejects;
  private final Mode mode;
  final Tally tally;
  final Holds holds;
  /** The per-quarter file's reader; its fields are XML records' too, for an explanation. */
  final LineReader reader;
  private final DmfaAccumulator accumulator;
  private final OccupationFields fields;
  private final GroupLines lines;
  /** The occupation to add next, as its record: in the XML records' slab, or {@link #lineRecord}. */
  private int[] record;
  private int recordAt;
  private final int[] lineRecord = new int[OccupationRecord.MAX_SIZE];
  private long xmlPlace;
  /** Whether persons are found without look-ahead ({@link Persons#find}), safe on several threads. */
  private boolean shared;

  // the current person
  private long groupKey = -1;
  private int groupPerson;
  /** The person after the last one found: the first one {@link Persons#find(long, int)} tries. */
  private int nextPerson;
  private boolean groupWasUsed;
  /** The line number of the unreadable line next to the current group, or -1. */
  private long groupHeldBy = -1;
  /** An unreadable line waiting for the next person's first line, or -1. */
  private long heldBy = -1;
  /** Set for the next group to start: the unreadable line just before it. */
  private long holdNext = -1;

  PersonGroups(ParameterSet parameters, int year, Persons people, String personsName, String dataName, InputKind kind,
      RejectSink rejects, Mode mode) {
    this(parameters, year, people, personsName, dataName, kind, rejects, mode, new Holds(dataName));
  }

  private PersonGroups(ParameterSet parameters, int year, Persons people, String personsName, String dataName,
      InputKind kind, RejectSink rejects, Mode mode, Holds holds) {
    this.parameters = parameters;
    this.year = year;
    this.people = people;
    this.personsName = personsName;
    this.dataName = dataName;
    this.kind = kind;
    this.rejects = rejects;
    this.mode = mode;
    this.holds = holds;
    this.tally = mode instanceof Mode.Compute c ? c.results().tally() : new Tally();
    this.lines = new GroupLines(kind, dataName, year, kind != InputKind.QUARTERS && !(mode instanceof Mode.Compute));
    this.reader = new LineReader(kind, dataName, year);
    this.fields = reader.fields;
    this.accumulator = kind != InputKind.QUARTERS ? DmfaAccumulator.of(parameters, year) : null;
  }

  /**
   * A run for a chunk of this one's persons on another thread, held as this one is: its results
   * through {@code results} (a writer of its own), its rejects to {@code refused}. The persons are
   * then found without look-ahead ({@link Persons#index} has run); a {@code quarters.csv} chunk
   * reads its columns as the header says ({@code header}, else {@code null}).
   */
  PersonGroups chunk(Mode.Compute results, RejectSink refused, RawLine headerLine) {
    PersonGroups c = new PersonGroups(parameters, year, people, personsName, dataName, kind, refused, results,
        holds.copy());
    c.lines.declarations(lines.declarations());
    c.shared = true;
    if (headerLine != null) {
      c.reader.header(headerLine);
    }
    return c;
  }

  RejectSink rejects() {
    return rejects;
  }

  Persons people() {
    return people;
  }

  /** Has the first look-up for a person try person {@code person} first (-1: none). */
  void startAt(int person) {
    nextPerson = person;
  }

  /** Every line of {@code in} (a file grouped by INSZ), then the last person's end. */
  void all(ByteLines in) {
    while (in.next()) {
      if (in.tooLong()) {
        line(in.head(), 0, -1 - in.headLength(), in.number(), -1);
      } else {
        line(in.buffer(), in.start(), in.length(), in.number(), -1);
      }
    }
    endGroup();
  }

  /** The lines of one INSZ only, for {@code explain}. */
  void only(Path data, long key) {
    try (ByteLines in = ByteLines.open(data)) {
      while (in.next()) {
        if (in.tooLong()) {
          line(in.head(), 0, -1 - in.headLength(), in.number(), key);
        } else {
          line(in.buffer(), in.start(), in.length(), in.number(), key);
        }
      }
    }
    endGroup();
  }

  /** The persons without lines, in the persons file's order: computed without work, or held. */
  void withoutRecords() {
    for (int i = 0; i < people.size(); i++) { // the persons file's order
      if (people.usable(i) && holds.holdsPersonsWithoutLines()) {
        rejects.reject(new Reject(personsName, people.line(i), "insz", people.masked(i),
            holds.personWithoutLines()));
        tally.personsRejected++;
      } else if (people.usable(i) && mode instanceof Mode.Collect c) {
        c.members().accept(new Member(people.person(i), List.of(), List.of()));
      } else if (people.usable(i) && mode instanceof Mode.Compute c) {
        c.results().addWithoutWork(i);
      }
    }
  }

  /** Computes and writes the persons still gathered, and flushes the writer (compute mode). */
  void flush() {
    if (mode instanceof Mode.Compute c) {
      c.results().flush();
      c.results().writer().flush();
    }
  }

  /**
   * What holds every person of the run, if anything: a declaration not read to its end, else a
   * record without a readable INSZ (gathered by person, such a record may be anyone's).
   */
  void holds(XmlRecords x) {
    lines.declarations(x);
    int broken = x.firstUnreadToEnd();
    if (broken >= 0) { // its persons after the break are unknown: it may hold anyone's occupations
      holds.brokenDeclaration = x.name(broken);
      holds.firstUnreadable = 0;
    }
    for (int k = 0; k < x.size() && holds.firstUnreadable < 0; k++) {
      long place = x.place(k);
      int f = x.fileOf(place);
      if (x.insz(f, place) < 0) {
        holds.firstUnreadable = x.line(f, place);
        holds.unreadableIn = x.reject(f, place).file();
      }
    }
  }

  /**
   * Records {@code from..to} of {@code x} (sorted by person) through the group routine, to the
   * last group's end. A group's person is its rank in the sort ({@link XmlRecords#rank}), not a
   * look-up, so that chunks can run on several threads. With {@code only} ≥ 0, every other
   * person's records are passed over.
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
        groupHeldBy = holds.firstUnreadable;
      }
      if (reject == null) {
        record = x.record(f, place);
        recordAt = x.offset(f, place);
        if (lines.keepsFields()) { // an explanation's objects
          x.fields(f, place, fields);
        }
      }
      xmlPlace = place;
      addLine(f, x.line(f, place), reject);
    }
    endGroup();
  }

  /**
   * Reads line {@code number} and adds it to its person's group; a negative {@code length} is a
   * line over the limit, of which {@code b[s..s-1-length)} holds the first bytes. With {@code
   * only} ≥ 0, every other person's lines are passed over.
   */
  void line(byte[] b, int s, int length, long number, long only) {
    if (!reader.read(b, s, length, number)) {
      return;
    }
    long key = reader.key();
    Reject reject = reader.reject();
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
      startGroup(key, shared ? people.find(key, nextPerson) : people.indexOf(key));
    }
    addLine(0, number, reject);
  }

  /**
   * Reads a line of a file not grouped by INSZ for its person only: returns the INSZ, or -1 for a
   * line refused here (no readable INSZ: counted and refused now), or -2 for a blank line or the
   * header. The line is read again, as part of its group, by {@link #regroup}.
   */
  long keyOf(byte[] b, int s, int length, long number) {
    if (!reader.read(b, s, length, number)) {
      return -2;
    }
    long key = reader.key();
    tally.dataRead++;
    if (key < 0) {
      rejects.reject(reader.reject());
      tally.dataRejected++;
      if (holds.firstUnreadable < 0) {
        holds.firstUnreadable = number; // in a file not grouped by INSZ, it may be anyone's line
      }
    }
    return key;
  }

  /** Starts the group of {@code key} for the lines {@link #regroup} then adds: held by any unreadable line. */
  void startRegrouped(long key) {
    startGroup(key, people.indexOf(key));
    groupHeldBy = holds.firstUnreadable;
  }

  /** A line kept by {@link UngroupedFile} read again into the current group. */
  void regroup(byte[] b, int s, int length, long number) {
    reader.read(b, s, length, number);
    addLine(0, number, reader.reject());
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
    if (holds.firstUnreadable < 0) {
      holds.firstUnreadable = number;
    }
  }

  /** Starts the group of {@code key}, person {@code person} of the persons file (or -1). */
  private void startGroup(long key, int person) {
    groupHeldBy = holdNext;
    holdNext = -1;
    groupKey = key;
    groupPerson = person;
    nextPerson = person + 1;
    groupWasUsed = groupPerson >= 0 && people.used(groupPerson);
    lines.clear();
    if (accumulator != null) {
      accumulator.reset();
    }
  }

  private void addLine(int file, long number, Reject reject) {
    int k = lines.add(file, number, xmlPlace);
    if (reject == null && groupPerson >= 0 && !groupWasUsed) { // the derivation's checks, for a usable person
      if (kind != InputKind.QUARTERS) {
        if (kind == InputKind.DMFA) { // the line just read, as the record the derivation reads
          fields.write(lineRecord, 0);
          record = lineRecord;
          recordAt = 0;
        }
        if (!accumulator.add(record, recordAt)) {
          InvalidOccupationLineException e = accumulator.refusal();
          reject = lines.refusal(k, e.field(), Insz.mask(DmfaJsonl.digits(groupKey)), e.reason());
        }
        lines.keep(k, fields);
      } else {
        reader.quarterTo(lines);
      }
    }
    lines.refuse(k, reject);
  }

  /** The end of a person's lines: refused whole, or handed to the mode. */
  void endGroup() {
    if (groupKey < 0) {
      return;
    }
    long key = groupKey;
    groupKey = -1;
    int i = groupPerson;
    if (i < 0 || groupWasUsed) {
      String digits = DmfaJsonl.digits(key);
      String why = i >= 0 ? Refusals.NOT_TOGETHER
          : people.refusal(digits) != null ? Refusals.personRefused(people.refusal(digits))
          : Refusals.noSuchPerson(personsName);
      for (int k = 0; k < lines.count(); k++) {
        Reject r = lines.reject(k);
        rejects.reject(r != null ? r : lines.refusal(k, "insz", Insz.mask(digits), why));
        tally.dataRejected++;
      }
      return;
    }
    people.markUsed(i);
    List<Reject> refused = groupHeldBy >= 0 ? GroupRefusals.held(lines, people.masked(i), holds.heldLine(groupHeldBy))
        : GroupRefusals.usable(lines, kind) ? null : GroupRefusals.problems(lines, kind, dataName, people.masked(i));
    if (refused == null && kind != InputKind.QUARTERS && !accumulator.finish()) {
      InvalidOccupationLineException e = accumulator.refusal();
      refused = GroupRefusals.all(lines, e.field(), people.masked(i), e.reason());
    }
    if (refused != null) {
      refuse(i, refused);
    } else if (mode instanceof Mode.Explain e) {
      e.accept(people.person(i), lines, kind);
    } else if (mode instanceof Mode.Collect c) {
      c.accept(people.person(i), lines, kind);
    } else if (kind == InputKind.QUARTERS) {
      tally.dataInResults += lines.count();
      ((Mode.Compute) mode).results().add(i, lines);
    } else {
      tally.dataInResults += lines.count();
      ((Mode.Compute) mode).results().add(i, accumulator);
    }
  }

  /** Refuses the person's lines and their record in the persons file. */
  private void refuse(int i, List<Reject> refused) {
    if (mode instanceof Mode.Explain e) {
      e.outcome().accept(be.jobbonus.io.Outcome.rejected(refused));
      return;
    }
    for (Reject r : refused) {
      rejects.reject(r);
      tally.dataRejected++;
    }
    rejects.reject(new Reject(personsName, people.line(i), "insz", people.masked(i),
        GroupRefusals.personReason(refused, kind, dataName, holds, groupHeldBy)));
    tally.personsRejected++;
  }
}
