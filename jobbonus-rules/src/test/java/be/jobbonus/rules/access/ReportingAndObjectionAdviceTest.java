package be.jobbonus.rules.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.parameters.Status;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reporting purpose (art. 3: statuut "for reporting") and the citation of objection advice (recital C2, art. 3). */
class ReportingAndObjectionAdviceTest {

  static final AccessPolicy P = AccessPolicy.official();
  static final String STUDY = "DWSE_STUDIEDIENST";
  static final String REPORTING = "DWSE_REPORTING";
  static final Pattern CITES_ARTICLE = Pattern.compile(".*\\bart\\. \\d+.*");

  @Test
  void art3_reportingPurposeIsDataWithArticleStatusAndSource() {
    Purpose r = P.purpose(REPORTING).orElseThrow();
    assertEquals(Party.DWSE, r.party());
    assertEquals(Set.of(DataGroup.PSEUDONYMISED_OR_AGGREGATED), r.dataGroups());
    assertEquals(Set.of(STUDY), r.onlyServices());
    assertTrue(r.article().contains("art. 3"), r.article());
    assertEquals(Status.I, r.status(), "the text names no reporting party or service: a reading");
    assertTrue(r.source().contains("rapporteringsdoeleinden"), r.source());
    RecipientService study = P.service(STUDY).orElseThrow();
    assertEquals(Set.of(REPORTING), study.onlyPurposes());
    assertEquals(Status.I, study.status());
  }

  @Test
  void art3_studyServiceReportsOnPseudonymisedOrAggregatedData() {
    Decision d = P.decide(STUDY, REPORTING, DataGroup.PSEUDONYMISED_OR_AGGREGATED);
    assertTrue(d.allowed(), d.toString());
    assertTrue(d.article().contains("art. 3") && d.article().contains("art. 4"), d.article());
    assertEquals(Status.I, d.status());
  }

  @Test
  void art3_studyServiceNeverGetsRawPersonalDataForReporting() {
    for (DataGroup g : List.of(DataGroup.IDENTIFICATION, DataGroup.JOBBONUS_DATA, DataGroup.SOURCE_DATA)) {
      Decision d = P.decide(STUDY, REPORTING, g);
      assertFalse(d.allowed(), g.name());
      assertTrue(d.reason().contains("data minimisation"), d.reason());
      assertTrue(d.article().contains("art. 3"), d.article());
    }
  }

  @Test
  void art3_studyServiceNoLongerRidesOnControlAndCalculation() {
    for (DataGroup g : DataGroup.values()) {
      Decision d = P.decide(STUDY, "DWSE_CONTROL_AND_CALCULATION", g);
      assertFalse(d.allowed(), g.name());
      assertTrue(d.reason().contains("acts only for"), d.reason());
      assertTrue(d.article().contains("art. 3"), d.article());
    }
  }

  @Test
  void art3_reportingAnyOtherCombinationIsRefusedWithTheArticle() {
    int allowed = 0;
    for (RecipientService s : P.services()) {
      for (Purpose p : P.purposes()) {
        for (DataGroup g : DataGroup.values()) {
          boolean study = s.id().equals(STUDY);
          boolean reporting = p.id().equals(REPORTING);
          if (!study && !reporting) {
            continue;
          }
          Decision d = P.decide(s.id(), p.id(), g);
          boolean expected = study && reporting && g == DataGroup.PSEUDONYMISED_OR_AGGREGATED;
          assertEquals(expected, d.allowed(), d.toString());
          allowed += d.allowed() ? 1 : 0;
          if (!d.allowed()) {
            assertFalse(d.reason().isBlank());
            assertTrue(CITES_ARTICLE.matcher(d.article()).matches(), d.toString());
            if (reporting || p.party() == Party.DWSE) {
              assertTrue(d.article().contains("art. 3"), d.toString());
            }
          }
        }
      }
    }
    assertEquals(1, allowed);
    assertFalse(P.decide("VLABEL_ICT_FB", REPORTING, DataGroup.PSEUDONYMISED_OR_AGGREGATED).allowed());
    assertFalse(P.decide("DWSE_TEWERKSTELLING", REPORTING, DataGroup.PSEUDONYMISED_OR_AGGREGATED).allowed());
  }

  @Test
  void art2_pseudonymisedGroupOnlyForReportingAndSupervision() {
    for (RecipientService s : P.services()) {
      for (Purpose p : P.purposes()) {
        Decision d = P.decide(s.id(), p.id(), DataGroup.PSEUDONYMISED_OR_AGGREGATED);
        boolean expected = s.id().equals(STUDY) && p.id().equals(REPORTING)
            || s.id().equals("DWSE_VSI") && p.id().equals("VSI_SUPERVISION");
        assertEquals(expected, d.allowed(), d.toString());
      }
    }
  }

  @Test
  void recitalC2_art3_objectionAdviceCitesTheProtocolNotArt2() {
    Purpose advice = P.purpose("DWSE_OBJECTION_ADVICE").orElseThrow();
    assertTrue(advice.article().contains("recital C2"), advice.article());
    assertTrue(advice.article().contains("art. 3"), advice.article());
    assertFalse(advice.article().contains("art. 2"), "art. 2 does not list objection advice");
    assertEquals(Status.I, advice.status());
    assertTrue(advice.source().contains("advies vragen aan het departement"), advice.source());
    assertTrue(advice.source().contains("gewijzigde loongegevens"), advice.source());
    Decision d = P.decide("DWSE_JURIDISCHE_DIENST", "DWSE_OBJECTION_ADVICE", DataGroup.SOURCE_DATA);
    assertTrue(d.allowed(), d.toString());
    assertTrue(d.article().contains("recital C2") && !d.article().contains("art. 2"), d.article());
    assertEquals(Status.I, d.status());
  }
}
