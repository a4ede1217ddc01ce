package be.jobbonus.notice;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The notice's HTML as PDF: openhtmltopdf (on PDFBox) lays out the same document the browser shows,
 * with DejaVu Sans embedded (subset), as PDF/A-2u with an sRGB output intent, tagged (PDF/UA) so
 * that a screen reader finds headings and table cells. openhtmltopdf's own log is off, and PDFBox's
 * warning about the unused standard fonts is kept quiet: the library prints nothing it was not
 * asked for.
 */
final class NoticePdf {

  private static final String FAMILY = "DejaVu Sans";
  private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /**
   * PDFBox warns, through java.util.logging, each time openhtmltopdf sets up the standard 14 fonts
   * ("Using fallback font LiberationSans for base font Helvetica"), which the notice never uses:
   * every glyph is DejaVu Sans, embedded. That one logger is set to SEVERE when the application has
   * set no level for it (held here, so that the setting stays).
   */
  private static final java.util.logging.Logger TYPE1_FONT_LOG =
      java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

  static {
    XRLog.setLoggingEnabled(false);
    if (TYPE1_FONT_LOG.getLevel() == null) {
      TYPE1_FONT_LOG.setLevel(java.util.logging.Level.SEVERE);
    }
  }

  private NoticePdf() {}

  static byte[] render(String html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFastMode();
      b.withHtmlContent(html, null);
      b.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
      b.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
      b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      b.useColorProfile(SRGB);
      b.usePdfUaAccessibility(true);
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException("the notice could not be made into a PDF: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static byte[] font(String name) {
    try (InputStream in = NoticePdf.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
