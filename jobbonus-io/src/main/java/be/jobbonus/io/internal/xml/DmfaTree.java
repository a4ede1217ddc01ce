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
 *
 * <p>A correction has its own tree ({@code new DmfaTree(reader, true)}), from {@code
 * DmfAUpdate_20223.xsd}: {@code DmfAUpdate/Form/EmployerDeclarationUpdate/NaturalPersonUpdate/
 * WorkerRecordUpdate/WorkerRecordUpdateAction/OccupationUpdate}, the same leaves, plus the form's
 * creation date and hour, the {@code EmployerDeclarationPID}, {@code LastSituationWR} and the
 * {@code UpdateAction} (docs/dmfa.md §13.1).
 */
final class DmfaTree {

  static final String ROOT = "DmfAOriginal";
  static final String DECLARATION = "EmployerDeclaration";
  /** The root of a correction, {@code DmfAUpdate_20223.xsd} (docs/dmfa.md §13, "Corrections"). */
  static final String UPDATE_ROOT = "DmfAUpdate";
  static final String UPDATE_DECLARATION = "EmployerDeclarationUpdate";
  /** The root of the message giving a declaration its PIDs ({@code DmfAPID_20224.xsd}): skipped, docs/dmfa.md §13. */
  static final String PID_ROOT = "DmfAPID";

  static final Leaf QUARTER = new Leaf("Quarter", 5, "YYYYQ: 20241 = 2024Q1");
  static final Leaf NOSS = new Leaf("NOSSRegistrationNbr", 9, "the employer's RSZ number, 9 digits");
  static final Leaf COMPANY_ID = new Leaf("CompanyID", 10, "the employer's enterprise number, 10 digits");
  static final Leaf INSS = new Leaf("INSS", 11, "the INSZ, 11 digits");
  static final Leaf PID = new Leaf("EmployerDeclarationPID", 11, "the declaration's number at the RSZ, 11 digits");
  static final Leaf FORM_CREATION_DATE = Leaf.date("FormCreationDate", "the day the form was made, YYYY-MM-DD");
  private static final Leaf[] PERSON = {INSS};
  private static final Leaf WORKER_CODE = new Leaf("WorkerCode", 3, "DmfA annex 2, 3 digits");
  private static final Leaf EMPLOYER_CLASS = new Leaf("EmployerClass", 3, "the employer class, 3 digits");
  private static final Leaf[] WORKER_RECORD = {WORKER_CODE,
    Leaf.date("NOSSQuarterStartingDate", "the first day of the worker record's quarter, YYYY-MM-DD"),
    Leaf.date("NOSSQuarterEndingDate", "the last day of the worker record's quarter, YYYY-MM-DD"),
    EMPLOYER_CLASS
  };
  /** A correction's worker record: the original's leaves, then the update action (zone 00618). */
  private static final Leaf[] WORKER_RECORD_UPDATE = {WORKER_RECORD[0], WORKER_RECORD[1], WORKER_RECORD[2],
    EMPLOYER_CLASS, new Leaf("UpdateAction", 1, 9, "0 deleted, 1 modified, 3 created, 9 unchanged",
        "must be 0 (deleted), 1 (modified), 3 (created by a correction) or 9 (unchanged)")
  };
  /** The worker record a correction changes, as it was: employer class and worker code. */
  private static final Leaf[] LAST_SITUATION = {EMPLOYER_CLASS, WORKER_CODE};
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

  // The children DmfAUpdate_20223.xsd allows in a correction's elements, not read: skipped.
  private static final String[] UPDATE_FORM_OTHER = {"Identification", "AttestationStatus", "TypeForm", "Reference"};
  private static final String[] UPDATE_DECLARATION_OTHER = {"Trusteeship", "System5", "HolidayStartingDate",
    "Justification", "CompanyVehicleUpdateAction", "ContributionUnrelatedToNPUpdate"};
  private static final String[] UPDATE_PERSON_OTHER = {"NaturalPersonSequenceNbr", "NaturalPersonUserReference",
    "NaturalPersonPID", "DeclNaturalPersonPID", "DeclNaturalPersonVersionNbr", "Justification"};
  private static final String[] LAST_SITUATION_OTHER = {"WorkerRecordVersionNbr"};
  private static final String[] UPDATE_OCCUPATION_OTHER = append(OCCUPATION_OTHER, "OccupationVersionNbr");

