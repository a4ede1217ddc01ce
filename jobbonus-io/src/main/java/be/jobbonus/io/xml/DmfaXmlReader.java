package be.jobbonus.io.xml;

import be.jobbonus.core.Insz;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.io.OccupationFields;
import be.jobbonus.io.Reject;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.exc.WstxEOFException;
import com.ctc.wstx.exc.WstxLazyException;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * be.jobbonus.io.batch.CalculateRun}.
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
     * @param reject file, line, field (the element path at fault), masked INSZ and reason
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
  private static final class Problem {
    final String field;
    final long line;
    final int column;
    final String reason;

    Problem(String field, long line, int column, String reason) {
      this.field = field;
      this.line = line;
      this.column = column;
      this.reason = reason;
    }
  }

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
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if ("Form".equals(name())) {
          form();
        } else {
          r.skipElement();
        }
      }
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
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (DECLARATION.equals(name())) {
          declaration();
        } else {
          r.skipElement();
        }
      }
    }
  }

  private void declaration() throws XMLStreamException, Stop {
    if (++declarations > 1) {
      docFault(DECLARATION, "the document holds more than one EmployerDeclaration; one document is one employer's"
          + " declaration for one quarter: split it");
      r.skipElement();
      return;
    }
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (name()) {
        case "NaturalPerson":
          person();
          break;
        case "Quarter":
          quarter();
          break;
        case "NOSSRegistrationNbr":
          if (noss >= 0) {
            docFault(DECLARATION + "/NOSSRegistrationNbr", "appears twice; give it once");
          }
          noss = Math.max(0, leaf("NOSSRegistrationNbr", 9));
          break;
        case "CompanyID":
          if (companyId >= 0) {
            docFault(DECLARATION + "/CompanyID", "appears twice; give it once");
          }
          companyId = Math.max(0, leaf("CompanyID", 10));
          break;
        default:
          r.skipElement();
      }
    }
  }

  private void quarter() throws XMLStreamException, Stop {
    String field = DECLARATION + "/Quarter";
    if (quarterValue != 0) {
      docFault(field, "appears twice; give it once");
    }
    long v = leaf("Quarter", 5);
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
    boolean inss = false;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (name()) {
        case "WorkerRecord":
          ctxWr = ++workerRecords;
          workerRecord(p);
          ctxWr = 0;
          break;
        case "INSS":
          if (inss) {
            fault(path("INSS"), "appears twice in one NaturalPerson; give it once");
            r.skipElement();
          } else {
            inss = true;
            inss(p);
          }
          break;
        default:
          r.skipElement();
      }
    }
    if (!inss) {
      fault(path("INSS"), "is missing: every NaturalPerson needs its INSZ (11 digits)");
    }
    curPerson = -1;
    ctxPerson = 0;
  }

  private void inss(int p) throws XMLStreamException {
    long v = leaf("INSS", 11);
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

  private void workerRecord(int p) throws XMLStreamException, Stop {
    int w = buf.addWorkerRecord();
    int occupations = 0;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (name()) {
        case "Occupation":
          ctxOcc = ++occupations;
          occupation(p, w);
          ctxOcc = 0;
          break;
        case "WorkerCode":
          if (buf.wCode[w] != -1) {
            fault(path("WorkerCode"), "appears twice in one WorkerRecord; give it once");
            r.skipElement();
          } else {
            buf.wCode[w] = (int) Math.max(-2, leaf("WorkerCode", 3));
          }
          break;
        default:
          r.skipElement();
      }
    }
    if (buf.wCode[w] == -1) {
      fault(path("WorkerCode"), "is missing: every WorkerRecord needs its worker code (DmfA annex 2, 3 digits)");
    }
  }

  private static final int HAS_DAYS = 1;
  private static final int HAS_CONTRACT = 2;
  private static final int HAS_S = 4;
  private static final int HAS_Q = 8;

  private void occupation(int p, int w) throws XMLStreamException, Stop {
    Location loc = r.getLocation();
    if (buf.occupations >= maxOccupations) {
      docFault(path(null), "the declaration holds more than " + maxOccupations + " occupations, more than this reader"
          + " buffers; split the declaration or raise the limit");
      throw new Stop();
    }
    int o = buf.addOccupation(p, w, ctxWr, ctxOcc, loc.getLineNumber(), loc.getColumnNumber());
    curOcc = o;
    int seen = 0;
    int services = 0;
    int remunerations = 0;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = name();
      switch (name) {
        case "Service":
          ctxService = ++services;
          service(o);
          ctxService = 0;
          break;
        case "Remun":
          ctxRemun = ++remunerations;
          remuneration(o);
          ctxRemun = 0;
          break;
        case "WorkingDaysSystem":
          if (once(seen, HAS_DAYS, name)) {
            seen |= HAS_DAYS;
            buf.oDays[o] = ranged(name, 3, OccupationLine.MAX_DAYS_PER_WEEK);
          }
          break;
        case "ContractType":
          if (once(seen, HAS_CONTRACT, name)) {
            seen |= HAS_CONTRACT;
            long v = leaf(name, 1);
            if (v > 1) {
              fault(path(name), "must be 0 (full-time) or 1 (part-time)");
            }
            buf.oPartTime[o] = v == 1;
          }
          break;
        case "RefMeanWorkingHours":
          if (once(seen, HAS_S, name)) {
            seen |= HAS_S;
            buf.oS[o] = ranged(name, 4, OccupationLine.MAX_WEEKLY_HOURS);
          }
          break;
        case "MeanWorkingHours":
          if (once(seen, HAS_Q, name)) {
            seen |= HAS_Q;
            buf.oQ[o] = ranged(name, 4, OccupationLine.MAX_WEEKLY_HOURS);
          }
          break;
        default:
          r.skipElement();
      }
    }
    if ((seen & HAS_DAYS) == 0) {
      missing("WorkingDaysSystem");
    } else if ((seen & HAS_CONTRACT) == 0) {
      missing("ContractType");
    } else if ((seen & HAS_S) == 0) {
      missing("RefMeanWorkingHours");
    } else if ((seen & HAS_Q) == 0) {
      missing("MeanWorkingHours");
    }
    curOcc = -1;
  }

  private void missing(String name) {
    fault(path(name), "is missing: every Occupation needs WorkingDaysSystem, ContractType, RefMeanWorkingHours and"
        + " MeanWorkingHours");
  }

  /** Whether the element is the first of its name in the occupation; else a fault, skipped. */
  private boolean once(int seen, int bit, String name) throws XMLStreamException {
    if ((seen & bit) == 0) {
      return true;
    }
    fault(path(name), "appears twice in one Occupation; give it once");
    r.skipElement();
    return false;
  }

  private void service(int o) throws XMLStreamException {
    int code = -1;
    int days = -1;
    int hours = -1;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = name();
      switch (name) {
        case "ServiceCode":
          if (code != -1) {
            twice(name);
          } else {
            code = (int) Math.max(-2, leaf(name, 3));
          }
          break;
        case "ServiceNbrDays":
          if (days != -1) {
            twice(name);
          } else {
            days = Math.max(-2, ranged(name, 5, Service.MAX_DAYS));
          }
          break;
        case "ServiceNbrHours":
          if (hours != -1) {
            twice(name);
          } else {
            hours = Math.max(-2, ranged(name, 7, Service.MAX_HOURS));
          }
          break;
        default:
          r.skipElement();
      }
    }
    if (code == -1) {
      fault(path("ServiceCode"), "is missing: every Service needs ServiceCode and ServiceNbrDays");
    } else if (days == -1) {
      fault(path("ServiceNbrDays"), "is missing: every Service needs ServiceCode and ServiceNbrDays");
    }
    if (buf.oSvcCount[o] == OccupationFields.MAX_ITEMS) {
      if (ctxService == OccupationFields.MAX_ITEMS + 1) {
        ctxService = 0;
        fault(path(null), "more than " + OccupationFields.MAX_ITEMS + " Service elements in one Occupation; a service"
            + " code appears once per occupation");
      }
      return;
    }
    buf.addService(o, Math.max(code, 0), Math.max(days, 0), Math.max(hours, 0));
  }

  private void remuneration(int o) throws XMLStreamException {
    int code = -1;
    long amount = -1;
    int ev;
    while ((ev = r.next()) != XMLStreamConstants.END_ELEMENT) {
      if (ev != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String name = name();
      switch (name) {
        case "RemunCode":
          if (code != -1) {
            twice(name);
          } else {
            code = (int) Math.max(-2, leaf(name, 3));
          }
          break;
        case "RemunAmount":
          if (amount != -1) {
            twice(name);
          } else {
            amount = Math.max(-2, leaf(name, 11));
          }
          break;
        default:
          r.skipElement();
      }
    }
    if (code == -1) {
      fault(path("RemunCode"), "is missing: every Remun needs RemunCode and RemunAmount");
    } else if (amount == -1) {
      fault(path("RemunAmount"), "is missing: every Remun needs RemunCode and RemunAmount");
    }
    if (buf.oRemCount[o] == OccupationFields.MAX_ITEMS) {
      if (ctxRemun == OccupationFields.MAX_ITEMS + 1) {
        ctxRemun = 0;
        fault(path(null), "more than " + OccupationFields.MAX_ITEMS + " Remun elements in one Occupation");
      }
      return;
    }
    buf.addRemuneration(o, Math.max(code, 0), Math.max(amount, 0));
  }

  private void twice(String name) throws XMLStreamException {
    String parent = ctxService > 0 ? "Service" : "Remun";
    fault(path(name), "appears twice in one " + parent + "; give it once");
    r.skipElement();
  }

  // ------------------------------------------------------------------ values

  private static final long EMPTY = -1;
  private static final long NOT_DIGITS = -2;
  private static final long TOO_LONG = -3;
  private static final long NESTED = -4;

  /** A leaf number in 0..max, or -2 after a fault. */
  private int ranged(String name, int digits, int max) throws XMLStreamException {
    long v = leaf(name, digits);
    if (v < 0) {
      return -2;
    }
    if (v > max) {
      fault(path(name), "must be at most " + max + " (" + hint(name) + ")");
      return -2;
    }
    return (int) v;
  }

  /**
   * The current element's text (the reader is at its START_ELEMENT) as an unsigned number of at
   * most {@code maxDigits} digits, surrounding whitespace allowed; the reader ends at its
   * END_ELEMENT. On a value outside the zone's domain: a fault, and a negative result.
   */
  private long leaf(String name, int maxDigits) throws XMLStreamException {
    long v = scanNumber(maxDigits);
    if (v >= 0) {
      return v;
    }
    String reason;
    if (v == EMPTY) {
      reason = "is empty; give a number (" + hint(name) + ")";
    } else if (v == NOT_DIGITS) {
      reason = "must be digits only, zero-padded (" + hint(name) + ")";
    } else if (v == TOO_LONG) {
      reason = "has more than " + maxDigits + " digits (" + hint(name) + ")";
    } else {
      reason = "must hold a number, not elements (" + hint(name) + ")";
    }
    fault(path(name), reason);
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

  private static String hint(String name) {
    switch (name) {
      case "Quarter":
        return "YYYYQ: 20241 = 2024Q1";
      case "NOSSRegistrationNbr":
        return "the employer's RSZ number, 9 digits";
      case "CompanyID":
        return "the employer's enterprise number, 10 digits";
      case "INSS":
        return "the INSZ, 11 digits";
      case "WorkerCode":
        return "DmfA annex 2, 3 digits";
      case "WorkingDaysSystem":
        return "days a week in hundredths: 500 = 5 days";
      case "ContractType":
        return "0 full-time, 1 part-time";
      case "RefMeanWorkingHours":
      case "MeanWorkingHours":
        return "hours a week in hundredths: 3800 = 38 h";
      case "ServiceCode":
        return "DmfA annex 8, 3 digits";
      case "ServiceNbrDays":
        return "days in hundredths, zero-padded to 5 digits: 6600 = 66 days";
      case "ServiceNbrHours":
        return "hours in hundredths, zero-padded to 7 digits: 49400 = 494 h";
      case "RemunCode":
        return "DmfA annex 7, 3 digits";
      case "RemunAmount":
        return "euro cents, zero-padded to 11 digits: 600000 = 6000.00 euro";
      default:
        return "digits";
    }
  }

  // ------------------------------------------------------------------ faults and paths

  /** The path of the current context, then {@code tail} (or the context itself when null). */
  private String path(String tail) {
    StringBuilder sb = new StringBuilder(96).append(DECLARATION);
    if (ctxPerson > 0) {
      sb.append("/NaturalPerson[").append(ctxPerson).append(']');
      if (ctxWr > 0) {
        sb.append("/WorkerRecord[").append(ctxWr).append(']');
        if (ctxOcc > 0) {
          sb.append("/Occupation[").append(ctxOcc).append(']');
          if (ctxService > 0) {
            sb.append("/Service[").append(ctxService).append(']');
          } else if (ctxRemun > 0) {
            sb.append("/Remun[").append(ctxRemun).append(']');
          }
        }
      }
    }
    if (tail != null) {
      sb.append('/').append(tail);
    }
    return sb.toString();
  }

  /** The path of an {@code Occupation} (or of its person or worker record, with 0 for the rest) below the root. */
  public static String occupationPath(int person, int workerRecord, int occupation) {
    StringBuilder sb = new StringBuilder(80).append(DECLARATION);
    if (person > 0) {
      sb.append("/NaturalPerson[").append(person).append(']');
      if (workerRecord > 0) {
        sb.append("/WorkerRecord[").append(workerRecord).append(']');
        if (occupation > 0) {
          sb.append("/Occupation[").append(occupation).append(']');
        }
      }
    }
    return sb.toString();
  }

  /** A fault at the current place: refuses the occupation and the person (or the document). */
  private void fault(String field, String reason) {
    Location loc = r.getLocation();
    Problem p = new Problem(field, Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()), reason);
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
      Location loc = r.getLocation();
      documentProblem = new Problem(field, Math.max(0, loc.getLineNumber()), Math.max(0, loc.getColumnNumber()),
          reason);
    }
  }

  // ------------------------------------------------------------------ the end of a document

  private Summary emit(Handler handler) {
    if (documentProblem == null) {
      checkDocument();
    }
    if (documentProblem != null) {
      return refuseDocument(handler);
    }
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
      if (pp != null) {
        String masked = masked(p);
        long insz = buf.pInsz[p];
        if (first == end) {
          reject(handler, pp, masked, insz, pp.reason, p + 1);
          rejects++;
        }
        for (int o = first; o < end; o++) {
          Problem op = buf.oProblem[o];
          if (op != null) {
            reject(handler, op, masked, insz, op.reason, p + 1);
          } else {
            where.set(buf.oLine[o], buf.oCol[o], p + 1, buf.oWrIndex[o], buf.oIndex[o], null);
            handler.reject(new Reject(fileName, buf.oLine[o], where.path(), masked, "refused with its person: "
                + pp.field + " (line " + pp.line + ") " + pp.reason), insz, where);
          }
          rejects++;
        }
        continue;
      }
      for (int o = first; o < end; o++) {
        fill(o, p, year, quarter, employer, employerDigits);
        where.set(buf.oLine[o], buf.oCol[o], p + 1, buf.oWrIndex[o], buf.oIndex[o], null);
        handler.occupation(fields, where);
        accepted++;
      }
    }
    return new Summary(accepted, rejects, false);
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

  private Summary refuseDocument(Handler handler) {
    Problem d = documentProblem;
    String reason = "the whole declaration is refused: " + (d.field.equals("document") ? "" : d.field + " ")
        + (d.line > 0 ? "at line " + d.line + ", column " + d.column + ": " : "") + d.reason;
    int rejects = 0;
    for (int p = 0; p < buf.persons; p++) {
      String masked = masked(p);
      long insz = buf.pInsz[p];
      int first = buf.pFirstOcc[p];
      int end = buf.occupationsEnd(p);
      if (first == end) {
        where.set(buf.pLine[p], buf.pCol[p], p + 1, 0, 0, null);
        handler.reject(new Reject(fileName, buf.pLine[p], where.path(), masked, reason), insz, where);
        rejects++;
      }
      for (int o = first; o < end; o++) {
        where.set(buf.oLine[o], buf.oCol[o], p + 1, buf.oWrIndex[o], buf.oIndex[o], null);
        handler.reject(new Reject(fileName, buf.oLine[o], where.path(), masked, reason), insz, where);
        rejects++;
      }
    }
    if (buf.persons == 0) {
      where.set(d.line, d.column, 0, 0, 0, d.field);
      handler.reject(new Reject(fileName, d.line, d.field, "", reason), -1, where);
      rejects++;
    }
    return new Summary(0, rejects, true, !readToEnd);
  }

  private void reject(Handler handler, Problem pr, String masked, long insz, String reason, int person) {
    where.set(pr.line, pr.column, person, 0, 0, pr.field);
    handler.reject(new Reject(fileName, pr.line, pr.field, masked, reason), insz, where);
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
    f.workerCode = buf.wCode[buf.oWr[o]];
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

    int workerRecords;
    int[] wCode = new int[64]; // -1 not read, -2 refused

    int occupations;
    int[] oPerson = new int[256];
    int[] oWr = new int[256];
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
      workerRecords = 0;
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

    int addWorkerRecord() {
      if (workerRecords == wCode.length) {
        wCode = Arrays.copyOf(wCode, workerRecords * 2);
      }
      wCode[workerRecords] = -1;
      return workerRecords++;
    }

    int addOccupation(int person, int wr, int wrIndex, int index, int line, int column) {
      if (occupations == oPerson.length) {
        int n = occupations * 2;
        oPerson = Arrays.copyOf(oPerson, n);
        oWr = Arrays.copyOf(oWr, n);
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
      oPerson[o] = person;
      oWr[o] = wr;
      oWrIndex[o] = wrIndex;
      oIndex[o] = index;
      oLine[o] = line;
      oCol[o] = column;
      oPartTime[o] = false;
      oDays[o] = 0;
      oQ[o] = 0;
      oS[o] = 0;
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
