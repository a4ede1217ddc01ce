package be.jobbonus.io.internal.xml;

import be.jobbonus.core.dmfa.OccupationLine;
import be.jobbonus.core.dmfa.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * The table of the elements the reader reads, each at its place in a DmfA declaration ({@code
 * DmfAOriginal/Form/EmployerDeclaration/NaturalPerson/WorkerRecord/Occupation/Service/ServiceCode},
 * docs/dmfa.md §2): what each may hold (its number leaves and their zones, its nested elements,
 * in the order of the child indices the reader switches on, and the other children the schema
 * allows there, which are skipped), which leaves it needs, and the element paths the rejects name.
 * A child not in its element's lists, and an element read here found anywhere else, refuses the
 * declaration. One per reader: its elements hold the values being read.
 *
 * <p>The children each element may hold are the official schema's: {@code DmfAOriginal_20223.xsd},
 * the RSZ's XML schema of the DmfA original declaration, version 2023/3 (the same for these
 * elements in 2022/2; {@code Service} and {@code Remun} are the same in {@code DmfAUpdate_20223.xsd}),
 * as kept in the public repository BartVertongen/BelgianSocialSecurity ({@code
 * schema/Schemas/DmfA/}). Children the schema declares with {@code maxOccurs="0"} (the worker's
 * name, address and birth data in {@code NaturalPerson}) are not allowed. Every element name read
 * here appears in that schema only where it is read. To read another element, move its name from
 * the skipped list of its parent to the leaves or the nested elements (and give it an index).
 */
final class DmfaTree {

  static final String ROOT = "DmfAOriginal";
  static final String DECLARATION = "EmployerDeclaration";

  static final Leaf QUARTER = new Leaf("Quarter", 5, "YYYYQ: 20241 = 2024Q1");
  static final Leaf NOSS = new Leaf("NOSSRegistrationNbr", 9, "the employer's RSZ number, 9 digits");
  static final Leaf COMPANY_ID = new Leaf("CompanyID", 10, "the employer's enterprise number, 10 digits");
  static final Leaf INSS = new Leaf("INSS", 11, "the INSZ, 11 digits");
  private static final Leaf[] PERSON = {INSS};
  private static final Leaf[] WORKER_RECORD = {new Leaf("WorkerCode", 3, "DmfA annex 2, 3 digits"),
    Leaf.date("NOSSQuarterStartingDate", "the first day of the worker record's quarter, YYYY-MM-DD"),
    Leaf.date("NOSSQuarterEndingDate", "the last day of the worker record's quarter, YYYY-MM-DD"),
    new Leaf("EmployerClass", 3, "the employer category, 3 digits")
  };
  private static final Leaf[] OCCUPATION = {
    new Leaf("WorkingDaysSystem", 3, OccupationLine.MAX_DAYS_PER_WEEK, "days a week in hundredths: 500 = 5 days"),
    new Leaf("ContractType", 1, 1, "0 full-time, 1 part-time", "must be 0 (full-time) or 1 (part-time)"),
    new Leaf("RefMeanWorkingHours", 4, OccupationLine.MAX_WEEKLY_HOURS, "hours a week in hundredths: 3800 = 38 h"),
    new Leaf("MeanWorkingHours", 4, OccupationLine.MAX_WEEKLY_HOURS, "hours a week in hundredths: 3800 = 38 h"),
    new Leaf("Apprenticeship", 1, 5, "the apprentice type, 1-5")
  };
  private static final Leaf[] SERVICE = {
    new Leaf("ServiceCode", 3, "DmfA annex 8, 3 digits"),
    new Leaf("ServiceNbrDays", 5, Service.MAX_DAYS, "days in hundredths, zero-padded to 5 digits: 6600 = 66 days"),
    new Leaf("ServiceNbrHours", 7, Service.MAX_HOURS, "hours in hundredths, zero-padded to 7 digits: 49400 = 494 h"),
    new Leaf("ServiceSequenceNbr", 2, "the service's number in its occupation, 2 digits")
  };
  private static final Leaf[] REMUN = {
    new Leaf("RemunCode", 3, "DmfA annex 7, 3 digits"),
    new Leaf("RemunAmount", 11, "euro cents, zero-padded to 11 digits: 600000 = 6000.00 euro"),
    new Leaf("RemunSequenceNbr", 2, "the remuneration's number in its occupation, 2 digits"),
    new Leaf("BonusPaymentFrequency", 2, "months between bonus payments, 2 digits"),
    new Leaf("PercentagePaid", 5, "hundredths of a percent, 5 digits: 10000 = 100 %")
  };
  private static final Leaf[] NONE = {};
  private static final String[] NO_NAMES = {};

