package be.jobbonus.rules.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurgePlannerTest {

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static final StoredRecord PAID = StoredRecord.of("A", d("2024-09-15")).withLastPayment(d("2024-10-01"));

  @Test
  void art3_purgeOnTheDeletionDateNotTheDayBefore() {
    PurgePlanner p = PurgePlanner.official();
    PurgePlan before = p.plan(List.of(PAID), d("2039-09-30"));
    assertEquals(PurgePlan.Action.KEEP, before.entries().get(0).action());
    assertEquals(Optional.of(d("2039-09-30")), before.entries().get(0).keepUntil());
    assertEquals(PurgePlan.Action.DELETE, p.plan(List.of(PAID), d("2039-10-01")).entries().get(0).action());
    assertEquals(PurgePlan.Action.DELETE, p.plan(List.of(PAID), d("2045-01-01")).entries().get(0).action());
  }

  @Test
  void art3_purgePlanSortsABatch() {
    StoredRecord held = StoredRecord.of("B", d("2010-01-01").plusYears(12))
        .withProcedure(Procedure.open(ProcedureKind.DISPUTE, d("2022-06-01")));
    StoredRecord leap = StoredRecord.of("C", d("2024-02-29"));
    StoredRecord future = StoredRecord.of("D", d("2024-01-01")).withLastPayment(d("2050-01-01"));
    StoredRecord tooEarly = StoredRecord.of("E", d("2020-01-01"));
    PurgePlan plan = PurgePlanner.official().plan(List.of(PAID, held, leap, future, tooEarly, PAID), d("2039-02-28"));
    assertEquals(6, plan.entries().size(), "every record is in the plan");
    assertEquals(List.of("C"), plan.toDelete().stream().map(PurgePlan.Entry::recordId).toList());
    assertEquals(List.of("A"), plan.toKeep().stream().map(PurgePlan.Entry::recordId).toList());
    assertEquals(List.of("B"), plan.onHold().stream().map(PurgePlan.Entry::recordId).toList());
    assertEquals(List.of("D", "E", "A"), plan.invalid().stream().map(PurgePlan.Entry::recordId).toList());
    assertTrue(plan.invalid().get(0).problem().orElseThrow().contains("after 2039-02-28"));
    assertTrue(plan.invalid().get(1).problem().orElseThrow().contains("no prescription period"));
    assertTrue(plan.invalid().get(2).problem().orElseThrow().contains("twice"));
    assertEquals(PurgePlan.Action.KEEP, PurgePlanner.official().plan(List.of(leap), d("2039-02-27")).entries().get(0).action());
  }

  @Test
  void art3_aRecalculatedResultIsANewRecordAndThePreviousOneIsKeptByItsProcedure() {
    // paid 700.00 in 2024; recomputed on 2026-03-02 after a correction: 35.00 to recover
    StoredRecord previous = StoredRecord.of("A-2024", d("2024-09-15")).withLastPayment(d("2024-10-01"))
        .withProcedure(Procedure.open(ProcedureKind.RECOVERY, d("2026-03-02")));
    StoredRecord recomputed = StoredRecord.of("A-2024-r1", d("2026-03-02"));
    PurgePlan open = PurgePlanner.official().plan(List.of(previous, recomputed), d("2040-01-01"));
    assertEquals(List.of("A-2024"), open.onHold().stream().map(PurgePlan.Entry::recordId).toList(),
        "the previous result is kept while the recovery is open, whatever its own dates say");
    assertEquals(List.of("A-2024-r1"), open.toKeep().stream().map(PurgePlan.Entry::recordId).toList());
    // the recovery ends in 2031, after the claims of the 2024 payment were time-barred (2029-10-01)
    StoredRecord ended = previous.withProcedureEnded(ProcedureKind.RECOVERY, d("2031-05-20"));
    PurgePlan later = PurgePlanner.official().plan(List.of(ended, recomputed), d("2040-01-01"));
    assertEquals(Optional.of(d("2041-05-19")), later.entries().get(0).keepUntil(),
        "10 years after the procedure ended: " + later.entries().get(0).retention().orElseThrow());
    assertEquals(PurgePlan.Action.KEEP, later.entries().get(1).action());
    assertEquals(Optional.of(d("2041-03-01")), later.entries().get(1).keepUntil(),
        "the new record's own term: decided 2026-03-02, nothing paid, 5 + 10 years");
    assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ended.withProcedureEnded(ProcedureKind.RECOVERY, d("2031-06-01"))).getMessage().contains("no open"));
  }
}
