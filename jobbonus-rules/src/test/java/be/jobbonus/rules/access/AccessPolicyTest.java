package be.jobbonus.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  static final AccessPolicy P = AccessPolicy.official();

  @Test
  void art2_purposesPerPartyAreTheProtocols() {
    assertEquals(Set.of("DWSE_CONTROL_AND_CALCULATION", "DWSE_CROSS_BORDER_APPLICATIONS", "DWSE_OBJECTION_ADVICE",
        "VSI_SUPERVISION", "DWSE_REPORTING"),
        P.purposes(Party.DWSE).stream().map(Purpose::id).collect(Collectors.toSet()));
    assertEquals(Set.of("VLABEL_NOTIFICATION", "VLABEL_PAYMENT", "VLABEL_DOSSIER_HANDLING", "VLABEL_RECOVERY"),
        P.purposes(Party.VLABEL).stream().map(Purpose::id).collect(Collectors.toSet()));
    // objection advice (recital C2, art. 3) and reporting (art. 3) are not art. 2's; the others are
    Set<String> notArt2 = Set.of("DWSE_OBJECTION_ADVICE", "DWSE_REPORTING");
    P.purposes().forEach(p -> assertEquals(!notArt2.contains(p.id()), p.article().contains("art. 2"), p.id()));
    P.purposes().forEach(p -> assertFalse(p.source().isBlank(), p.id()));
  }

  @Test
  void art4_recipientServicesPerParty() {
    assertEquals(5, P.services(Party.DWSE).size());
    assertEquals(6, P.services(Party.VLABEL).size());
    P.services().forEach(s -> assertTrue(s.article().contains("art. 4"), s.id()));
    assertTrue(P.services(Party.VLABEL).stream().anyMatch(s -> s.name().equals("Afdeling ICT – Dienstencentrum F&B")));
  }

  @Test
  void art2_allowedForOwnPurposeAndNeededData() {
    Decision d = P.decide("VLABEL_FINANCIELE_OPVOLGING", "VLABEL_PAYMENT", DataGroup.IDENTIFICATION);
    assertTrue(d.allowed(), d.toString());
    assertTrue(d.article().contains("art. 2") && d.article().contains("art. 4"));
    assertTrue(P.decide("DWSE_TEWERKSTELLING", "DWSE_CONTROL_AND_CALCULATION", DataGroup.SOURCE_DATA).allowed());
    assertTrue(P.decide("VLABEL_BURGERCONTACT_BEZWAREN", "VLABEL_DOSSIER_HANDLING", DataGroup.JOBBONUS_DATA).allowed());
  }

  @Test
  void art2_refusesUnknownPurpose() {
    Decision d = P.decide("VLABEL_ICT_FB", "MARKETING", DataGroup.IDENTIFICATION);
    assertFalse(d.allowed());
    assertEquals("protocol art. 2", d.article());
    assertFalse(P.decide("VLABEL_ICT_FB", null, DataGroup.IDENTIFICATION).allowed());
  }

  @Test
  void art2_refusesOtherPartysPurpose() {
    Decision d = P.decide("VLABEL_FINANCIELE_OPVOLGING", "DWSE_CONTROL_AND_CALCULATION", DataGroup.JOBBONUS_DATA);
    assertFalse(d.allowed());
    assertTrue(d.reason().contains("DWSE"), d.reason());
    assertFalse(P.decide("DWSE_STUDIEDIENST", "VLABEL_PAYMENT", DataGroup.JOBBONUS_DATA).allowed());
  }

  @Test
  void art2_vsiMayAccessEverythingForSupervision() {
    for (DataGroup g : DataGroup.values()) {
      assertTrue(P.decide("DWSE_VSI", "VSI_SUPERVISION", g).allowed(), g.name());
    }
    Decision other = P.decide("DWSE_TEWERKSTELLING", "VSI_SUPERVISION", DataGroup.IDENTIFICATION);
    assertFalse(other.allowed(), "supervision is VSI's");
    assertTrue(other.reason().contains("reserved"));
  }

  @Test
  void art3_vlabelNeverGetsSourceData() {
    for (var s : P.services(Party.VLABEL)) {
      for (var p : P.purposes(Party.VLABEL)) {
        Decision d = P.decide(s.id(), p.id(), DataGroup.SOURCE_DATA);
        assertFalse(d.allowed());
        assertEquals("protocol art. 3", d.article());
      }
    }
  }

  @Test
  void art4_refusesUnlistedService() {
    Decision d = P.decide("VLABEL_MARKETING", "VLABEL_PAYMENT", DataGroup.IDENTIFICATION);
    assertFalse(d.allowed());
    assertEquals("protocol art. 4", d.article());
    assertTrue(d.notificationDuty().isEmpty());
  }

  @Test
  void art4_exportToThirdPartyIsRefusedAndRecordsNotificationDuty() {
    Decision d = P.decideExport(Party.VLABEL, "Some Bank NV", "VLABEL_PAYMENT", DataGroup.IDENTIFICATION);
    assertFalse(d.allowed());
    assertEquals("protocol art. 4", d.article());
    assertEquals(Party.DWSE, d.notificationDuty().orElseThrow().partyToNotify());
    assertFalse(d.toString().contains("Some Bank"), "the recipient's description is not echoed");
    assertEquals(Party.VLABEL,
        P.decideExport(Party.DWSE, "x", "DWSE_OBJECTION_ADVICE", DataGroup.IDENTIFICATION)
            .notificationDuty().orElseThrow().partyToNotify());
    assertTrue(P.decideExport(Party.DWSE, "VLABEL_ICT_FB", "VLABEL_NOTIFICATION", DataGroup.JOBBONUS_DATA).allowed());
  }

  @Test
  void art6_policyDataIsValidated() {
    String ok = "{\"protocol\":\"p\",\"purposes\":[{\"id\":\"A\",\"party\":\"DWSE\",\"description\":\"d\","
        + "\"article\":\"art. 2\",\"status\":\"L\",\"source\":\"s\",\"dataGroups\":[\"IDENTIFICATION\"]},"
        + "{\"id\":\"B\",\"party\":\"VLABEL\",\"description\":\"d\",\"article\":\"art. 2\",\"status\":\"L\","
        + "\"source\":\"s\",\"dataGroups\":[\"IDENTIFICATION\"]}],"
        + "\"services\":[{\"id\":\"S\",\"party\":\"DWSE\",\"name\":\"n\",\"status\":\"L\",\"source\":\"s\","
        + "\"article\":\"art. 4\"},{\"id\":\"T\",\"party\":\"VLABEL\",\"name\":\"n\",\"status\":\"L\","
        + "\"source\":\"s\",\"article\":\"art. 4\"}],\"refusals\":{"
        + "\"unlistedService\":{\"article\":\"art. 4\",\"status\":\"L\",\"source\":\"s\"},"
        + "\"noPurpose\":{\"article\":\"art. 2\",\"status\":\"L\",\"source\":\"s\"},"
        + "\"sourceDataToVlabel\":{\"article\":\"art. 3\",\"status\":\"L\",\"source\":\"s\"},"
        + "\"thirdParty\":{\"article\":\"art. 4\",\"status\":\"L\",\"source\":\"s\"}}}";
    assertEquals(2, AccessPolicy.parse(ok, "t.json").purposes().size());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AccessPolicy.parse(ok.replace("\"protocol\":\"p\"", "\"protocol\":\"p\",\"x\":1"), "t.json"));
    assertTrue(e.getMessage().startsWith("t.json: $: unknown field"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> AccessPolicy.parse(ok.replace("\"id\":\"T\"", "\"id\":\"S\""), "t"));
    assertThrows(IllegalArgumentException.class, () -> AccessPolicy.parse(ok.replace("IDENTIFICATION\"]},{\"id\":\"B\"",
        "NAMES\"]},{\"id\":\"B\""), "t"));
    assertThrows(IllegalArgumentException.class, () -> AccessPolicy.parse(ok.replace("\"party\":\"VLABEL\",\"name\"",
        "\"party\":\"DWSE\",\"name\""), "t"), "a party without services");
    assertThrows(IllegalArgumentException.class, () -> AccessPolicy.parse(ok.replace("\"dataGroups\":[\"IDENTIFICATION\"]}]",
        "\"dataGroups\":[\"IDENTIFICATION\"],\"services\":[\"S\"]}]"), "t"), "reserved to another party's service");
    IllegalArgumentException art = assertThrows(IllegalArgumentException.class,
        () -> AccessPolicy.parse(ok.replace("\"article\":\"art. 4\"}]", "\"article\":\" \"}]"), "t"));
    assertTrue(art.getMessage().contains("services[1].article"), art.getMessage());
    IllegalArgumentException status = assertThrows(IllegalArgumentException.class,
        () -> AccessPolicy.parse(ok.replaceFirst("\"status\":\"L\"", "\"status\":\"X\""), "t"));
    assertTrue(status.getMessage().contains("purposes[0].status"), status.getMessage());
    IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
        () -> AccessPolicy.parse(ok.replace("\"noPurpose\"", "\"otherPurpose\""), "t"));
    assertTrue(refusal.getMessage().contains("refusals"), refusal.getMessage());
    IllegalArgumentException limited = assertThrows(IllegalArgumentException.class,
        () -> AccessPolicy.parse(ok.replace("\"name\":\"n\",\"status\"", "\"name\":\"n\",\"purposes\":[\"B\"],\"status\""),
            "t"), "a service limited to the other party's purpose");
    assertTrue(limited.getMessage().contains("services[0].purposes"), limited.getMessage());
  }

  @Test
  void art2_everyCitationComesFromTheDataWithItsStatus() {
    Set<String> fromData = new java.util.HashSet<>();
    P.purposes().forEach(p -> fromData.add(p.article()));
    P.services().forEach(s -> fromData.add(s.article()));
    for (RecipientService s : P.services()) {
      for (Purpose p : P.purposes()) {
        fromData.add(p.article() + "; " + s.article());
      }
    }
    fromData.addAll(Set.of("protocol art. 2", "protocol art. 3", "protocol art. 4"));
    for (RecipientService s : P.services()) {
      for (Purpose p : P.purposes()) {
        for (DataGroup g : DataGroup.values()) {
          Decision d = P.decide(s.id(), p.id(), g);
          assertTrue(fromData.contains(d.article()), d.toString());
          assertTrue(d.toString().contains("[" + d.status() + "]"));
        }
      }
    }
  }
}
