package be.jobbonus.rules.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.Status;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionRulesTest {

  static final RetentionRules R = RetentionRules.official();

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void art3_retentionAndPrescriptionAreDatedParameters() {
    DatedPeriod ret = R.retentionOn(d("2030-01-01"));
    assertEquals(Period.ofYears(10), ret.period());
    assertEquals(Status.L, ret.status());
    assertTrue(ret.source().contains("art. 18"));
    DatedPeriod pre = R.prescriptionOn(d("2024-06-01"));
    assertEquals(Period.ofYears(5), pre.period());
    assertEquals(Status.I, pre.status());
    assertTrue(pre.source().contains("IP-prescription"));
    assertThrows(IllegalArgumentException.class, () -> R.prescriptionOn(d("2021-12-31")));
  }

  @Test
  void art3_retentionRunsFromPaymentPlusPrescription() {
    Retention r = R.retentionOf(StoredRecord.of("D-1", d("2024-09-15")).withLastPayment(d("2024-10-01")));
    assertEquals(Retention.StartEvent.LAST_PAYMENT, r.startEvent());
    assertEquals(d("2029-10-01"), r.timeBarredOn());
    assertEquals(Retention.RetentionStart.TIME_BARRED, r.retentionStartBasis());
    assertEquals(Optional.of(d("2039-10-01")), r.deletionDate());
    assertEquals(Optional.of(d("2039-09-30")), r.keepUntil());
    assertTrue(r.explanation().contains("deletion on 2039-10-01"), r.explanation());
  }

  @Test
  void art3_nothingPaidRunsFromTheDecision() {
    Retention r = R.retentionOf(StoredRecord.of("D-2", d("2024-09-15")));
    assertEquals(Retention.StartEvent.DECISION, r.startEvent());
    assertEquals(Optional.of(d("2039-09-15")), r.deletionDate());
  }

  @Test
  void art3_laterProcedureEndStartsTheRetention() {
    StoredRecord rec = StoredRecord.of("D-3", d("2024-09-15")).withLastPayment(d("2024-10-01"))
        .withProcedure(Procedure.closed(ProcedureKind.DISPUTE, d("2025-01-10"), d("2031-03-31")));
    Retention r = R.retentionOf(rec);
    assertEquals(Retention.RetentionStart.LAST_PROCEDURE_ENDED, r.retentionStartBasis());
    assertEquals(Optional.of(d("2041-03-31")), r.deletionDate());
    StoredRecord early = StoredRecord.of("D-4", d("2024-09-15")).withLastPayment(d("2024-10-01"))
        .withProcedure(Procedure.closed(ProcedureKind.OBJECTION, d("2024-11-01"), d("2025-02-01")));
    assertEquals(Retention.RetentionStart.TIME_BARRED, R.retentionOf(early).retentionStartBasis());
    assertEquals(Optional.of(d("2039-10-01")), R.retentionOf(early).deletionDate());
  }

  @Test
  void art3_procedureEndingExactlyWhenClaimsAreBarred() {
    StoredRecord rec = StoredRecord.of("D-5", d("2024-09-15")).withLastPayment(d("2024-10-01"))
        .withProcedure(Procedure.closed(ProcedureKind.RECOVERY, d("2025-01-10"), d("2029-10-01")));
    Retention r = R.retentionOf(rec);
    assertEquals(Retention.RetentionStart.TIME_BARRED, r.retentionStartBasis(), "tie: the claims' date is used");
    assertEquals(Optional.of(d("2039-10-01")), r.deletionDate());
  }

  @Test
  void art3_leapDayPaymentClampsToTheTwentyEighth() {
    Retention r = R.retentionOf(StoredRecord.of("D-6", d("2024-02-29")).withLastPayment(d("2024-02-29")));
    assertEquals(d("2029-02-28"), r.timeBarredOn());
    assertEquals(Optional.of(d("2039-02-28")), r.deletionDate());
    // a procedure that ends on a leap day starts a term that ends on 28 February
    Retention s = R.retentionOf(StoredRecord.of("D-7", d("2022-02-28"))
        .withProcedure(Procedure.closed(ProcedureKind.DISPUTE, d("2023-01-01"), d("2028-02-29"))));
    assertEquals(Optional.of(d("2038-02-28")), s.deletionDate(), "procedure ended on a leap day");
    Retention t = R.retentionOf(StoredRecord.of("D-8", d("2022-02-28"))
        .withProcedure(Procedure.closed(ProcedureKind.DISPUTE, d("2023-01-01"), d("2030-02-28"))));
    assertEquals(Optional.of(d("2040-02-28")), t.deletionDate(), "ends on 28 Feb of a leap year: no shift to 29");
  }

  @Test
  void art3_openProcedureHoldsTheRecord() {
    StoredRecord rec = StoredRecord.of("D-9", d("2024-09-15")).withLastPayment(d("2024-10-01"))
        .withProcedure(Procedure.open(ProcedureKind.OBJECTION, d("2024-12-01")))
        .withProcedure(Procedure.closed(ProcedureKind.RECOVERY, d("2025-01-01"), d("2025-06-01")));
    Retention r = R.retentionOf(rec);
    assertTrue(r.onHold());
    assertTrue(r.deletionDate().isEmpty());
    assertEquals(List.of(ProcedureKind.OBJECTION), r.hold().orElseThrow().open());
    assertTrue(r.hold().orElseThrow().whenItEnds().contains("max(2029-10-01, E)"));
    assertFalse(r.deleteOn(d("2099-01-01")), "never deleted while on hold");
    assertEquals(Optional.of(d("2039-10-01")), R.ifOpenProceduresEndOn(rec, d("2026-01-01")).deletionDate());
    assertEquals(Optional.of(d("2042-05-05")), R.ifOpenProceduresEndOn(rec, d("2032-05-05")).deletionDate());
  }

  @Test
  void art3_recordsRefuseInconsistentDatesAndInsz() {
    StoredRecord rec = StoredRecord.of("D-10", d("2024-09-15"));
    assertThrows(IllegalArgumentException.class, () -> rec.withLastPayment(d("2024-09-14")));
    assertThrows(IllegalArgumentException.class,
        () -> rec.withProcedure(Procedure.open(ProcedureKind.OBJECTION, d("2024-09-14"))));
    assertThrows(IllegalArgumentException.class,
        () -> Procedure.closed(ProcedureKind.OBJECTION, d("2024-10-01"), d("2024-09-30")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StoredRecord.of("85073003328", d("2024-09-15")));
    assertFalse(e.getMessage().contains("85073003328"));
  }

  @Test
  void art3_periodDataIsValidated() {
    String ok = "{\"retentionPeriod\":[{\"from\":\"2022-01-01\",\"value\":\"P10Y\",\"status\":\"L\",\"source\":\"s\"}],"
        + "\"prescriptionPeriod\":[{\"from\":\"2022-01-01\",\"value\":\"P5Y\",\"status\":\"I\",\"source\":\"s\"},"
        + "{\"from\":\"2026-01-01\",\"value\":\"P3Y\",\"status\":\"I\",\"source\":\"s\"}]}";
    RetentionRules rules = RetentionRules.parse(ok, "t.json");
    assertEquals(Period.ofYears(5), rules.prescriptionOn(d("2025-12-31")).period());
    assertEquals(Period.ofYears(3), rules.prescriptionOn(d("2026-01-01")).period(), "a dated change applies");
    assertThrows(IllegalArgumentException.class, () -> RetentionRules.parse(ok.replace("P10Y", "P0Y"), "t"));
    assertThrows(IllegalArgumentException.class, () -> RetentionRules.parse(ok.replace("P10Y", "ten years"), "t"));
    assertThrows(IllegalArgumentException.class, () -> RetentionRules.parse(ok.replace("2026-01-01", "2021-01-01"), "t"));
    assertThrows(IllegalArgumentException.class, () -> RetentionRules.parse(ok.replace("\"status\":\"L\"", "\"status\":\"X\""), "t"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RetentionRules.parse(ok.replace("\"source\":\"s\"}]", "\"source\":\"s\",\"note\":1}]"), "t.json"));
    assertTrue(e.getMessage().startsWith("t.json: "), e.getMessage());
  }
}
