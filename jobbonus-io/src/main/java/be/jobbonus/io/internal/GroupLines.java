package be.jobbonus.io.internal;

import be.jobbonus.core.QuarterInput;
import be.jobbonus.io.InputKind;
import be.jobbonus.io.Reject;
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
  /** quarters.csv: each line's quarter, in line order. */
  private final List<QuarterInput> quarters = new ArrayList<>();

  /** @param keepFields whether each line's fields are kept, to make objects of them */
  GroupLines(InputKind kind, String dataName, boolean keepFields) {
    this.kind = kind;
    this.dataName = dataName;
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
    quarters.clear();
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

  void quarter(QuarterInput q) {
    quarters.add(q);
  }

  /** The quarters of the lines that were read and usable, in line order (mutable: the engine sorts them). */
  List<QuarterInput> quarters() {
    return quarters;
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
