package be.jobbonus.rules.message;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Insz;
import be.jobbonus.core.Person;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.core.calculation.JobbonusResult;
import be.jobbonus.rules.internal.ProtocolData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one message DWSE sends to VLABEL for a person: exactly the data of protocol art. 3 and
 * nothing more (data minimisation, GDPR art. 5(1)(c)).
 *
 * <ul>
 *   <li><b>Gegeven 1</b> (identification): INSZ, last name (<i>naam</i>), first name
 *       (<i>voornaam</i>), statuut.
 *   <li><b>Gegeven 2</b> (jobbonus data): reference year (<i>refertejaar</i>), total amount
 *       (<i>totale bedrag</i>), the calculation per quarter ({@link VlabelQuarter}) and the statuut
 *       (the same value as in Gegeven 1, carried once).
 * </ul>
 *
 * <p>A record with fixed components and no map, list of extras or subclass: there is no place for
 * another field. Birth date, residence, employer, codes, hours, the fixed increase and the
 * parameter set of the calculation are not part of it. JSON form: {@link #toJson()}; the strict
 * reader of the receiving side is {@link VlabelMessageReader}; the JSON Schema is {@link #schema()}.
 *
 * <p>{@link #toString()} is masked (first six digits of the INSZ, no names, no wages).
 *
 * @param insz the INSZ (national register or bis number)
 * @param lastName the last name, not blank
 * @param firstName the first name, not blank
 * @param statuut the category of the person
 * @param referenceYear the reference year
 * @param totalCents the total amount of the jobbonus, in cents
 * @param quarters the calculation per quarter, quarters of the reference year in ascending order
 */
public record VlabelMessage(
    Insz insz,
    String lastName,
    String firstName,
    Statuut statuut,
    int referenceYear,
    long totalCents,
    List<VlabelQuarter> quarters) {

  /** The JSON keys of a message, in message order (protocol art. 3). */
  public static final List<String> FIELDS = List.of(
      "insz", "lastName", "firstName", "statuut", "referenceYear", "total", "quarters");

  /** Class-path resource of the JSON Schema (draft 2020-12) of one message line. */
  public static final String SCHEMA_RESOURCE = "/be/jobbonus/rules/message/vlabel-message.schema.json";

  /** Longest name accepted: a technical bound, not a legal one. */
  public static final int MAX_NAME_LENGTH = 200;

  /**
   * @throws IllegalArgumentException when a value is outside its domain; the message names the
   *     field and the rule, never the value
   */
  public VlabelMessage {
    Objects.requireNonNull(insz, "insz");
    Objects.requireNonNull(statuut, "statuut");
    lastName = name(lastName, "lastName");
    firstName = name(firstName, "firstName");
    if (referenceYear < 1900 || referenceYear > 9999) {
      throw new IllegalArgumentException("referenceYear: must be 1900-9999");
    }
    VlabelQuarter.money(totalCents, "total");
    Objects.requireNonNull(quarters, "quarters");
    List<VlabelQuarter> sorted = new ArrayList<>(quarters);
    for (VlabelQuarter q : sorted) {
      Objects.requireNonNull(q, "quarters: null element");
      if (q.quarter().year() != referenceYear) {
        throw new IllegalArgumentException("quarters: " + q.quarter() + " is outside reference year " + referenceYear);
      }
    }
    sorted.sort(Comparator.comparing(VlabelQuarter::quarter));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).quarter().equals(sorted.get(i - 1).quarter())) {
        throw new IllegalArgumentException("quarters: " + sorted.get(i).quarter() + " given twice");
      }
    }
    quarters = List.copyOf(sorted);
  }

  /**
   * The message for a calculation result: identity from {@link JobbonusResult#person()}, the
   * amounts from the result. Everything else the result holds stays behind.
   *
   * @throws IllegalArgumentException when the person's names are blank (a notification needs them)
   */
  public static VlabelMessage from(JobbonusResult result) {
    Objects.requireNonNull(result, "result");
    Person p = result.person();
    List<VlabelQuarter> qs = new ArrayList<>();
    result.quarters().forEach(q -> qs.add(VlabelQuarter.from(q)));
    return new VlabelMessage(p.insz(), p.lastName(), p.firstName(), p.statuut(), result.referenceYear(),
        result.totalCents(), qs);
  }

  /** The message as one line of JSON (no line terminator), keys in {@link #FIELDS} order. */
  public String toJson() {
    return MessageJson.write(this);
  }

  /** The JSON Schema (draft 2020-12) of one message, as shipped in the jar. */
  public static String schema() {
    return ProtocolData.resourceText(VlabelMessage.class, SCHEMA_RESOURCE);
  }

  /** The quarter of the message for {@code quarter}, if any. */
  public java.util.Optional<VlabelQuarter> quarter(YearQuarter quarter) {
    return quarters.stream().filter(q -> q.quarter().equals(quarter)).findFirst();
  }

  private static String name(String value, String field) {
    Objects.requireNonNull(value, field);
    String v = value.strip();
    if (v.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    if (v.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(field + ": longer than " + MAX_NAME_LENGTH + " characters");
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        throw new IllegalArgumentException(field + ": contains a control character");
      }
    }
    return v;
  }

  /** Masked: INSZ's first six digits, year, statuut and total only. */
  @Override
  public String toString() {
    return "VlabelMessage[" + insz.masked() + ", " + referenceYear + ", " + statuut + ", total "
        + Euro.format(totalCents) + ", " + quarters.size() + " quarters]";
  }
}
