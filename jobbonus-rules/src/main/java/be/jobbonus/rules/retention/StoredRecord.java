package be.jobbonus.rules.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored record of communicated data (one person-year at VLABEL) as retention sees it: an opaque
 * identifier, the decision date, the date of the last payment if anything was paid, and the
 * procedures about it. Immutable; dates only ({@link LocalDate}, no time zone).
 */
public final class StoredRecord {

  private final String id;
  private final LocalDate decisionDate;
  private final LocalDate lastPaymentDate; // nullable
  private final List<Procedure> procedures;

  private StoredRecord(String id, LocalDate decisionDate, LocalDate lastPaymentDate, List<Procedure> procedures) {
    this.id = id;
    this.decisionDate = decisionDate;
    this.lastPaymentDate = lastPaymentDate;
    this.procedures = List.copyOf(procedures);
  }

  /**
   * A record decided on {@code decisionDate}, nothing paid, no procedure.
   *
   * @param id an opaque identifier (a dossier number); an INSZ is refused, since ids appear in plans
   *     and logs
   */
  public static StoredRecord of(String id, LocalDate decisionDate) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(decisionDate, "decisionDate");
    if (id.isBlank()) {
      throw new IllegalArgumentException("record id must not be blank");
    }
    if (id.replaceAll("[^0-9]", "").length() == 11) {
      throw new IllegalArgumentException("record id must not carry an INSZ: use a dossier number");
    }
    return new StoredRecord(id, decisionDate, null, List.of());
  }

  /**
   * This record with its last payment on {@code date} (the start of the prescription, IP-prescription).
   *
   * @throws IllegalArgumentException when the payment precedes the decision
   */
  public StoredRecord withLastPayment(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(decisionDate)) {
      throw new IllegalArgumentException(id + ": payment before the decision");
    }
    return new StoredRecord(id, decisionDate, date, procedures);
  }

  /**
   * This record with one more procedure.
   *
   * @throws IllegalArgumentException when the procedure was opened before the decision
   */
  public StoredRecord withProcedure(Procedure procedure) {
    Objects.requireNonNull(procedure, "procedure");
    if (procedure.opened().isBefore(decisionDate)) {
      throw new IllegalArgumentException(id + ": " + procedure.kind() + " opened before the decision");
    }
    List<Procedure> ps = new ArrayList<>(procedures);
    ps.add(procedure);
    return new StoredRecord(id, decisionDate, lastPaymentDate, ps);
  }

  /**
   * This record with its open procedure of {@code kind} definitively ended on {@code date} (the
   * objection decided, the amount recovered, the judgment final): the record's retention can start.
   * A recalculation that changes a result opens such a procedure on the previous record, which the
   * new result, a new stored record, does not replace (docs/protocol-rules.md, "Retention").
   *
   * @throws IllegalArgumentException when no procedure of that kind is open, or it would end before
   *     it was opened
   */
  public StoredRecord withProcedureEnded(ProcedureKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    List<Procedure> ps = new ArrayList<>(procedures);
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).kind() == kind && ps.get(i).isOpen()) {
        ps.set(i, ps.get(i).endedOn(date));
        return new StoredRecord(id, decisionDate, lastPaymentDate, ps);
      }
    }
    throw new IllegalArgumentException(id + ": no open " + kind + " to end");
  }

  public String id() {
    return id;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public Optional<LocalDate> lastPaymentDate() {
    return Optional.ofNullable(lastPaymentDate);
  }

  public List<Procedure> procedures() {
    return procedures;
  }

  /** The latest date the record carries (decision, payment, procedure opened or ended). */
  LocalDate latestDate() {
    LocalDate d = lastPaymentDate == null ? decisionDate : lastPaymentDate;
    for (Procedure p : procedures) {
      LocalDate x = p.ended().orElse(p.opened());
      if (x.isAfter(d)) {
        d = x;
      }
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredRecord r && r.id.equals(id) && r.decisionDate.equals(decisionDate)
        && Objects.equals(r.lastPaymentDate, lastPaymentDate) && r.procedures.equals(procedures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, decisionDate, lastPaymentDate, procedures);
  }

  @Override
  public String toString() {
    return "StoredRecord[" + id + ", decided " + decisionDate + (lastPaymentDate == null ? "" : ", paid " + lastPaymentDate)
        + ", " + procedures.size() + " procedures]";
  }
}
