package be.jobbonus.io.internal;

import be.jobbonus.core.batch.InOrder;
import be.jobbonus.io.CalculateRun;
import be.jobbonus.io.InputFileException;
import be.jobbonus.io.Reject;
import be.jobbonus.core.batch.OccupationRecord;
import be.jobbonus.io.internal.declarations.Corrections;
import be.jobbonus.io.internal.declarations.DeclarationSet;
import be.jobbonus.io.internal.xml.DmfaXmlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The records of a set of DmfA XML declarations, gathered by person: how {@link CalculateRun}
 * joins a person's occupations spread over the declarations of every employer and quarter.
 *
 * <p><b>A sort, not state per person.</b> The files are parsed in parallel, one {@link
 * DmfaXmlReader} per thread; each thread appends every record it is handed (an accepted
 * occupation's primitive fields, or a reject) to its own growing primitive arrays: no object per
 * occupation, no per-person map while parsing, so the memory is a few tens of bytes per occupation
 * whatever the order of the files. Then one {@code long} per record, (the person's rank &lt;&lt; 32)
 * | (the record's place among all files), is sorted: the rank is the person's position in the
 * persons file, else (an INSZ not there) a place after them in INSZ order; the place is the file's
 * index (the order the files were given, a directory's files in name order), then the record's
 * sequence in its file. A person's records come out together, in the persons file's order, each
 * person's in file and document order, independent of the number of threads. A sort was chosen
 * over state per person because a person's quarters can only be derived once all their files
 * are read, and a sorted primitive index costs 8 bytes per record, where a map per person would
 * cost objects per person and make the order depend on which thread finished first.
 *
 * <p>Records without a readable INSZ sort last, each alone. Not thread-safe after {@link #read}.
 */
final class XmlRecords {

  /**
   * Ints in chunks of {@value #CHUNK}: appended without ever copying, and no array large enough to
   * need contiguous heap (a G1 humongous object) however many records a run holds.
   */
  static final class Ints {
    static final int SHIFT = 16;
    static final int CHUNK = 1 << SHIFT;
    private int[][] chunks = new int[16][];
    private long size;

    void add(int v) {
      int c = (int) (size >>> SHIFT);
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new int[CHUNK];
      }
      chunks[c][(int) size & (CHUNK - 1)] = v;
      size++;
    }

    int get(long i) {
      return chunks[(int) (i >>> SHIFT)][(int) i & (CHUNK - 1)];
    }

    /**
     * Room for {@code n} ints (at most {@link #CHUNK}) in one chunk, so that what is written there
     * lies in one array ({@link #array}, {@link #offset}); the rest of a chunk too short for them is
     * passed over. The index of the first.
     */
    long reserve(int n) {
      int left = CHUNK - ((int) size & (CHUNK - 1));
      if (left < n) {
        size += left;
      }
      long at = size;
      int c = (int) (size >>> SHIFT);
      if (c == chunks.length) {
        chunks = Arrays.copyOf(chunks, c * 2);
      }
      if (chunks[c] == null) {
        chunks[c] = new int[CHUNK];
      }
      size += n;
      return at;
    }

    /** The array holding index {@code i}. */
    int[] array(long i) {
      return chunks[(int) (i >>> SHIFT)];
    }

    /** Where index {@code i} is in {@link #array}. */
    static int offset(long i) {
      return (int) i & (CHUNK - 1);
    }

    void set(long i, int v) {
      chunks[(int) (i >>> SHIFT)][(int) i & (CHUNK - 1)] = v;
    }

    long size() {
      return size;
    }
  }

  /**
   * One thread's records, in the order its files were read: per record the INSZ (two ints), the
   * line and column, the Occupation's place (person; worker record and occupation) and where its fields
   * start; the occupation as an {@link be.jobbonus.core.batch.OccupationRecord}, about 60 bytes an occupation in all. The reference year
   * and the employer are the file's, kept per file.
   */
  private static final class Part {
    static final int MARKER = -2;
    int n;
    final Ints inszHigh = new Ints();
    final Ints inszLow = new Ints();
    final Ints line = new Ints();
    final Ints column = new Ints();
    final Ints person = new Ints();
    final Ints workerOccupation = new Ints(); // worker record << 16 | occupation
    final Ints start = new Ints(); // into data, per record
    final Ints data = new Ints();
    final Map<Integer, Reject> rejects = new HashMap<>();

    void add(long key, long lineNumber, int columnNumber, int p, int w, int o) {
      inszHigh.add((int) (key >> 32));
      inszLow.add((int) key);
      line.add((int) Math.min(Integer.MAX_VALUE, lineNumber));
      column.add(columnNumber);
      person.add(p);
      workerOccupation.add(Math.min(w, 0xFFFF) << 16 | Math.min(o, 0xFFFF));
      start.add(-1); // a reject; an occupation's record is written next ({@link #fields})
      n++;
    }

    long insz(int i) {
      return (long) inszHigh.get(i) << 32 | (inszLow.get(i) & 0xFFFFFFFFL);
    }

    /**
     * A worker record without occupations (a correction's deleted or unchanged one, or one with
     * none): no field, no reject. It names its person for the correction rules, and takes part in
     * the run only as a refusal when its person is held there.
     */
    void marker(long key, long lineNumber, int columnNumber, int p, int w) {
      add(key, lineNumber, columnNumber, p, w, 0);
      start.set(n - 1, MARKER);
    }

    /** The occupation just added, as an {@link OccupationRecord} in one of {@link #data}'s arrays. */
    void fields(OccupationFields f) {
      long at = data.reserve(f.size());
      if (at > Integer.MAX_VALUE) {
        throw new InputFileException("a run reads at most " + Integer.MAX_VALUE + " occupation fields per thread");
      }
      f.write(data.array(at), Ints.offset(at));
      start.set(n - 1, (int) at);
    }
  }

  private final List<Path> files;
  private final List<String> names;
  private final Part[] parts;
  /** Per file: the part that read it, its first record there, how many. */
  private final int[] filePart;
  private final int[] fileFirst;
  private final int[] fileCount;
  /** Per file: the declaration's year and employer (number and digits), from its first occupation. */
  private final int[] fileYear;
  private final long[] fileEmployer;
  private final byte[] fileEmployerDigits;
  /** Per file: refused before its end (truncated, not well-formed), so it may hold anyone's occupations. */
  private final boolean[] fileUnreadToEnd;
  /** Per file: what it declared (identity, content digest), for the declaration rules. */
  private final DmfaXmlReader.Declared[] fileDeclared;
  /** The declaration rules over all files: duplicates read once, other years skipped, different originals held. */
  private DeclarationSet declarations;
  /** The corrections applied: the records superseded, the persons held by a correction that does not match. */
  private Corrections corrections;
  /** Per file: the place of its first record among all files' records. */
  private long[] fileBase;
  private long[] order;
  private int orderSize;

  private XmlRecords(List<Path> files, List<String> names, int threads) {
    this.files = files;
    this.names = names;
    this.parts = new Part[threads];
    this.filePart = new int[files.size()];
    this.fileFirst = new int[files.size()];
    this.fileCount = new int[files.size()];
    this.fileYear = new int[files.size()];
    this.fileEmployer = new long[files.size()];
    this.fileEmployerDigits = new byte[files.size()];
    this.fileUnreadToEnd = new boolean[files.size()];
    this.fileDeclared = new DmfaXmlReader.Declared[files.size()];
  }

  /**
   * Reads every file on {@code threads} threads (each file by one thread, the next free one).
   *
   * @param names the name of each file in rejects
   * @param only keep the records of this INSZ only ({@code explain}); -1 for every record
   * @throws UncheckedIOException when a file cannot be read
   */
  static XmlRecords read(List<Path> files, List<String> names, int year, int threads, long only) {
    int t = Math.max(1, Math.min(threads, files.size()));
    XmlRecords x = new XmlRecords(files, names, t);
    AtomicInteger next = new AtomicInteger();
    List<Callable<Part>> readers = new ArrayList<>(t);
    for (int k = 0; k < t; k++) {
      int id = k;
      Part part = new Part();
      x.parts[k] = part;
      readers.add(() -> { // a failure reaches the caller (the first in reader order): no run goes on with part of the records
        x.parse(id, part, next, year, only);
        return part;
      });
    }
    InOrder.run(t, readers.iterator(), part -> { });
    x.declarations = DeclarationSet.of(names, Arrays.asList(x.fileDeclared), year);
    x.corrections = Corrections.apply(x.declarations, x.new View(), only);
    return x;
  }

  /** The records of each file, as the correction rules read them. */
  private final class View implements Corrections.Records {
    @Override
    public int count(int f) {
      return fileDeclared[f].read() && !declarations.skipped(f) ? fileCount[f] : 0;
    }

    @Override
    public long insz(int f, int j) {
      return parts[filePart[f]].insz(fileFirst[f] + j);
    }

    @Override
    public int person(int f, int j) {
      return parts[filePart[f]].person.get(fileFirst[f] + j);
    }

    @Override
    public int workerRecord(int f, int j) {
      return parts[filePart[f]].workerOccupation.get(fileFirst[f] + j) >>> 16;
    }

    @Override
    public int workerCode(int f, int j) {
      Part p = parts[filePart[f]];
      int at = p.start.get(fileFirst[f] + j);
      return at < 0 ? -1 : OccupationRecord.workerCode(p.data.array(at), Ints.offset(at));
    }

    @Override
    public boolean refused(int f, int j) {
      Part p = parts[filePart[f]];
      return p.start.get(fileFirst[f] + j) == -1;
    }
  }

  /**
   * Whether record {@code j} of file {@code f} takes part in the run: not superseded by a
   * correction, and not a worker record without occupations ({@link Part#marker}), unless its
   * person is held there (then it carries the hold).
   */
  private boolean kept(int f, int j) {
    Part p = parts[filePart[f]];
    int i = fileFirst[f] + j;
    boolean marker = p.start.get(i) == Part.MARKER;
    if (!marker && !corrections.superseded(f, j)) {
      return true;
    }
    return declarations.conflict(f) != null || corrections.hold(f, p.insz(i)) != null;
  }

  private void parse(int id, Part part, AtomicInteger next, int year, long only) {
    DmfaXmlReader reader = new DmfaXmlReader(year);
    int[] fileIndex = new int[1];
    DmfaXmlReader.Handler handler = new DmfaXmlReader.Handler() {
      @Override
      public void occupation(OccupationFields fields, DmfaXmlReader.Where where) {
        if (only >= 0 && fields.insz != only) {
          return;
        }
        int f = fileIndex[0];
        fileYear[f] = fields.year; // one declaration, one quarter and employer
        fileEmployer[f] = fields.employer;
        fileEmployerDigits[f] = (byte) fields.employerDigits;
        part.add(fields.insz, where.line(), where.column(), where.person(), where.workerRecord(), where.occupation());
        part.fields(fields);
      }

      @Override
      public void reject(Reject reject, long insz, DmfaXmlReader.Where where) {
        if (only >= 0 && insz != only) {
          return;
        }
        part.rejects.put(part.n, reject);
        part.add(insz, reject.line(), reject.column(), 0, 0, 0);
      }

      @Override
      public void workerRecord(long insz, DmfaXmlReader.Where where) {
        if (only >= 0 && insz != only) {
          return;
        }
        part.marker(insz, where.line(), where.column(), where.person(), where.workerRecord());
      }
    };
    for (int f = next.getAndIncrement(); f < files.size(); f = next.getAndIncrement()) {
      fileIndex[0] = f;
      filePart[f] = id;
      fileFirst[f] = part.n;
      try {
        fileUnreadToEnd[f] = reader.read(files.get(f), names.get(f), handler).unreadToEnd();
        fileDeclared[f] = reader.declared();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + names.get(f) + ": " + e.getMessage(), e);
      }
      fileCount[f] = part.n - fileFirst[f];
    }
  }

  /** A rank not known yet: an INSZ not in the persons file, or none. */
  private static final long UNRANKED = 0xFFFF_FFFFL;

  /**
   * Every record's place; the order by person, then place. The persons' ranks are looked up per
   * file on every thread (each file's records have their own slice of the order); the few INSZs
   * not in the persons file are ranked after the persons, in INSZ order, and records without an
   * INSZ last.
   */
  void sort(Persons people) {
    fileBase = new long[files.size() + 1];
    for (int f = 0; f < files.size(); f++) {
      fileBase[f + 1] = fileBase[f] + count(f);
    }
    long total = fileBase[files.size()];
    if (total > Integer.MAX_VALUE - 8 || total >= 1L << 32) {
      throw new InputFileException("the declarations hold " + total + " records; read at most "
          + (Integer.MAX_VALUE - 8) + " in one run");
    }
    order = new long[(int) total];
    people.index();
    InOrder.run(parts.length, IntStream.range(0, files.size()).<Callable<Integer>>mapToObj(f -> () -> {
      rank(f, people);
      return f;
    }).iterator(), f -> { });
    long[] strangers = new long[64];
    int s = 0;
    for (int f = 0; f < files.size(); f++) {
      Part p = parts[filePart[f]];
      for (int j = 0; j < count(f); j++) {
        long k = p.insz(fileFirst[f] + j);
        if (k >= 0 && order[(int) (fileBase[f] + j)] >>> 32 == UNRANKED && kept(f, j)) {
          if (s == strangers.length) {
            strangers = Arrays.copyOf(strangers, s * 2);
          }
          strangers[s++] = k;
        }
      }
    }
    Arrays.sort(strangers, 0, s);
    int distinct = 0;
    for (int i = 0; i < s; i++) {
      if (distinct == 0 || strangers[distinct - 1] != strangers[i]) {
        strangers[distinct++] = strangers[i];
      }
    }
    long last = (long) people.size() + distinct; // records without INSZ
    for (int f = 0; f < files.size(); f++) {
      Part p = parts[filePart[f]];
      for (int j = 0; j < count(f); j++) {
        int at = (int) (fileBase[f] + j);
        if (order[at] >>> 32 == UNRANKED) {
          long k = p.insz(fileFirst[f] + j);
          long rank = k < 0 ? last : people.size() + Arrays.binarySearch(strangers, 0, distinct, k);
          order[at] = rank << 32 | at;
        }
      }
    }
    int w = 0; // the records superseded by a correction, and the worker records without occupations, left out
    for (int f = 0; f < files.size(); f++) {
      for (int j = 0; j < count(f); j++) {
        if (kept(f, j)) {
          order[w++] = order[(int) (fileBase[f] + j)];
        }
      }
    }
    orderSize = w;
    Arrays.parallelSort(order, 0, orderSize);
  }

  /** The ranks of file {@code f}'s records that are persons of the persons file; the rest unranked. */
  private void rank(int f, Persons people) {
    Part p = parts[filePart[f]];
    for (int j = 0; j < count(f); j++) {
      long k = p.insz(fileFirst[f] + j);
      int i = k < 0 ? -1 : people.find(k);
      order[(int) (fileBase[f] + j)] = (i >= 0 ? i : UNRANKED) << 32 | (fileBase[f] + j);
    }
  }

  /** The records of file {@code f} that take part in the run: none for a declaration skipped ({@link DeclarationSet}). */
  private int count(int f) {
    return declarations.skipped(f) ? 0 : fileCount[f];
  }

  int size() {
    return orderSize;
  }

  /** The declaration rules over the files read. */
  DeclarationSet declarations() {
    return declarations;
  }

  /** The notices of the declaration rules and of the corrections applied, for standard error: no personal data. */
  List<String> notices() {
    List<String> all = new ArrayList<>(declarations.notices());
    all.addAll(corrections.notices());
    return all;
  }

  /**
   * The declaration record {@code place} of file {@code f} comes from, for the differences of a
   * run: {@code dir/x.xml: the original declaration of employer RSZ number 123456789, 2024Q2}, or
   * a correction with its form's creation date and hour and its {@code EmployerDeclarationPID}
   * ({@link DeclarationSet#describe}). No personal data.
   */
  String declaration(int f) {
    return declarations.describe(f);
  }

  /**
   * The declarations behind person {@code insz}'s quarters {@code quarters} (bit q for quarter q),
   * for the differences of a recalculation: every declaration one of whose records of the person
   * takes part in the run, and every correction that acted on one of the person's worker records
   * (one it deleted included), in the order the files were given, each {@link
   * DeclarationSet#describe described}. Found from the sorted records and, for the corrections, an
   * index of their records made on the first call: nothing is kept per person during the run.
   */
  List<String> declarationsBehind(Persons people, long insz, int quarters) {
    java.util.TreeSet<Integer> behind = new java.util.TreeSet<>();
    int rank = people.find(insz);
    if (rank >= 0) {
      long from = (long) rank << 32;
      int lo = 0;
      int hi = orderSize;
      while (lo < hi) { // the first record of the person
        int mid = (lo + hi) >>> 1;
        if (order[mid] < from) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      for (int i = lo; i < orderSize && rank(i) == rank; i++) {
        int f = fileOf(place(i));
        if ((quarters & 1 << fileDeclared[f].quarter() % 10) != 0) {
          behind.add(f);
        }
      }
    }
    long[] keys = correctionKeys();
    int at = Arrays.binarySearch(keys, insz << FILE_BITS);
    for (int i = at < 0 ? -at - 1 : at; i < keys.length && keys[i] >>> FILE_BITS == insz; i++) {
      int f = (int) (keys[i] & (1L << FILE_BITS) - 1);
      if ((quarters & 1 << fileDeclared[f].quarter() % 10) != 0) {
        behind.add(f);
      }
    }
    List<String> out = new ArrayList<>(behind.size());
    behind.forEach(f -> out.add(declarations.describe(f)));
    return out;
  }

  /** Bits of a correction key that hold the file: (INSZ &lt;&lt; {@value}) | file; an INSZ has at most 37 bits. */
  private static final int FILE_BITS = 26;
  private long[] correctionKeys;

  /** (INSZ, file) of every record of a correction taking part in the run, sorted; made once. */
  private long[] correctionKeys() {
    if (correctionKeys == null) {
      long[] k = new long[16];
      int n = 0;
      for (int f = 0; f < files.size(); f++) {
        if (!fileDeclared[f].update() || f >= 1 << FILE_BITS) {
          continue;
        }
        Part p = parts[filePart[f]];
        for (int j = 0; j < count(f); j++) {
          long insz = p.insz(fileFirst[f] + j);
          if (insz >= 0) {
            if (n == k.length) {
              k = Arrays.copyOf(k, n * 2);
            }
            k[n++] = insz << FILE_BITS | f;
          }
        }
      }
      k = Arrays.copyOf(k, n);
      Arrays.sort(k);
      correctionKeys = k;
    }
    return correctionKeys;
  }

  /**
   * Which version of its worker record the occupation at {@code place} of file {@code f} is, for
   * an explanation: {@code " (correction DmfAUpdate, form created 2024-08-01 09:00:00.000, worker
   * record modified)"}, {@code " (original declaration, its worker record left as it was by its
   * corrections)"}; empty for a declaration without corrections.
   */
  String version(int f, long place) {
    DmfaXmlReader.Declared d = fileDeclared[f];
    if (d.update()) {
      Part p = part(f);
      int i = index(f, place);
      int k = d.correction().find(p.person.get(i), p.workerOccupation.get(i) >>> 16);
      return " (correction DmfAUpdate, form created " + d.correction().createdText() + ", worker record "
          + DmfaXmlReader.Correction.word(k < 0 ? -1 : d.correction().action()[k]) + ")";
    }
    return corrections.corrected(f) ? " (original declaration, its worker record left as it was by its corrections)"
        : "";
  }

  /**
   * The refusal of an accepted occupation whose person is held by the declaration rules, or null:
   * its declaration is one of different originals for one identity, or a correction that cannot
   * be applied, or a correction of its declaration does not match it for this person.
   */
  Reject conflict(int f, long place) {
    String reason = declarations.conflict(f);
    if (reason == null) {
      reason = corrections.hold(f, insz(f, place));
    }
    if (reason == null) {
      return null;
    }
    String masked = be.jobbonus.core.Insz.mask(DmfaJsonl.digits(insz(f, place)));
    return new Reject(names.get(f), line(f, place), column(f, place), path(f, place) + " (declaration)", masked,
        reason);
  }

  /**
   * The rank of the {@code i}-th record's person in the sort: their index in the persons file when
   * below its size, else a place after them (an INSZ not there, or none).
   */
  long rank(int i) {
    return order[i] >>> 32;
  }

  /** The place (file order) of the {@code i}-th record in person order. */
  long place(int i) {
    return order[i] & 0xFFFFFFFFL;
  }

  int fileOf(long place) {
    int f = Arrays.binarySearch(fileBase, place);
    if (f < 0) {
      return -f - 2;
    }
    while (f + 1 < fileBase.length && fileBase[f + 1] == place) {
      f++; // files without records share a base
    }
    return f;
  }

  /** Where record {@code place} of file {@code f} stands: its part and index there. */
  private Part part(int f) {
    return parts[filePart[f]];
  }

  private int index(int f, long place) {
    return fileFirst[f] + (int) (place - fileBase[f]);
  }

  long insz(int f, long place) {
    return part(f).insz(index(f, place));
  }

  long line(int f, long place) {
    return part(f).line.get(index(f, place));
  }

  /** The column of the record's {@code Occupation} tag (or of its reject), 1-based. */
  int column(int f, long place) {
    return part(f).column.get(index(f, place));
  }

  /** The reject of this record, or {@code null} when it is an accepted occupation. */
  Reject reject(int f, long place) {
    Part p = part(f);
    return p.rejects.isEmpty() ? null : p.rejects.get(index(f, place));
  }

  /** The array holding the record of an accepted occupation ({@link OccupationRecord}); with {@link #offset}. */
  int[] record(int f, long place) {
    Part p = part(f);
    return p.data.array(p.start.get(index(f, place)));
  }

  /** Where the record of {@link #record} starts in its array. */
  int offset(int f, long place) {
    Part p = part(f);
    return Ints.offset(p.start.get(index(f, place)));
  }

  /** The occupation's person, year and employer, and its record's fields, into {@code into} (an explanation's objects). */
  void fields(int f, long place, OccupationFields into) {
    Part p = part(f);
    int i = index(f, place);
    into.insz = p.insz(i);
    into.year = fileYear[f];
    into.employer = fileEmployer[f];
    into.employerDigits = fileEmployerDigits[f];
    into.read(record(f, place), offset(f, place));
  }

  /** The {@code Occupation} element's path, such as {@code EmployerDeclaration/NaturalPerson[2]/WorkerRecord[1]/Occupation[1]}. */
  String path(int f, long place) {
    Part p = part(f);
    int i = index(f, place);
    int wo = p.workerOccupation.get(i);
    return DmfaXmlReader.occupationPath(fileDeclared[f].update(), p.person.get(i), wo >>> 16, wo & 0xFFFF);
  }

  /**
   * The first file (in the order given) that could not be read to its end, or -1: its persons
   * after the break are unknown, so any person of the run may have occupations there.
   */
  int firstUnreadToEnd() {
    for (int f = 0; f < fileUnreadToEnd.length; f++) {
      if (fileUnreadToEnd[f]) {
        return f;
      }
    }
    return -1;
  }

  String name(int f) {
    return names.get(f);
  }

  int files() {
    return files.size();
  }
}
