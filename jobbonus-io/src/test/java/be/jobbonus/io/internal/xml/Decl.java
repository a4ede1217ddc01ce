package be.jobbonus.io.internal.xml;

/** Small DmfA declarations as text, for tests. */
final class Decl {

  /** Valid INSZ numbers (examples/persons.csv). */
  static final String A = "85073003328";
  static final String B = "90021514251";
  static final String C = "78061107712";

  private Decl() {}

  static String doc(String quarter, String... persons) {
    StringBuilder sb = new StringBuilder();
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<DmfAOriginal xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:noNamespaceSchemaLocation=\"DmfAOriginal_20223.xsd\">\n")
        .append(" <Form>\n  <Identification>DMFA</Identification>\n  <TypeForm>SU</TypeForm>\n")
        .append("  <EmployerDeclaration>\n")
        .append("   <Quarter>").append(quarter).append("</Quarter>\n")
        .append("   <NOSSRegistrationNbr>000000000</NOSSRegistrationNbr>\n")
        .append("   <CompanyID>1234567401</CompanyID>\n")
        .append("   <NetOwedAmount>00000000009999</NetOwedAmount>\n");
    for (String p : persons) {
      sb.append(p);
    }
    sb.append("  </EmployerDeclaration>\n </Form>\n</DmfAOriginal>\n");
    return sb.toString();
  }

  static String person(String inss, String... workerRecords) {
    StringBuilder sb = new StringBuilder("   <NaturalPerson>\n    <NaturalPersonSequenceNbr>0000001</NaturalPersonSequenceNbr>\n");
    if (inss != null) {
      sb.append("    <INSS>").append(inss).append("</INSS>\n");
    }
    for (String w : workerRecords) {
      sb.append(w);
    }
    return sb.append("   </NaturalPerson>\n").toString();
  }

  static String workerRecord(String workerCode, String... occupations) {
    StringBuilder sb = new StringBuilder("    <WorkerRecord>\n     <EmployerClass>000</EmployerClass>\n");
    if (workerCode != null) {
      sb.append("     <WorkerCode>").append(workerCode).append("</WorkerCode>\n");
    }
    for (String o : occupations) {
      sb.append(o);
    }
    sb.append("     <WorkerContribution><ContributionWorkerCode>856</ContributionWorkerCode>")
        .append("<ContributionAmount>00000009999</ContributionAmount></WorkerContribution>\n");
    return sb.append("    </WorkerRecord>\n").toString();
  }

  /** An occupation: D, contract, S, Q, then services and remunerations. */
  static String occupation(String days, String contract, String s, String q, String... items) {
    StringBuilder sb = new StringBuilder("     <Occupation>\n      <OccupationSequenceNbr>01</OccupationSequenceNbr>\n");
    sb.append("      <JointCommissionNbr>200</JointCommissionNbr>\n");
    if (days != null) {
      sb.append("      <WorkingDaysSystem>").append(days).append("</WorkingDaysSystem>\n");
    }
    if (contract != null) {
      sb.append("      <ContractType>").append(contract).append("</ContractType>\n");
    }
    if (s != null) {
      sb.append("      <RefMeanWorkingHours>").append(s).append("</RefMeanWorkingHours>\n");
    }
    if (q != null) {
      sb.append("      <MeanWorkingHours>").append(q).append("</MeanWorkingHours>\n");
    }
    for (String i : items) {
      sb.append(i);
    }
    return numbered(numbered(sb.append("     </Occupation>\n").toString(), "ServiceSequenceNbr"), "RemunSequenceNbr");
  }

  /** {@code xml} with each {@code <name>01</name>} numbered in order: 01, 02, … (each service and remuneration has its own). */
  static String numbered(String xml, String name) {
    String tag = "<" + name + ">01</" + name + ">";
    StringBuilder sb = new StringBuilder();
    int from = 0;
    int n = 0;
    for (int at; (at = xml.indexOf(tag, from)) >= 0; from = at + tag.length()) {
      sb.append(xml, from, at).append(String.format(java.util.Locale.ROOT, "<%s>%02d</%s>", name, ++n, name));
    }
    return sb.append(xml.substring(from)).toString();
  }

  static String service(String code, String days, String hours) {
    return "      <Service><ServiceSequenceNbr>01</ServiceSequenceNbr><ServiceCode>" + code + "</ServiceCode><ServiceNbrDays>"
        + days + "</ServiceNbrDays>" + (hours == null ? "" : "<ServiceNbrHours>" + hours + "</ServiceNbrHours>")
        + "</Service>\n";
  }

  static String remun(String code, String amount) {
    return "      <Remun><RemunSequenceNbr>01</RemunSequenceNbr><RemunCode>" + code + "</RemunCode>"
        + "<BonusPaymentFrequency>00</BonusPaymentFrequency><RemunAmount>" + amount + "</RemunAmount></Remun>\n";
  }

  /** A full-time 5-day occupation with 65 days of code 1 and a wage. */
  static String fullTime(String amount) {
    return occupation("500", "0", "3800", "3800", service("001", "06500", "0049400"), remun("001", amount));
  }
}
