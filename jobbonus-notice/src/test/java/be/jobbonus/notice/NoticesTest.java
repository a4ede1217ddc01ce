package be.jobbonus.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.core.Insz;
import be.jobbonus.core.Statuut;
import be.jobbonus.core.YearQuarter;
import be.jobbonus.rules.message.VlabelMessage;
import be.jobbonus.rules.message.VlabelQuarter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice's content, from the message alone. */
class NoticesTest {

  @Test
  void thePublishedExampleInDutch() {
    VlabelMessage m = PublishedExample.message();
    String html = Notices.dutch().dated(PublishedExample.DATE).html(m);
    for (String expected : List.of("<html lang=\"nl\">", "Kennisgeving van uw jobbonus", "Refertejaar 2021",
        "3 november 2022", "An Peeters", "85.07.30-033.28", "werknemer",
        "U krijgt een jobbonus van € 534,29.",
        "Dat is de jobbonus van uw kwartalen samen, € 434,29, plus een vaste verhoging van € 100,00 voor refertejaar 2021.",
        "<th scope=\"row\">1e kwartaal 2021</th><td>1,00</td><td class=\"amount\">€ 6.000,00</td>"
            + "<td class=\"amount\">€ 2.000,00</td>",
        "Prestatiebreuk", "Refertemaandloon", "Basisbedrag jobbonus", "Jobbonus per kwartaal",
        "Niet akkoord?", "Koning Albert II-laan 35 bus 62, 1030 Brussel", "drie maanden", "Nog te bevestigen")) {
      assertTrue(html.contains(expected), () -> "missing «" + expected + "» in\n" + html);
    }
    for (String amount : PublishedExample.dutchAmounts(m)) {
      assertTrue(html.contains(amount), amount);
    }
    assertFalse(html.contains("{{"), "every tag filled");
  }

  @Test
  void theQuartersAddUpToTheSumShownAndTheFixedIncreaseIsTheRest() {
    VlabelMessage m = PublishedExample.message();
    long sum = m.quarters().stream().mapToLong(VlabelQuarter::amountCents).sum();
    assertEquals(43_429, sum);
    assertEquals(53_429, m.totalCents());
  }

