package be.jobbonus.io.batch;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.batch.BatchInput;
import be.jobbonus.core.batch.BatchKernel;
import be.jobbonus.core.batch.BatchOutput;
import be.jobbonus.core.batch.DmfaAccumulator;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.parameters.ParameterSet;
import be.jobbonus.core.parameters.UnknownReferenceYearException;
import be.jobbonus.io.DataRecord;
import be.jobbonus.io.DmfaJsonl;
import be.jobbonus.io.LineSource;
import be.jobbonus.io.PersonsCsv;
import be.jobbonus.io.RawLine;
import be.jobbonus.io.RejectSink;
import be.jobbonus.io.ResultsJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code calculate} over {@code dmfa.jsonl} in one pass at file speed, with the same output as
 * the reference path of {@link BatchRun} byte for byte (results, rejects, counts).
 *
 * <p>How: a first pass decides whether the file is grouped by INSZ, as {@link
 * be.jobbonus.io.GroupedReader#grouped()} does (when it is not, the reference path runs).
 * The second pass reads each line's bytes with {@link DmfaLineScanner} and derives the quarters
 * with {@link DmfaAccumulator}, both without objects per line; a person whose lines all read and
 * derive that way, who is a usable person in the persons file, is computed by the {@link
 * BatchKernel} in chunks and written by {@link ResultBytes}. Every other person (a line the
 * scanner does not read, a line the rules refuse, an unknown INSZ, ...) goes through the
 * reference path ({@link DmfaJsonl}, {@link PersonCalculation}, {@link ResultsJson}) at the point
 * where it appears, so the results keep the file order and every reject its text. Not
 * thread-safe; one run per instance.
 */
final class FastDmfaRun {

  private static final int CHUNK = 4096;
  private static final int FULL_TIME = Regime.FULL_TIME.ordinal();
  private static final int PART_TIME = Regime.PART_TIME.ordinal();

  private final int year;
  private final BatchKernel kernel;
  private final DmfaAccumulator accumulator;
  private final PersonCalculation calc;
  private final DmfaJsonl format;
  private final DmfaLineScanner scanner = new DmfaLineScanner();
  private final String personsName;
  private final String dataName;
  private final PersonsCsv.Persons people;
  private final PersonTable table;
  private final RejectSink rejects;
  private final ResultBytes writer;
  /** personsInResults, personsRejectedLater, dataInResults, dataRejected, payable, total: as BatchRun. */
  private final long[] c;
  private final Consumer<Outcome> sink;

  // the chunk of people computed by the kernel
  private int persons;
  private final int[] recordStart = new int[CHUNK + 1];
  private final byte[] statuut = new byte[CHUNK];
  private final byte[] residence = new byte[CHUNK];
  private final byte[] pension = new byte[CHUNK];
  private final byte[] quarter = new byte[CHUNK * 4];
  private final long[] wage = new long[CHUNK * 4];
  private final short[] fraction = new short[CHUNK * 4];
  private final byte[] regime = new byte[CHUNK * 4];
  /** Per person of the chunk: the index in {@link #table}. */
  private final int[] who = new int[CHUNK];
  private final BatchOutput out = BatchOutput.of(CHUNK, CHUNK * 4);

  // the current person's lines
  private long groupKey = -1;
  private String groupKeyText;
  private boolean groupFast;
  private byte[] groupBytes = new byte[1 << 14];
  private int groupBytesUsed;
  private int groupLines;
  private int[] lineOffset = new int[16];
  private int[] lineLength = new int[16];
  private long[] lineNumber = new long[16];
  /** Per line of the group: the exact reader's record, or null when the line is kept as bytes. */
  @SuppressWarnings("unchecked")
  private DataRecord<OccupationLine>[] parsed = new DataRecord[16];
  private long invalidKey = -1;
  private long records;
  /** Persons computed by the kernel, persons (and unreadable lines) that took the reference path. */
  private long kernelPersons;
  private long exactGroups;

  private FastDmfaRun(BatchKernel kernel, PersonsCsv.Persons people, PersonTable table, String personsName,
      String dataName, RejectSink rejects, ResultBytes writer, long[] c, Consumer<Outcome> sink, DmfaAccumulator accumulator) {
    this.year = kernel.referenceYear();
    this.table = table;
    this.kernel = kernel;
    this.accumulator = accumulator;
    this.calc = new PersonCalculation(kernel.parameters(), year, dataName);
    this.format = new DmfaJsonl(dataName, year);
    this.personsName = personsName;
    this.dataName = dataName;
    this.people = people;
    this.rejects = rejects;
    this.writer = writer;
    this.c = c;
    this.sink = sink;
  }

  /**
   * Whether the file is grouped by INSZ: exactly {@link be.jobbonus.io.GroupedReader#grouped()}
   * for {@link DmfaJsonl} (no INSZ starts two runs of lines), reading plain ASCII lines without
   * decoding them.
   */
  static boolean grouped(Path file, DmfaJsonl format) {
    long[] runs = new long[1024]; // the INSZ of each run of lines with the same INSZ
    int count = 0;
    long current = -1;
    long lastValid = -1;
    long lastInvalid = -1;
    try (ByteLines lines = ByteLines.open(file)) {
      while (lines.next()) {
        if (lines.tooLong()) {
          continue;
        }
        byte[] b = lines.buffer();
        int s = lines.start();
        int e = s + lines.length();
        long key = DmfaLineScanner.leadingInsz(b, s, e);
        if (key >= 0 && LineSource.ascii(b, s, e)) {
          if (key != lastValid) {
            if (key == lastInvalid) {
              key = -1;
            } else if (Insz.isValid(key)) {
              lastValid = key;
            } else {
              lastInvalid = key;
              key = -1;
            }
          }
        } else {
          RawLine l = LineSource.decode(b, s, lines.length(), lines.number());
          if (!l.ok() || l.text().isBlank()) {
            continue;
          }
          String k = format.key(l.text());
          key = k == null ? -1 : Long.parseLong(k);
        }
        if (key < 0 || key == current) {
          continue;
        }
        if (count == runs.length) {
          runs = Arrays.copyOf(runs, count * 2);
        }
        runs[count++] = key;
        current = key;
      }
    }
    // grouped when no INSZ starts two runs: sorting is cheaper than a hash set of every INSZ
    Arrays.sort(runs, 0, count);
    for (int k = 1; k < count; k++) {
      if (runs[k] == runs[k - 1]) {
        return false;
      }
    }
    return true;
  }

  static String digits(long insz) {
    char[] d = new char[11];
    for (int k = 10; k >= 0; k--) {
      d[k] = (char) ('0' + insz % 10);
      insz /= 10;
    }
    return new String(d);
  }

  /**
   * Runs over a grouped file; {@code null} when this parameter set cannot be handled here (the
   * caller then runs the reference path; nothing was written).
   *
   * @param paths when not null, receives the persons computed by the kernel and the groups that
   *     took the reference path
   */
  static RunCounts run(BatchKernel kernel, PersonsCsv.Persons people, PersonTable table, String personsName, Path data,
      String dataName, ResultBytes writer, RejectSink rejects, long[] paths) {
    ParameterSet parameters = kernel.parameters();
    int year = kernel.referenceYear();
    DmfaAccumulator accumulator;
    try {
      accumulator = DmfaAccumulator.of(parameters, year);
    } catch (UnknownReferenceYearException e) {
      return null; // a set without DmfA rules for some quarter: the reference path refuses the lines that need them
    }
    long[] c = new long[6];
    Consumer<Outcome> sink = BatchRun.sink(r -> writer.writeLine(ResultsJson.toJson(r)), c);
    FastDmfaRun run = new FastDmfaRun(kernel, people, table, personsName, dataName, rejects, writer, c, sink, accumulator);
    run.readAll(data);
    if (paths != null) {
      paths[0] = run.kernelPersons;
      paths[1] = run.exactGroups;
    }
    return new RunCounts(personsName, people.read(), c[0], people.rejected() + c[1], dataName, run.records, c[2], c[3],
        c[4], c[5], true);
  }

  private void readAll(Path data) {
    try (ByteLines lines = ByteLines.open(data)) {
      while (lines.next()) {
        line(lines);
      }
    }
    endGroup();
    for (int i = 0; i < table.size(); i++) { // the persons file's order, as people.entries()
      if (table.state[i] == PersonTable.USABLE && !PersonsCsv.Persons.used(table.entries[i])) {
        if (table.pensionQuarter[i] != 0) {
          addPerson(i, false);
        } else {
          flushChunk();
          exactGroups++;
          sink.accept(calc.withoutRecords(table.entries[i].person()));
        }
      }
    }
    flushChunk();
    writer.flush();
  }

  private void line(ByteLines lines) {
    long number = lines.number();
    if (lines.tooLong()) {
      records++;
      slowLine(LineSource.tooLong(number));
      return;
    }
    byte[] b = lines.buffer();
    int s = lines.start();
    int len = lines.length();
    if (len == 0) {
      return; // blank
    }
    int e = b[s + len - 1] == '\r' ? s + len - 1 : s + len;
    if (scanner.scan(b, s, e) && validKey(scanner.insz)) {
      records++;
      long key = scanner.insz;
      if (key != groupKey) {
        endGroup();
        startGroup(key, null); // the digits as text only when the exact path needs them
      }
      keepBytes(b, s, len, number);
      // a refused line: the person goes the reference path, which writes the reject of every line
      if (groupFast && !(scanner.year == year && accumulator.addLine(scanner.quarter, scanner.workerCode, scanner.partTime,
          scanner.daysPerWeek, scanner.meanWorkingHours, scanner.refMeanWorkingHours, scanner.services,
          scanner.serviceCodes, scanner.serviceDays, scanner.serviceHours, scanner.remunerations,
          scanner.remunerationCodes, scanner.remunerationAmounts))) {
        groupFast = false;
      }
      return;
    }
    RawLine raw = LineSource.decode(b, s, len, number);
    if (raw.ok() && raw.text().isBlank()) {
      return;
    }
    records++;
    slowLine(raw);
  }

  /** A line read by the exact reader: its own group when its INSZ cannot be read, else part of the person's. */
  private void slowLine(RawLine raw) {
    DataRecord<OccupationLine> r = format.parse(raw);
    String key = r.insz();
    if (key == null) {
      exactGroups++;
      BatchRun.group(people, null, List.of(r), calc::ofDmfa, sink, rejects, c, personsName, dataName);
      return;
    }
    long k = Long.parseLong(key);
    if (k != groupKey) {
      endGroup();
      startGroup(k, key);
    }
    groupFast = false;
    if (groupLines == lineOffset.length) {
      growLines();
    }
    lineOffset[groupLines] = -1;
    lineNumber[groupLines] = raw.number();
    parsed[groupLines] = r;
    groupLines++;
  }

  private boolean validKey(long key) {
    if (key == groupKey) {
      return true;
    }
    if (key == invalidKey) {
      return false;
    }
    if (Insz.isValid(key)) {
      return true;
    }
    invalidKey = key;
    return false;
  }

  private void startGroup(long key, String text) {
    groupKey = key;
    groupKeyText = text;
    groupFast = true;
    groupBytesUsed = 0;
    for (int k = 0; k < groupLines; k++) {
      parsed[k] = null;
    }
    groupLines = 0;
    accumulator.reset();
  }

  private void keepBytes(byte[] b, int s, int len, long number) {
    if (groupBytes.length - groupBytesUsed < len) {
      groupBytes = Arrays.copyOf(groupBytes, Math.max(groupBytes.length * 2, groupBytesUsed + len));
    }
    System.arraycopy(b, s, groupBytes, groupBytesUsed, len);
    if (groupLines == lineOffset.length) {
      growLines();
    }
    lineOffset[groupLines] = groupBytesUsed;
    lineLength[groupLines] = len;
    lineNumber[groupLines] = number;
    groupLines++;
    groupBytesUsed += len;
  }

  private void growLines() {
    int n = lineOffset.length * 2;
    lineOffset = Arrays.copyOf(lineOffset, n);
    lineLength = Arrays.copyOf(lineLength, n);
    lineNumber = Arrays.copyOf(lineNumber, n);
    parsed = Arrays.copyOf(parsed, n);
  }

  private void endGroup() {
    if (groupKey < 0) {
      return;
    }
    long key = groupKey;
    int person = table.find(key);
    groupKey = -1;
    if (person >= 0 && table.state[person] == PersonTable.USED) {
      PersonsCsv.Persons.markUsed(table.entries[person]); // a second group of the same person: refused as the reference does
    }
    if (groupFast && person >= 0 && table.state[person] == PersonTable.USABLE && table.pensionQuarter[person] != 0
        && accumulator.finish()) {
      table.state[person] = PersonTable.USED;
      c[2] += groupLines;
      addPerson(person, true);
      return;
    }
    if (person >= 0 && table.state[person] == PersonTable.USABLE) {
      table.state[person] = PersonTable.USED; // BatchRun.group marks the entry used
    }
    String text = groupKeyText != null ? groupKeyText : digits(key);
    List<DataRecord<OccupationLine>> list = new ArrayList<>(groupLines);
    for (int k = 0; k < groupLines; k++) {
      DataRecord<OccupationLine> r = parsed[k];
      list.add(r != null ? r : format.parse(LineSource.decode(groupBytes, lineOffset[k], lineLength[k], lineNumber[k])));
    }
    flushChunk();
    exactGroups++;
    BatchRun.group(people, text, list, calc::ofDmfa, sink, rejects, c, personsName, dataName);
  }

  /** Adds person {@code i} of the table to the chunk, with the accumulator's quarters when {@code withQuarters}. */
  private void addPerson(int i, boolean withQuarters) {
    if (persons == CHUNK) {
      flushChunk();
    }
    int r = recordStart[persons];
    who[persons] = i;
    statuut[persons] = table.statuut[i];
    residence[persons] = table.residence[i];
    pension[persons] = table.pensionQuarter[i];
    if (withQuarters) {
      for (int q = 1; q <= 4; q++) {
        if (accumulator.present(q)) {
          quarter[r] = (byte) q;
          wage[r] = accumulator.wageCents(q);
          fraction[r] = (short) accumulator.workFractionTenThousandths(q);
          regime[r] = (byte) (accumulator.fullTime(q) ? FULL_TIME : PART_TIME);
          r++;
        }
      }
    }
    persons++;
    kernelPersons++;
    recordStart[persons] = r;
  }

  private void flushChunk() {
    if (persons == 0) {
      return;
    }
    BatchInput in = BatchInput.wrap(persons, recordStart, statuut, residence, pension, quarter, wage, fraction, regime);
    kernel.compute(in, out);
    for (int p = 0; p < persons; p++) {
      writer.write(table, who[p], in, out, p);
      c[0]++;
      if (out.payable(p)) {
        c[4]++;
        c[5] += out.totalCents(p);
      }
    }
    persons = 0;
  }
}
