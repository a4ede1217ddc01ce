package be.jobbonus.io.internal.xml;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Regime;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Remuneration;
import be.jobbonus.core.dmfa.Service;
import be.jobbonus.io.internal.OutputFile;
import com.ctc.wstx.api.WstxOutputProperties;
import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link OccupationLine}s as DmfA declarations ({@code DmfAOriginal} documents, docs/dmfa.md
 * §1-2) with Woodstox: one document per employer and quarter, one {@code NaturalPerson} per INSZ,
 * one {@code WorkerRecord} per worker code, one {@code Occupation} per line, numbers zero-padded
 * to their zone's length as the DmfA writes them. The elements the library does not read (form
 * identification, sequence numbers, dates, joint committee, a worker contribution) are written
 * with plausible values so that readers skip realistic content. For tests, examples and
 * benchmarks: the files hold the lines' personal data.
 */
public final class DmfaXmlWriter {

  private static final WstxOutputFactory FACTORY = new WstxOutputFactory();

  static {
    FACTORY.setProperty(WstxOutputProperties.P_USE_DOUBLE_QUOTES_IN_XML_DECL, Boolean.TRUE);
  }

  private DmfaXmlWriter() {}

  /** {@code dmfa-<employer>-<YYYYQ>.xml}: the file name of a declaration. */
  public static String fileName(String employer, YearQuarter quarter) {
    return "dmfa-" + employer + "-" + quarter.year() + quarter.quarter() + ".xml";
  }