  @Test
  void englishOnRequest() {
    String html = Notices.of(Locale.ENGLISH).html(PublishedExample.message());
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("You receive a jobbonus of EUR 534.29."), html);
    assertTrue(html.contains("plus a fixed increase of EUR 100.00"), html);
    assertThrows(IllegalArgumentException.class, () -> Notices.of(Locale.GERMAN));
  }

  @Test
  void frenchOnRequest() {
    String html = Notices.of(Locale.FRENCH).dated(PublishedExample.DATE).html(PublishedExample.message());
    assertTrue(html.contains("<html lang=\"fr\">"));
    assertTrue(html.contains("Vous recevez un jobbonus de 534,29\u00a0€."), html);
    assertTrue(html.contains("plus une majoration forfaitaire (vaste verhoging) de 100,00\u00a0€"), html);
    assertTrue(html.contains("<th scope=\"row\">trimestre 1 de 2021</th><td>1,00</td><td class=\"amount\">6.000,00\u00a0€</td>"),
        html);
    assertTrue(html.contains("3 novembre 2022"), html);
    assertTrue(html.contains("auprès du Service flamand des impôts (Vlaamse Belastingdienst, VLABEL)"), html);
    assertTrue(html.contains("dans les trois mois qui suivent la date de la présente notification (*)"), html);
    assertFalse(html.contains("{{"), "every tag filled");
  }

  @Test
  void namesAreEscaped() {
    VlabelMessage m = PublishedExample.message();
    VlabelMessage odd = new VlabelMessage(m.insz(), "<script>alert('x')</script>", "Ann & Co \"Q\"", m.statuut(),
        m.referenceYear(), m.totalCents(), m.quarters());
    String html = Notices.dutch().html(odd);
    assertFalse(html.contains("<script>"));
    assertTrue(html.contains("Ann &amp; Co &quot;Q&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
  }

  @Test
  void aQuarterWithoutWorkShowsADashAndSaysWhy() {
    VlabelMessage m = new VlabelMessage(Insz.parse("85073003328"), "Peeters", "An", Statuut.EMPLOYEE, 2024, 21_250,
        List.of(new VlabelQuarter(YearQuarter.of(2024, 1), new BigDecimal("1.00"), 600_000, OptionalLong.of(200_000),
                16_250, 16_250),
            new VlabelQuarter(YearQuarter.of(2024, 2), new BigDecimal("0.00"), 0, OptionalLong.empty(), 0, 0)));
    String html = Notices.dutch().html(m);
    assertTrue(html.contains("<th scope=\"row\">2e kwartaal 2024</th><td>0,00</td><td class=\"amount\">€ 0,00</td>"
        + "<td class=\"amount\">\u2013</td>"), html);
    assertTrue(html.contains("geen prestaties in dat kwartaal"));
    assertTrue(html.contains("vaste verhoging van € 50,00"));
  }

  @Test
  void aMessageWithNothingToPayHasNoNotice() {
    VlabelMessage m = PublishedExample.message();
    VlabelMessage unpaid = new VlabelMessage(m.insz(), m.lastName(), m.firstName(), m.statuut(), m.referenceYear(), 0,
        m.quarters());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Notices.dutch().html(unpaid));
    assertTrue(e.getMessage().startsWith("total:"), e.getMessage());
    assertFalse(e.getMessage().contains("85073003328"));
  }

  @Test
  void vlabelCanChangeTheWordingWithoutCode(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("mijn-kennisgeving.html");
    Files.writeString(t, "<!DOCTYPE html>\n<html lang=\"nl\"><head><title>x</title></head><body>"
        + "<p>Beste {{firstName}}, u ontvangt {{total}}.</p>{{#quarters}}<p>{{quarter}}: {{amount}}</p>{{/quarters}}"
        + "</body></html>");
    String html = Notices.dutch().withTemplate(t).html(PublishedExample.message());
    assertTrue(html.contains("<p>Beste An, u ontvangt € 534,29.</p><p>1e kwartaal 2021: € 108,5"), html);
  }

  @Test
  void aTemplateWithAnUnknownNameOrAnOpenBlockIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("t.html");
    Files.writeString(t, "<p>\n{{birthDate}}</p>");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Notices.dutch().withTemplate(t));
    assertTrue(e.getMessage().contains("t.html: unknown names [birthDate]"), e.getMessage());
    Files.writeString(t, "<p>\n\n{{#quarters}}{{amount}}</p>");
    e = assertThrows(IllegalArgumentException.class, () -> Notices.dutch().withTemplate(t));
    assertTrue(e.getMessage().contains("'{{#quarters}}' is not closed"), e.getMessage());
    Files.writeString(t, "<p>\n\n{{/quarters}}</p>");
    e = assertThrows(IllegalArgumentException.class, () -> Notices.dutch().withTemplate(t));
    assertTrue(e.getMessage().contains("t.html line 3"), e.getMessage());
  }

  @Test
  void objectionDataCarryTheirStatusAndTheNoticeMarksWhatIsInferred(@TempDir Path dir) throws Exception {
    Objection official = Objection.official("nl");
    assertEquals(be.jobbonus.core.parameters.Status.I, official.term().status());
    assertFalse(official.term().source().isBlank());
    Path confirmed = dir.resolve("objection.json");
    String all = "{\"value\":{\"nl\":\"X\",\"en\":\"X\"},\"status\":\"L\",\"source\":\"decreet art. 99\"}";
    Files.writeString(confirmed, "{\"body\":" + all + ",\"address\":" + all + ",\"term\":" + all + "}");
    String html = Notices.dutch().withObjection(confirmed).html(PublishedExample.message());
    assertFalse(html.contains("(*)"), "nothing inferred, nothing marked");
    assertFalse(html.contains("Nog te bevestigen"));
    String marked = Notices.dutch().html(PublishedExample.message());
    assertTrue(marked.contains("1030 Brussel (*), binnen drie maanden na de datum van deze kennisgeving (*)."),
        marked);
    Files.writeString(confirmed, "{\"body\":" + all + ",\"address\":" + all + "}");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Notices.dutch().withObjection(confirmed));
    assertEquals("objection.json: 'term' is missing", e.getMessage());
  }
}
