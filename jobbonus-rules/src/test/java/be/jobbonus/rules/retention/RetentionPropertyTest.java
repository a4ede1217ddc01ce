package be.jobbonus.rules.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of the retention arithmetic over arbitrary dates, leap days included. */
class RetentionPropertyTest {

  static final RetentionRules R = RetentionRules.official();
  static final LocalDate BASE = LocalDate.of(2022, 1, 1);

  /** Days after 2022-01-01 over 40 years: every 29 February in range is reachable. */
  static Gen<LocalDate> date() {
    return SourceDSL.integers().between(0, 365 * 40).map(i -> BASE.plusDays(i));
  }

  static Gen<Integer> offset() {
    return SourceDSL.integers().between(0, 365 * 12);
  }

  @Test
  void art3_propertyDeletionIsMaxOfBarredAndProcedureEndPlusTenYears() {
    qt().withExamples(2000).forAll(date(), offset(), offset(), SourceDSL.booleans().all())
        .checkAssert((decision, payDays, endDays, paid) -> {
          StoredRecord r = StoredRecord.of("R", decision);
          if (paid) {
            r = r.withLastPayment(decision.plusDays(payDays));
          }
          LocalDate end = decision.plusDays(endDays);
          r = r.withProcedure(Procedure.closed(ProcedureKind.OBJECTION, decision, end));
          Retention ret = R.retentionOf(r);
          LocalDate event = paid ? decision.plusDays(payDays) : decision;
          LocalDate barred = event.plusYears(5);
          LocalDate start = end.isAfter(barred) ? end : barred;
          assertEquals(barred, ret.timeBarredOn());
          assertEquals(Optional.of(start.plusYears(10)), ret.deletionDate());
          LocalDate del = ret.deletionDate().orElseThrow();
          // at least 10 years after every event, never more than 10 years and a day after the later one
          assertTrue(!del.isBefore(end.plusYears(10)) && !del.isBefore(barred.plusYears(10)));
          assertTrue(ChronoUnit.DAYS.between(start, del) >= 3652 && ChronoUnit.DAYS.between(start, del) <= 3653);
          // boundary: kept the day before, deleted on the day
          assertFalse(ret.deleteOn(del.minusDays(1)));
          assertTrue(ret.deleteOn(del));
          assertEquals(del.minusDays(1), ret.keepUntil().orElseThrow());
        });
  }

  @Test
  void art3_propertyLaterEventsNeverBringDeletionForward() {
    qt().withExamples(1000).forAll(date(), offset(), SourceDSL.integers().between(0, 4000))
        .checkAssert((decision, endDays, more) -> {
          StoredRecord a = StoredRecord.of("R", decision)
              .withProcedure(Procedure.closed(ProcedureKind.DISPUTE, decision, decision.plusDays(endDays)));
          StoredRecord b = StoredRecord.of("R", decision)
              .withProcedure(Procedure.closed(ProcedureKind.DISPUTE, decision, decision.plusDays(endDays + more)));
          assertFalse(R.retentionOf(b).deletionDate().orElseThrow().isBefore(R.retentionOf(a).deletionDate().orElseThrow()));
          StoredRecord held = a.withProcedure(Procedure.open(ProcedureKind.RECOVERY, decision));
          assertTrue(R.retentionOf(held).onHold());
          PurgePlan plan = PurgePlanner.official().plan(List.of(a, StoredRecord.of("S", decision), held),
              decision.plusYears(30));
          assertEquals(3, plan.entries().size());
        });
  }
}
