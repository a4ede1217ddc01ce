package be.jobbonus.rules.retention;

import be.jobbonus.core.parameters.Status;
import be.jobbonus.rules.internal.ProtocolData;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * The retention rules: the retention period (10 years, protocol art. 3 citing decree art. 18) and
 * the prescription period (IP-prescription), each a list of dated parameters with status and
 * source, and the computation of a record's {@link Retention}. Immutable and thread-safe.
 *
 * <p>Periods are added with {@link LocalDate#plus}: a term from 29 February ends on 28 February of
 * a common year. A period applies by the date of the event that starts it: the prescription by the
 * start event date, the retention by the retention start date.
 */
public final class RetentionRules {

  /** Class-path resource of the official periods. */
  public static final String OFFICIAL_RESOURCE = "/be/jobbonus/rules/retention/retention.json";

  private static final Supplier<RetentionRules> OFFICIAL =
      ProtocolData.official(RetentionRules.class, OFFICIAL_RESOURCE, RetentionRules::parse);

  private final List<DatedPeriod> retention;
  private final List<DatedPeriod> prescription;

  private RetentionRules(List<DatedPeriod> retention, List<DatedPeriod> prescription) {
    this.retention = List.copyOf(retention);
    this.prescription = List.copyOf(prescription);
  }

  /** The official periods. */
  public static RetentionRules official() {
    return OFFICIAL.get();
  }


  /**
   * Reads periods in the form of the official resource.
   *
   * @throws IllegalArgumentException naming the source and the field when invalid (unknown or
   *     missing field, bad date or ISO-8601 period, non-positive period, dates not strictly
   *     ascending, empty list)
   */
  public static RetentionRules parse(String json, String sourceName) {
    JsonNode root = ProtocolData.object(json, sourceName, Set.of("retentionPeriod", "prescriptionPeriod"));
    return new RetentionRules(periods(root, "retentionPeriod", sourceName),
        periods(root, "prescriptionPeriod", sourceName));
  }

  /** Reads a list of dated periods; shared with the deadlines' data format. */
  static List<DatedPeriod> periods(JsonNode root, String field, String source) {
    JsonNode a = root.get(field);
    if (a == null || !a.isArray() || a.isEmpty()) {
      throw new IllegalArgumentException(source + ": " + field + ": a non-empty array is required");
    }
    List<DatedPeriod> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      String path = source + ": " + field + "[" + i + "]";
      JsonNode n = a.get(i);
      if (!n.isObject()) {
        throw new IllegalArgumentException(path + ": must be an object");
      }
      for (String f : n.propertyNames()) {
        if (!Set.of("from", "value", "status", "source").contains(f)) {
          throw new IllegalArgumentException(path + ": unknown field " + f);
        }
      }
      DatedPeriod p;
      try {
        p = new DatedPeriod(LocalDate.parse(text(n, "from", path)), Period.parse(text(n, "value", path)),
            Status.valueOf(text(n, "status", path)), text(n, "source", path));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(path + ": 'from' must be an ISO date and 'value' an ISO period such as P10Y");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(path + ": " + e.getMessage());
      }
      if (!out.isEmpty() && !p.from().isAfter(out.get(out.size() - 1).from())) {
        throw new IllegalArgumentException(path + ": 'from' dates must be strictly ascending");
      }
      out.add(p);
    }
    return out;
  }

  private static String text(JsonNode n, String f, String path) {
    JsonNode v = n.get(f);
    if (v == null || !v.isString() || v.stringValue().isBlank()) {
      throw new IllegalArgumentException(path + ": '" + f + "' is required text");
    }
    return v.stringValue();
  }

  /**
   * The prescription period that applies to a term starting on {@code date}.
   *
   * @throws IllegalArgumentException when no period covers the date
   */
  public DatedPeriod prescriptionOn(LocalDate date) {
    return on(prescription, date, "prescription");
  }

  /**
   * The retention period that applies to a term starting on {@code date}.
   *
   * @throws IllegalArgumentException when no period covers the date
   */
  public DatedPeriod retentionOn(LocalDate date) {
    return on(retention, date, "retention");
  }

  public List<DatedPeriod> retentionPeriods() {
    return retention;
  }

  public List<DatedPeriod> prescriptionPeriods() {
    return prescription;
  }

  private static DatedPeriod on(List<DatedPeriod> list, LocalDate date, String what) {
    Objects.requireNonNull(date, "date");
    DatedPeriod found = null;
    for (DatedPeriod p : list) {
      if (!p.from().isAfter(date)) {
        found = p;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no " + what + " period applies on " + date + " (first from "
          + list.get(0).from() + ")");
    }
    return found;
  }

  /** The retention of {@code record}: its deletion date and how it was reached, or its hold. */
  public Retention retentionOf(StoredRecord record) {
    Objects.requireNonNull(record, "record");
    Retention.StartEvent event = record.lastPaymentDate().isPresent() ? Retention.StartEvent.LAST_PAYMENT
        : Retention.StartEvent.DECISION;
    LocalDate eventDate = record.lastPaymentDate().orElse(record.decisionDate());
    DatedPeriod p = prescriptionOn(eventDate);
    LocalDate barred = p.addTo(eventDate);
    Optional<LocalDate> lastEnded = record.procedures().stream().map(Procedure::ended).flatMap(Optional::stream)
        .max(Comparator.naturalOrder());
    List<ProcedureKind> open = record.procedures().stream().filter(Procedure::isOpen).map(Procedure::kind).distinct()
        .toList();
    if (!open.isEmpty()) {
      Retention.Hold hold = new Retention.Hold(open, "No deletion date while a procedure is open. When the last one "
          + "has definitively ended on a date E, the deletion date becomes max(" + barred + ", E) + the retention "
          + "period; see Retention with the procedure ended.");
      return new Retention(record.id(), event, eventDate, p, barred, lastEnded, Retention.RetentionStart.ON_HOLD,
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(hold));
    }
    boolean procedureLater = lastEnded.isPresent() && lastEnded.get().isAfter(barred);
    LocalDate start = procedureLater ? lastEnded.get() : barred;
    DatedPeriod r = retentionOn(start);
    return new Retention(record.id(), event, eventDate, p, barred, lastEnded,
        procedureLater ? Retention.RetentionStart.LAST_PROCEDURE_ENDED : Retention.RetentionStart.TIME_BARRED,
        Optional.of(start), Optional.of(r), Optional.of(r.addTo(start)), Optional.empty());
  }

  /**
   * What the retention of an on-hold record becomes if its open procedures all end on {@code end}.
   *
   * @throws IllegalArgumentException when {@code end} is before an open procedure was opened
   */
  public Retention ifOpenProceduresEndOn(StoredRecord record, LocalDate end) {
    StoredRecord closed = StoredRecord.of(record.id(), record.decisionDate());
    if (record.lastPaymentDate().isPresent()) {
      closed = closed.withLastPayment(record.lastPaymentDate().get());
    }
    for (Procedure p : record.procedures()) {
      closed = closed.withProcedure(p.isOpen() ? p.endedOn(end) : p);
    }
    return retentionOf(closed);
  }
}
