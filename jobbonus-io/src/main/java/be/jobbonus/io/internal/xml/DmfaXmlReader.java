package be.jobbonus.io.internal.xml;

import be.jobbonus.core.Insz;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.io.Reject;
import be.jobbonus.io.internal.OccupationFields;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLInputFactory2;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads DmfA declarations ({@code DmfAOriginal} XML documents, docs/dmfa.md §1-2) as a stream,
 * one {@link OccupationFields} per {@code Occupation}, with Woodstox (StAX): no DOM, no object per
 * element. It knows only the elements the calculation needs, each at its place in the tree
 * ({@code DmfAOriginal/Form/EmployerDeclaration/NaturalPerson/WorkerRecord/Occupation/Service/
 * ServiceCode}, ...); an element of the same name elsewhere, and every other element, is skipped.
 *
 * <p><b>Whole documents.</b> A document's occupations are buffered (as primitives) and handed to
 * the {@link Handler} only when the document has ended well-formed and valid. A document that is
 * not well-formed, has another root, no {@code Quarter}, a quarter outside the reference year, no
 * employer number or more than one {@code EmployerDeclaration} is refused whole: the handler gets
 * one reject per occupation read so far (per person when the person has none, per document when no
 * person could be read).
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
        path = occupationPath(person, workerRecord, occupation);
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

  /** An error found in the document: where it is and what to do. No personal data. */
  private record Problem(String field, long line, int column, String reason) {}

  /** Stops reading a document that is refused whole. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private static final String ROOT = "DmfAOriginal";
  private static final String DECLARATION = "EmployerDeclaration";
  private static final XMLResolver NO_RESOLVER = (publicId, systemId, base, ns) -> {
    throw new XMLStreamException("external entities and DTDs are not read");
  };

  private final int referenceYear;
  private final int maxOccupations;
  private final WstxInputFactory factory;
  private final OccupationFields fields = new OccupationFields();
  private final Where where = new Where();
  private final Buffer buf = new Buffer();
  /** The first characters of the last leaf's text (for masking a malformed INSS). */
  private final char[] head = new char[11];
  // the elements read, each at its place: DmfAOriginal/Form/EmployerDeclaration/NaturalPerson/...
  private final Element inRoot = new Element(ROOT, NONE, 0, null, "Form");
  private final Element inForm = new Element("Form", NONE, 0, null, DECLARATION);
  private final Element inDeclaration =
      new Element(DECLARATION, NONE, 0, null, "NaturalPerson", "Quarter", "NOSSRegistrationNbr", "CompanyID");
  private final Element inPerson =
      new Element("NaturalPerson", PERSON, 1, "every NaturalPerson needs its INSZ (11 digits)", "WorkerRecord");
  private final Element inWorkerRecord = new Element("WorkerRecord", WORKER_RECORD, 1,
      "every WorkerRecord needs its worker code (DmfA annex 2, 3 digits)", "Occupation");
  private final Element inOccupation = new Element("Occupation", OCCUPATION, 4, "every Occupation needs"
      + " WorkingDaysSystem, ContractType, RefMeanWorkingHours and MeanWorkingHours", "Service", "Remun");
  private final Element inService =
      new Element("Service", SERVICE, 2, "every Service needs ServiceCode and ServiceNbrDays");
  private final Element inRemun = new Element("Remun", REMUN, 2, "every Remun needs RemunCode and RemunAmount");

  // per document
  private XMLStreamReader2 r;
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

  // the current context, 1-based indices, 0 = outside
  private int curPerson = -1; // buffer slot
  private int curOcc = -1; // buffer slot
  private int ctxPerson;
  private int ctxWr;
  private int ctxOcc;
  private int ctxService;
  private int ctxRemun;

  // the last leaf read
  private int leafDigits;
  private int headLength;
  private boolean headDigits;

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
    this.factory = newFactory();
  }

  /** A Woodstox factory for untrusted documents: no DTD, no external entity, limits. */
  static WstxInputFactory newFactory() {
    WstxInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    // names are matched without their prefix (DmfA declarations use none): a third faster
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_VALIDATING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    f.setProperty(XMLInputFactory.RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_DTD_RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_ENTITY_RESOLVER, NO_RESOLVER);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, MAX_DEPTH);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, MAX_ATTRIBUTES);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, MAX_ATTRIBUTE_SIZE);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
    f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1_000L);
    f.setProperty(WstxInputProperties.P_MAX_DTD_DEPTH, 1);
    f.setProperty(XMLInputFactory2.P_LAZY_PARSING, Boolean.TRUE);
    f.setProperty(XMLInputFactory2.P_INTERN_NAMES, Boolean.TRUE);
    f.setProperty(XMLInputFactory2.P_REPORT_PROLOG_WHITESPACE, Boolean.FALSE);
    f.setProperty(XMLInputFactory2.P_AUTO_CLOSE_INPUT, Boolean.FALSE);
    f.setProperty(WstxInputProperties.P_INPUT_BUFFER_LENGTH, 16_000);
    return f;
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
      // documentProblem is set
    } catch (XMLStreamException e) {
      malformed(e);
    } catch (WstxLazyException e) {
      malformed(e.getCause() instanceof XMLStreamException x ? x : new XMLStreamException(e.getMessage()));
    } catch (IllegalStateException e) {
      // Woodstox: an event out of place that a lazy parse reports late
      documentProblem = new Problem("document", 0, 0, "not well-formed XML; correct the file and read it again");
    } finally {
      r = null;
    }
    return emit(handler);
  }

  private void startDocument() {
    buf.clear();
    documentProblem = null;
    readToEnd = false;
    quarterValue = 0;
    noss = -1;
    companyId = -1;
    forms = 0;
    declarations = 0;
    persons = 0;
    curPerson = -1;
    curOcc = -1;
    ctxPerson = 0;
    ctxWr = 0;
    ctxOcc = 0;
    ctxService = 0;
    ctxRemun = 0;
  }

  /** Records why the XML could not be read; a real read error is thrown as such. */
  private void malformed(XMLStreamException e) throws IOException {
    Throwable cause = e.getNestedException() != null ? e.getNestedException() : e.getCause();
    Location loc = e.getLocation();
    long line = loc == null ? 0 : Math.max(0, loc.getLineNumber());
    int column = loc == null ? 0 : Math.max(0, loc.getColumnNumber());
    String reason;
    if (cause instanceof NameLengthGuard.NameTooLongException) {
      reason = "refused: " + cause.getMessage() + "; a DmfA declaration has no such names";
    } else if (cause instanceof IOException io) {
      throw new IOException("cannot read " + fileName + ": " + io.getMessage(), io);
    } else if (e instanceof WstxEOFException) {
      reason = "the document ends before it is complete (a truncated file?); send the whole declaration";
    } else {
      reason = "not well-formed XML: " + sanitize(e) + "; correct the file and read it again";
    }
    documentProblem = new Problem("document", line, column, reason);
  }

  /**
   * The parser's message without its location, any run of 4 or more digits (an INSZ, an amount)
   * and long quoted text: it names markup, never content.
   */
  static String sanitize(XMLStreamException e) {
    String m = e.getMessage();
    if (m == null) {
      return "unreadable content";
    }
    int at = m.indexOf("Message: ");
    if (at >= 0) {
      m = m.substring(at + 9);
    }
    int loc = m.indexOf("\n at [");
    if (loc >= 0) {
      m = m.substring(0, loc);
    }
    StringBuilder sb = new StringBuilder(Math.min(m.length(), 200));
    int digits = 0;
    int quoted = -1;
    for (int i = 0; i < m.length() && sb.length() < 200; i++) {
      char c = m.charAt(i);
      if (c == '\n' || c == '\r') {
        c = ' ';
      }
      if (c >= '0' && c <= '9') {
        digits++;
        if (digits == 4) {
          sb.setLength(sb.length() - 3);
          sb.append('#');
        }
        if (digits >= 4) {
          continue;
        }
      } else {
        digits = 0;
      }
      if (c == '\'' || c == '"') {
        quoted = quoted < 0 ? sb.length() : -1;
      } else if (quoted >= 0 && sb.length() - quoted > 40) {
        continue; // a long quoted text: cut
      }
      sb.append(c);
    }
    String out = sb.toString().trim();
    return out.endsWith(".") ? out.substring(0, out.length() - 1) : out;
  }

  // ------------------------------------------------------------------ structure

  /** The current element's name without a prefix (the reader is not namespace-aware). */
  private String name() {
    String n = r.getLocalName();
    int colon = n.indexOf(':');
    return colon < 0 ? n : n.substring(colon + 1);
  }

  private void document() throws XMLStreamException, Stop {
    int ev;
    do {
      ev = r.next();
      if (ev == XMLStreamConstants.DTD) {
        docFault("document", "a DTD (<!DOCTYPE ...>) is not allowed in a DmfA declaration: DTDs and entities are not"
            + " read; remove the DOCTYPE");
        throw new Stop();
      }
    } while (ev != XMLStreamConstants.START_ELEMENT);
    if (!ROOT.equals(name())) {
      docFault("document", "the root element must be DmfAOriginal (a DmfA original declaration); this file is"
          + " another kind of document");
      throw new Stop();
    }
    for (int c = inRoot.first(); c >= 0; c = inRoot.next()) {
      form();
    }
    while ((ev = r.next()) != XMLStreamConstants.END_DOCUMENT) {
      // comments, processing instructions, whitespace after the root: nothing else can come
    }
  }

  private void form() throws XMLStreamException, Stop {
    if (++forms > 1) {
      docFault("Form", "the document holds more than one Form; send one declaration per document");
      r.skipElement();
      return;
    }
    for (int c = inForm.first(); c >= 0; c = inForm.next()) {
      declaration();
    }
  }

  private void declaration() throws XMLStreamException, Stop {
    if (++declarations > 1) {
      docFault(DECLARATION, "the document holds more than one EmployerDeclaration; one document is one employer's"
          + " declaration for one quarter: split it");
      r.skipElement();
      return;
    }
    for (int c = inDeclaration.first(); c >= 0; c = inDeclaration.next()) {
      if (c == 0) { // in inDeclaration's order
        person();
      } else if (c == 1) {
        quarter();
      } else if (c == 2) {
        noss = employerNumber(noss, NOSS);
      } else {
        companyId = employerNumber(companyId, COMPANY_ID);
      }
    }
  }

  /** An employer number read where {@code old} was read before (-1: not); refused: 0. */
  private long employerNumber(long old, Leaf leaf) throws XMLStreamException {
    if (old >= 0) {
      docFault(DECLARATION + "/" + leaf.name(), "appears twice; give it once");
    }
    return Math.max(0, number(leaf));
  }

  private void quarter() throws XMLStreamException {
    String field = DECLARATION + "/Quarter";
    if (quarterValue != 0) {
      docFault(field, "appears twice; give it once");
    }
    long v = number(QUARTER);
    if (v < 0) {
      quarterValue = -1;
      return;
    }
    int year = (int) (v / 10);
    int q = (int) (v % 10);
    if (leafDigits != 5 || q < 1 || q > 4 || year < 1900) {
      docFault(field, "must be the year and quarter as YYYYQ, 5 digits (20241 = 2024Q1)");
      quarterValue = -1;
      return;
    }
    quarterValue = (int) v;
    if (referenceYear != ANY_YEAR && year != referenceYear) {
      docFault(field, "the declaration is for " + year + "Q" + q + ", outside reference year " + referenceYear
          + "; leave the file out or run with --year " + year);
    }
  }

  private void person() throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    persons++;
    int p = buf.addPerson(loc.getLineNumber(), loc.getColumnNumber());
    curPerson = p;
    ctxPerson = persons;
    int workerRecords = 0;
    for (int c = inPerson.first(); c >= 0; c = inPerson.next()) {
      if (c == 0) { // INSS, read
        inss(p, inPerson.values[0]);
      } else {
        ctxWr = ++workerRecords;
        workerRecord();
        ctxWr = 0;
      }
    }
    curPerson = -1;
    ctxPerson = 0;
  }

  /** The checks of an {@code INSS} read as {@code v} beyond its zone: 11 digits, a valid INSZ, once per declaration. */
  private void inss(int p, long v) {
    if (v < 0) {
      if (headDigits && headLength >= 6) {
        buf.pMasked[p] = Insz.mask(new String(head, 0, 6));
      }
      return;
    }
    if (leafDigits != 11) {
      fault(path("INSS"), "must be the INSZ with exactly 11 digits (zero-padded)");
      return;
    }
    buf.pRaw[p] = v;
    if (!Insz.isValid(v)) {
      String why;
      try {
        Insz.parse(pad(v, 11));
        why = "is not a valid INSZ";
      } catch (IllegalArgumentException e) {
        why = "is not a valid INSZ: " + e.getMessage();
      }
      fault(path("INSS"), why + "; correct the number");
      return;
    }
    buf.pInsz[p] = v;
    int other = buf.index.putIfAbsent(v, p);
    if (other >= 0) {
      fault(path("INSS"), "the same INSS is declared in NaturalPerson[" + (other + 1) + "] (line " + buf.pLine[other]
          + ") too; a person appears once in a declaration: merge the two");
      if (buf.pProblem[other] == null) {
        buf.pProblem[other] = new Problem(occupationPath(other + 1, 0, 0) + "/INSS", buf.pLine[other],
            buf.pCol[other], "the same INSS is declared again in NaturalPerson[" + ctxPerson + "] (line "
                + buf.pLine[p] + "); a person appears once in a declaration: merge the two");
      }
    }
  }

  private void workerRecord() throws XMLStreamException, Stop {
    int first = buf.occupations;
    int occupations = 0;
    for (int c = inWorkerRecord.first(); c >= 0; c = inWorkerRecord.next()) {
      if (c == 1) { // Occupation
        ctxOcc = ++occupations;
        occupation();
        ctxOcc = 0;
      }
    }
    Arrays.fill(buf.oWorkerCode, first, buf.occupations, (int) inWorkerRecord.values[0]);
  }

  private void occupation() throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    if (buf.occupations >= maxOccupations) {
      docFault(path(null), "the declaration holds more than " + maxOccupations + " occupations, more than this reader"
          + " buffers; split the declaration (only a library caller reading with DmfaXmlReader directly can raise"
          + " the limit, with new DmfaXmlReader(referenceYear, maxOccupations))");
      throw new Stop();
    }
    int o = buf.addOccupation(ctxWr, ctxOcc, loc.getLineNumber(), loc.getColumnNumber());
    curOcc = o;
    int services = 0;
    int remunerations = 0;
    for (int c = inOccupation.first(); c >= 0; c = inOccupation.next()) {
      if (c == 4) { // Service
        ctxService = ++services;
        long[] v = inService.read();
        if (fits(buf.oSvcCount[o], services, "Service elements in one Occupation; a service code appears once per"
            + " occupation")) {
          buf.addService(o, (int) Math.max(v[0], 0), (int) Math.max(v[1], 0), (int) Math.max(v[2], 0));
        }
        ctxService = 0;
      } else if (c == 5) { // Remun
        ctxRemun = ++remunerations;
        long[] v = inRemun.read();
        if (fits(buf.oRemCount[o], remunerations, "Remun elements in one Occupation")) {
          buf.addRemuneration(o, (int) Math.max(v[0], 0), Math.max(v[1], 0));
        }
        ctxRemun = 0;
      }
    }
    long[] v = inOccupation.values; // on a fault, the person is refused and these are never handed over
    buf.oDays[o] = (int) v[0];
    buf.oPartTime[o] = v[1] == 1;
    buf.oS[o] = (int) v[2];
    buf.oQ[o] = (int) v[3];
    curOcc = -1;
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
      fault(path(null), "more than " + OccupationFields.MAX_ITEMS + " " + what);
    }
    return false;
  }

  /**
   * An element the reader knows, at its place in the tree: its number children ({@link Leaf}),
   * each read once (a second one is a fault, skipped), the first {@code required} of which must be
   * there, and the elements nested in it, which its caller reads. Every other child is skipped.
   */
  private final class Element {
    private final String name;
    private final Leaf[] leaves;
    private final int required;
    private final String needs;
    private final String[] names;
    private final int[] hashes;
    /** The leaves' values in the current element: -1 not read (yet), -2 refused. */
    final long[] values;

    /** @param needs what the fault of a missing leaf says after "is missing: " */
    Element(String name, Leaf[] leaves, int required, String needs, String... nested) {
      this.name = name;
      this.leaves = leaves;
      this.required = required;
      this.needs = needs;
      this.names = Stream.concat(Arrays.stream(leaves).map(Leaf::name), Arrays.stream(nested)).toArray(String[]::new);
      this.hashes = Arrays.stream(names).mapToInt(String::hashCode).toArray();
      this.values = new long[leaves.length];
    }

    /** Reads up to the element's first known child (see {@link #next}); the reader is at its start. */
    int first() throws XMLStreamException {
      Arrays.fill(values, -1);
      return next();
    }

    /**
     * Reads up to the element's next known child: a leaf is read, then its index given; a nested
     * element's index ({@code leaves.length} and on) is given at its start. At the element's end:
     * a fault for the first required leaf missing, and -1.
     */
    int next() throws XMLStreamException {
      int ev;
      while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        int c = indexOf(name());
        if (c >= leaves.length) {
          return c;
        } else if (c < 0) {
          r.skipElement();
        } else if (values[c] != -1) {
          fault(path(names[c]), "appears twice in one " + name + "; give it once");
          r.skipElement();
        } else {
          values[c] = number(leaves[c]);
          return c;
        }
      }
      for (int c = 0; c < required; c++) {
        if (values[c] == -1) {
          fault(path(names[c]), "is missing: " + needs);
          break;
        }
      }
      return -1;
    }

    /** Reads a whole element that has no nested ones: its leaves' values. */
    long[] read() throws XMLStreamException {
      for (int c = first(); c >= 0; c = next()) {
        // the leaves are read by next()
      }
      return values;
    }

    /** The index of name {@code n}; hashes first, as a string switch would (every element read comes here). */
    private int indexOf(String n) {
      int h = n.hashCode();
      for (int c = 0; c < names.length; c++) {
        if (hashes[c] == h && names[c].equals(n)) {
          return c;
        }
      }
      return -1;
    }
  }

  // ------------------------------------------------------------------ values

  /**
   * A number element: its name, its zone's digits and largest value, the hint every refusal of it
   * gives, and what a refusal of a value above the largest says (null: "must be at most ...").
   */
  private record Leaf(String name, int digits, long max, String hint, String tooLarge) {
    Leaf(String name, int digits, String hint) {
      this(name, digits, Long.MAX_VALUE, hint, null);
    }

    Leaf(String name, int digits, long max, String hint) {
      this(name, digits, max, hint, null);
    }
  }

  private static final Leaf QUARTER = new Leaf("Quarter", 5, "YYYYQ: 20241 = 2024Q1");
  private static final Leaf NOSS = new Leaf("NOSSRegistrationNbr", 9, "the employer's RSZ number, 9 digits");
  private static final Leaf COMPANY_ID = new Leaf("CompanyID", 10, "the employer's enterprise number, 10 digits");
  private static final Leaf[] PERSON = {new Leaf("INSS", 11, "the INSZ, 11 digits")};
  private static final Leaf[] WORKER_RECORD = {new Leaf("WorkerCode", 3, "DmfA annex 2, 3 digits")};
  private static final Leaf[] OCCUPATION = {
    new Leaf("WorkingDaysSystem", 3, OccupationLine.MAX_DAYS_PER_WEEK, "days a week in hundredths: 500 = 5 days"),
    new Leaf("ContractType", 1, 1, "0 full-time, 1 part-time", "must be 0 (full-time) or 1 (part-time)"),
    new Leaf("RefMeanWorkingHours", 4, OccupationLine.MAX_WEEKLY_HOURS, "hours a week in hundredths: 3800 = 38 h"),
    new Leaf("MeanWorkingHours", 4, OccupationLine.MAX_WEEKLY_HOURS, "hours a week in hundredths: 3800 = 38 h")
  };
  private static final Leaf[] SERVICE = {
    new Leaf("ServiceCode", 3, "DmfA annex 8, 3 digits"),
    new Leaf("ServiceNbrDays", 5, Service.MAX_DAYS, "days in hundredths, zero-padded to 5 digits: 6600 = 66 days"),
    new Leaf("ServiceNbrHours", 7, Service.MAX_HOURS, "hours in hundredths, zero-padded to 7 digits: 49400 = 494 h")
  };
  private static final Leaf[] REMUN = {
    new Leaf("RemunCode", 3, "DmfA annex 7, 3 digits"),
    new Leaf("RemunAmount", 11, "euro cents, zero-padded to 11 digits: 600000 = 6000.00 euro")
  };
  private static final Leaf[] NONE = {};

  private static final long EMPTY = -1;
  private static final long NOT_DIGITS = -2;
  private static final long TOO_LONG = -3;
  private static final long NESTED = -4;

  /**
   * The current element's text (the reader is at its START_ELEMENT) as an unsigned number in its
   * zone, surrounding whitespace allowed; the reader ends at its END_ELEMENT. On a value outside
   * the zone's domain: a fault, and -2.
   */
  private long number(Leaf leaf) throws XMLStreamException {
    long v = scanNumber(leaf.digits());
    if (v >= 0 && v <= leaf.max()) {
      return v;
    }
    String reason;
    if (v == EMPTY) {
      reason = "is empty; give a number (" + leaf.hint() + ")";
    } else if (v == NOT_DIGITS) {
      reason = "must be digits only, zero-padded (" + leaf.hint() + ")";
    } else if (v == TOO_LONG) {
      reason = "has more than " + leaf.digits() + " digits (" + leaf.hint() + ")";
    } else if (v == NESTED) {
      reason = "must hold a number, not elements (" + leaf.hint() + ")";
    } else {
      reason = leaf.tooLarge() != null ? leaf.tooLarge() : "must be at most " + leaf.max() + " (" + leaf.hint() + ")";
    }
    fault(path(leaf.name()), reason);
    return -2;
  }

  private long scanNumber(int maxDigits) throws XMLStreamException {
    long v = 0;
    int digits = 0;
    int state = 0; // 0 before the digits, 1 in them, 2 after them
    boolean bad = false;
    headLength = 0;
    headDigits = true;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      switch (ev) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE: {
          char[] text = r.getTextCharacters();
          int end = r.getTextStart() + r.getTextLength();
          for (int i = r.getTextStart(); i < end; i++) {
            char c = text[i];
            if (c >= '0' && c <= '9') {
              if (state == 2) {
                bad = true;
              }
              state = 1;
              if (++digits <= 18) {
                v = v * 10 + (c - '0');
              }
              if (headLength < head.length) {
                head[headLength++] = c;
              }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
              if (state == 1) {
                state = 2;
              }
            } else {
              bad = true;
              if (headLength < head.length) {
                headDigits &= headLength >= 6;
                head[headLength++] = '?';
              }
            }
          }
          break;
        }
        case XMLStreamConstants.START_ELEMENT:
          r.skipElement();
          bad = true;
          digits = -1_000_000;
          break;
        default:
          // comments and processing instructions inside a value: ignored
      }
    }
    leafDigits = digits;
    if (digits < 0) {
      return NESTED;
    }
    if (bad) {
      return NOT_DIGITS;
    }
    if (digits == 0) {
      return EMPTY;
    }
    if (digits > maxDigits) {
      return TOO_LONG;
    }
    return v;
  }

  // ------------------------------------------------------------------ faults and paths

  /** The path of the current context, then {@code tail} (or the context itself when null). */
  private String path(String tail) {
    StringBuilder sb = occupationPath(new StringBuilder(96), ctxPerson, ctxWr, ctxOcc);
    if (ctxService > 0) {
      sb.append("/Service[").append(ctxService).append(']');
    } else if (ctxRemun > 0) {
      sb.append("/Remun[").append(ctxRemun).append(']');
    }
    if (tail != null) {
      sb.append('/').append(tail);
    }
    return sb.toString();
  }

  /** The path of an {@code Occupation} (or of its person or worker record, with 0 for the rest) below the root. */
  public static String occupationPath(int person, int workerRecord, int occupation) {
    return occupationPath(new StringBuilder(80), person, workerRecord, occupation).toString();
  }

  private static StringBuilder occupationPath(StringBuilder sb, int person, int workerRecord, int occupation) {
    sb.append(DECLARATION);
    if (person > 0) {
      sb.append("/NaturalPerson[").append(person).append(']');
      if (workerRecord > 0) {
        sb.append("/WorkerRecord[").append(workerRecord).append(']');
        if (occupation > 0) {
          sb.append("/Occupation[").append(occupation).append(']');
        }
      }
    }
    return sb;
  }

  /** A fault at the current place: refuses the occupation and the person (or the document). */
  private void fault(String field, String reason) {
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
    if (documentProblem == null) {
      checkDocument();
    }
    Problem d = documentProblem;
    String whole = d == null ? null : "the whole declaration is refused: " + (d.field().equals("document") ? ""
        : d.field() + " ") + (d.line() > 0 ? "at line " + d.line() + ", column " + d.column() + ": " : "") + d.reason();
    int year = quarterValue / 10;
    int quarter = quarterValue % 10;
    long employer = companyId > 0 ? companyId : noss;
    int employerDigits = companyId > 0 ? 10 : 9; // the enterprise number, else the RSZ number
    int accepted = 0;
    int rejects = 0;
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
          reject(handler, occupationWhere(o, p), masked, insz, d != null ? whole : "refused with its person: "
              + pp.field() + " (line " + pp.line() + ") " + pp.reason());
        }
      }
      rejects += Math.max(1, end - first);
    }
    if (d != null && buf.persons == 0) {
      where.set(d.line(), d.column(), 0, 0, 0, d.field());
      reject(handler, where, "", -1, whole);
      rejects++;
    }
    return new Summary(accepted, rejects, d != null, d != null && !readToEnd);
  }

  /** The document-level checks once the document has ended: quarter and employer. */
  private void checkDocument() {
    if (declarations == 0 || quarterValue == 0) {
      documentProblem = new Problem(DECLARATION + "/Quarter", 0, 0, declarations == 0
          ? "the document has no Form/EmployerDeclaration; it is not a DmfA declaration"
          : "is missing: the declaration's quarter (YYYYQ, 20241 = 2024Q1) is needed");
      return;
    }
    if (quarterValue < 0) {
      return; // a fault was recorded on the element
    }
    if (companyId <= 0 && noss <= 0) {
      documentProblem = new Problem(DECLARATION + "/CompanyID", 0, 0,
          "the declaration has neither a CompanyID nor a NOSSRegistrationNbr other than 0; give the employer's number");
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

  static String pad(long v, int width) {
    String s = Long.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  // ------------------------------------------------------------------ the document's buffer

  /** A document's persons, worker records, occupations, services and remunerations as arrays. */
  private static final class Buffer {
    int persons;
    long[] pInsz = new long[64]; // valid INSZ, or -1
    long[] pRaw = new long[64]; // the 11 digits as read (valid or not), or -1
    String[] pMasked = new String[64]; // mask of an INSS that could not be read as a number
    int[] pLine = new int[64];
    int[] pCol = new int[64];
    int[] pFirstOcc = new int[64];
    Problem[] pProblem = new Problem[64];
    final LongIntMap index = new LongIntMap();

    int occupations;
    int[] oWorkerCode = new int[256]; // set when the WorkerRecord ends
    int[] oWrIndex = new int[256];
    int[] oIndex = new int[256];
    int[] oLine = new int[256];
    int[] oCol = new int[256];
    boolean[] oPartTime = new boolean[256];
    int[] oDays = new int[256];
    int[] oQ = new int[256];
    int[] oS = new int[256];
    int[] oSvcStart = new int[256];
    int[] oSvcCount = new int[256];
    int[] oRemStart = new int[256];
    int[] oRemCount = new int[256];
    Problem[] oProblem = new Problem[256];

    int services;
    int[] sCode = new int[512];
    int[] sDays = new int[512];
    int[] sHours = new int[512];

    int remunerations;
    int[] rCode = new int[512];
    long[] rAmount = new long[512];

    void clear() {
      Arrays.fill(pProblem, 0, persons, null);
      Arrays.fill(pMasked, 0, persons, null);
      Arrays.fill(oProblem, 0, occupations, null);
      persons = 0;
      occupations = 0;
      services = 0;
      remunerations = 0;
      index.clear();
    }

    int addPerson(int line, int column) {
      if (persons == pInsz.length) {
        int n = persons * 2;
        pInsz = Arrays.copyOf(pInsz, n);
        pRaw = Arrays.copyOf(pRaw, n);
        pMasked = Arrays.copyOf(pMasked, n);
        pLine = Arrays.copyOf(pLine, n);
        pCol = Arrays.copyOf(pCol, n);
        pFirstOcc = Arrays.copyOf(pFirstOcc, n);
        pProblem = Arrays.copyOf(pProblem, n);
      }
      int p = persons++;
      pInsz[p] = -1;
      pRaw[p] = -1;
      pLine[p] = line;
      pCol[p] = column;
      pFirstOcc[p] = occupations;
      return p;
    }

    /** The end (exclusive) of person {@code p}'s occupations, also when the document broke off inside it. */
    int occupationsEnd(int p) {
      return p + 1 < persons ? pFirstOcc[p + 1] : occupations;
    }

    int addOccupation(int wrIndex, int index, int line, int column) {
      if (occupations == oWorkerCode.length) {
        int n = occupations * 2;
        oWorkerCode = Arrays.copyOf(oWorkerCode, n);
        oWrIndex = Arrays.copyOf(oWrIndex, n);
        oIndex = Arrays.copyOf(oIndex, n);
        oLine = Arrays.copyOf(oLine, n);
        oCol = Arrays.copyOf(oCol, n);
        oPartTime = Arrays.copyOf(oPartTime, n);
        oDays = Arrays.copyOf(oDays, n);
        oQ = Arrays.copyOf(oQ, n);
        oS = Arrays.copyOf(oS, n);
        oSvcStart = Arrays.copyOf(oSvcStart, n);
        oSvcCount = Arrays.copyOf(oSvcCount, n);
        oRemStart = Arrays.copyOf(oRemStart, n);
        oRemCount = Arrays.copyOf(oRemCount, n);
        oProblem = Arrays.copyOf(oProblem, n);
      }
      int o = occupations++;
      oWrIndex[o] = wrIndex;
      oIndex[o] = index;
      oLine[o] = line;
      oCol[o] = column;
      oSvcStart[o] = services;
      oSvcCount[o] = 0;
      oRemStart[o] = remunerations;
      oRemCount[o] = 0;
      return o;
    }

    void addService(int o, int code, int days, int hours) {
      if (services == sCode.length) {
        int n = services * 2;
        sCode = Arrays.copyOf(sCode, n);
        sDays = Arrays.copyOf(sDays, n);
        sHours = Arrays.copyOf(sHours, n);
      }
      sCode[services] = code;
      sDays[services] = days;
      sHours[services] = hours;
      services++;
      oSvcCount[o]++;
    }

    void addRemuneration(int o, int code, long amount) {
      if (remunerations == rCode.length) {
        int n = remunerations * 2;
        rCode = Arrays.copyOf(rCode, n);
        rAmount = Arrays.copyOf(rAmount, n);
      }
      rCode[remunerations] = code;
      rAmount[remunerations] = amount;
      remunerations++;
      oRemCount[o]++;
    }
  }

  /** INSZ → person slot, open addressing; keys are positive. */
  private static final class LongIntMap {
    private long[] keys = new long[1024];
    private int[] values = new int[1024];
    private int size;

    /** The slot already stored for {@code key}, or -1 after storing {@code value}. */
    int putIfAbsent(long key, int value) {
      if (size * 2 >= keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (keys[i] != 0) {
        if (keys[i] == key) {
          return values[i];
        }
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
      return -1;
    }

    void clear() {
      if (size > 0) {
        if (keys.length > 1 << 16) {
          keys = new long[1024];
          values = new int[1024];
        } else {
          Arrays.fill(keys, 0);
        }
        size = 0;
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new int[oldKeys.length * 2];
      size = 0;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          putIfAbsent(oldKeys[i], oldValues[i]);
        }
      }
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      return z ^ (z >>> 33);
    }
  }
}
