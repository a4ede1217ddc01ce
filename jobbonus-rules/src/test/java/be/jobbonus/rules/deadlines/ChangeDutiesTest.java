package be.jobbonus.rules.deadlines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import be.jobbonus.core.parameters.Status;
import be.jobbonus.rules.access.Party;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** Art. 9, second paragraph (changes of law and of processors) and art. 6 (the list of processors). */
class ChangeDutiesTest {

  static final ProtocolTerms T = ProtocolTerms.official();

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static String officialJson() throws IOException {
    try (InputStream in = ProtocolTerms.class.getResourceAsStream(ProtocolTerms.OFFICIAL_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void art9_art6_atOnceIsReadAsTheSameDayAndMarkedInterpreted() {
    for (Term<Period> t : List.of(T.lawChangeNotice(), T.processorChangeNotice(), T.processorListExchange(),
        T.processorListUpdate())) {
      assertEquals(Period.ZERO, t.value());
      assertEquals(Status.I, t.status(), t.article());
      assertFalse(t.source().isBlank());
    }
    assertTrue(T.lawChangeNotice().article().contains("art. 9"));
    assertTrue(T.lawChangeNotice().source().contains("onmiddellijk"));
    assertTrue(T.processorChangeNotice().source().contains("verwerkers"));
    assertTrue(T.processorListExchange().article().contains("art. 6"));
    assertTrue(T.processorListExchange().source().contains("overzicht van de verwerkers"));
    assertTrue(T.processorListUpdate().source().contains("zo nodig"));
  }

  @Test
  void art9_art6_termsAreValidated() throws IOException {
    String ok = officialJson();
    assertEquals(Period.ZERO, ProtocolTerms.parse(ok, "t").lawChangeNotice().value());
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> ProtocolTerms.parse(ok.replaceFirst("\"value\": \"P0D\"", "\"value\": \"P-1D\""), "t.json"));
    assertTrue(negative.getMessage().contains("lawChangeNotice"), negative.getMessage());
    IllegalArgumentException status = assertThrows(IllegalArgumentException.class,
        () -> ProtocolTerms.parse(ok.replace("\"status\": \"I\"", "\"status\": \"X\""), "t.json"));
    assertTrue(status.getMessage().contains("status"), status.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> ProtocolTerms.parse(ok.replace("\"processorListUpdate\"", "\"processorListUpdated\""), "t.json"));
    assertTrue(missing.getMessage().contains("processorListUpdate"), missing.getMessage());
  }

  @Test
  void art9_lawChangeIsDueTheSameDay() {
    ChangeNotification n = ChangeNotification.lawChanged(Party.VLABEL, d("2025-06-30"));
    assertEquals(ChangeNotification.Kind.LAW, n.kind());
    assertEquals(Party.DWSE, n.partyToInform());
    assertEquals(d("2025-06-30"), n.due().value());
    assertEquals(T.lawChangeNotice().article(), n.due().article());
    assertEquals(Status.I, n.due().status());
    assertFalse(n.overdue(d("2025-06-30")), "the same day is in time");
    assertTrue(n.overdue(d("2025-07-01")));
    assertEquals(Optional.empty(), n.informedInTime());
    assertEquals(Optional.of(true), n.otherPartyInformed(d("2025-06-30")).informedInTime());
    ChangeNotification late = n.otherPartyInformed(d("2025-07-02"));
    assertEquals(Optional.of(false), late.informedInTime());
    assertFalse(late.overdue(d("2030-01-01")), "informed: no longer overdue, but late");
  }

  @Test
  void art9_processorChangeIsDueTheSameDay() {
    ChangeNotification n = ChangeNotification.processorsChanged(Party.DWSE, d("2024-02-29"));
    assertEquals(ChangeNotification.Kind.PROCESSORS, n.kind());
    assertEquals(Party.DWSE, n.party());
    assertEquals(Party.VLABEL, n.partyToInform());
    assertEquals(d("2024-02-29"), n.due().value());
    assertTrue(n.due().article().contains("art. 9"));
    assertTrue(n.overdue(d("2024-03-01")));
    assertTrue(n.toString().contains("PROCESSORS"));
  }

  @Test
  void art9_changeNotificationStepsAreChecked() {
    ChangeNotification n = ChangeNotification.lawChanged(Party.DWSE, d("2025-01-10"));
    assertThrows(IllegalArgumentException.class, () -> n.otherPartyInformed(d("2025-01-09")));
    assertThrows(IllegalStateException.class, () -> n.otherPartyInformed(d("2025-01-10")).otherPartyInformed(
        d("2025-01-11")));
    assertThrows(NullPointerException.class, () -> ChangeNotification.lawChanged(null, d("2025-01-10")));
    assertThrows(NullPointerException.class, () -> ChangeNotification.processorsChanged(Party.DWSE, null));
  }

  @Test
  void art9_propertyDueIsTheChangeDayPlusTheTermFromTheData() {
    qt().withExamples(500).forAll(SourceDSL.integers().between(0, 365 * 30), SourceDSL.integers().between(0, 10))
        .checkAssert((days, late) -> {
          LocalDate known = d("2022-09-08").plusDays(days);
          for (ChangeNotification n : List.of(ChangeNotification.lawChanged(Party.DWSE, known),
              ChangeNotification.processorsChanged(Party.VLABEL, known))) {
            assertEquals(known, n.due().value());
            assertEquals(late > 0, n.overdue(known.plusDays(late)));
            assertEquals(Optional.of(late == 0), n.otherPartyInformed(known.plusDays(late)).informedInTime());
          }
        });
  }

  @Test
  void art6_processorListExchangeIsDueFromTheEntryIntoForce() {
    ProcessorList l = ProcessorList.owedBy(Party.VLABEL);
    assertEquals(Party.DWSE, l.recipient());
    assertEquals(Optional.of(ProcessorList.Duty.EXCHANGE), l.pending());
    assertFalse(l.current());
    Term<LocalDate> due = l.due().orElseThrow();
    assertEquals(T.entryIntoForce().value(), due.value());
    assertTrue(due.article().contains("art. 6"));
    assertEquals(Status.I, due.status());
    assertTrue(l.overdue(d("2022-09-09")));
    ProcessorList sent = l.sent(d("2022-09-08"), List.of("Digitaal Vlaanderen", " Cloud Hosting NV "));
    assertTrue(sent.current());
    assertEquals(Set.of("Digitaal Vlaanderen", "Cloud Hosting NV"), sent.processors());
    assertEquals(Optional.of(true), sent.lastSentInTime());
    assertFalse(sent.overdue(d("2030-01-01")));
    assertEquals(Optional.of(false), l.sent(d("2022-10-01"), List.of()).lastSentInTime());
  }

  @Test
  void art6_processorChangeMakesAnUpdatedListDue() {
    ProcessorList current = ProcessorList.owedBy(Party.DWSE).sent(d("2022-09-08"), List.of("Processor A"));
    ProcessorList changed = current.processorsChanged(d("2025-03-14"));
    assertEquals(Optional.of(ProcessorList.Duty.UPDATE), changed.pending());
    Term<LocalDate> due = changed.due().orElseThrow();
    assertEquals(d("2025-03-14"), due.value());
    assertEquals(T.processorListUpdate().article(), due.article());
    assertFalse(changed.overdue(d("2025-03-14")));
    assertTrue(changed.overdue(d("2025-03-15")));
    assertEquals(Set.of("Processor A"), changed.processors(), "the other party still has the old list");
    ProcessorList updated = changed.sent(d("2025-03-14"), List.of("Processor A", "Processor B"));
    assertTrue(updated.current());
    assertEquals(Optional.of(true), updated.lastSentInTime());
    assertEquals(Optional.of(false), changed.sent(d("2025-03-20"), List.of("Processor B")).lastSentInTime());
    // the same change is an art. 9 notice too
    assertEquals(due.value(), ChangeNotification.processorsChanged(Party.DWSE, d("2025-03-14")).due().value());
  }

  @Test
  void art6_secondChangeKeepsTheEarlierDueDateAndTheListMustReflectTheLast() {
    ProcessorList l = ProcessorList.owedBy(Party.DWSE).sent(d("2023-01-01"), List.of("A"))
        .processorsChanged(d("2025-03-14")).processorsChanged(d("2025-04-01"));
    assertEquals(d("2025-03-14"), l.due().orElseThrow().value());
    assertThrows(IllegalArgumentException.class, () -> l.sent(d("2025-03-20"), List.of("A", "B")),
        "a list sent before the last change does not reflect it");
    assertTrue(l.sent(d("2025-04-01"), List.of("B")).current());
    ProcessorList neverSent = ProcessorList.owedBy(Party.VLABEL).processorsChanged(d("2024-01-01"));
    assertEquals(Optional.of(ProcessorList.Duty.EXCHANGE), neverSent.pending(), "the first list is still owed");
    assertEquals(T.entryIntoForce().value(), neverSent.due().orElseThrow().value());
  }

  @Test
  void art6_processorListRefusesBadNamesAndOutOfOrderDates() {
    ProcessorList l = ProcessorList.owedBy(Party.DWSE);
    IllegalArgumentException insz = assertThrows(IllegalArgumentException.class,
        () -> l.sent(d("2022-09-08"), List.of("85073003328")));
    assertFalse(insz.getMessage().contains("85073003328"), "no personal data in the message");
    assertThrows(IllegalArgumentException.class, () -> l.sent(d("2022-09-08"), List.of(" ")));
    assertThrows(IllegalArgumentException.class, () -> l.sent(d("2022-09-08"), List.of("A\nB")));
    ProcessorList sent = l.sent(d("2023-01-01"), List.of("A"));
    assertThrows(IllegalArgumentException.class, () -> sent.sent(d("2022-12-31"), List.of("A")));
    assertThrows(IllegalArgumentException.class, () -> sent.processorsChanged(d("2022-12-31")));
  }
}
