package be.jobbonus.core.calculation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Euro;
import be.jobbonus.core.Region;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reasons and explanation in English (unchanged) and Dutch. */
class ExplanationLanguageTest {

  private static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void englishIsWordForWordTheExplanationOfBefore() throws IOException {
    String recorded;
    try (InputStream in = getClass().getResourceAsStream("explanations-en.txt")) {
      assertNotNull(in);
      recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder now = new StringBuilder();
    StringBuilder explicit = new StringBuilder();
    for (JobbonusResult r : ExplanationCases.all()) {
      now.append(r.explain().toText()).append(ExplanationCases.SEPARATOR).append('\n');
      explicit.append(r.explain(Locale.ENGLISH).toText()).append(ExplanationCases.SEPARATOR).append('\n');
    }
    assertEquals(recorded, now.toString());
    assertEquals(recorded, explicit.toString());
  }

  @Test
  void thePublishedExampleInDutch() {
    JobbonusResult r = ExplanationCases.all().get(0);
    String text = r.explain(NL).toText();
    for (String expected : List.of(
        "Jobbonus voor refertejaar 2021, INSZ 850730*****",
        "statuut: werknemer",
        "peildatum: 1 januari 2022 (1 januari van het 1e jaar na het refertejaar)",
        "offici\u00eble woonplaats op die datum: het Vlaamse Gewest",
        "1e kwartaal 2021",
        "gegevens: loon W = € 6.000,00, prestatiebreuk µ = 1,00, voltijds",
        "periode 1 januari 2021 tot 31 december 2021",
        "refertemaandloon S = W / 3 / µ = € 2.000,00",
        "basisbedrag B = A / 4 = € 108,57",
        "jobbonus per kwartaal JB = B x µ = € 108,57",
        "vaste verhoging voor refertejaar 2021: € 100,00",
        "totaal uitbetaald = € 434,29 + € 100,00 = € 534,29")) {
      assertTrue(text.contains(expected), () -> "missing «" + expected + "» in\n" + text);
    }
    for (String english : List.of("reference monthly wage", "wage W", "work fraction µ", "total paid", "Quarter ", "regime FULL_TIME", "NOT ")) {
      assertFalse(text.contains(english), () -> "English «" + english + "» in\n" + text);
    }
  }

  @Test
  void everyStepIsWordedInDutch() {
    for (JobbonusResult r : ExplanationCases.all()) {
      List<Explanation.Step> en = r.explain().steps();
      List<Explanation.Step> nl = r.explain(NL).steps();
      assertEquals(en.size(), nl.size());
      for (int i = 0; i < en.size(); i++) {
        assertEquals(en.get(i).lines().size(), nl.get(i).lines().size());
        assertEquals(en.get(i).legalSource(), nl.get(i).legalSource(), "the citations are the data's");
        if (!en.get(i).title().startsWith("Quarter")) {
          assertNotEquals(en.get(i).title(), nl.get(i).title());
        }
        for (String line : nl.get(i).lines()) {
          assertFalse(line.contains("{") || line.contains("}"), line);
        }
      }
    }
  }

  @Test
  void everyReasonCodeIsWordedInDutch() {
    List<Reason> reasons = List.of(
        Reason.category(Statuut.APPRENTICE),
        Reason.residence(LocalDate.of(2022, 1, 1), Region.BRUSSELS_REGION),
        Reason.pensionAge(YearQuarter.of(2023, 2), 65),
        Reason.wageAboveUpperLimit(YearQuarter.of(2021, 3), 249_999),
        Reason.noPerformance(2025),
        Reason.belowMinimumPayable(2_000, true));
    Set<ReasonCode> covered = EnumSet.noneOf(ReasonCode.class);
    reasons.forEach(r -> covered.add(r.code()));
    assertEquals(EnumSet.allOf(ReasonCode.class), covered);
    assertEquals(List.of(
        "het statuut leerling (gedeeltelijke onderwerping) geeft geen recht op de jobbonus",
        "de offici\u00eble woonplaats op 1 januari 2022 is het Brussels Hoofdstedelijk Gewest, niet het Vlaamse Gewest",
        "het 2e kwartaal 2023 begint op of na de dag waarop de wettelijke pensioenleeftijd van 65 jaar bereikt is",
        "3e kwartaal 2021: het refertemaandloon ligt boven de bovengrens van € 2.499,99",
        "geen kwartaal van refertejaar 2025 met prestaties",
        "het basisbedrag ligt onder het minimaal uit te betalen bedrag van € 20,00 (voltijds)"),
        reasons.stream().map(r -> r.message(NL)).toList());
    assertEquals("3e kwartaal 2021: het refertemaandloon ligt boven de bovengrens van € 2.499,99",
        reasons.get(3).message(Locale.forLanguageTag("nl-BE")));
    for (Reason r : reasons) {
      assertEquals(r.message(), r.message(Locale.ENGLISH));
      assertEquals(r.toString(), r.toString(Locale.ENGLISH));
    }
    assertEquals("2021Q3: reference monthly wage above the upper limit of 2499.99", reasons.get(3).message());
    assertEquals("€ 534,29", Euro.format(53_429, NL));
    assertEquals("534.29", Euro.format(53_429, Locale.ENGLISH));
  }
}
