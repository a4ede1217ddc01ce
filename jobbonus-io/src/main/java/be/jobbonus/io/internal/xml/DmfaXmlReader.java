package be.jobbonus.io.internal.xml;

import be.jobbonus.core.Insz;
import be.jobbonus.core.batch.DmfaDomains;
import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.LongIntMap;
import be.jobbonus.io.internal.OccupationFields;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads DmfA declarations ({@code DmfAOriginal} XML documents, docs/dmfa.md §1-2) as a stream,
 * one {@link OccupationFields} per {@code Occupation}, with Woodstox (StAX): no DOM, no object per
 * element. It knows the elements the calculation needs, each at its place in the tree
 * ({@code DmfAOriginal/Form/EmployerDeclaration/NaturalPerson/WorkerRecord/Occupation/Service/
 * ServiceCode}, ...), and the other children the official schema allows in each of them, which it
 * skips ({@link DmfaTree}). A child the schema does not allow there, an element inside a number
 * element, and an element it reads found anywhere else (inside a skipped one, under another
 * parent) refuse the declaration: what they hold would otherwise be left out unseen.
 *
 * <p><b>Whole documents.</b> A document's occupations are buffered (as primitives) and handed to
 * the {@link Handler} only when the document has ended well-formed and valid. A document that is
 * not well-formed (bytes that cannot be decoded included), has another root, no {@code Quarter}, no
 * employer number, more than one {@code Form} or {@code EmployerDeclaration}, or an element out
 * of its place is refused whole: the handler gets one reject per occupation read (per person when
 * the person has none, per document when no person could be read). Every block of such a document
 * is still read to its end, so that every person it names is refused: the persons of a second
 * {@code Form} or {@code EmployerDeclaration}, and the {@code INSS} found in an element out of its
 * place (one reject each). A declaration of a quarter outside the reference year is skipped whole:
 * nothing is handed over, and {@link #declared()} says so. A document read as a declaration leaves
 * its identity and a digest of its content in {@link #declared()} (the run's rules on duplicates).
 *
 * <p><b>Persons.</b> A person with an error anywhere in its {@code NaturalPerson} (a value outside
 * its zone's domain, a missing or repeated element, an invalid INSZ, the same INSS twice in one
 * declaration) is refused with all its occupations in the document: each gets a reject, the
 * faulty one naming the element at fault. The reader checks each value against its zone only;
 * the checks across an occupation's fields (a service code twice, more days or hours than the
 * quarter has, the amounts' total) are the derivation's ({@code LineChecks} through {@code
 * DmfaAccumulator}), made with the same words for XML as for {@code dmfa.jsonl} by {@code
 * be.jobbonus.io.CalculateRun}.
 *
 * <p><b>Hostile XML.</b> DTDs are refused (so no entity is declared, expanded or fetched: an XXE
 * document or an entity bomb is refused at its {@code <!DOCTYPE} without reading anything else),
 * and depth, name length, text length, attribute count and size are limited.
 *
 * <p>Rejects and exception messages never hold an INSZ unmasked, a name or an amount. Not
 * thread-safe: one reader per thread; it reuses its buffers from one document to the next.
 *
 * <p>Its parts: {@link SecureXmlFactory} (the parser), {@link DmfaTree} and {@link Element} (the
 * elements read and what each may hold), {@link NumberScanner} (the values), {@link RejectTexts}
 * (the reasons), {@link OccupationColumns} (the document, buffered). This class walks the tree,
 * checks across elements (the quarter, the employer, an INSS declared twice) and hands over.
 */
public final class DmfaXmlReader {

  /** Reference year value meaning: every quarter is accepted. */
  public static final int ANY_YEAR = 0;
  /** Occupations one document may hold by default (the reader buffers a whole document). */
  public static final int DEFAULT_MAX_OCCUPATIONS = 5_000_000;
  /** Deepest element nesting accepted (a DmfA declaration nests about 10 deep). */
  public static final int MAX_DEPTH = 40;
  /** Longest element or attribute name accepted, in bytes. */
  public static final int MAX_NAME_LENGTH = 256;
  /** Longest text of one element accepted, in characters. */
  public static final int MAX_TEXT_LENGTH = 100_000;
  /** Most attributes (namespace declarations included) on one element. */
  public static final int MAX_ATTRIBUTES = 32;
  /** Longest attribute value accepted, in characters. */
  public static final int MAX_ATTRIBUTE_SIZE = 8_192;

  /** Receives what a document holds, when the document has ended. */
  public interface Handler {
    /**
     * One occupation of a document that ended well-formed and valid, in document order.
     *
     * @param fields the occupation; reused for the next call: read it before returning
     * @param where the {@code Occupation} element; reused likewise
     */
    void occupation(OccupationFields fields, Where where);

    /**
     * A refused occupation, person or document.
     *
     * @param reject file, line, column, field (the element path at fault), masked INSZ and reason
     * @param insz the person's INSZ as a number, so that the caller can refuse the person in its
     *     other files too; -1 when no valid INSZ could be read. Personal data: never log it
     * @param where file, line, column and element path of the reject; reused after the call
     */
    void reject(Reject reject, long insz, Where where);

    /**
     * A worker record of a correction ({@code DmfAUpdate}) that hands over no occupation: deleted
     * (action 0), unchanged (9), or without occupations; of a person not refused, after its
     * occupations. It takes no part in the calculation, but names its person for the run's
     * correction rules ({@link Declared#correction}).
     *
     * @param insz the person's INSZ as a number. Personal data: never log it
     * @param where its line, column and place (person and worker record; occupation 0); reused after the call
     */
    default void workerRecord(long insz, Where where) {}
  }

  /**
   * What one document gave: occupations handed over, rejects, whether it was refused whole, and
   * whether it was refused before its end (truncated, not well-formed): it may hold more persons.
   */
  public record Summary(int occupations, int rejects, boolean documentRefused, boolean unreadToEnd) {
    /** A document read to its end. */
    public Summary(int occupations, int rejects, boolean documentRefused) {
      this(occupations, rejects, documentRefused, false);
    }
  }

  /**
   * Where an occupation or a reject stands in its file: line and column (1-based) and the element
   * path below the root, such as {@code
   * EmployerDeclaration/NaturalPerson[17]/WorkerRecord[1]/Occupation[2]}. Mutable and reused.
   */
  public static final class Where {
    private String file = "";
    private long line;
    private int column;
    private int person;
    private int workerRecord;
    private int occupation;
    private String path;
    private boolean update;

    /** The file name as given to {@code read}. */
    public String file() {
      return file;
    }

    public long line() {
      return line;
    }

    public int column() {
      return column;
    }

    /** 1-based index of the {@code NaturalPerson} in the declaration, 0 when none. */
    public int person() {
      return person;
    }

    /** 1-based index of the {@code WorkerRecord} in its person, 0 when none. */
    public int workerRecord() {
      return workerRecord;
    }

    /** 1-based index of the {@code Occupation} in its worker record, 0 when none. */
    public int occupation() {
      return occupation;
    }

    /** The element path (built on demand for occupations). */
    public String path() {
      if (path == null) {
        path = occupationPath(update, person, workerRecord, occupation);
      }
      return path;
    }

    void set(long line, int column, int person, int workerRecord, int occupation, String path) {
      this.line = line;
      this.column = column;
      this.person = person;
      this.workerRecord = workerRecord;
      this.occupation = occupation;
      this.path = path;
    }

    /** {@code file:line:column: path}: no personal data. */
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + path();
    }
  }

  /** Stops reading a document that is refused whole. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final int referenceYear;
  private final int maxOccupations;
  private final WstxInputFactory factory = SecureXmlFactory.create();
  private final OccupationFields fields = new OccupationFields();
  private final Where where = new Where();
  private final OccupationColumns buf = new OccupationColumns();
  private final NumberScanner scanner = new NumberScanner(this::elementInValue);
  private final DmfaTree originalTree = new DmfaTree(this);
  private final DmfaTree updateTree = new DmfaTree(this, true);
  /** The tree of the current document: an original's, or a correction's ({@code DmfAUpdate}). */
  private DmfaTree tree = originalTree;
  private final ContentDigest digest = new ContentDigest();
  /** What the last document declared (its identity and content digest), for the run's declaration rules. */
  private Declared declared = Declared.NONE;

  // per document
  /** The parser of the current document (read by its {@link Element}s). */
  XMLStreamReader2 r;
  private String fileName;
  private Problem documentProblem;
  /** Whether the parser reached the end of the document (a refusal before it leaves persons unseen). */
  private boolean readToEnd;
  private int quarterValue;
  private long noss;
  private long companyId;
  private int forms;
  private int declarations;
  private int persons; // NaturalPerson elements seen (1-based index of the current one)
  /** The number element being read, for the path of an element found inside it. */
  private String valueName;
  // the INSZ of the INSS elements found out of place, each with its line, column and path
  private int named;
  private long[] namedInsz = new long[4];
  private int[] namedLine = new int[4];
  private int[] namedColumn = new int[4];
  private String[] namedPath = new String[4];
  /** The declaration's quarter lies outside the reference year: skipped, not refused. */
  private boolean otherYear;
  // a correction: its PID, its form's creation date (YYYYMMDD) and hour (milliseconds of the day), -1 when not read
  private long pid;
  /** The document is a {@code DmfAPID}: the PIDs the social security gave a declaration, no wages or days. */
  private boolean pidMessage;
  private long formDate;
  private long formMillis;
  /** The current document's worker records (their keys, and a correction's actions). */
  private final WorkerRecords wrs = new WorkerRecords();

  // the current context, 1-based indices, 0 = outside
  private int curPerson = -1; // buffer slot
  private int curOcc = -1; // buffer slot
  private int ctxPerson;
  private int ctxWr;
  private int ctxOcc;
  private int ctxService;
  private int ctxRemun;
  /** Outside an {@code EmployerDeclaration}: the element the reader is in (the root or {@code Form}), else null. */
  private String ctxOuter;
  /** The sequence numbers (0-99) of the current occupation's services (bits of [0], [1]) and remunerations ([2], [3]). */
  private final long[] sequenceNumbers = new long[4];

  /** A reader accepting every quarter. */
  public DmfaXmlReader() {
    this(ANY_YEAR);
  }

  /** @param referenceYear declarations of other years are refused; {@link #ANY_YEAR} for any */
  public DmfaXmlReader(int referenceYear) {
    this(referenceYear, DEFAULT_MAX_OCCUPATIONS);
  }

  /**
   * @param referenceYear declarations of other years are refused; {@link #ANY_YEAR} for any
   * @param maxOccupations a document with more occupations is refused (it is buffered whole)
   */
  public DmfaXmlReader(int referenceYear, int maxOccupations) {
    if (referenceYear != ANY_YEAR && (referenceYear < 1900 || referenceYear > 9999)) {
      throw new IllegalArgumentException("reference year must be 1900-9999, was " + referenceYear);
    }
    if (maxOccupations < 1) {
      throw new IllegalArgumentException("maxOccupations must be at least 1");
    }
    this.referenceYear = referenceYear;
    this.maxOccupations = maxOccupations;
  }

  /**
   * Reads the declaration in {@code file}.
   *
   * @param fileName the name used in rejects (the file as the user gave it)
   * @throws IOException when the file cannot be opened or read (not for its content: content
   *     errors go to the handler)
   */
  public Summary read(Path file, String fileName, Handler handler) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, fileName, handler);
    }
  }

  /**
   * Reads one declaration from {@code in} (not closed), handing its occupations or its rejects to
   * {@code handler} when the document ends.
   *
   * @throws IOException when {@code in} cannot be read
   */
  public Summary read(InputStream in, String fileName, Handler handler) throws IOException {
    this.fileName = fileName;
    where.file = fileName;
    startDocument();
    NameLengthGuard guarded = new NameLengthGuard(in, MAX_NAME_LENGTH);
    try {
      r = (XMLStreamReader2) factory.createXMLStreamReader(guarded);
      try {
        document();
        readToEnd = true;
      } finally {
        r.closeCompletely();
      }
    } catch (Stop e) {
      // documentProblem is set, or the document is a DmfAPID (skipped)
    } catch (XMLStreamException e) {
      malformed(e);
    } catch (WstxLazyException e) {
      malformed(e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage()));
    } catch (IllegalStateException e) {
      // Woodstox: an event out of place that a lazy parse reports late
      documentProblem = new Problem(RejectTexts.DOCUMENT, 0, 0, RejectTexts.NOT_WELL_FORMED);
    } finally {
      r = null;
    }
    return emit(handler);
  }

  private void startDocument() {
    buf.clear();
    documentProblem = null;
    readToEnd = false;
    otherYear = false;
    declared = Declared.NONE;
    tree = originalTree;
    where.update = false;
    pidMessage = false;
    pid = -1;
    formDate = -1;
    formMillis = -1;
    wrs.clear();
    quarterValue = 0;
    noss = -1;
    companyId = -1;
    forms = 0;
    declarations = 0;
    persons = 0;
    named = 0;
    curPerson = -1;
    curOcc = -1;
    ctxPerson = 0;
    ctxWr = 0;
    ctxOcc = 0;
    ctxService = 0;
    ctxRemun = 0;
    ctxOuter = null;
  }

  /** Records why the XML could not be read; a real read error is thrown as such. */
  private void malformed(XMLStreamException e) throws IOException {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    Location loc = e.getLocation();
    long line = loc == null ? 0 : Math.max(0, loc.getLineNumber());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNumber());
    String reason;
    if (cause instanceof NameLengthGuard.NameTooLongException) {
      reason = RejectTexts.nameTooLong(cause.getMessage());
    } else if (undecodable(cause)) {
      reason = RejectTexts.NOT_DECODABLE;
    } else if (cause instanceof IOException io) {
      throw new IOException("cannot read " + fileName + ": " + io.getMessage(), io);
    } else if (e instanceof WstxEOFException) {
      reason = RejectTexts.TRUNCATED;
    } else {
      reason = RejectTexts.notWellFormed(e);
    }
    documentProblem = new Problem(RejectTexts.DOCUMENT, line, column, reason);
  }

  // ------------------------------------------------------------------ structure

  private void document() throws XMLStreamException, Stop {
    int ev;
    do {
      ev = r.next();
      if (ev == XMLStreamConstants.DTD) {
        docFault(RejectTexts.DOCUMENT, RejectTexts.DTD);
        throw new Stop();
      }
    } while (ev != XMLStreamConstants.START_ELEMENT);
    String rootName = DmfaTree.localName(r);
    if (DmfaTree.PID_ROOT.equals(rootName)) { // no wages or days: nothing the calculation reads
      pidMessage = true;
      readToEnd = true;
      throw new Stop();
    }
    if (DmfaTree.UPDATE_ROOT.equals(rootName)) {
      tree = updateTree;
      where.update = true;
    } else if (!DmfaTree.ROOT.equals(rootName)) {
      docFault(RejectTexts.DOCUMENT, RejectTexts.OTHER_ROOT);
      throw new Stop();
    }
    ctxOuter = tree.rootName;
    for (int c = tree.root.first(); c >= 0; c = tree.root.next()) {
      form();
      ctxOuter = tree.rootName;
    }
    while ((ev = r.next()) != XMLStreamConstants.END_DOCUMENT) {
      // comments, processing instructions, whitespace after the root: nothing else can come
    }
  }

  /** A {@code Form}; a second one refuses the document, and is read so that its persons are refused too. */
  private void form() throws XMLStreamException, Stop {
    if (++forms > 1) {
      docFault("Form", RejectTexts.FORMS);
    }
    ctxOuter = "Form";
    Element e = tree.form;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == tree.formDeclaration) {
        ctxOuter = null;
        declaration();
        ctxOuter = "Form";
      } else if (c == tree.formHour) {
        formMillis = formHour();
      } else if (c == DmfaTree.FORM_DATE) {
        formDate = e.values[DmfaTree.FORM_DATE];
      }
    }
    if (tree.update && formMillis == -1) {
      docFault("Form/FormCreationHour", RejectTexts.NO_FORM_HOUR);
    }
  }

  /** A correction's {@code FormCreationHour}, {@code HH:MM:SS.mmm}, as milliseconds of the day; a fault and -2 when it is not one. */
  private long formHour() throws XMLStreamException {
    if (formMillis != -1) {
      docFault("Form/FormCreationHour", RejectTexts.TWICE);
    }
    String t = r.getElementText().strip();
    long ms = -2;
    if (t.length() == 12 && t.charAt(2) == ':' && t.charAt(5) == ':' && t.charAt(8) == '.') {
      int h = twoDigits(t, 0);
      int m = twoDigits(t, 3);
      int sec = twoDigits(t, 6);
      int milli = twoDigits(t, 9) * 10 + digit(t, 11);
      if (h >= 0 && h < 24 && m >= 0 && m < 60 && sec >= 0 && sec < 60 && milli >= 0) {
        ms = ((h * 60L + m) * 60 + sec) * 1000 + milli;
      }
    }
    if (ms < 0) {
      docFault("Form/FormCreationHour", RejectTexts.FORM_HOUR);
    }
    return ms;
  }

  private static int twoDigits(String t, int at) {
    int a = digit(t, at);
    int b = digit(t, at + 1);
    return a < 0 || b < 0 ? -1000 : a * 10 + b;
  }

  private static int digit(String t, int at) {
    char c = t.charAt(at);
    return c >= '0' && c <= '9' ? c - '0' : -1000;
  }

  /** An {@code EmployerDeclaration}; a second one refuses the document, and is read as the first one is. */
  private void declaration() throws XMLStreamException, Stop {
    if (++declarations > 1) {
      docFault(tree.declaration.name(), RejectTexts.DECLARATIONS);
    }
    Element e = tree.declaration;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == DmfaTree.DECLARATION_PERSON) {
        person();
      } else if (c == DmfaTree.DECLARATION_QUARTER) {
        quarter();
      } else if (c == DmfaTree.DECLARATION_NOSS) {
        noss = employerNumber(noss, DmfaTree.NOSS);
      } else if (c == tree.declarationPid) {
        pid = employerNumber(pid, DmfaTree.PID);
      } else {
        companyId = employerNumber(companyId, DmfaTree.COMPANY_ID);
      }
    }
  }

  /** An employer number read where {@code old} was read before (-1: not); refused: 0. */
  private long employerNumber(long old, Leaf leaf) throws XMLStreamException {
    if (old >= 0) {
      docFault(tree.declaration.name() + "/" + leaf.name(), RejectTexts.TWICE);
    }
    return Math.max(0, number(leaf));
  }

  private void quarter() throws XMLStreamException {
    String field = tree.declaration.name() + "/Quarter";
    if (quarterValue != 0) {
      docFault(field, RejectTexts.TWICE);
    }
    long v = number(DmfaTree.QUARTER);
    if (v < 0) {
      quarterValue = -1;
      return;
    }
    int year = (int) (v / 10);
    int q = (int) (v % 10);
    if (scanner.digits() != 5 || q < 1 || q > 4 || year < 1900) {
      docFault(field, RejectTexts.QUARTER_FORMAT);
      quarterValue = -1;
      return;
    }
    quarterValue = (int) v;
    otherYear = referenceYear != ANY_YEAR && year != referenceYear;
  }

  private void person() throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    persons++;
    int p = buf.addPerson(loc.getLineNumber(), loc.getColumnNumber());
    curPerson = p;
    ctxPerson = persons;
    int workerRecords = 0;
    Element e = tree.person;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == DmfaTree.PERSON_INSS) {
        inss(p, e.values[DmfaTree.PERSON_INSS]);
      } else {
        ctxWr = ++workerRecords;
        if (tree.update) {
          workerRecordUpdate(p);
        } else {
          workerRecord(p, -1, -1);
        }
        ctxWr = 0;
      }
    }
    curPerson = -1;
    ctxPerson = 0;
  }

  /** The checks of an {@code INSS} read as {@code v} beyond its zone: 11 digits, a valid INSZ, once per declaration. */
  private void inss(int p, long v) {
    if (v < 0) {
      String head = scanner.leadingDigits();
      if (head != null) {
        buf.pMasked[p] = Insz.mask(head);
      }
      return;
    }
    if (scanner.digits() != 11) {
      fault(path("INSS"), RejectTexts.INSS_DIGITS);
      return;
    }
    buf.pRaw[p] = v;
    if (!Insz.isValid(v)) {
      fault(path("INSS"), RejectTexts.invalidInsz(v));
      return;
    }
    buf.pInsz[p] = v;
    int other = buf.index.putIfAbsent(v, p);
    if (other >= 0) {
      fault(path("INSS"), RejectTexts.sameInss(other + 1, buf.pLine[other]));
      if (buf.pProblem[other] == null) {
        buf.pProblem[other] = new Problem(occupationPath(tree.update, other + 1, 0, 0) + "/INSS", buf.pLine[other],
            buf.pCol[other], RejectTexts.sameInssAgain(ctxPerson, buf.pLine[p]));
      }
    }
  }

  /**
   * A correction's {@code WorkerRecordUpdate} of person {@code p} (buffer slot): the worker record
   * as it was ({@code LastSituationWR}, optional) and the action on it ({@code WorkerRecordUpdateAction}).
   */
  private void workerRecordUpdate(int p) throws XMLStreamException, Stop {
    int lastClass = -1;
    int lastCode = -1;
    int actions = 0;
    Element e = tree.wrapper;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == DmfaTree.WRAPPER_LAST_SITUATION) {
        long[] v = tree.lastSituation.readAll();
        lastClass = (int) Math.max(v[DmfaTree.LAST_SITUATION_CLASS], 0);
        lastCode = (int) Math.max(v[DmfaTree.LAST_SITUATION_CODE], 0);
      } else if (++actions == 1) {
        workerRecord(p, lastClass, lastCode);
      } else {
        fault(path("WorkerRecordUpdateAction"), RejectTexts.twiceIn("WorkerRecordUpdate"));
        walkOver();
      }
    }
    if (actions == 0) {
      fault(path("WorkerRecordUpdateAction"), RejectTexts.NO_ACTION);
    }
  }

  /** Reads the element the parser is at to its end, unread (its fault is recorded). */
  private void walkOver() throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int ev = r.next();
      depth += ev == XMLStreamConstants.START_ELEMENT ? 1 : ev == XMLStreamConstants.END_ELEMENT ? -1 : 0;
    }
  }

  /**
   * A worker record of person {@code p} (buffer slot); in a correction, the action on it, and the
   * employer class and worker code it had ({@code -1}: the same, or not given).
   */
  private void workerRecord(int p, int lastClass, int lastCode) throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    int first = buf.occupations;
    int occupations = 0;
    Element e = tree.workerRecord;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == tree.workerRecordOccupation) {
        ctxOcc = ++occupations;
        occupation();
        ctxOcc = 0;
      } else if (c == tree.workerRecordStudent) { // a line of its worker code (840/841), nothing else read
        Location at = r.getLocation();
        int o = buf.addOccupation(ctxWr, 0, at.getLineNumber(), at.getColumnNumber());
        buf.oDays[o] = 0; // the columns are reused: no schedule of another occupation
        buf.oPartTime[o] = false;
        buf.oS[o] = 0;
        buf.oQ[o] = 0;
        skipAllowed("StudentContribution");
      }
    }
    int code = (int) Math.max(e.values[DmfaTree.WORKER_RECORD_CODE], 0);
    int employerClass = (int) Math.max(e.values[DmfaTree.WORKER_RECORD_CLASS], 0);
    int action = -1;
    if (tree.update) {
      long a = e.values[DmfaTree.WORKER_RECORD_ACTION];
      if (a == -1) {
        fault(path("UpdateAction"), RejectTexts.NO_ACTION);
      } else if (a >= 0 && a != 0 && a != 1 && a != 3 && a != 9) {
        fault(path("UpdateAction"), RejectTexts.UPDATE_ACTION);
      }
      action = (int) a;
      if (action == 0 || action == 9) { // deleted or unchanged: what it holds is not this worker record's content
        dropOccupations(first);
      }
    }
    wrs.add(p, ctxWr, employerClass, code, lastClass < 0 ? employerClass : lastClass, lastCode < 0 ? code : lastCode,
        action, buf.occupations - first, loc.getLineNumber(), loc.getColumnNumber());
    Arrays.fill(buf.oWorkerCode, first, buf.occupations, (int) e.values[DmfaTree.WORKER_RECORD_CODE]);
    Arrays.fill(buf.oEmployerClass, first, buf.occupations, (int) Math.max(-1, e.values[DmfaTree.WORKER_RECORD_CLASS]));
    long start = e.values[DmfaTree.WORKER_RECORD_START];
    long end = e.values[DmfaTree.WORKER_RECORD_END];
    if (start >= 0 && end >= 0 && quarterValue > 0) {
      String wrong = QuarterDates.check(quarterValue, start, end);
      if (wrong != null) { // the declaration's quarter is not the worker record's: refused whole
        docFault(path("NOSSQuarterStartingDate"), wrong);
      }
    }
  }

  /** Leaves out the occupations buffered from {@code first} on, with their services and remunerations. */
  private void dropOccupations(int first) {
    if (first < buf.occupations) {
      buf.services = buf.oSvcStart[first];
      buf.remunerations = buf.oRemStart[first];
      Arrays.fill(buf.oProblem, first, buf.occupations, null);
      buf.occupations = first;
    }
  }

  private void occupation() throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    if (buf.occupations >= maxOccupations) {
      docFault(path(null), RejectTexts.tooManyOccupations(maxOccupations));
      throw new Stop();
    }
    int o = buf.addOccupation(ctxWr, ctxOcc, loc.getLineNumber(), loc.getColumnNumber());
    curOcc = o;
    int services = 0;
    int remunerations = 0;
    Arrays.fill(sequenceNumbers, 0);
    Element e = tree.occupation;
    for (int c = e.first(); c >= 0; c = e.next()) {
      if (c == DmfaTree.OCCUPATION_SERVICE) {
        ctxService = ++services;
        long[] v = tree.service.readAll();
        sequenceNumber(0, v[DmfaTree.SERVICE_SEQUENCE], "ServiceSequenceNbr", "Service");
        if (fits(buf.oSvcCount[o], services, RejectTexts.SERVICES)) {
          buf.addService(o, (int) Math.max(v[DmfaTree.SERVICE_CODE], 0), (int) Math.max(v[DmfaTree.SERVICE_DAYS], 0),
              (int) Math.max(v[DmfaTree.SERVICE_HOURS], 0));
        }
        ctxService = 0;
      } else if (c == DmfaTree.OCCUPATION_REMUN) {
        ctxRemun = ++remunerations;
        long[] v = tree.remun.readAll();
        sequenceNumber(2, v[DmfaTree.REMUN_SEQUENCE], "RemunSequenceNbr", "Remun");
        if (fits(buf.oRemCount[o], remunerations, RejectTexts.REMUNS)) {
          long key = Math.max(v[DmfaTree.REMUN_FREQUENCY], 0) << 20 | Math.max(v[DmfaTree.REMUN_PERCENTAGE], 0);
          buf.addRemuneration(o, (int) Math.max(v[DmfaTree.REMUN_CODE], 0), Math.max(v[DmfaTree.REMUN_AMOUNT], 0), key);
        }
        ctxRemun = 0;
      }
    }
    int start = buf.oRemStart[o];
    int repeated = OccupationFields.repeatedRemuneration(buf.rCode, buf.rKey, start, buf.remunerations);
    if (repeated >= 0) {
      ctxRemun = repeated - start + 1;
      fault(path("RemunCode"), OccupationFields.repeatedRemunerationReason(buf.rCode[repeated], true));
      ctxRemun = 0;
    }
    long[] v = e.values; // on a fault, the person is refused and these are never handed over
    buf.oDays[o] = (int) v[DmfaTree.OCCUPATION_DAYS];
    buf.oPartTime[o] = v[DmfaTree.OCCUPATION_CONTRACT] == 1;
    buf.oS[o] = (int) v[DmfaTree.OCCUPATION_REF_HOURS];
    buf.oQ[o] = (int) v[DmfaTree.OCCUPATION_HOURS];
    buf.oApprenticeship[o] = (int) Math.max(0, v[DmfaTree.OCCUPATION_APPRENTICESHIP]);
    curOcc = -1;
  }

  /**
   * A {@code ServiceSequenceNbr} (at {@code 0}) or {@code RemunSequenceNbr} (at {@code 2}) read as
   * {@code v} (negative: none, or refused): a number given before in the same occupation is a fault.
   */
  private void sequenceNumber(int at, long v, String leaf, String element) {
    if (v < 0) {
      return;
    }
    int k = at + (int) (v >>> 6);
    long bit = 1L << v;
    if ((sequenceNumbers[k] & bit) != 0) {
      fault(path(leaf), RejectTexts.sameSequence(element));
    }
    sequenceNumbers[k] |= bit;
  }

  /**
   * Whether one more {@code Service} or {@code Remun} ({@code index}, 1-based) fits its occupation
   * beside the {@code count} kept; the first one that does not is a fault.
   */
  private boolean fits(int count, int index, String what) {
    if (count < OccupationFields.MAX_ITEMS) {
      return true;
    }
    if (index == OccupationFields.MAX_ITEMS + 1) {
      ctxService = 0;
      ctxRemun = 0;
      fault(path(null), RejectTexts.tooMany(what));
    }
    return false;
  }

  // ------------------------------------------------------------------ values

  /**
   * The current element's text (the reader is at its START_ELEMENT) as an unsigned number in
   * {@code leaf}'s zone; the reader ends at its END_ELEMENT. On a value outside the zone's domain:
   * a fault, and -2.
   */
  long number(Leaf leaf) throws XMLStreamException {
    valueName = leaf.name();
    long v = leaf.digits() == Leaf.DATE ? scanner.scanDate(r) : scanner.scan(r, leaf.digits());
    if (v >= 0 && v <= leaf.max()) {
      return v;
    }
    fault(path(leaf.name()), RejectTexts.badNumber(leaf, v));
    return -2;
  }

  // ------------------------------------------------------------------ elements out of place

  /**
   * A child the schema allows but the reader does not read (the parser at its start): skipped to
   * its end, but an element the reader reads found inside it is out of place and refuses the
   * declaration.
   */
  void skipAllowed(String name) throws XMLStreamException {
    walk(name, true);
  }

  /**
   * A child {@code parent} may not hold (the parser at its start): refuses the declaration. Its
   * content is walked to its end for the {@code INSS} of the persons it may hold, so that they are
   * refused too.
   */
  void notAllowed(Element parent) throws XMLStreamException {
    String name = DmfaTree.localName(r);
    int k = tree.readNames.indexOf(name);
    docFault(path(name), k >= 0 ? RejectTexts.misplaced(name, tree.placeOf(k), parent.name())
        : RejectTexts.notAllowed(parent.name()));
    walk(name, false);
  }

  /** An element inside a number element (the parser at its start): refuses the declaration, as {@link #notAllowed}. */
  private void elementInValue() throws XMLStreamException {
    String in = valueName;
    String name = DmfaTree.localName(r);
    docFault(path(in + "/" + name), RejectTexts.inValue(in));
    walk(in + "/" + name, false);
  }

  /**
   * Reads the element the parser is at to its end. With {@code allowed} (a skipped element), the
   * first element found in it that the reader reads refuses the declaration; either way the INSZ
   * of every {@code INSS} in it is kept ({@link #strayInss}).
   *
   * @param top the element's name, or its path from the current context, for the rejects
   */
  private void walk(String top, boolean allowed) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        int k = tree.readNames.indexOf(DmfaTree.localName(r));
        if (k >= 0 && k != tree.alsoElsewhere) {
          if (allowed) {
            String name = tree.readNames.name(k);
            docFault(path(top), RejectTexts.holds(name, tree.placeOf(k)));
            allowed = false;
          }
          if (k == tree.inss) {
            strayInss(top);
            continue; // read to its end
          }
        }
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** An {@code INSS} out of place, in a document refused whole: its person, when it is a valid INSZ, is refused too. */
  private void strayInss(String top) throws XMLStreamException {
    Location loc = r.getLocation();
    long v = number(DmfaTree.INSS);
    if (v < 0 || scanner.digits() != 11 || !Insz.isValid(v)) {
      return; // no person can be named by it
    }
    if (named == namedInsz.length) {
      int n = named * 2;
      namedInsz = Arrays.copyOf(namedInsz, n);
      namedLine = Arrays.copyOf(namedLine, n);
      namedColumn = Arrays.copyOf(namedColumn, n);
      namedPath = Arrays.copyOf(namedPath, n);
    }
    namedInsz[named] = v;
    namedLine[named] = Math.max(0, loc.getLineNumber());
    namedColumn[named] = Math.max(0, loc.getColumnNumber());
    namedPath[named] = path(top + "/…/INSS");
    named++;
  }

  // ------------------------------------------------------------------ faults and paths

  /** The path of the current context, then {@code tail} (or the context itself when null). */
  String path(String tail) {
    if (ctxOuter != null) { // above the declaration: from the root's child, or the root
      return tail == null ? ctxOuter : ctxOuter + "/" + tail;
    }
    StringBuilder sb = DmfaTree.occupationPath(new StringBuilder(96), tree.update, ctxPerson, ctxWr, ctxOcc);
    return DmfaTree.itemPath(sb, ctxService, ctxRemun, tail).toString();
  }

  /** The path of an {@code Occupation} (or of its person or worker record, with 0 for the rest) below the root. */
  public static String occupationPath(int person, int workerRecord, int occupation) {
    return occupationPath(false, person, workerRecord, occupation);
  }

  /** As {@link #occupationPath(int, int, int)}, in a correction ({@code update}: {@code EmployerDeclarationUpdate/NaturalPersonUpdate[1]/…}). */
  public static String occupationPath(boolean update, int person, int workerRecord, int occupation) {
    return DmfaTree.occupationPath(new StringBuilder(80), update, person, workerRecord, occupation).toString();
  }

  /** A fault at the current place: refuses the occupation and the person (or the document). */
  void fault(String field, String reason) {
    Problem p = here(field, reason);
    if (curOcc >= 0 && buf.oProblem[curOcc] == null) {
      buf.oProblem[curOcc] = p;
    }
    if (curPerson >= 0) {
      if (buf.pProblem[curPerson] == null) {
        buf.pProblem[curPerson] = p;
      }
    } else if (documentProblem == null) {
      documentProblem = p;
    }
  }

  private void docFault(String field, String reason) {
    if (documentProblem == null) {
      documentProblem = here(field, reason);
    }
  }

  private Problem here(String field, String reason) {
    Location loc = r.getLocation();
    return new Problem(field, Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()), reason);
  }

  // ------------------------------------------------------------------ the end of a document

  /**
   * Hands over the document: each valid person's occupations; for a refused person one reject per
   * occupation (the faulty one naming its fault, the others the person's), or one for the person
   * when it has none; for a refused document, the same with the document's fault.
   */
  private Summary emit(Handler handler) {
    if (pidMessage) { // not a declaration: skipped whole, with a notice ({@link Declared#PID_MESSAGE})
      declared = Declared.PID_MESSAGE;
      return new Summary(0, 0, false, false);
    }
    if (otherYear) { // another year's declaration: skipped whole, whatever it holds; its persons untouched
      declared = new Declared(quarterValue, Math.max(0, noss), Math.max(0, companyId), 0, 0, true);
      return new Summary(0, 0, false, false);
    }
    if (documentProblem == null) {
      checkDocument();
    }
    Problem d = documentProblem;
    if (d == null) {
      Correction correction = tree.update ? correction() : null;
      long[] content = digest(correction);
      int shared = wrs.sharedClass();
      long[] keys = null;
      int[] classes = null;
      if (shared < 0) {
        keys = new long[wrs.count];
        classes = new int[wrs.count];
        for (int i = 0; i < wrs.count; i++) {
          keys[i] = (long) (wrs.person[i] + 1) << 32 | wrs.index[i];
          classes[i] = wrs.employerClass[i];
        }
      }
      declared = new Declared(quarterValue, Math.max(0, noss), Math.max(0, companyId), content[0], content[1], false,
          Math.max(shared, 0), keys, classes, correction);
    }
    String whole = d == null ? null : RejectTexts.wholeDeclaration(d);
    int year = quarterValue / 10;
    int quarter = quarterValue % 10;
    long employer = companyId > 0 ? companyId : noss;
    int employerDigits = companyId > 0 ? 10 : 9; // the enterprise number, else the RSZ number
    int accepted = 0;
    int rejects = 0;
    int w = 0; // the worker records, in person order
    for (int p = 0; p < buf.persons; p++) {
      Problem pp = buf.pProblem[p];
      int first = buf.pFirstOcc[p];
      int end = buf.occupationsEnd(p);
      if (d == null && pp == null) {
        for (int o = first; o < end; o++) {
          fill(o, p, year, quarter, employer, employerDigits);
          handler.occupation(fields, occupationWhere(o, p));
          accepted++;
        }
        for (; tree.update && w < wrs.count && wrs.person[w] <= p; w++) {
          if (wrs.person[w] == p && wrs.occupations[w] == 0) { // names its person for the correction rules
            where.set(wrs.line[w], wrs.column[w], p + 1, wrs.index[w], 0, null);
            handler.workerRecord(buf.pInsz[p], where);
          }
        }
        continue;
      }
      String masked = masked(p);
      long insz = buf.pInsz[p];
      if (first == end && d != null) {
        where.set(buf.pLine[p], buf.pCol[p], p + 1, 0, 0, null);
        reject(handler, where, masked, insz, whole);
      } else if (first == end) {
        reject(handler, pp, p, masked, insz);
      }
      for (int o = first; o < end; o++) {
        Problem op = buf.oProblem[o];
        if (d == null && op != null) {
          reject(handler, op, p, masked, insz);
        } else {
          reject(handler, occupationWhere(o, p), masked, insz, d != null ? whole : RejectTexts.withPerson(pp));
        }
      }
      rejects += Math.max(1, end - first);
    }
    int namedRejects = 0;
    for (int i = 0; d != null && i < named; i++) {
      long v = namedInsz[i];
      if (buf.index.putIfAbsent(v, Integer.MAX_VALUE) == LongIntMap.ABSENT) { // not refused above
        where.set(namedLine[i], namedColumn[i], 0, 0, 0, namedPath[i]);
        reject(handler, where, Insz.mask(pad(v, 11)), v, whole);
        namedRejects++;
      }
    }
    rejects += namedRejects;
    if (d != null && buf.persons == 0 && namedRejects == 0) {
      where.set(d.line(), d.column(), 0, 0, 0, d.field());
      reject(handler, where, "", -1, whole);
      rejects++;
    }
    return new Summary(accepted, rejects, d != null, d != null && !readToEnd);
  }

  /**
   * What the last document read declared: its quarter, employer numbers and content digest, or
   * {@link Declared#NONE} when it was refused whole.
   */
  public Declared declared() {
    return declared;
  }

  /**
   * The identity and content of a declaration read to its end and not refused whole: the quarter
   * ({@code YYYYQ}), the RSZ (NOSS) number and the enterprise number (0 when not given), the first
   * 128 bits of the SHA-256 of what was read ({@link ContentDigest}: everything the reader keeps,
   * so the form's creation date, hour and reference are not part of it), and whether the quarter
   * lies outside the reference year (then nothing was handed over).
   */
  public record Declared(int quarter, long noss, long companyId, long digestHigh, long digestLow, boolean otherYear,
      int sharedClass, long[] classKeys, int[] classes, Correction correction) {
    /** No declaration: the document was refused whole. */
    public static final Declared NONE = new Declared(0, 0, 0, 0, 0, false);
    /** No declaration: a {@code DmfAPID} message, skipped (it carries PIDs, no wages or days). */
    public static final Declared PID_MESSAGE = new Declared(0, 0, 0, 0, 0, false);

    /** An original whose worker records all have employer class 000. */
    public Declared(int quarter, long noss, long companyId, long digestHigh, long digestLow, boolean otherYear) {
      this(quarter, noss, companyId, digestHigh, digestLow, otherYear, 0, null, null, null);
    }

    /** Whether this is a correction ({@code DmfAUpdate}). */
    public boolean update() {
      return correction != null;
    }

    /**
     * The employer class of worker record {@code workerRecord} of person {@code person} (both
     * 1-based, as {@link Where}); in a correction, the worker record's class after the action.
     */
    public int employerClass(int person, int workerRecord) {
      if (correction != null) {
        int i = correction.find(person, workerRecord);
        return i < 0 ? -1 : correction.employerClass()[i];
      }
      if (classKeys == null) {
        return sharedClass;
      }
      int i = Arrays.binarySearch(classKeys, (long) person << 32 | workerRecord);
      return i < 0 ? -1 : classes[i];
    }

    /** Whether the document was read as a declaration ({@link #NONE} was not). */
    public boolean read() {
      return quarter != 0;
    }

    /** Whether {@code other} has the same content (digest). */
    public boolean sameContent(Declared other) {
      return digestHigh == other.digestHigh && digestLow == other.digestLow;
    }
  }

  /**
   * What a correction ({@code DmfAUpdate}) declares beyond its occupations, for the run's
   * correction rules: its {@code EmployerDeclarationPID}, its form's creation date and hour, and
   * per worker record of a person not refused (in document order, by person and worker record,
   * 1-based) the INSZ, the employer class and worker code after the action and before it
   * ({@code LastSituationWR}, else the same) and the update action (zone 00618: 0 deleted, 1
   * modified, 3 created by a correction, 9 unchanged).
   */
  public record Correction(long pid, long formDate, long formMillis, int[] persons, int[] workerRecords, long[] insz,
      int[] employerClass, int[] workerCode, int[] lastClass, int[] lastCode, int[] action) {
    /** Deleted, modified, created by a correction, unchanged (zone 00618). */
    public static final int DELETED = 0;
    public static final int MODIFIED = 1;
    public static final int CREATED = 3;
    public static final int UNCHANGED = 9;

    /** How many worker records it names. */
    public int size() {
      return persons.length;
    }

    /** The index of worker record {@code workerRecord} of person {@code person} (1-based), or -1. */
    public int find(int person, int workerRecord) {
      int lo = 0;
      int hi = persons.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = persons[mid] != person ? Integer.compare(persons[mid], person)
            : Integer.compare(workerRecords[mid], workerRecord);
        if (c == 0) {
          return mid;
        } else if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }

    /** The form's creation as one sortable number: YYYYMMDD, then the milliseconds of the day. */
    public long created() {
      return formDate * 100_000_000L + formMillis;
    }

    /** {@code 2024-05-02 10:15:00.000}: the form's creation date and hour. */
    public String createdText() {
      long ms = formMillis;
      return String.format(java.util.Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d.%03d", formDate / 10000,
          formDate / 100 % 100, formDate % 100, ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /** {@code deleted}, {@code modified}, {@code created}, {@code unchanged}: action {@code a}'s word. */
    public static String word(int a) {
      return switch (a) {
        case DELETED -> "deleted";
        case MODIFIED -> "modified";
        case CREATED -> "created";
        default -> "unchanged";
      };
    }
  }

  /** The correction of the buffered document: the worker records of the persons not refused. */
  private Correction correction() {
    int n = 0;
    for (int i = 0; i < wrs.count; i++) {
      n += buf.pProblem[wrs.person[i]] == null ? 1 : 0;
    }
    int[] persons = new int[n];
    int[] records = new int[n];
    long[] insz = new long[n];
    int[] cls = new int[n];
    int[] code = new int[n];
    int[] lastCls = new int[n];
    int[] lastCode = new int[n];
    int[] action = new int[n];
    int k = 0;
    for (int i = 0; i < wrs.count; i++) {
      int p = wrs.person[i];
      if (buf.pProblem[p] != null) {
        continue;
      }
      persons[k] = p + 1;
      records[k] = wrs.index[i];
      insz[k] = buf.pInsz[p];
      cls[k] = wrs.employerClass[i];
      code[k] = wrs.code[i];
      lastCls[k] = wrs.lastClass[i];
      lastCode[k] = wrs.lastCode[i];
      action[k] = wrs.action[i];
      k++;
    }
    return new Correction(pid, formDate, formMillis, persons, records, insz, cls, code, lastCls, lastCode, action);
  }

  /**
   * The digest of the buffered document: every value and fault kept, in document order; for a
   * correction, what it declares beyond (not the form's creation date and hour).
   */
  private long[] digest(Correction correction) {
    ContentDigest h = digest;
    h.reset();
    h.putInt(quarterValue);
    h.putLong(noss);
    h.putLong(companyId);
    if (correction != null) {
      h.putText("DmfAUpdate");
      h.putLong(correction.pid());
      for (int i = 0; i < correction.size(); i++) {
        h.putInt(correction.persons()[i]);
        h.putInt(correction.workerRecords()[i]);
        h.putInt(correction.employerClass()[i]);
        h.putInt(correction.lastClass()[i]);
        h.putInt(correction.lastCode()[i]);
        h.putInt(correction.action()[i]);
      }
    }
    for (int i = 0; i < wrs.count; i++) {
      h.putInt(wrs.employerClass[i]);
    }
    h.putInt(buf.persons);
    for (int p = 0; p < buf.persons; p++) {
      h.putLong(buf.pRaw[p]);
      Problem pp = buf.pProblem[p];
      if (pp != null) {
        h.putText(pp.field());
        h.putText(pp.reason());
      }
      int end = buf.occupationsEnd(p);
      h.putInt(end - buf.pFirstOcc[p]);
      for (int o = buf.pFirstOcc[p]; o < end; o++) {
        h.putInt(buf.oWrIndex[o]);
        h.putInt(buf.oIndex[o]);
        h.putInt(buf.oWorkerCode[o]);
        h.putInt(buf.oEmployerClass[o]);
        h.putInt(buf.oApprenticeship[o]);
        h.putInt(buf.oPartTime[o] ? 1 : 0);
        h.putInt(buf.oDays[o]);
        h.putInt(buf.oQ[o]);
        h.putInt(buf.oS[o]);
        int n = buf.oSvcCount[o];
        h.putInt(n);
        for (int s = buf.oSvcStart[o]; s < buf.oSvcStart[o] + n; s++) {
          h.putInt(buf.sCode[s]);
          h.putInt(buf.sDays[s]);
          h.putInt(buf.sHours[s]);
        }
        int m = buf.oRemCount[o];
        h.putInt(m);
        for (int r = buf.oRemStart[o]; r < buf.oRemStart[o] + m; r++) {
          h.putInt(buf.rCode[r]);
          h.putLong(buf.rAmount[r]);
        }
        h.putText(buf.oProblem[o] == null ? null : buf.oProblem[o].reason());
      }
    }
    return h.finish();
  }

  /** Whether a parser's cause is bytes that are not text in the document's encoding. */
  private static boolean undecodable(Throwable cause) {
    return cause instanceof java.io.CharConversionException
        || cause instanceof java.nio.charset.CharacterCodingException
        || cause instanceof java.io.UnsupportedEncodingException;
  }

  /** The document-level checks once the document has ended: quarter and employer. */
  private void checkDocument() {
    if (declarations == 0 || quarterValue == 0) {
      documentProblem = new Problem(tree.declaration.name() + "/Quarter", 0, 0,
          declarations == 0 ? RejectTexts.NO_DECLARATION : RejectTexts.NO_QUARTER);
      return;
    }
    if (quarterValue < 0) {
      return; // a fault was recorded on the element
    }
    if (companyId <= 0 && noss <= 0) {
      documentProblem = new Problem(tree.declaration.name() + "/CompanyID", 0, 0, RejectTexts.NO_EMPLOYER);
      return;
    }
    if (tree.update && pid <= 0) {
      documentProblem = new Problem(tree.declaration.name() + "/EmployerDeclarationPID", 0, 0, RejectTexts.NO_PID);
      return;
    }
    DmfaDomains domains = DmfaDomains.official();
    if (companyId > 0 && !domains.enterpriseNumber(companyId)) {
      documentProblem = new Problem(tree.declaration.name() + "/CompanyID", 0, 0, RejectTexts.COMPANY_ID);
    } else if (noss > 0 && !domains.nossNumber(noss)) {
      documentProblem = new Problem(tree.declaration.name() + "/NOSSRegistrationNbr", 0, 0,
          RejectTexts.nossNumber(domains.nossMin(), domains.nossMax()));
    }
  }

  /** Person {@code p}'s (0-based) reject at its problem. */
  private void reject(Handler handler, Problem pr, int p, String masked, long insz) {
    where.set(pr.line(), pr.column(), p + 1, 0, 0, pr.field());
    reject(handler, where, masked, insz, pr.reason());
  }

  private void reject(Handler handler, Where at, String masked, long insz, String reason) {
    handler.reject(new Reject(fileName, at.line, at.column, at.path(), masked, reason), insz, at);
  }

  /** {@link #where} set to occupation {@code o} of person {@code p} (0-based). */
  private Where occupationWhere(int o, int p) {
    where.set(buf.oLine[o], buf.oCol[o], p + 1, buf.oWrIndex[o], buf.oIndex[o], null);
    return where;
  }

  private String masked(int p) {
    if (buf.pRaw[p] >= 0) {
      return Insz.mask(pad(buf.pRaw[p], 11));
    }
    return buf.pMasked[p] == null ? "" : buf.pMasked[p];
  }

  private void fill(int o, int p, int year, int quarter, long employer, int employerDigits) {
    OccupationFields f = fields;
    f.insz = buf.pInsz[p];
    f.year = year;
    f.quarter = quarter;
    f.employer = employer;
    f.employerDigits = employerDigits;
    f.workerCode = buf.oWorkerCode[o];
    f.employerClass = buf.oEmployerClass[o];
    f.apprenticeship = buf.oApprenticeship[o];
    f.partTime = buf.oPartTime[o];
    f.daysPerWeek = buf.oDays[o];
    f.meanWorkingHours = buf.oQ[o];
    f.refMeanWorkingHours = buf.oS[o];
    int n = buf.oSvcCount[o];
    int s0 = buf.oSvcStart[o];
    f.services = n;
    System.arraycopy(buf.sCode, s0, f.serviceCodes, 0, n);
    System.arraycopy(buf.sDays, s0, f.serviceDays, 0, n);
    System.arraycopy(buf.sHours, s0, f.serviceHours, 0, n);
    int m = buf.oRemCount[o];
    int r0 = buf.oRemStart[o];
    f.remunerations = m;
    System.arraycopy(buf.rCode, r0, f.remunerationCodes, 0, m);
    System.arraycopy(buf.rAmount, r0, f.remunerationAmounts, 0, m);
  }

  /** {@code v} in decimal, zero-padded on the left to {@code width} digits. */
  static String pad(long v, int width) {
    String s = Long.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