  // the child indices the reader switches on: the leaves first, then the nested elements
  static final int DECLARATION_PERSON = 0;
  static final int DECLARATION_QUARTER = 1;
  static final int DECLARATION_NOSS = 2;
  static final int PERSON_INSS = 0;
  static final int WORKER_RECORD_CODE = 0;
  static final int WORKER_RECORD_START = 1;
  static final int WORKER_RECORD_END = 2;
  static final int WORKER_RECORD_CLASS = 3;
  /** In a correction's worker record: the update action, then the occupations. */
  static final int WORKER_RECORD_ACTION = 4;
  static final int LAST_SITUATION_CLASS = 0;
  static final int LAST_SITUATION_CODE = 1;
  static final int WRAPPER_LAST_SITUATION = 0;
  static final int FORM_DATE = 0;
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

  /** Whether this is the tree of a correction ({@code DmfAUpdate}). */
  final boolean update;
  /** The root's name: {@link #ROOT} or {@link #UPDATE_ROOT}. */
  final String rootName;
  /** The child index of {@code Occupation} in {@link #workerRecord}, of the declaration in {@link #form}, of the PID in {@link #declaration} (-2: none). */
  final int workerRecordOccupation;
  /**
   * The child index of {@code StudentContribution} in {@link #workerRecord} (-2 in a correction):
   * a student's solidarity contribution instead of occupations, read as a line of its worker code
   * without services.
   */
  final int workerRecordStudent;
  final int formDeclaration;
  final int formHour;
  final int declarationPid;
  /** A correction only: {@code WorkerRecordUpdate}, holding {@code LastSituationWR} and the action ({@link #workerRecord}). */
  final Element wrapper;
  final Element lastSituation;
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
  /**
   * The index in {@link #readNames} of the one element read that the schema also has where it is
   * not read, or -2: in a correction, {@code UpdateAction}, which {@code CompanyVehicleUpdateAction}
   * and {@code ContributionUnrelatedToNPUpdate} hold too (their actions; skipped).
   */
  final int alsoElsewhere;

  DmfaTree(DmfaXmlReader reader) {
    this(reader, false);
  }

