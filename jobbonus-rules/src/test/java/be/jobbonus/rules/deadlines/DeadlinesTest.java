package be.jobbonus.rules.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.parameters.Status;
import be.jobbonus.rules.access.Party;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class DeadlinesTest {

  static final FindingOrigin OWN = FindingOrigin.FOUND_BY_VLABEL;

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void art7_art9_art11_termsAreDataWithArticleAndSource() {
    ProtocolTerms t = ProtocolTerms.official();
    assertEquals(Period.ofMonths(1), t.qualityMeasures().value());
    assertEquals("protocol art. 7", t.qualityMeasures().article());
    assertEquals(Period.ofMonths(6), t.terminationNotice().value());
    assertEquals(Duration.ofHours(72), t.breachToAuthority().value());
    assertTrue(t.breachToAuthority().article().contains("GDPR art. 33"));
    assertEquals(d("2022-09-08"), t.entryIntoForce().value());
    assertEquals(Status.L, t.terminationNotice().status());
    assertThrows(IllegalArgumentException.class, () -> ProtocolTerms.parse("{\"qualityMeasures\":{}}", "t"));
  }

  @Test
  void art7_qualityReportDeadlineIsOneMonthAfterTheFinding() {
    QualityReport r = QualityReport.found("Q-1", d("2025-03-10"), OWN, Set.of(Defect.OUTDATED));
    assertEquals(d("2025-04-10"), r.deadline());
    assertEquals(QualityReport.State.FOUND, r.state());
    assertEquals("protocol art. 7", r.article());
    // end of month: 31 January -> 28 February (29 in a leap year)
    assertEquals(d("2025-02-28"), QualityReport.found("Q-2", d("2025-01-31"), OWN, Set.of(Defect.WRONG)).deadline());
    assertEquals(d("2024-02-29"), QualityReport.found("Q-3", d("2024-01-31"), OWN, Set.of(Defect.WRONG)).deadline());
  }

  @Test
  void art7_qualityReportOverdueOnlyAfterTheDeadline() {
    QualityReport r = QualityReport.found("Q-4", d("2025-03-10"), OWN, Set.of(Defect.MISSING))
        .reportedToDwse(d("2025-03-10"));
    assertFalse(r.overdue(d("2025-04-10")), "the last day is in time");
    assertTrue(r.overdue(d("2025-04-11")));
    QualityReport done = r.measuresTaken(d("2025-04-10"));
    assertFalse(done.overdue(d("2030-01-01")));
    assertEquals(Optional.of(true), done.measuresInTime());
    assertEquals(Optional.of(false), r.measuresTaken(d("2025-04-11")).measuresInTime());
    QualityReport closed = done.vlabelInformed(d("2025-04-12"));
    assertEquals(QualityReport.State.CLOSED, closed.state());
    assertEquals(Optional.of(0L), closed.daysToReport());
  }

  @Test
  void art7_qualityReportStepsInOrder() {
    QualityReport r = QualityReport.found("Q-5", d("2025-03-10"), OWN, Set.of(Defect.EXCESSIVE));
    assertThrows(IllegalStateException.class, () -> r.measuresTaken(d("2025-03-11")));
    assertThrows(IllegalArgumentException.class, () -> r.reportedToDwse(d("2025-03-09")));
    assertThrows(IllegalStateException.class, () -> r.reportedToDwse(d("2025-03-10")).reportedToDwse(d("2025-03-11")));
    assertThrows(IllegalArgumentException.class, () -> QualityReport.found("Q-6", d("2025-03-10"), OWN, Set.of()));
    assertThrows(IllegalArgumentException.class, () -> QualityReport.found("85073003328", d("2025-03-10"), OWN,
        Set.of(Defect.WRONG)), "an INSZ is not a reference");
  }

  @Test
  void art9_breachAuthorityDeadlineIs72Hours() {
    Instant aware = Instant.parse("2025-03-28T22:15:00Z");
    BreachNotification b = BreachNotification.becameAware("B-1", aware);
    assertEquals(Instant.parse("2025-03-31T22:15:00Z"), b.authorityDeadline(), "hours, not calendar days (DST-proof)");
    assertEquals(BreachNotification.AuthorityStatus.DUE, b.authorityStatus(Instant.parse("2025-03-31T22:15:00Z")));
    assertEquals(BreachNotification.AuthorityStatus.OVERDUE, b.authorityStatus(Instant.parse("2025-03-31T22:15:01Z")));
    assertTrue(b.reasonsForDelayRequired(Instant.parse("2025-04-01T00:00:00Z")));
    assertEquals(Duration.ofHours(1), b.remaining(Instant.parse("2025-03-31T21:15:00Z")));
    BreachNotification inTime = b.authorityNotified(Instant.parse("2025-03-31T22:15:00Z"));
    assertEquals(BreachNotification.AuthorityStatus.NOTIFIED_IN_TIME, inTime.authorityStatus(Instant.MAX));
    assertFalse(inTime.reasonsForDelayRequired(Instant.MAX));
    BreachNotification late = b.authorityNotified(Instant.parse("2025-04-02T10:00:00Z"));
    assertEquals(BreachNotification.AuthorityStatus.NOTIFIED_LATE, late.authorityStatus(Instant.MAX));
    assertTrue(late.reasonsForDelayRequired(Instant.MAX));
  }

  @Test
  void art9_otherPartyInformedThroughTheDpo() {
    Instant aware = Instant.parse("2025-06-01T08:00:00Z");
    BreachNotification b = BreachNotification.becameAware("B-2", aware);
    assertTrue(b.otherPartyPending());
    BreachNotification informed = b.otherPartyInformed(aware.plusSeconds(3600));
    assertFalse(informed.otherPartyPending());
    assertThrows(IllegalArgumentException.class, () -> b.otherPartyInformed(aware.minusSeconds(1)));
    assertThrows(IllegalStateException.class, () -> informed.otherPartyInformed(aware.plusSeconds(7200)));
  }

  @Test
  void art11_terminationByNoticeTakesSixMonths() {
    Termination t = Termination.byNotice(Party.VLABEL, d("2025-08-31"));
    assertEquals(d("2026-02-28"), t.lastDayInForce());
    assertTrue(t.inForceOn(d("2026-02-28")));
    assertFalse(t.inForceOn(d("2026-03-01")));
    assertEquals("protocol art. 11", t.article());
    assertEquals(d("2026-01-10"), Termination.byNotice(Party.DWSE, d("2025-07-10")).lastDayInForce());
    assertFalse(t.inForceOn(d("2022-09-07")), "not before entry into force");
    assertThrows(IllegalArgumentException.class, () -> Termination.byNotice(Party.DWSE, d("2022-01-01")));
  }

  @Test
  void art8_terminationForBreachIsImmediate() {
    Termination t = Termination.forBreach(Party.DWSE, d("2025-05-05"));
    assertEquals(Termination.Kind.BREACH, t.kind());
    assertTrue(t.inForceOn(d("2025-05-04")));
    assertFalse(t.inForceOn(d("2025-05-05")));
    assertEquals("protocol art. 8", t.article());
    assertFalse(Termination.byLaw(d("2027-01-01")).inForceOn(d("2027-01-01")));
    assertEquals("protocol art. 11", Termination.byLaw(d("2027-01-01")).article());
    assertEquals(ProtocolTerms.official().terminationForBreach().article(), t.article());
    assertEquals(ProtocolTerms.official().terminationByLaw().status(), be.jobbonus.core.parameters.Status.L);
  }

  @Test
  void art7_qualityReportCarriesItsOrigin() {
    QualityReport own = QualityReport.found("Q-7", d("2025-05-02"), FindingOrigin.FOUND_BY_VLABEL, Set.of(Defect.WRONG));
    QualityReport reported = QualityReport.found("Q-8", d("2025-05-02"), FindingOrigin.REPORTED_BY_DATA_SUBJECT,
        Set.of(Defect.OUTDATED));
    assertEquals(FindingOrigin.FOUND_BY_VLABEL, own.origin());
    assertEquals(FindingOrigin.REPORTED_BY_DATA_SUBJECT, reported.origin());
    assertEquals(FindingOrigin.REPORTED_BY_DATA_SUBJECT,
        reported.reportedToDwse(d("2025-05-02")).measuresTaken(d("2025-05-20")).origin(), "kept through the steps");
    assertTrue(reported.toString().contains("REPORTED_BY_DATA_SUBJECT"));
    assertThrows(NullPointerException.class, () -> QualityReport.found("Q-9", d("2025-05-02"), null,
        Set.of(Defect.WRONG)));
    assertTrue(ProtocolTerms.official().qualityMeasures().source().contains("mededeling van de betrokkene"));
  }

  @Test
  void art7_dataSubjectsReportRunsTheSameMonthFromTheFinding() {
    QualityReport r = QualityReport.found("Q-10", d("2025-01-31"), FindingOrigin.REPORTED_BY_DATA_SUBJECT,
        Set.of(Defect.INCOMPLETE));
    assertEquals(d("2025-02-28"), r.deadline());
    assertEquals("protocol art. 7", r.article());
    QualityReport reported = r.reportedToDwse(d("2025-02-01"));
    assertFalse(reported.overdue(d("2025-02-28")));
    assertTrue(reported.overdue(d("2025-03-01")));
    assertEquals(Optional.of(true), reported.measuresTaken(d("2025-02-28")).measuresInTime());
    assertEquals(Optional.of(1L), reported.daysToReport());
  }

  @Test
  void art7_propertySameClockForBothOrigins() {
    qt().withExamples(1000).forAll(SourceDSL.integers().between(0, 365 * 40), SourceDSL.integers().between(0, 80))
        .checkAssert((days, later) -> {
          LocalDate finding = d("2022-09-08").plusDays(days);
          QualityReport own = QualityReport.found("Q-P", finding, FindingOrigin.FOUND_BY_VLABEL, Set.of(Defect.WRONG));
          QualityReport subject = QualityReport.found("Q-P", finding, FindingOrigin.REPORTED_BY_DATA_SUBJECT,
              Set.of(Defect.WRONG));
          assertEquals(finding.plusMonths(1), own.deadline());
          assertEquals(own.deadline(), subject.deadline());
          LocalDate today = finding.plusDays(later);
          assertEquals(own.overdue(today), subject.overdue(today));
          assertEquals(today.isAfter(finding.plusMonths(1)), subject.overdue(today));
        });
  }
}
