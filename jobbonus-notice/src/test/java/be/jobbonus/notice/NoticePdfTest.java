package be.jobbonus.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.jobbonus.rules.message.VlabelMessage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The PDF of the published example: its text holds every amount, its fonts are embedded, PDF/A. */
class NoticePdfTest {

  @Test
  void theTextOfThePdfHoldsEveryAmount() throws Exception {
    VlabelMessage m = PublishedExample.message();
    byte[] pdf = Notices.dutch().dated(PublishedExample.DATE).pdf(m);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "notice-published-example.pdf"), pdf); // to look at
    try (PDDocument d = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      for (String expected : List.of("Kennisgeving van uw jobbonus", "An Peeters", "85.07.30-033.28", "werknemer",
          "U krijgt een jobbonus van € 534,29.", "Refertemaandloon", "Prestatiebreuk", "1e kwartaal 2021",
          "3 november 2022", "Niet akkoord?")) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in the PDF's text: " + text);
      }
      for (String amount : PublishedExample.dutchAmounts(m)) {
        assertTrue(text.contains(amount), () -> amount + " missing in the PDF's text: " + text);
      }
    }
  }

  @Test
  void theFrenchPdfHoldsEveryAmountAsFrenchWritesIt() throws Exception {
    VlabelMessage m = PublishedExample.message();
    byte[] pdf = Notices.of(java.util.Locale.FRENCH).dated(PublishedExample.DATE).pdf(m);
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.write(java.nio.file.Path.of("target", "notice-published-example-fr.pdf"), pdf); // to look at
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertEquals(1, d.getNumberOfPages(), "one A4 page in French too");
      assertEquals("fr", d.getDocumentCatalog().getLanguage());
      String text = new PDFTextStripper().getText(d).replace('\u00a0', ' ').replaceAll("\\s+", " ");
      for (String expected : List.of("Notification de votre jobbonus", "Vous recevez un jobbonus de 534,29 €.",
          "Salaire mensuel de référence", "trimestre 1 de 2021", "3 novembre 2022", "Pas d'accord")) {
        assertTrue(text.contains(expected), () -> "missing «" + expected + "» in the PDF's text: " + text);
      }
      for (String amount : PublishedExample.dutchAmounts(m)) {
        String french = amount.substring(2) + " €"; // € 1.234,56 -> 1.234,56 €
        assertTrue(text.contains(french), () -> french + " missing in the PDF's text: " + text);
      }
    }
  }

  @Test
  void everyCharacterIsOnThePageAndTheNoticeIsOnePage() throws Exception {
    byte[] pdf = Notices.dutch().dated(PublishedExample.DATE).pdf(PublishedExample.message());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertEquals(1, d.getNumberOfPages(), "the notice of a full year fits on one A4 page");
      float width = d.getPage(0).getMediaBox().getWidth();
      float height = d.getPage(0).getMediaBox().getHeight();
      List<String> outside = new ArrayList<>();
      PDFTextStripper s = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition p : positions) {
            if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > width || p.getYDirAdj() > height) {
              outside.add(p.getUnicode() + " in «" + text + "»");
            }
          }
        }
      };
      s.getText(d);
      assertEquals(List.of(), outside, "text cut off at the page's edge");
    }
  }

  @Test
  void makingAPdfLogsNothing() {
    List<java.util.logging.LogRecord> records = new ArrayList<>();
    java.util.logging.Handler h = new java.util.logging.Handler() {
      @Override
      public void publish(java.util.logging.LogRecord r) {
        if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
          records.add(r);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.addHandler(h);
    try {
      Notices.dutch().pdf(PublishedExample.message());
      Notices.dutch().pdf(PublishedExample.message());
    } finally {
      root.removeHandler(h);
    }
    assertEquals(List.of(), records.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
  }

  /**
   * A notice uses a small font prepared once (the Latin letters, punctuation, €); a name with a
   * letter outside it (Cyrillic, Greek, Vietnamese) takes it from the whole font, embedded too.
   */
  @Test
  void aNameOutsideTheLatinLettersIsPrintedFromTheWholeFont() throws Exception {
    for (String[] name : List.of(new String[] {"Şahin-Łukasiewicz", "Ștefan Ñúñez"},
        new String[] {"Коваленко", "Олена"}, new String[] {"Παπαδόπουλος", "Ελένη"},
        new String[] {"Nguyễn", "Thị Ánh"})) {
      byte[] pdf = Notices.dutch().pdf(PublishedExample.message(name[0], name[1]));
      try (PDDocument d = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(d);
        assertTrue(text.contains(name[1] + " " + name[0]), () -> name[1] + " " + name[0] + " missing in: " + text);
        assertTrue(text.contains("€ 534,29"), text);
        for (COSName f : d.getPage(0).getResources().getFontNames()) {
          PDFont font = d.getPage(0).getResources().getFont(f);
          assertTrue(font.isEmbedded() && font.getName().contains("DejaVuSans"), font.getName());
        }
      }
    }
  }

  @Test
  void aLatinNoticeEmbedsOnlyThePreparedFontsSubset() throws Exception {
    byte[] pdf = Notices.dutch().pdf(PublishedExample.message());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertEquals(2, count(d.getPage(0).getResources().getFontNames()), "regular and bold, nothing of the whole fonts");
      assertTrue(pdf.length < 80_000, "a subset, not the fonts: " + pdf.length + " bytes");
    }
  }

  private static int count(Iterable<?> items) {
    int n = 0;
    for (Object ignored : items) {
      n++;
    }
    return n;
  }

  @Test
  void everyFontIsEmbeddedAndTheDocumentIsPdfA() throws Exception {
    byte[] pdf = Notices.dutch().pdf(PublishedExample.message());
    try (PDDocument d = Loader.loadPDF(pdf)) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : d.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont f = page.getResources().getFont(name);
          fonts.add(f.getName());
          assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
        }
      }
      assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(n -> n.contains("DejaVuSans")), fonts.toString());
      assertNotNull(d.getDocumentCatalog().getMetadata(), "XMP metadata (PDF/A)");
      String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("pdfaid:part") && xmp.contains("2"), xmp);
      assertEquals(1, d.getDocumentCatalog().getOutputIntents().size(), "the sRGB output intent");
      assertNotNull(d.getDocumentCatalog().getStructureTreeRoot(), "tagged for accessibility");
      assertEquals("nl", d.getDocumentCatalog().getLanguage());
    }
  }
}
