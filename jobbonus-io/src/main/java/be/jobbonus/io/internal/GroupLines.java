package be.jobbonus.io.internal;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of the person a run is reading, and where each stands: its file and line number, for
 * XML its occupation's place in the declaration, the line's own refusal if it has one, and, for a
 * run that hands the person on as objects, the line's fields or quarter. A refusal of one of them
 * is made here ({@link #refusal}), naming the file, line, column (XML) and field. Reused from one
 * person to the next; not thread-safe.
 */
final class GroupLines {

  private final InputKind kind;
  private final String dataName;
  private final boolean keepFields;
  /** The declarations of an XML run, for the names, columns and element paths of its refusals. */
  private XmlRecords xml;

  private int count;
  private long[] number = new long[16];
  /** XML: each line's file (an index into the records' files); 0 for a single data file. */
  private int[] file = new int[16];
  /** XML: each line's Occupation's element path, found when a refusal needs it. */
  private String[] path = new String[16];
  /** XML: each line's place in the records ({@link XmlRecords#place}). */
  private long[] place = new long[16];
  private Reject[] reject = new Reject[16];
  /** Explain and members only: each line's fields, for its object. */
  private OccupationFields[] fields;
  /**
   * quarters.csv: each usable line's quarter of the reference year (1-4), wage in cents, work
   * fraction in ten-thousandths and regime, in line order, as numbers (objects only for {@link
   * #quarters}).
   */
  private final int year;
  private int quarterCount;
  private byte[] quarterOfYear = new byte[4];
  private long[] wageCents = new long[4];
  private int[] workFraction = new int[4];
  private Regime[] regime = new Regime[4];

  /**
   * @param year the reference year, of every usable {@code quarters.csv} line
   * @param keepFields whether each line's fields are kept, to make objects of them
   */
  GroupLines(InputKind kind, String dataName, int year, boolean keepFields) {
    this.kind = kind;
    this.dataName = dataName;
    this.year = year;
    this.keepFields = keepFields;
    this.fields = keepFields ? new OccupationFields[16] : null;
  }

  void declarations(XmlRecords x) {
    this.xml = x;
  }

  XmlRecords declarations() {
    return xml;
  }

  void clear() {
    count = 0;
    quarterCount = 0;
  }

  int count() {
    return count;
  }

  /** Adds a line; returns its index, for {@link #refuse}, {@link #keep} and {@link #refusal}. */
  int add(int inFile, long lineNumber, long xmlPlace) {
    if (count == number.length) {
      int n = count * 2;
      number = Arrays.copyOf(number, n);
      file = Arrays.copyOf(file, n);
      path = Arrays.copyOf(path, n);
      place = Arrays.copyOf(place, n);
      reject = Arrays.copyOf(reject, n);
      if (fields != null) {
        fields = Arrays.copyOf(fields, n);
      }
    }
    int k = count++;
    number[k] = lineNumber;
    file[k] = inFile;
    path[k] = null;
    place[k] = xmlPlace;
    reject[k] = null;
    return k;
  }

  /** Line {@code k} is refused for its own reason. */
  void refuse(int k, Reject r) {
    reject[k] = r;
  }

  /** Keeps a copy of line {@code k}'s fields (explain and members). */
  void keep(int k, OccupationFields f) {
    if (keepFields) {
      OccupationFields copy = new OccupationFields();
      copy.copyFrom(f);
      fields[k] = copy;
    }
  }

  /** The quarter of the next usable {@code quarters.csv} line. */
  void quarter(int ofYear, long wage, int tenThousandths, Regime r) {
    if (quarterCount == quarterOfYear.length) {
      int n = quarterCount * 2;
      quarterOfYear = Arrays.copyOf(quarterOfYear, n);
      wageCents = Arrays.copyOf(wageCents, n);
      workFraction = Arrays.copyOf(workFraction, n);
      regime = Arrays.copyOf(regime, n);
    }
    int k = quarterCount++;
    quarterOfYear[k] = (byte) ofYear;
    wageCents[k] = wage;
    workFraction[k] = tenThousandths;
    regime[k] = r;
  }

  /** Usable {@code quarters.csv} lines: one per line when none is refused. */
  int quarterCount() {
    return quarterCount;
  }

  /** The quarter of the year (1-4) of usable line {@code k}. */
  int quarterOfYear(int k) {
    return quarterOfYear[k];
  }

  /** The quarter of usable line {@code k}. */
  YearQuarter yearQuarter(int k) {
    return YearQuarter.of(year, quarterOfYear[k]);
  }

  long wageCents(int k) {
    return wageCents[k];
  }

  /** The work fraction of usable line {@code k} in ten-thousandths. */
  int workFraction(int k) {
    return workFraction[k];
  }

  Regime regime(int k) {
    return regime[k];
  }

  /** The quarters of the lines that were read and usable, in line order, as objects (explain and members). */
  List<QuarterInput> quarters() {
    List<QuarterInput> q = new ArrayList<>(quarterCount);
    for (int k = 0; k < quarterCount; k++) {
      q.add(QuarterInput.of(yearQuarter(k), wageCents[k], BigDecimal.valueOf(workFraction[k], 4), regime[k]));
    }
    return q;
  }

  boolean keepsFields() {
    return keepFields;
  }

  OccupationFields fields(int k) {
    return fields[k];
  }

  long number(int k) {
    return number[k];
  }

  /** Line {@code k}'s own refusal, or {@code null}. */
  Reject reject(int k) {
    return reject[k];
  }

  /** Line {@code k}'s file and line number as one sortable key. */
  long place(int k) {
    return (long) file[k] << 32 | number[k];
  }

  /** A refusal of line {@code k}: its file, line, column (XML) and field. */
  Reject refusal(int k, String field, String masked, String reason) {
    int column = kind == InputKind.DMFA_XML ? xml.column(file[k], place[k]) : 0;
    return new Reject(fileName(k), number[k], column, field(k, field), masked, reason);
  }

  String fileName(int k) {
    return kind == InputKind.DMFA_XML ? xml.name(file[k]) : dataName;
  }

  /**
   * XML: which version of its worker record line {@code k} is, when its declaration was corrected
   * ({@link XmlRecords#version}); else empty.
   */
  String version(int k) {
    return kind == InputKind.DMFA_XML ? xml.version(file[k], place[k]) : "";
  }

  /** XML: the declaration line {@code k} comes from ({@link XmlRecords#declaration}); else the data file's name. */
  String declaration(int k) {
    return kind == InputKind.DMFA_XML ? xml.declaration(file[k]) : dataName;
  }

  /**
   * The field of a refusal of line {@code k}: as given for {@code dmfa.jsonl}; for XML, the
   * Occupation's element path, then the derivation's field.
   */
  private String field(int k, String field) {
    if (kind != InputKind.DMFA_XML) {
      return field;
    }
    if (path[k] == null) {
      path[k] = xml.path(file[k], place[k]);
    }
    return path[k] + " (" + field + ")";
  }
}