  // The other children the schema allows in each element read (DmfAOriginal_20223.xsd): skipped.
  private static final String[] FORM_OTHER = {"Identification", "FormCreationDate", "FormCreationHour",
    "AttestationStatus", "TypeForm", "Reference"};
  private static final String[] DECLARATION_OTHER = {"Trusteeship", "NetOwedAmount", "System5", "HolidayStartingDate",
    "CompanyVehicle", "ContributionUnrelatedToNP"};
  private static final String[] PERSON_OTHER = {"NaturalPersonSequenceNbr", "NaturalPersonUserReference"};
  private static final String[] WORKER_RECORD_OTHER = {"Border", "ActivityWithRisk", "LocalUnitID", "WorkerRecordUserReference",
    "ActivationInformation", "WorkerContribution", "WorkerDeduction", "DismissedStatutoryWorkerContribution",
    "EarlyRetirementContribution", "ComplementaryIndemnity", "IndemnityWAPM"};
  private static final String[] OCCUPATION_OTHER = {"OccupationSequenceNbr", "OccupationStartingDate",
    "OccupationEndingDate", "JointCommissionNbr", "WorkerStatus", "ReorganisationMeasure", "EmploymentPromotion",
    "Retired", "RemunMethod", "PositionCode", "FlyingStaffClass", "TenthOrTwelfth",
    "OccupationUserReference", "DaysJustification", "ActivityCode", "LocalUnitID", "ShipId", "StaffCode",
    "SubsidizedMeanWorkingHours", "OccupationInformations", "SecondPillarInformation", "OccupationPublicServiceData",
    "ReorgMeasureInformation", "OccupationDeduction"};
  private static final String[] SERVICE_OTHER = {"FlightNbrMinutes"};

  // the child indices the reader switches on: the leaves first, then the nested elements
  static final int DECLARATION_PERSON = 0;
  static final int DECLARATION_QUARTER = 1;
  static final int DECLARATION_NOSS = 2;
  static final int PERSON_INSS = 0;
  static final int WORKER_RECORD_CODE = 0;
  static final int WORKER_RECORD_START = 1;
  static final int WORKER_RECORD_END = 2;
  static final int WORKER_RECORD_CLASS = 3;
  static final int WORKER_RECORD_OCCUPATION = 4;
  /** A student's solidarity contribution instead of occupations: read as a line of its worker code without services. */
  static final int WORKER_RECORD_STUDENT = 5;
  static final int OCCUPATION_DAYS = 0;
  static final int OCCUPATION_CONTRACT = 1;
  static final int OCCUPATION_REF_HOURS = 2;
  static final int OCCUPATION_HOURS = 3;
  static final int OCCUPATION_APPRENTICESHIP = 4;
  static final int OCCUPATION_SERVICE = 5;
  static final int OCCUPATION_REMUN = 6;
  static final int SERVICE_CODE = 0;
  static final int SERVICE_DAYS = 1;
  static final int SERVICE_HOURS = 2;
  static final int SERVICE_SEQUENCE = 3;
  static final int REMUN_CODE = 0;
  static final int REMUN_AMOUNT = 1;
  static final int REMUN_SEQUENCE = 2;
  static final int REMUN_FREQUENCY = 3;
  static final int REMUN_PERCENTAGE = 4;

  final Element root;
  final Element form;
  final Element declaration;
  final Element person;
  final Element workerRecord;
  final Element occupation;
  final Element service;
  final Element remun;
  /** Every element name read anywhere in the tree, the root's included. */
  final NameTable readNames;
  /** For each of {@link #readNames}, the element it is read in (null for the root). */
  private final String[] readIn;
  /** The index of {@code INSS} in {@link #readNames}. */
  final int inss;

  DmfaTree(DmfaXmlReader reader) {
    root = new Element(reader, ROOT, NONE, 0, null, new String[] {"Form"}, NO_NAMES);
    form = new Element(reader, "Form", NONE, 0, null, new String[] {DECLARATION}, FORM_OTHER);
    declaration = new Element(reader, DECLARATION, NONE, 0, null,
        new String[] {"NaturalPerson", QUARTER.name(), NOSS.name(), COMPANY_ID.name()}, DECLARATION_OTHER);
    person = new Element(reader, "NaturalPerson", PERSON, 1, "every NaturalPerson needs its INSZ (11 digits)",
        new String[] {"WorkerRecord"}, PERSON_OTHER);
    workerRecord = new Element(reader, "WorkerRecord", WORKER_RECORD, 1,
        "every WorkerRecord needs its worker code (DmfA annex 2, 3 digits)",
        new String[] {"Occupation", "StudentContribution"},
        WORKER_RECORD_OTHER);
    occupation = new Element(reader, "Occupation", OCCUPATION, 4, "every Occupation needs"
        + " WorkingDaysSystem, ContractType, RefMeanWorkingHours and MeanWorkingHours",
        new String[] {"Service", "Remun"}, OCCUPATION_OTHER);
    service = new Element(reader, "Service", SERVICE, 2, "every Service needs ServiceCode and ServiceNbrDays",
        NO_NAMES, SERVICE_OTHER);
    remun = new Element(reader, "Remun", REMUN, 2, "every Remun needs RemunCode and RemunAmount", NO_NAMES, NO_NAMES);
    Element[] all = {root, form, declaration, person, workerRecord, occupation, service, remun};
    List<String> names = new ArrayList<>(List.of(ROOT));
    List<String> in = new ArrayList<>(Collections.singletonList((String) null));
    for (Element e : all) {
      e.readNames().filter(n -> !names.contains(n)).forEach(n -> {
        names.add(n);
        in.add(e.name()); // a name read in two elements: the first names its place
      });
    }
    readNames = new NameTable(names.toArray(String[]::new));
    readIn = in.toArray(String[]::new);
    inss = readNames.indexOf(INSS.name());
  }

  /** Where the schema puts read element {@code index} ({@link #readNames}): "in Occupation", "as the root". */
  String placeOf(int index) {
    return readIn[index] == null ? "as the document's root" : "in " + readIn[index];
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
