package be.jobbonus.rules.deadlines;

import be.jobbonus.core.parameters.Status;
import be.jobbonus.rules.internal.ProtocolData;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The protocol's dates and periods as data (art. 6, 7, 9, 11): entry into force, DWSE's month for a
 * data-quality finding, the 6 months' notice, the 72 hours towards the supervisory authority, the
 * "at once" of a change of law or of processors (art. 9) and the exchange and update of the list
 * of processors (art. 6). A period of zero days means "the same day" (a reading, status I).
 */
public final class ProtocolTerms {

  /** Class-path resource of the official terms. */
  public static final String OFFICIAL_RESOURCE = "/be/jobbonus/rules/deadlines/protocol-terms.json";

  private static final Set<String> FIELDS = Set.of("entryIntoForce", "qualityMeasures", "terminationNotice",
      "breachToAuthority", "lawChangeNotice", "processorChangeNotice", "processorListExchange",
      "processorListUpdate", "terminationForBreach", "terminationByLaw");
  private static final Supplier<ProtocolTerms> OFFICIAL =
      ProtocolData.official(ProtocolTerms.class, OFFICIAL_RESOURCE, ProtocolTerms::parse);

  private final Term<LocalDate> entryIntoForce;
  private final Term<Period> qualityMeasures;
  private final Term<Period> terminationNotice;
  private final Term<Duration> breachToAuthority;
  private final Term<Period> lawChangeNotice;
  private final Term<Period> processorChangeNotice;
  private final Term<Period> processorListExchange;
  private final Term<Period> processorListUpdate;
  private final Term<Period> terminationForBreach;
  private final Term<Period> terminationByLaw;

  private ProtocolTerms(Term<LocalDate> entryIntoForce, Term<Period> qualityMeasures, Term<Period> terminationNotice,
      Term<Duration> breachToAuthority, Term<Period> lawChangeNotice, Term<Period> processorChangeNotice,
      Term<Period> processorListExchange, Term<Period> processorListUpdate, Term<Period> terminationForBreach,
      Term<Period> terminationByLaw) {
    this.terminationForBreach = terminationForBreach;
    this.terminationByLaw = terminationByLaw;
    this.entryIntoForce = entryIntoForce;
    this.qualityMeasures = qualityMeasures;
    this.terminationNotice = terminationNotice;
    this.breachToAuthority = breachToAuthority;
    this.lawChangeNotice = lawChangeNotice;
    this.processorChangeNotice = processorChangeNotice;
    this.processorListExchange = processorListExchange;
    this.processorListUpdate = processorListUpdate;
  }

  /** The terms of the protocol of 8 September 2022. */
  public static ProtocolTerms official() {
    return OFFICIAL.get();
  }


  /**
   * Reads terms in the form of the official resource.
   *
   * @throws IllegalArgumentException naming the source and field when a field is unknown, missing
   *     or malformed, a period of art. 7, 11 or the 72 hours is not positive, or a period of art. 6
   *     or 9 is negative
   */
  public static ProtocolTerms parse(String json, String source) {
    JsonNode root = ProtocolData.object(json, source, FIELDS);
    Term<Period> quality = term(root, "qualityMeasures", source, Period::parse);
    Term<Period> notice = term(root, "terminationNotice", source, Period::parse);
    Term<Duration> breach = term(root, "breachToAuthority", source, Duration::parse);
    for (Term<Period> p : List.of(quality, notice)) {
      if (p.value().isNegative() || p.value().isZero()) {
        throw new IllegalArgumentException(source + ": periods must be positive");
      }
    }
    if (breach.value().isNegative() || breach.value().isZero()) {
      throw new IllegalArgumentException(source + ": breachToAuthority must be positive");
    }
    Term<Period> law = term(root, "lawChangeNotice", source, Period::parse);
    Term<Period> processors = term(root, "processorChangeNotice", source, Period::parse);
    Term<Period> exchange = term(root, "processorListExchange", source, Period::parse);
    Term<Period> update = term(root, "processorListUpdate", source, Period::parse);
    for (String f : List.of("lawChangeNotice", "processorChangeNotice", "processorListExchange",
        "processorListUpdate", "terminationForBreach", "terminationByLaw")) {
      if (term(root, f, source, Period::parse).value().isNegative()) {
        throw new IllegalArgumentException(source + ": " + f + " must not be negative");
      }
    }
    return new ProtocolTerms(term(root, "entryIntoForce", source, LocalDate::parse), quality, notice, breach, law,
        processors, exchange, update, term(root, "terminationForBreach", source, Period::parse),
        term(root, "terminationByLaw", source, Period::parse));
  }

  private static <T> Term<T> term(JsonNode root, String field, String source, Function<String, T> parser) {
    String path = source + ": " + field;
    JsonNode n = root.get(field);
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException(path + ": required object");
    }
    for (String f : n.propertyNames()) {
      if (!Set.of("value", "article", "status", "source").contains(f)) {
        throw new IllegalArgumentException(path + ": unknown field " + f);
      }
    }
    String v = text(n, "value", path);
    T value;
    try {
      value = parser.apply(v);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(path + ".value: not an ISO-8601 date, period or duration");
    }
    Status status;
    try {
      status = Status.valueOf(text(n, "status", path));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ".status: must be L, S or I");
    }
    return new Term<>(value, text(n, "article", path), status, text(n, "source", path));
  }

  private static String text(JsonNode n, String f, String path) {
    JsonNode v = n.get(f);
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      throw new IllegalArgumentException(path + "." + f + ": required text");
    }
    return v.stringValue();
  }

  /** Termination for processing against the protocol or the law: at once, by simple notice (art. 8). */
  public Term<Period> terminationForBreach() {
    return terminationForBreach;
  }

  /** End by law: end of the communication period or of the legal basis, at once (art. 11). */
  public Term<Period> terminationByLaw() {
    return terminationByLaw;
  }

  /** The protocol's entry into force: the date of signature (art. 11). */
  public Term<LocalDate> entryIntoForce() {
    return entryIntoForce;
  }

  /** DWSE's period to take measures after a data-quality finding (art. 7): 1 month. */
  public Term<Period> qualityMeasures() {
    return qualityMeasures;
  }

  /** The notice period for an ordinary termination (art. 11): 6 months. */
  public Term<Period> terminationNotice() {
    return terminationNotice;
  }

  /** The longest delay towards the supervisory authority after a breach (art. 9, GDPR art. 33): 72 hours. */
  public Term<Duration> breachToAuthority() {
    return breachToAuthority;
  }

  /** The delay to tell the other party of a change of law touching the protocol (art. 9, second paragraph). */
  public Term<Period> lawChangeNotice() {
    return lawChangeNotice;
  }

  /** The delay to tell the other party of a change of processors (art. 9, second paragraph). */
  public Term<Period> processorChangeNotice() {
    return processorChangeNotice;
  }

  /** The delay, from the entry into force, to send the other party the list of processors (art. 6). */
  public Term<Period> processorListExchange() {
    return processorListExchange;
  }

  /** The delay, from a change of processors, to send the updated list (art. 6; art. 9). */
  public Term<Period> processorListUpdate() {
    return processorListUpdate;
  }
}
