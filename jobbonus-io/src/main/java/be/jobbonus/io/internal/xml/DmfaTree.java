package be.jobbonus.io.internal.xml;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Service;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The table of the elements the reader reads, each at its place in a DmfA declaration ({@code
 * DmfAOriginal/Form/EmployerDeclaration/NaturalPerson/WorkerRecord/Occupation/Service/ServiceCode},
 * docs/dmfa.md §2): what each element may hold (its number leaves and their zones, its nested
 * elements, in the order of the child indices the reader switches on), which leaves it needs, and
 * the element paths the rejects name. One per reader: its elements hold the values being read.
 */
final class DmfaTree {

  static final String ROOT = "DmfAOriginal";
  static final String DECLARATION = "EmployerDeclaration";

  static final Leaf QUARTER = new Leaf("Quarter", 5, "YYYYQ: 20241 = 2024Q1");
  static final Leaf NOSS = new Leaf("NOSSRegistrationNbr", 9, "the employer's RSZ number, 9 digits");
  static final Leaf COMPANY_ID = new Leaf("CompanyID", 10, "the employer's enterprise number, 10 digits");
  private static final Leaf[] PERSON = {new Leaf("INSS", 11, "the INSZ, 11 digits")};
  private static final Leaf[] WORKER_RECORD = {new Leaf("WorkerCode", 3, "DmfA annex 2, 3 digits"),
    Leaf.date("NOSSQuarterStartingDate", "the first day of the worker record's quarter, YYYY-MM-DD"),
    Leaf.date("NOSSQuarterEndingDate", "the last day of the worker record's quarter, YYYY-MM-DD")
  };
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

  // the child indices the reader switches on: the leaves first, then the nested elements
  static final int DECLARATION_PERSON = 0;
  static final int DECLARATION_QUARTER = 1;
  static final int DECLARATION_NOSS = 2;
  static final int PERSON_INSS = 0;
  static final int WORKER_RECORD_CODE = 0;
  static final int WORKER_RECORD_START = 1;
  static final int WORKER_RECORD_END = 2;
  static final int WORKER_RECORD_OCCUPATION = 3;
  static final int OCCUPATION_DAYS = 0;
  static final int OCCUPATION_CONTRACT = 1;
  static final int OCCUPATION_REF_HOURS = 2;
  static final int OCCUPATION_HOURS = 3;
  static final int OCCUPATION_SERVICE = 4;
  static final int OCCUPATION_REMUN = 5;
  static final int SERVICE_CODE = 0;
  static final int SERVICE_DAYS = 1;
  static final int SERVICE_HOURS = 2;
  static final int REMUN_CODE = 0;
  static final int REMUN_AMOUNT = 1;

  final Element root;
  final Element form;
  final Element declaration;
  final Element person;
  final Element workerRecord;
  final Element occupation;
  final Element service;
  final Element remun;

  DmfaTree(DmfaXmlReader reader) {
    root = new Element(reader, ROOT, NONE, 0, null, "Form");
    form = new Element(reader, "Form", NONE, 0, null, DECLARATION);
    declaration = new Element(reader, DECLARATION, NONE, 0, null, "NaturalPerson", "Quarter", "NOSSRegistrationNbr",
        "CompanyID");
    person = new Element(reader, "NaturalPerson", PERSON, 1, "every NaturalPerson needs its INSZ (11 digits)",
        "WorkerRecord");
    workerRecord = new Element(reader, "WorkerRecord", WORKER_RECORD, 1,
        "every WorkerRecord needs its worker code (DmfA annex 2, 3 digits)", "Occupation");
    occupation = new Element(reader, "Occupation", OCCUPATION, 4, "every Occupation needs"
        + " WorkingDaysSystem, ContractType, RefMeanWorkingHours and MeanWorkingHours", "Service", "Remun");
    service = new Element(reader, "Service", SERVICE, 2, "every Service needs ServiceCode and ServiceNbrDays");
    remun = new Element(reader, "Remun", REMUN, 2, "every Remun needs RemunCode and RemunAmount");
  }

  /** The current element's name without a prefix (the reader is not namespace-aware). */
  static String localName(XMLStreamReader2 r) {
    String n = r.getLocalName();
    int colon = n.indexOf(':');
    return colon < 0 ? n : n.substring(colon + 1);
  }

  /**
   * Appends the path of an {@code Occupation} (or of its person or worker record, with 0 for the
   * rest) below the root: {@code EmployerDeclaration/NaturalPerson[17]/WorkerRecord[1]/Occupation[2]}.
   */
  static StringBuilder occupationPath(StringBuilder sb, int person, int workerRecord, int occupation) {
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

  /** Appends {@code /Service[i]} or {@code /Remun[i]} (1-based; 0 for neither), then {@code /tail} (unless null). */
  static StringBuilder itemPath(StringBuilder sb, int service, int remun, String tail) {
    if (service > 0) {
      sb.append("/Service[").append(service).append(']');
    } else if (remun > 0) {
      sb.append("/Remun[").append(remun).append(']');
    }
    if (tail != null) {
      sb.append('/').append(tail);
    }
    return sb;
  }
}