  /** @param update the tree of a correction ({@code DmfAUpdate}) rather than an original */
  DmfaTree(DmfaXmlReader reader, boolean update) {
    this.update = update;
    rootName = update ? UPDATE_ROOT : ROOT;
    String decl = update ? UPDATE_DECLARATION : DECLARATION;
    root = new Element(reader, rootName, NONE, 0, null, new String[] {"Form"}, NO_NAMES);
    if (update) {
      form = new Element(reader, "Form", new Leaf[] {FORM_CREATION_DATE}, 1, "a correction needs its FormCreationDate",
          new String[] {decl, "FormCreationHour"}, UPDATE_FORM_OTHER);
      formDeclaration = 1;
      formHour = 2;
    } else {
      form = new Element(reader, "Form", NONE, 0, null, new String[] {decl}, FORM_OTHER);
      formDeclaration = 0;
      formHour = -2;
    }
    declaration = update
        ? new Element(reader, decl, NONE, 0, null, new String[] {"NaturalPersonUpdate", QUARTER.name(), NOSS.name(),
            COMPANY_ID.name(), PID.name()}, UPDATE_DECLARATION_OTHER)
        : new Element(reader, decl, NONE, 0, null,
            new String[] {"NaturalPerson", QUARTER.name(), NOSS.name(), COMPANY_ID.name()}, DECLARATION_OTHER);
    declarationPid = update ? 4 : -2;
    person = new Element(reader, update ? "NaturalPersonUpdate" : "NaturalPerson", PERSON, 1,
        "every NaturalPerson needs its INSZ (11 digits)",
        new String[] {update ? "WorkerRecordUpdate" : "WorkerRecord"}, update ? UPDATE_PERSON_OTHER : PERSON_OTHER);
    if (update) {
      wrapper = new Element(reader, "WorkerRecordUpdate", NONE, 0, null,
          new String[] {"LastSituationWR", "WorkerRecordUpdateAction"}, NO_NAMES);
      lastSituation = new Element(reader, "LastSituationWR", LAST_SITUATION, 2,
          "LastSituationWR needs EmployerClass and WorkerCode", NO_NAMES, LAST_SITUATION_OTHER);
      workerRecord = new Element(reader, "WorkerRecordUpdateAction", WORKER_RECORD_UPDATE, 1,
          "every WorkerRecordUpdateAction needs its worker code (DmfA annex 2, 3 digits)",
          new String[] {"OccupationUpdate"}, WORKER_RECORD_OTHER);
      workerRecordOccupation = WORKER_RECORD_UPDATE.length;
      workerRecordStudent = -2; // a correction's student contribution is not read
    } else {
      wrapper = null;
      lastSituation = null;
      workerRecord = new Element(reader, "WorkerRecord", WORKER_RECORD, 1,
          "every WorkerRecord needs its worker code (DmfA annex 2, 3 digits)",
          new String[] {"Occupation", "StudentContribution"}, WORKER_RECORD_OTHER);
      workerRecordOccupation = WORKER_RECORD.length;
      workerRecordStudent = WORKER_RECORD.length + 1;
    }
    occupation = new Element(reader, update ? "OccupationUpdate" : "Occupation", OCCUPATION, 4, "every Occupation needs"
        + " WorkingDaysSystem, ContractType, RefMeanWorkingHours and MeanWorkingHours",
        new String[] {"Service", "Remun"}, update ? UPDATE_OCCUPATION_OTHER : OCCUPATION_OTHER);
    service = new Element(reader, "Service", SERVICE, 2, "every Service needs ServiceCode and ServiceNbrDays",
        NO_NAMES, SERVICE_OTHER);
    remun = new Element(reader, "Remun", REMUN, 2, "every Remun needs RemunCode and RemunAmount", NO_NAMES, NO_NAMES);
    Element[] all = update ? new Element[] {root, form, declaration, person, wrapper, lastSituation, workerRecord,
      occupation, service, remun} : new Element[] {root, form, declaration, person, workerRecord, occupation, service, remun};
    List<String> names = new ArrayList<>(List.of(rootName));
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
    alsoElsewhere = update ? readNames.indexOf("UpdateAction") : -2;
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
    return occupationPath(sb, false, person, workerRecord, occupation);
  }

  /**
   * As {@link #occupationPath(StringBuilder, int, int, int)}, in a correction ({@code update}):
   * {@code EmployerDeclarationUpdate/NaturalPersonUpdate[17]/WorkerRecordUpdate[1]/WorkerRecordUpdateAction/OccupationUpdate[2]}.
   */
  static StringBuilder occupationPath(StringBuilder sb, boolean update, int person, int workerRecord, int occupation) {
    sb.append(update ? UPDATE_DECLARATION : DECLARATION);
    if (person > 0) {
      sb.append(update ? "/NaturalPersonUpdate[" : "/NaturalPerson[").append(person).append(']');
      if (workerRecord > 0) {
        sb.append(update ? "/WorkerRecordUpdate[" : "/WorkerRecord[").append(workerRecord).append(']');
        if (occupation > 0) {
          sb.append(update ? "/WorkerRecordUpdateAction/OccupationUpdate[" : "/Occupation[").append(occupation).append(']');
        }
      }
    }
    return sb;
  }

  private static String[] append(String[] names, String name) {
    String[] out = java.util.Arrays.copyOf(names, names.length + 1);
    out[names.length] = name;
    return out;
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
