package be.jobbonus.notice;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.util.EnumSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The notice's HTML as PDF: openhtmltopdf (on PDFBox) lays out the same document the browser shows,
 * with DejaVu Sans embedded (subset), as PDF/A-2u with an sRGB output intent, tagged (PDF/UA) so
 * that a screen reader finds headings and table cells. openhtmltopdf's own log is off, and PDFBox's
 * warning about the unused standard fonts is kept quiet: the library prints nothing it was not
 * asked for.
 */
final class NoticePdf {

  private static final String FAMILY = "DejaVu Sans";
  /** The whole fonts, for a glyph the prepared subset lacks (a name in Cyrillic, Greek, …). */
  private static final String FAMILY_ALL_GLYPHS = "DejaVu Sans, all glyphs";
  private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");
  /**
   * The characters every notice is likely to use, prepared once as a small font: the Latin
   * letters of Belgium's languages and of the names its residents carry (Basic Latin, Latin-1,
   * Latin Extended-A and -B), the punctuation and the euro sign. A notice then parses and subsets
   * a font of some 600 glyphs instead of DejaVu's 6,000; a character outside it comes from the
   * whole font, embedded only in the notice that needs it.
   */
  private static final int[][] COMMON = {
    {0x20, 0x7e}, {0xa0, 0x24f}, {0x2b9, 0x2dd}, {0x2010, 0x2027}, {0x202f, 0x203a}, {0x20ac, 0x20ac},
    {0x2116, 0x2116}, {0x2122, 0x2122}, {0x2212, 0x2212}
  };
  /**
   * The tables of the prepared font: the outlines, metrics, hinting and names. Not the layout
   * tables (GSUB, GPOS, GDEF, kern, MATH), which the subsetter would copy unchanged, with the glyph
   * numbers of the whole font.
   */
  private static final List<String> KEPT_TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "name", "OS/2", "cmap",
          "post");
  private static final byte[] COMMON_REGULAR = subset(REGULAR);
  private static final byte[] COMMON_BOLD = subset(BOLD);
  private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(NoticePdf::newParser);
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
  /**
   * The fonts' metrics, the same for every notice: kept across documents so that a notice loads a
   * font only to draw with it (thread-safe; a few entries).
   */
  private static final FSCacheEx<String, FSCacheValue> METRICS = new FSCacheEx<>() {
    private final ConcurrentHashMap<String, FSCacheValue> map = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      map.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return map.computeIfAbsent(key, k -> {
        try {
          return loader.call();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    @Override
    public FSCacheValue get(String key) {
      return map.get(key);
    }
  };

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
      b.withW3cDocument(parse(html), null);
      b.useCacheStore(CacheStore.PDF_FONT_METRICS, METRICS);
      b.useFont(() -> new ByteArrayInputStream(COMMON_REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
      b.useFont(() -> new ByteArrayInputStream(COMMON_BOLD), FAMILY, 700, FontStyle.NORMAL, true);
      b.useFont(() -> new ByteArrayInputStream(REGULAR), FAMILY_ALL_GLYPHS, 400, FontStyle.NORMAL, true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      b.useFont(() -> new ByteArrayInputStream(BOLD), FAMILY_ALL_GLYPHS, 700, FontStyle.NORMAL, true,
          EnumSet.of(FSFontUseCase.FALLBACK_PRE));
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

  /**
   * The notice as a DOM, read as openhtmltopdf reads it (namespace-aware, no external entities or
   * DTDs) by a parser kept per thread: a new parser per notice costs more than the reading.
   */
  private static Document parse(String html) {
    DocumentBuilder parser = PARSER.get();
    try {
      return parser.parse(new InputSource(new StringReader(html)));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("the notice is not well-formed XHTML: " + e.getMessage(), e);
    } finally {
      parser.reset();
    }
  }

  private static DocumentBuilder newParser() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new DefaultHandler()); // throws on a fatal error, prints nothing
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The glyphs of {@link #COMMON} of {@code font}, as a TrueType font of their own. */
  private static byte[] subset(byte[] font) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      TTFSubsetter s = new TTFSubsetter(ttf, KEPT_TABLES);
      for (int[] range : COMMON) {
        for (int c = range[0]; c <= range[1]; c++) {
          s.add(c);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
      s.writeToStream(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