  /**
   * Groups {@code lines} by employer and quarter and writes each group as one declaration into
   * {@code dir} (created if needed), named by {@link #fileName}; in employer, then quarter order.
   * Declarations hold personal data: the directory, when created, and the files are owner-only
   * ({@link OutputFile#createDirectory}, {@link OutputFile#createFile}).
   *
   * @return the files written
   */
  public static List<Path> writeDeclarations(Collection<OccupationLine> lines, Path dir) throws IOException {
    Map<String, Map<YearQuarter, List<OccupationLine>>> groups = new TreeMap<>();
    for (OccupationLine l : lines) {
      groups.computeIfAbsent(l.employer(), e -> new TreeMap<>()).computeIfAbsent(l.quarter(), q -> new ArrayList<>())
          .add(l);
    }
    OutputFile.createDirectory(dir, true);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, Map<YearQuarter, List<OccupationLine>>> e : groups.entrySet()) {
      for (Map.Entry<YearQuarter, List<OccupationLine>> q : e.getValue().entrySet()) {
        Path file = dir.resolve(fileName(e.getKey(), q.getKey()));
        try (OutputStream out = new BufferedOutputStream(OutputFile.createFile(file, true), 1 << 16)) {
          writeDeclaration(q.getValue(), out);
        }
        files.add(file);
      }
    }
    return files;
  }

  /**
   * Writes one declaration: lines of one employer and one quarter, persons in the order of their
   * first line, worker records likewise. {@code out} is flushed, not closed.
   *
   * @throws IllegalArgumentException when the lines are empty or of several employers or quarters
   */
  public static void writeDeclaration(List<OccupationLine> lines, OutputStream out) throws IOException {
    Map<Insz, Map<Integer, List<OccupationLine>>> persons = byPerson(lines);
    String employer = lines.get(0).employer();
    YearQuarter quarter = lines.get(0).quarter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
      Out o = new Out(w);
      w.writeStartDocument("UTF-8", "1.0");
      o.nl(0);
      w.writeStartElement("DmfAOriginal");
      o.start(1, "Form");
      o.leaf(2, "Identification", "DMFA");
      o.leaf(2, "FormCreationDate", quarter.lastDay().plusDays(20).toString());
      o.leaf(2, "FormCreationHour", "09:00:00.000");
      o.leaf(2, "AttestationStatus", "0");
      o.leaf(2, "TypeForm", "SU");
      o.start(2, "EmployerDeclaration");
      o.leaf(3, "Quarter", quarter.year() * 10L + quarter.quarter(), 5);
      boolean kbo = employer.length() == 10;
      o.leaf(3, "NOSSRegistrationNbr", kbo ? "000000000" : employer);
      o.leaf(3, "Trusteeship", "0");
      o.leaf(3, "CompanyID", kbo ? employer : "0000000000");
      o.leaf(3, "NetOwedAmount", 0, 14);
      int sequence = 0;
      for (Map.Entry<Insz, Map<Integer, List<OccupationLine>>> p : persons.entrySet()) {
        o.start(3, "NaturalPerson");
        o.leaf(4, "NaturalPersonSequenceNbr", ++sequence, 7);
        o.leaf(4, "INSS", p.getKey().digits());
        for (Map.Entry<Integer, List<OccupationLine>> wr : p.getValue().entrySet()) {
          workerRecord(o, quarter, wr.getKey(), wr.getValue());
        }
        o.end(3);
      }
      o.end(2); // EmployerDeclaration
      o.end(1); // Form
      o.nl(0);
      w.writeEndElement(); // DmfAOriginal
      o.nl(0);
      w.writeEndDocument();
      w.flush();
      w.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the declaration: " + e.getMessage(), e);
    }
  }

  /**
   * Writes a correction ({@code DmfAUpdate}, {@code DmfAUpdate_20223.xsd}, docs/dmfa.md §13.1) of
   * the declaration of {@code lines}' employer and quarter: each of their worker records (one per
   * INSZ and worker code, employer class 000) modified (update action 1), {@code LastSituationWR}
   * naming it as it was (the same employer class and worker code), with {@code lines} as its new
   * content. The form is created at {@code created}; {@code pid} is the declaration's
   * {@code EmployerDeclarationPID} (1 to 99,999,999,999). {@code out} is flushed, not closed.
   *
   * @throws IllegalArgumentException when the lines are empty or of several employers or quarters,
   *     or the PID is out of its zone
   */
  public static void writeCorrection(List<OccupationLine> lines, long pid, LocalDateTime created, OutputStream out)
      throws IOException {
    if (pid < 1 || pid > 99_999_999_999L) {
      throw new IllegalArgumentException("an EmployerDeclarationPID has 1 to 11 digits and is not 0");
    }
    Map<Insz, Map<Integer, List<OccupationLine>>> persons = byPerson(lines);
    String employer = lines.get(0).employer();
    YearQuarter quarter = lines.get(0).quarter();
    try {
      XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
      Out o = new Out(w);
      w.writeStartDocument("UTF-8", "1.0");
      o.nl(0);
      w.writeStartElement("DmfAUpdate");
      o.start(1, "Form");
      o.leaf(2, "Identification", "DMFAUPD");
      o.leaf(2, "FormCreationDate", created.toLocalDate().toString());
      o.leaf(2, "FormCreationHour", String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", created.getHour(),
          created.getMinute(), created.getSecond(), created.getNano() / 1_000_000));
      o.leaf(2, "AttestationStatus", "1");
      o.leaf(2, "TypeForm", "SU");
      o.start(2, "EmployerDeclarationUpdate");
      o.leaf(3, "Quarter", quarter.year() * 10L + quarter.quarter(), 5);
      boolean kbo = employer.length() == 10;
      o.leaf(3, "NOSSRegistrationNbr", kbo ? "000000000" : employer);
      o.leaf(3, "Trusteeship", "0");
      o.leaf(3, "CompanyID", kbo ? employer : "0000000000");
      o.leaf(3, "EmployerDeclarationPID", pid, 11);
      int sequence = 0;
      for (Map.Entry<Insz, Map<Integer, List<OccupationLine>>> p : persons.entrySet()) {
        o.start(3, "NaturalPersonUpdate");
        o.leaf(4, "NaturalPersonSequenceNbr", ++sequence, 7);
        o.leaf(4, "INSS", p.getKey().digits());
        for (Map.Entry<Integer, List<OccupationLine>> wr : p.getValue().entrySet()) {
          o.start(4, "WorkerRecordUpdate");
          o.start(5, "LastSituationWR");
          o.leaf(6, "EmployerClass", "000");
          o.leaf(6, "WorkerCode", wr.getKey(), 3);
          o.leaf(6, "WorkerRecordVersionNbr", "1");
          o.end(5);
          workerRecord(o, quarter, wr.getKey(), wr.getValue(), true);
          o.end(4);
        }
        o.end(3);
      }
      o.end(2); // EmployerDeclarationUpdate
      o.end(1); // Form
      o.nl(0);
      w.writeEndElement(); // DmfAUpdate
      o.nl(0);
      w.writeEndDocument();
      w.flush();
      w.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the correction: " + e.getMessage(), e);
    }
  }

  /** The lines of one declaration by person, then worker code, in the order of their first line. */
  private static Map<Insz, Map<Integer, List<OccupationLine>>> byPerson(List<OccupationLine> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a declaration needs at least one line");
    }
    String employer = lines.get(0).employer();
    YearQuarter quarter = lines.get(0).quarter();
    Map<Insz, Map<Integer, List<OccupationLine>>> persons = new LinkedHashMap<>();
    for (OccupationLine l : lines) {
      if (!l.employer().equals(employer) || !l.quarter().equals(quarter)) {
        throw new IllegalArgumentException("a declaration holds one employer and one quarter; group the lines first");
      }
      persons.computeIfAbsent(l.insz(), i -> new LinkedHashMap<>()).computeIfAbsent(l.workerCode(), c -> new ArrayList<>())
          .add(l);
    }
    return persons;
  }

  private static void workerRecord(Out o, YearQuarter quarter, int workerCode, List<OccupationLine> lines)
      throws XMLStreamException {
    workerRecord(o, quarter, workerCode, lines, false);
  }

  /** A worker record; in a correction ({@code update}), its {@code WorkerRecordUpdateAction}, modified (action 1). */
  private static void workerRecord(Out o, YearQuarter quarter, int workerCode, List<OccupationLine> lines,
      boolean update) throws XMLStreamException {
    int d = update ? 1 : 0; // a correction's worker record is one level deeper
    o.start(4 + d, update ? "WorkerRecordUpdateAction" : "WorkerRecord");
    o.leaf(5 + d, "EmployerClass", "000");
    o.leaf(5 + d, "WorkerCode", workerCode, 3);
    o.leaf(5 + d, "NOSSQuarterStartingDate", quarter.firstDay().toString());
    o.leaf(5 + d, "NOSSQuarterEndingDate", quarter.lastDay().toString());
    o.leaf(5 + d, "Border", "0");
    if (update) {
      o.leaf(5 + d, "UpdateAction", "1");
    }
    int occupation = 0;
    long basis = 0;
    for (OccupationLine l : lines) {
      o.depth = d;
      o.start(5, update ? "OccupationUpdate" : "Occupation");
      o.leaf(6, "OccupationSequenceNbr", ++occupation, 2);
      o.leaf(6, "OccupationStartingDate", quarter.firstDay().toString());
      o.leaf(6, "JointCommissionNbr", workerCode < 100 ? "124" : "200");
      o.leaf(6, "WorkingDaysSystem", l.daysPerWeek(), 3);
      o.leaf(6, "ContractType", l.contract() == Regime.PART_TIME ? "1" : "0");
      o.leaf(6, "RefMeanWorkingHours", l.refMeanWorkingHours(), 4);
      o.leaf(6, "MeanWorkingHours", l.meanWorkingHours(), 4);
      o.leaf(6, "Retired", "0");
      int s = 0;
      for (Service sv : l.services()) {
        o.start(6, "Service");
        o.leaf(7, "ServiceSequenceNbr", ++s, 2);
        o.leaf(7, "ServiceCode", sv.code(), 3);
        o.leaf(7, "ServiceNbrDays", sv.days(), 5);
        if (sv.hours() != 0) {
          o.leaf(7, "ServiceNbrHours", sv.hours(), 7);
        }
        o.end(6);
      }
      int r = 0;
      for (Remuneration rm : l.remunerations()) {
        o.start(6, "Remun");
        o.leaf(7, "RemunSequenceNbr", ++r, 2);
        o.leaf(7, "RemunCode", rm.code(), 3);
        if (rm.code() == 2 || rm.code() == 23 || rm.code() == 45 || rm.code() == 62) {
          o.leaf(7, "BonusPaymentFrequency", "12");
        }
        o.leaf(7, "RemunAmount", rm.amountCents(), 11);
        o.end(6);
        basis += rm.amountCents();
      }
      o.end(5); // Occupation
      o.depth = 0;
    }
    o.start(5 + d, "WorkerContribution");
    o.leaf(6 + d, "ContributionWorkerCode", workerCode, 3);
    o.leaf(6 + d, "ContributionType", "0");
    o.leaf(6 + d, "ContributionCalculationBasis", basis, 11);
    o.leaf(6 + d, "ContributionAmount", basis * 2507 / 10000, 11);
    o.end(5 + d);
    o.end(4 + d); // WorkerRecord
  }

  /** Indented output: one element a line, tabs. */
  private static final class Out {
    private static final char[] TABS = "\n\t\t\t\t\t\t\t\t\t\t".toCharArray();
    private final XMLStreamWriter w;
    /** Added to every depth: the occupations of a correction are one level deeper. */
    int depth;

    Out(XMLStreamWriter w) {
      this.w = w;
    }

    void nl(int depth) throws XMLStreamException {
      w.writeCharacters(TABS, 0, this.depth + depth + 1);
    }

    void start(int depth, String name) throws XMLStreamException {
      nl(depth);
      w.writeStartElement(name);
    }

    void end(int depth) throws XMLStreamException {
      nl(depth);
      w.writeEndElement();
    }

    void leaf(int depth, String name, String text) throws XMLStreamException {
      nl(depth);
      w.writeStartElement(name);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    /** {@code value} zero-padded to {@code width} digits (more when it needs more). */
    void leaf(int depth, String name, long value, int width) throws XMLStreamException {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      leaf(depth, name, DmfaXmlReader.pad(value, width));
    }
  }
}
